package io.annalist.marks;

import java.util.Objects;
import java.util.Set;

import io.annalist.model.EventFilter;

/**
 * A view the analyst saved by name: everything that decides what the window shows — the time
 * window on screen, the filter (with the facet of the analyst's own marks), the lanes, the
 * collapsed lanes, whether quiet periods are compressed, and the selected event. Written in
 * the workspace file, restored with one click, and rendered by {@code annalist export --view
 * NAME} exactly as the window shows it. {@code id} stays the same when the view is renamed or
 * updated, so two copies of a workspace merge view by view. Immutable.
 *
 * @param start           first instant on screen, epoch ms UTC
 * @param end             first instant after the screen, epoch ms UTC
 * @param lanes           "actor", "kind" or "none"
 * @param selectedEventId the selected event's id, or null
 */
public record SavedView(String id, String name, long start, long end, EventFilter filter, String lanes,
                        Set<String> collapsedLanes, boolean quietCompressed, String selectedEventId) {
    /** The lane modes a view may name. */
    public static final Set<String> LANE_MODES = Set.of("actor", "kind", "none");
    public static final int MAX_NAME_LENGTH = 120;

    public SavedView {
        Objects.requireNonNull(id, "id");
        name = cleanName(name);
        Objects.requireNonNull(filter, "filter");
        if (end <= start) {
            throw new IllegalArgumentException("a view's window must end after it starts");
        }
        if (!LANE_MODES.contains(lanes)) {
            throw new IllegalArgumentException("lanes must be actor, kind or none, not \"" + lanes + "\"");
        }
        collapsedLanes = Set.copyOf(collapsedLanes);
    }

    /** A new view with a fresh id. */
    public static SavedView create(String name, long start, long end, EventFilter filter, String lanes,
                                   Set<String> collapsedLanes, boolean quietCompressed, String selectedEventId) {
        return new SavedView(Ids.fresh("v-"), name, start, end, filter, lanes, collapsedLanes, quietCompressed,
                selectedEventId);
    }

    /**
     * A view's name as kept: trimmed, one line, not empty, at most {@link #MAX_NAME_LENGTH} characters.
     *
     * @throws IllegalArgumentException with the reason
     */
    public static String cleanName(String typed) {
        String n = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a view needs a name");
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a view's name cannot hold control characters");
        }
        if (n.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a view's name holds at most " + MAX_NAME_LENGTH + " characters");
        }
        return n;
    }

    public SavedView withName(String newName) {
        return new SavedView(id, newName, start, end, filter, lanes, collapsedLanes, quietCompressed, selectedEventId);
    }

    /** The same view (same id and name) showing what {@code other} shows: "Update view". */
    public SavedView showing(SavedView other) {
        return new SavedView(id, name, other.start, other.end, other.filter, other.lanes, other.collapsedLanes,
                other.quietCompressed, other.selectedEventId);
    }
}
