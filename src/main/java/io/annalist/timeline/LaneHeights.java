package io.annalist.timeline;

import java.util.HashMap;
import java.util.Map;

/**
 * The heights of lanes a frame of the window does not show. Planning a lane places every
 * title in it, which at a million events is most of a frame's time; a window shows a handful
 * of lanes, so only those are planned. A lane scrolled out of view keeps the height it had
 * when last planned (so the lanes in view do not move while it is away), and a lane never yet
 * seen is given an estimate from how many events start in view — only the scroll bar's length
 * depends on it, until the lane is scrolled to and planned.
 */
final class LaneHeights {
    private final Map<String, Double> seen = new HashMap<>();
    private Lanes lanes;

    /** Forgets every height when the lanes are built anew (another file, filter or lane mode). */
    void forLanes(Lanes current) {
        if (current != lanes) {
            lanes = current;
            seen.clear();
        }
    }

    void remember(LanePlan plan) {
        seen.put(key(plan.lane.key(), plan.collapsed), plan.height);
    }

    /**
     * A stand-in for the lane whose top is at {@code top} when it lies wholly outside the view,
     * or null when it must be planned: it reaches into view, or it lies above the view and its
     * height is not known (the lanes below it could not be placed without it).
     */
    LanePlan outOfView(Lanes.Lane lane, int ordinal, boolean collapsed, int rowLimit, double top,
                       FrameLayout layout, TimeScale scale) {
        Double known = seen.get(key(lane.key(), collapsed));
        if (top >= layout.lanesBottom()) {
            return LanePlan.outOfView(lane, ordinal, collapsed, rowLimit,
                    known != null ? known : estimate(lane, collapsed, rowLimit, layout, scale));
        }
        if (known != null && top + known <= layout.lanesTop()) {
            return LanePlan.outOfView(lane, ordinal, collapsed, rowLimit, known);
        }
        return null;
    }

    /** Rows for the events starting in view, up to the row limit; as tall as a histogram when crowded. */
    private static double estimate(Lanes.Lane lane, boolean collapsed, int rowLimit, FrameLayout layout,
                                   TimeScale scale) {
        double row = layout.rowHeight();
        if (collapsed) {
            return row + 6;
        }
        long t0 = (long) Math.floor(scale.timeAt(layout.timeX0()));
        long t1 = (long) Math.ceil(scale.timeAt(layout.timeX0() + layout.timeWidth()));
        int starting = lane.index().countStartingIn(t0, t1);
        if (starting > LanePlan.DENSE) {
            return 3 * row + 6;
        }
        return 6 + Math.max(1, Math.min(rowLimit, starting)) * row;
    }

    private static String key(String lane, boolean collapsed) {
        return collapsed ? lane + "\u0000collapsed" : lane;
    }
}
