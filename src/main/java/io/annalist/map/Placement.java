package io.annalist.map;

import io.annalist.model.Event;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;

/**
 * Where the map puts an event, and how surely. {@link Kind#POINT}: the coordinates are where
 * the event was — exactly, or in the town or city they name (a point at any zoom the map is
 * read at), or as the file gives them when it does not say. {@link Kind#AREA}: the coordinates
 * only say roughly where — near a named place, or the centre of a district, province, part of
 * a country, country or sea — or there are none and only the country is known; drawn hollow,
 * at the given coordinates or at the country's point, never as a precise point. {@link
 * Kind#NONE}: nothing to put on a map (no place, a name alone, or a country code the base map
 * does not know). Every {@link PlacePrecision} is placed by {@link #isPoint}.
 *
 * @param country   the country the place stands for when it is a whole country, else null
 * @param precision the precision the file gives (null when it does not say)
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
        if (p.hasCoordinates() && isPoint(p.precision())) {
            return new Placement(Kind.POINT, p.lat(), p.lon(), null, p.precision());
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

    /**
     * True when coordinates of {@code precision} are drawn as a point: the exact place, a town or
     * city, or a file that does not say; false for everything coarser, "near" included (UCDP
     * {@code where_prec} 2, ACLED {@code geo_precision} 2: somewhere around the named place,
     * which a filled mark would pass off as the spot).
     */
    public static boolean isPoint(PlacePrecision precision) {
        if (precision == null) {
            return true;
        }
        return switch (precision) {
            case EXACT, TOWN -> true;
            case NEAR, DISTRICT, PROVINCE, AREA, COUNTRY, WATER -> false;
        };
    }

    /** In words, for a tooltip: "at its exact coordinates", "near these coordinates", "somewhere in North Korea". */
    public String describe() {
        if (kind == Kind.NONE) {
            return "no place on the map";
        }
        if (precision == null) {
            return kind == Kind.POINT ? "at the coordinates the file gives" : "somewhere in the area the mark stands for";
        }
        return switch (precision) {
            case EXACT -> "at its exact coordinates";
            case TOWN -> "in the town or city at these coordinates";
            case NEAR -> "near these coordinates, not at them: somewhere around the named place";
            case COUNTRY -> country != null ? "somewhere in " + country.name() : precision.describe();
            case DISTRICT, PROVINCE, AREA, WATER -> precision.describe();
        };
    }
}
