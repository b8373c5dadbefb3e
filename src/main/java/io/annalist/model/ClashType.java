package io.annalist.model;

import java.util.Locale;

/** What sort of armed clash: a battle, an air or drone strike, shelling, or another kind of attack. */
public enum ClashType {
    BATTLE("battle"),
    AIR_STRIKE("air/drone strike"),
    SHELLING("shelling/artillery/missile attack"),
    OTHER("other attack");

    private final String label;

    ClashType(String label) {
        this.label = label;
    }

    /** The name used in event files: {@code air_strike}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The words shown to people: "air/drone strike". */
    public String label() {
        return label;
    }

    private static final java.util.Map<String, ClashType> BY_JSON = new java.util.HashMap<>();

    static {
        for (ClashType v : values()) {
            BY_JSON.put(v.jsonName(), v);
        }
    }

    /** The type named in a file, or null when the name is not one of ours. */
    public static ClashType fromJson(String name) {
        return name == null ? null : BY_JSON.get(name);
    }
}
