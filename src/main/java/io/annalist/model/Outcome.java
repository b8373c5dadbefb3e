package io.annalist.model;

import java.util.Locale;

/** How a test ended: success, failure, or unknown. */
public enum Outcome {
    SUCCESS, FAILURE, UNKNOWN;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Outcome fromJson(String name) {
        for (Outcome o : values()) {
            if (o.jsonName().equals(name)) {
                return o;
            }
        }
        return null;
    }
}
