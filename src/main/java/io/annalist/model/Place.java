package io.annalist.model;

/**
 * Where an event happened: a place name, an ISO 3166-1 alpha-2 country code, optional
 * coordinates, and how precisely the source placed it ({@code precision}; null when the file
 * does not say). A country-level place's coordinates are the country's centre, not the place
 * of the event. Any part may be unknown (null).
 */
public record Place(String name, String country, Double lat, Double lon, PlacePrecision precision) {

    /** A place whose precision the file does not state. */
    public Place(String name, String country, Double lat, Double lon) {
        this(name, country, lat, lon, null);
    }

    /** True when the coordinates stand for an area (a district or coarser), not a point. */
    public boolean imprecise() {
        return precision != null && precision.area();
    }

    /** True when the coordinates are the place itself (or near it), not a stand-in for a district, province or country. */
    public boolean isExactPoint() {
        return hasCoordinates() && !imprecise();
    }

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** "Pyongyang, North Korea" or whatever part is known; empty when nothing is. */
    public String describe() {
        String land = countryName();
        if (name != null && land != null) {
            return name + ", " + land;
        }
        return name != null ? name : land != null ? land : "";
    }

    /** The country's English name ("North Korea" for KP); a code that names no country, as written. */
    public String countryName() {
        if (country == null) {
            return null;
        }
        if (country.length() == 2) {
            String code = country.toUpperCase(java.util.Locale.ROOT);
            if (java.util.Set.of(java.util.Locale.getISOCountries()).contains(code)) {
                return new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
            }
        }
        return country;
    }
}
