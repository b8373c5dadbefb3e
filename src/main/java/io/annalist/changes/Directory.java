package io.annalist.changes;

/** The two lists of a data file that events refer to: its actors and its sources. */
public enum Directory {
    ACTOR("actor"), SOURCE("source");

    private final String jsonName;

    Directory(String jsonName) {
        this.jsonName = jsonName;
    }

    /** "actor" or "source", as the workspace file writes it. */
    public String jsonName() {
        return jsonName;
    }

    /** The directory named {@code name} in a workspace file, or null. */
    public static Directory fromJson(String name) {
        for (Directory d : values()) {
            if (d.jsonName.equals(name)) {
                return d;
            }
        }
        return null;
    }
}
