package io.annalist.model;

import java.util.Locale;

/** How firmly an event is established: confirmed, reported, claimed, alleged or estimated. */
public enum Confidence {
    CONFIRMED, REPORTED, CLAIMED, ALLEGED, ESTIMATED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final java.util.Map<String, Confidence> BY_JSON = new java.util.HashMap<>();

    static {
        for (Confidence v : values()) {
            BY_JSON.put(v.jsonName(), v);
        }
    }

    public static Confidence fromJson(String name) {
        return name == null ? null : BY_JSON.get(name);
    }
}
