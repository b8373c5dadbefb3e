package io.annalist.model;

import java.util.Locale;

/** How a test ended: success, failure, or unknown. */
public enum Outcome {
    SUCCESS, FAILURE, UNKNOWN;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final java.util.Map<String, Outcome> BY_JSON = new java.util.HashMap<>();

    static {
        for (Outcome v : values()) {
            BY_JSON.put(v.jsonName(), v);
        }
    }

    public static Outcome fromJson(String name) {
        return name == null ? null : BY_JSON.get(name);
    }
}
