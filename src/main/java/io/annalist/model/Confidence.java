package io.annalist.model;

import java.util.Locale;

/** How firmly an event is established: confirmed, reported, claimed, alleged or estimated. */
public enum Confidence {
    CONFIRMED, REPORTED, CLAIMED, ALLEGED, ESTIMATED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Confidence fromJson(String name) {
        for (Confidence c : values()) {
            if (c.jsonName().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
