package io.annalist.map;

import java.util.ArrayList;
import java.util.List;

/**
 * What a map shows and leaves out, in words whose number agrees with the count ("1 event on
 * the map", "2 events have no place"): the note drawn on the map, the line under an exported
 * map, and the summaries of an export. One place for these words, so the window, the PNG, the
 * PDF and the command line say the same. Pure text, no UI.
 */
public final class MapNotes {
    private MapNotes() {
    }

    /** "1 event", "1,204 events": a count and its noun, singular for one. */
    public static String count(int n, String one, String many) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }

    /** "12 events on the map". */
    public static String onMap(int n) {
        return count(n, "event on the map", "events on the map");
    }

    /**
     * The note drawn on the map, in parts to be joined with " · ": how many events it shows,
     * how many of the time shown have no place or lie beyond its latitudes, and (when only the
     * timeline's window is shown) how many lie outside the part of the world in view.
     */
    public static List<String> onTheMap(int onMap, int unplaced, int offMap, int outside) {
        List<String> parts = new ArrayList<>();
        parts.add(onMap(onMap));
        if (unplaced > 0) {
            parts.add(count(unplaced, "event has no place", "events have no place"));
        }
        if (offMap > 0) {
            parts.add(String.format("%,d beyond 85° of latitude, not shown", offMap));
        }
        if (outside > 0) {
            parts.add(String.format("%,d outside this view", outside));
        }
        return parts;
    }

    /** The line under an exported map: its counts, then where its borders come from and its projection. */
    public static String underTheMap(int onMap, int unplaced, int offMap) {
        return onMap(onMap)
                + (unplaced > 0 ? " · " + count(unplaced, "has no place and is not on it",
                        "have no place and are not on it") : "")
                + (offMap > 0 ? String.format(" · %,d beyond 85° of latitude", offMap) : "")
                + " · Borders: Natural Earth · Mercator projection";
    }

    /** "339 events on the map, 11 with no place, 2 beyond 85° latitude", for the status line after an export. */
    public static String summary(int onMap, int unplaced, int offMap) {
        return onMap(onMap) + (unplaced > 0 ? String.format(", %,d with no place", unplaced) : "")
                + (offMap > 0 ? String.format(", %,d beyond 85° latitude", offMap) : "");
    }
}
