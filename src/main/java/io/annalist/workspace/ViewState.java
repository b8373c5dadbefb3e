package io.annalist.workspace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.annalist.marks.SavedView;
import io.annalist.model.EventFilter;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeWindow;

/**
 * Everything that decides what the analyst sees, as one value: the time window on screen, the
 * filter (the place drawn on the map included), how events are split into lanes, the collapsed
 * lanes, the rows each lane may grow to where the analyst chose, whether quiet periods are
 * compressed, and the selected event. The {@link Session} holds one and remembers the ones
 * before it for Back and Forward; a saved view is one of these with a name
 * ({@link #of(SavedView)}, {@link #saveAs(String)}). Immutable: change it with the
 * {@code with...} methods.
 *
 * @param window          the time on screen, or null before anything was shown
 * @param rowLimits       the full rows a lane may grow to, by lane key, where the analyst chose
 * @param selectedEventId the selected event's id, or null
 */
public record ViewState(TimeWindow window, EventFilter filter, LaneMode laneMode, Set<String> collapsedLanes,
                        Map<String, Integer> rowLimits, boolean compressQuietPeriods, String selectedEventId) {

    /** Nothing shown yet: no window, no filter, lanes by actor, quiet periods compressed. */
    public static final ViewState START = new ViewState(null, EventFilter.NONE, LaneMode.ACTOR, Set.of(), Map.of(),
            true, null);

    public ViewState {
        filter = filter == null ? EventFilter.NONE : filter;
        laneMode = laneMode == null ? LaneMode.ACTOR : laneMode;
        collapsedLanes = collapsedLanes == null ? Set.of() : Set.copyOf(collapsedLanes);
        rowLimits = rowLimits == null ? Map.of() : Map.copyOf(rowLimits);
    }

    public ViewState withWindow(TimeWindow w) {
        return new ViewState(w, filter, laneMode, collapsedLanes, rowLimits, compressQuietPeriods, selectedEventId);
    }

    public ViewState withFilter(EventFilter f) {
        return new ViewState(window, f, laneMode, collapsedLanes, rowLimits, compressQuietPeriods, selectedEventId);
    }

    public ViewState withLaneMode(LaneMode m) {
        return new ViewState(window, filter, m, collapsedLanes, rowLimits, compressQuietPeriods, selectedEventId);
    }

    public ViewState withCollapsedLanes(Set<String> keys) {
        return new ViewState(window, filter, laneMode, keys, rowLimits, compressQuietPeriods, selectedEventId);
    }

    /** The same view with the lane {@code key} collapsed or expanded. */
    public ViewState withLaneCollapsed(String key, boolean collapsed) {
        Set<String> keys = new HashSet<>(collapsedLanes);
        if (collapsed) {
            keys.add(key);
        } else {
            keys.remove(key);
        }
        return withCollapsedLanes(keys);
    }

    public ViewState withRowLimits(Map<String, Integer> limits) {
        return new ViewState(window, filter, laneMode, collapsedLanes, limits, compressQuietPeriods, selectedEventId);
    }

    /** The same view with lane {@code key} growing to {@code rows} full rows, or to its content when null. */
    public ViewState withRowLimit(String key, Integer rows) {
        Map<String, Integer> limits = new HashMap<>(rowLimits);
        if (rows == null) {
            limits.remove(key);
        } else {
            limits.put(key, rows);
        }
        return withRowLimits(limits);
    }

    public ViewState withCompressQuietPeriods(boolean on) {
        return new ViewState(window, filter, laneMode, collapsedLanes, rowLimits, on, selectedEventId);
    }

    public ViewState withSelectedEventId(String id) {
        return new ViewState(window, filter, laneMode, collapsedLanes, rowLimits, compressQuietPeriods, id);
    }

    // ---- saved views ------------------------------------------------------------------

    /**
     * The view a saved view describes. A saved view keeps no rows per lane, so every lane
     * grows to its content.
     */
    public static ViewState of(SavedView v) {
        return new ViewState(new TimeWindow(v.start(), v.end()), v.filter(),
                LaneMode.valueOf(v.lanes().toUpperCase(Locale.ROOT)), v.collapsedLanes(), Map.of(),
                v.quietCompressed(), v.selectedEventId());
    }

    /**
     * This view saved under {@code name}, with a fresh id.
     *
     * @throws IllegalStateException    when nothing is on screen yet (no window)
     * @throws IllegalArgumentException when the name is not one a view can have
     */
    public SavedView saveAs(String name) {
        requireWindow();
        return SavedView.create(name, window.start(), window.end(), filter, lanesWord(), collapsedLanes,
                compressQuietPeriods, selectedEventId);
    }

    /** {@code existing} (its id and name) showing this view: "Update view". */
    public SavedView saveInto(SavedView existing) {
        requireWindow();
        return new SavedView(existing.id(), existing.name(), window.start(), window.end(), filter, lanesWord(),
                collapsedLanes, compressQuietPeriods, selectedEventId);
    }

    private String lanesWord() {
        return laneMode.name().toLowerCase(Locale.ROOT);
    }

    private void requireWindow() {
        if (window == null) {
            throw new IllegalStateException("nothing is on screen to save");
        }
    }
}
