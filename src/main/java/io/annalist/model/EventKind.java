package io.annalist.model;

import java.util.Locale;

/** What sort of event: each kind has a detail block of its own and its own view in the detail pane. */
public enum EventKind {
    VISIT("Visit"),
    TROOP_DEPLOYMENT("Troop deployment"),
    MISSILE_TEST("Missile test"),
    MILITARY_EXERCISE("Military exercise"),
    MEETING("Meeting"),
    AGREEMENT("Agreement"),
    STATEMENT("Statement"),
    CLASH("Clash"),
    OTHER("Other");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /** The name used in event files, which is also the key of the kind's detail block: {@code troop_deployment}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The name shown to people: "Troop deployment". */
    public String label() {
        return label;
    }

    /** The kind named in a file, or null when the name is not one of ours. */
    private static final java.util.Map<String, EventKind> BY_JSON = new java.util.HashMap<>();

    static {
        for (EventKind v : values()) {
            BY_JSON.put(v.jsonName(), v);
        }
    }

    public static EventKind fromJson(String name) {
        return name == null ? null : BY_JSON.get(name);
    }
}
