package io.annalist.map;

import io.annalist.model.Event;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;

/**
 * Where the map puts an event, and how surely. {@link Kind#POINT}: the event's own exact
 * coordinates. {@link Kind#AREA}: the coordinates stand for a town's surroundings, a region or
 * a country, or there are none and only the country is known — drawn hollow, at the given
 * coordinates or at the country's point, never as a precise point. {@link Kind#NONE}: nothing
 * to put on a map (no place, a name alone, or a country code the base map does not know).
 *
 * @param country the country the place stands for when it is a whole country, else null
 */
public record Placement(Kind kind, double lat, double lon, Country country, PlacePrecision precision) {

    /** How surely the map knows where the event was. */
    public enum Kind { POINT, AREA, NONE }

    public static final Placement NONE = new Placement(Kind.NONE, Double.NaN, Double.NaN, null, null);

    /** Where {@code e} goes on {@code map}. */
    public static Placement of(Event e, BaseMap map) {
        Place p = e.where();
        if (p == null) {
            return NONE;
        }
        if (p.isExactPoint()) {
            return new Placement(Kind.POINT, p.lat(), p.lon(), null, PlacePrecision.EXACT);
        }
        if (p.hasCoordinates()) {
            Country c = null;
            if (p.precision() == PlacePrecision.COUNTRY) {
                c = p.country() != null ? map.country(p.country()) : null;
                if (c == null) {
                    c = map.countryAt(p.lat(), p.lon());
                }
            }
            return new Placement(Kind.AREA, p.lat(), p.lon(), c, p.precision());
        }
        Country c = map.country(p.country());
        if (c == null) {
            return NONE;
        }
        return new Placement(Kind.AREA, c.labelLat(), c.labelLon(), c, PlacePrecision.COUNTRY);
    }

    /** In words, for a tooltip: "exact coordinates", "somewhere in North Korea". */
    public String describe() {
        return switch (kind) {
            case POINT -> "at its exact coordinates";
            case NONE -> "no place on the map";
            case AREA -> precision == PlacePrecision.COUNTRY && country != null ? "somewhere in " + country.name()
                    : precision == null ? "somewhere in the area the mark stands for" : precision.describe();
        };
    }
}
