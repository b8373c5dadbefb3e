package io.annalist.model;

/**
 * Where an event happened: a place name, an ISO 3166-1 alpha-2 country code and optional
 * coordinates. Any part may be unknown (null).
 */
public record Place(String name, String country, Double lat, Double lon) {

    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    /** "Pyongyang, KP" or whatever part is known; empty when nothing is. */
    public String describe() {
        if (name != null && country != null) {
            return name + ", " + country;
        }
        return name != null ? name : country != null ? country : "";
    }
}
