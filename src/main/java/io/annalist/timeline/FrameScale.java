package io.annalist.timeline;

import java.util.Map;
import java.util.Set;

import javafx.scene.text.Font;

/**
 * Chooses the time scale of a frame when quiet periods are compressed: the breaks
 * {@link QuietPeriods} finds, with room kept beside them for titles, or a linear scale where
 * breaks would cut titles. Remembers its last choice for the frames that repeat it (hover,
 * selection). FX thread (titles are measured).
 */
final class FrameScale {
    /**
     * The time scale of a frame: linear, or with quiet periods shrunk to breaks when the request
     * says so. A quiet stretch is also where the titles of the events beside it go: in a narrow
     * view, shrinking it whole can cut the very titles it was meant to make room for. So, with up
     * to {@link #CHOOSE_UP_TO} events in view, each break keeps as much of its stretch beside it
     * ({@link #KEEP_PX}, least first) as it takes for the lanes to read as well as on the linear
     * scale — more events drawn as their own mark (nothing hidden comes first), or as many and as
     * many titles whole; failing that, the least room with as many marks and at least
     * {@link #TITLES_KEPT} of the titles whole, where the breaks free a good part of the width
     * ({@link #FREED_FOR_A_TITLE}): a title is not given up for a short break. Where no break can,
     * the scale stays linear.
     */
    TimeScale of(PaintRequest r, FrameLayout layout, TextMeasure tm) {
        TimeScale linear = TimeScale.of(r.window(), layout.timeX0(), layout.timeWidth());
        if (!r.compress()) {
            return linear;
        }
        EventIndex all = r.lanes().all();
        TimeScale compressed = QuietPeriods.compress(all, r.window(), layout.timeX0(), layout.timeWidth());
        if (compressed.breaks().isEmpty() || all.countOverlapping(r.window().start(), r.window().end()) > CHOOSE_UP_TO) {
            return compressed;
        }
        ScaleChoice key = new ScaleChoice(r.window(), layout.timeX0(), layout.timeWidth(), r.lanes(), r.collapsed(),
                r.rowLimits(), r.defaultRows(), r.controls(), r.palette().font());
        if (key.equals(lastChoice)) {
            return lastChosen;
        }
        int[] target = readable(r, linear, layout, tm);
        TimeScale tolerable = null;
        TimeScale chosen = null;
        for (double keep : KEEP_PX) {
            TimeScale s = keep == 0 ? compressed : QuietPeriods.compress(all, r.window(), layout.timeX0(),
                    layout.timeWidth(), keep);
            if (s.breaks().isEmpty()) {
                break;
            }
            int[] read = readable(r, s, layout, tm);
            if (read[0] > target[0] || read[0] == target[0] && read[1] >= target[1]) {
                chosen = s;
                break;
            }
            if (tolerable == null && read[0] == target[0] && read[1] >= TITLES_KEPT * target[1]
                    && freed(s, linear) >= FREED_FOR_A_TITLE * layout.timeWidth()) {
                tolerable = s;
            }
        }
        chosen = chosen != null ? chosen : tolerable != null ? tolerable : linear;
        lastChoice = key;
        lastChosen = chosen;
        return chosen;
    }

    /** Events in view up to which a frame's breaks give way to the titles beside them. */
    static final int CHOOSE_UP_TO = 400;
    /** The share of the linear scale's whole titles a frame with breaks must show. */
    static final double TITLES_KEPT = 0.9;
    /** The share of the width breaks must free for a title to be given up to them. */
    static final double FREED_FOR_A_TITLE = 0.25;
    /** Pixels of a quiet stretch a break may keep on each side for the titles beside it, tried in turn. */
    static final double[] KEEP_PX = {0, 120, 240, 360};

    /** What the choice of a frame's scale depends on; the last choice is kept for the frames that repeat it. */
    private record ScaleChoice(TimeWindow window, double x0, double width, Lanes lanes, Set<String> collapsed,
                               Map<String, Integer> rows, int defaultRows, boolean controls, Font font) {
    }

    private ScaleChoice lastChoice;
    private TimeScale lastChosen;

    /** The pixels the breaks of {@code s} take less than their stretches of time do on {@code linear}. */
    private static double freed(TimeScale s, TimeScale linear) {
        double freed = 0;
        for (TimeScale.Break b : s.breaks()) {
            freed += linear.pixels(b.duration()) - b.w();
        }
        return freed;
    }

    /** How readable the lanes of {@code r} are at {@code scale}: the marks drawn, and those with their whole title. */
    private static int[] readable(PaintRequest r, TimeScale scale, FrameLayout layout, TextMeasure tm) {
        int whole = 0;
        int own = 0;
        int ordinal = 0;
        for (Lanes.Lane lane : r.lanes().lanes()) {
            boolean collapsed = r.collapsed().contains(lane.key());
            if (!collapsed) {
                LanePlan plan = LanePlan.plan(lane, ordinal, false, r.rowLimit(lane.key()), scale, layout, tm::width,
                        TimelinePainter.MARKER_R, !r.controls(), r::placedTitle);
                for (LanePlan.Mark m : plan.marks) {
                    own++;
                    whole += m.label().shown() && !m.label().elided() ? 1 : 0;
                }
            }
            ordinal++;
        }
        return new int[]{own, whole};
    }

}
