package io.annalist.editing;

import java.util.List;

/**
 * An event changed both in the window (not saved yet) and in the data file on disk, by
 * someone or something else: the window asks which to keep ({@link Conflicts#reload}).
 *
 * @param fields the fields concerned: changed on both sides to different values, or changed on
 *               the side that did not delete the event
 */
public record Conflict(String eventId, String title, Kind kind, List<String> fields) {
    /** How the two sides differ. */
    public enum Kind {
        /** The same fields were changed here and there, to different values. */
        CHANGED_ON_BOTH_SIDES,
        /** Changed here, deleted from the file there. */
        CHANGED_HERE_DELETED_THERE,
        /** Deleted here, changed in the file there. */
        DELETED_HERE_CHANGED_THERE,
        /** Added here under an id the file now has too. */
        ADDED_ON_BOTH_SIDES
    }

    /** Which side to keep for one conflict. */
    public enum Choice {
        KEEP_MINE, KEEP_THEIRS
    }

    public Conflict {
        fields = List.copyOf(fields);
    }
}
