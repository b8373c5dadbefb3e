package io.annalist.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the long stretches inside a view in which no event happens, so the time scale can
 * draw each as a narrow break ("⫽ 3 years ⫽") and give the rest of the width to the events.
 * A stretch counts when it lies between events in the view (the margins at the edges stay as
 * they are) and would take at least {@link #MIN_GAP_SHARE} of the width. Counting is by
 * binary search in the index, a few lookups per pixel column: the same cost at ten events or
 * a million. Pure: no toolkit.
 */
public final class QuietPeriods {
    /** The width of a break, in pixels. */
    public static final double BREAK_PX = 64;
    /** A quiet stretch shorter than this share of the view is left as it is. */
    public static final double MIN_GAP_SHARE = 0.12;
    /** Part of a quiet stretch kept on each side of its break, so marks beside it keep their room. */
    static final double EDGE_SHARE = 0.015;
    private static final double COLUMN_PX = 2;

    private QuietPeriods() {
    }

    /** The scale for {@code window} over {@code width} pixels from {@code x0}, with its quiet periods as breaks. */
    public static TimeScale compress(EventIndex events, TimeWindow window, double x0, double width) {
        return TimeScale.compressed(window, x0, width, find(events, window, width), BREAK_PX);
    }

    /**
     * As {@link #compress(EventIndex, TimeWindow, double, double)}, each break keeping {@code keepPx}
     * pixels of its quiet stretch on either side (room for the titles of the events beside it); a
     * stretch with too little left to shrink stays as it is. Linear when none is left.
     */
    public static TimeScale compress(EventIndex events, TimeWindow window, double x0, double width, double keepPx) {
        List<TimeWindow> gaps = find(events, window, width);
        TimeScale full = TimeScale.compressed(window, x0, width, gaps, BREAK_PX);
        if (keepPx <= 0 || gaps.isEmpty()) {
            return full;
        }
        long keep = (long) (keepPx * full.msPerPixel());
        long minGap = (long) (window.duration() * MIN_GAP_SHARE);
        List<TimeWindow> shrunk = new ArrayList<>();
        for (TimeWindow g : gaps) {
            if (g.duration() - 2 * keep >= minGap) {
                shrunk.add(new TimeWindow(g.start() + keep, g.end() - keep));
            }
        }
        return TimeScale.compressed(window, x0, width, shrunk, BREAK_PX);
    }

    /** The quiet periods of {@code window} worth compressing at {@code width} pixels, in time order. */
    public static List<TimeWindow> find(EventIndex events, TimeWindow window, double width) {
        List<TimeWindow> gaps = new ArrayList<>();
        if (events.size() == 0 || width < 4 * BREAK_PX) {
            return gaps;
        }
        double msPerPx = window.duration() / width;
        long minGap = (long) (window.duration() * MIN_GAP_SHARE);
        long edge = (long) (window.duration() * EDGE_SHARE);
        int columns = (int) Math.ceil(width / COLUMN_PX);
        int run = -1;
        for (int c = 0; c <= columns; c++) {
            long a = window.start() + (long) (c * COLUMN_PX * msPerPx);
            long b = Math.min(window.end(), window.start() + (long) ((c + 1) * COLUMN_PX * msPerPx));
            boolean empty = c < columns && b > a && !events.anyOverlapping(a, b);
            if (empty && run < 0) {
                run = c;
            } else if (!empty && run >= 0) {
                long from = window.start() + (long) (run * COLUMN_PX * msPerPx);
                // The exact quiet stretch: from the last end before it to the next start after it.
                long quietFrom = events.maxEndBefore(events.lowerBound(from + 1));
                int next = events.lowerBound(from);
                long quietTo = next < events.size() ? events.start(next) : Long.MAX_VALUE;
                boolean interior = quietFrom > window.start() && quietTo < window.end();
                if (interior && quietTo - quietFrom - 2 * edge >= minGap) {
                    gaps.add(new TimeWindow(quietFrom + edge, quietTo - edge));
                }
                run = -1;
            }
        }
        // Never more breaks than leave the events at least half the width.
        while (!gaps.isEmpty() && gaps.size() * BREAK_PX > width / 2) {
            TimeWindow shortest = gaps.get(0);
            for (TimeWindow g : gaps) {
                if (g.duration() < shortest.duration()) {
                    shortest = g;
                }
            }
            gaps.remove(shortest);
        }
        return gaps;
    }

    /** The length of a break in words: "3 years", "8 months", "5 weeks", "12 days", "9 hours". */
    public static String describe(long millis) {
        double days = millis / 86_400_000.0;
        if (days >= 548) {
            return Math.round(days / 365.2425) + " years";
        }
        if (days >= 60) {
            return Math.round(days / 30.436875) + " months";
        }
        if (days >= 14) {
            return Math.round(days / 7) + " weeks";
        }
        if (days >= 2) {
            return Math.round(days) + " days";
        }
        long hours = Math.max(1, Math.round(millis / 3_600_000.0));
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}
