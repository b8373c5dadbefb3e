package io.annalist.timeline;

import java.util.List;

/**
 * The one place where time and pixels meet: a map from epoch milliseconds to x in the
 * canvas. {@code x0} is the canvas x of the time area's left edge, {@code width} the time
 * area's width, {@code start} the time at {@code x0} and {@code msPerPixel} the zoom. The map
 * is linear, or piecewise linear when quiet periods are compressed: each {@link Break} draws
 * a long stretch with no events over a narrow, fixed width, and time runs at
 * {@code msPerPixel} everywhere else. Immutable: zooming or panning gives a new scale. Pure
 * arithmetic, no UI.
 */
public record TimeScale(double start, double msPerPixel, double x0, double width, List<Break> breaks) {
    /** The closest zoom: one hour across the time area. */
    public static final long MIN_SPAN_MS = 3_600_000L;
    /** The farthest zoom is at least a century, however short the data. */
    public static final long MIN_MAX_SPAN_MS = (long) (100 * 365.2425 * 86_400_000L);

    /** A quiet period {@code [from, to)} drawn over the pixels {@code [x, x + w)}. */
    public record Break(long from, long to, double x, double w) {
        public long duration() {
            return to - from;
        }
    }

    public TimeScale {
        if (!(msPerPixel > 0) || !(width > 0)) {
            throw new IllegalArgumentException("a time scale needs a positive zoom and width");
        }
        breaks = List.copyOf(breaks);
    }

    /** A linear scale. */
    public TimeScale(double start, double msPerPixel, double x0, double width) {
        this(start, msPerPixel, x0, width, List.of());
    }

    /** The scale that shows {@code window} across {@code width} pixels starting at {@code x0}. */
    public static TimeScale of(TimeWindow window, double x0, double width) {
        return new TimeScale(window.start(), window.duration() / width, x0, width);
    }

    /**
     * The scale that shows {@code window} across {@code width} pixels with each of {@code gaps}
     * (in time order, inside the window, apart) drawn {@code breakPx} wide.
     */
    public static TimeScale compressed(TimeWindow window, double x0, double width, List<TimeWindow> gaps,
                                       double breakPx) {
        long removed = 0;
        for (TimeWindow g : gaps) {
            removed += g.duration();
        }
        double linearPx = width - gaps.size() * breakPx;
        if (gaps.isEmpty() || linearPx <= 0 || window.duration() - removed <= 0) {
            return of(window, x0, width);
        }
        double mpp = (window.duration() - removed) / linearPx;
        List<Break> breaks = new java.util.ArrayList<>();
        double x = x0;
        long t = window.start();
        for (TimeWindow g : gaps) {
            x += (g.start() - t) / mpp;
            breaks.add(new Break(g.start(), g.end(), x, breakPx));
            x += breakPx;
            t = g.end();
        }
        return new TimeScale(window.start(), mpp, x0, width, breaks);
    }

    public double xOf(double millis) {
        double removed = 0;
        double added = 0;
        for (Break b : breaks) {
            if (millis < b.from()) {
                break;
            }
            if (millis < b.to()) {
                return b.x() + (millis - b.from()) / b.duration() * b.w();
            }
            removed += b.duration();
            added += b.w();
        }
        return x0 + (millis - start - removed) / msPerPixel + added;
    }

    public double timeAt(double x) {
        double removed = 0;
        double added = 0;
        for (Break b : breaks) {
            if (x < b.x()) {
                break;
            }
            if (x < b.x() + b.w()) {
                return b.from() + (x - b.x()) / b.w() * b.duration();
            }
            removed += b.duration();
            added += b.w();
        }
        return start + (x - x0 - added) * msPerPixel + removed;
    }

    /** The break that covers {@code millis}, or null. */
    public Break breakAt(double millis) {
        for (Break b : breaks) {
            if (millis >= b.from() && millis < b.to()) {
                return b;
            }
        }
        return null;
    }

    /** Length in pixels of a duration. */
    public double pixels(double durationMs) {
        return durationMs / msPerPixel;
    }

    public TimeWindow window() {
        long s = Math.round(start);
        return new TimeWindow(s, Math.max(s + 1, Math.round(timeAt(x0 + width))));
    }

    /**
     * Zooms by {@code factor} (below 1 zooms in) keeping the time under {@code x} where it is,
     * within the span limits of {@code maxSpanMs}.
     */
    public TimeScale zoomAt(double x, double factor, long maxSpanMs) {
        double anchor = timeAt(x);
        if (!breaks.isEmpty()) {
            // Across breaks, the window shrinks or grows around the anchor in proportion.
            TimeWindow w = window();
            double span = w.duration();
            double f = Math.max(MIN_SPAN_MS, Math.min(Math.max(maxSpanMs, MIN_MAX_SPAN_MS), span * factor)) / span;
            long a = Math.round(anchor - (anchor - w.start()) * f);
            long b = Math.round(anchor + (w.end() - anchor) * f);
            return of(new TimeWindow(a, Math.max(a + 1, b)), x0, width);
        }
        double next = clampZoom(msPerPixel * factor, maxSpanMs);
        return new TimeScale(anchor - (x - x0) * next, next, x0, width);
    }

    /** Moves the view by {@code dx} pixels: a positive dx shows later times (a break passes at its own width). */
    public TimeScale panBy(double dx) {
        if (!breaks.isEmpty()) {
            long a = Math.round(timeAt(x0 + dx));
            long b = Math.round(timeAt(x0 + width + dx));
            return of(new TimeWindow(a, Math.max(a + 1, b)), x0, width);
        }
        return new TimeScale(start + dx * msPerPixel, msPerPixel, x0, width);
    }

    /** The same time window over a new width (the canvas was resized). */
    public TimeScale withArea(double newX0, double newWidth) {
        return of(window(), newX0, newWidth);
    }

    private double clampZoom(double ms, long maxSpanMs) {
        double min = MIN_SPAN_MS / width;
        double max = Math.max(maxSpanMs, MIN_MAX_SPAN_MS) / width;
        return Math.max(min, Math.min(max, ms));
    }

    /** The widest span a view may show for data covering {@code data}: the data plus a margin, and at least a century. */
    public static long maxSpanFor(TimeWindow data) {
        if (data == null) {
            return MIN_MAX_SPAN_MS;
        }
        return Math.max(MIN_MAX_SPAN_MS, Math.round(data.duration() * 1.2));
    }

    /** Clamps a requested window to the zoom limits, keeping its centre. */
    public static TimeWindow clampWindow(TimeWindow w, long maxSpanMs) {
        long span = Math.max(MIN_SPAN_MS, Math.min(Math.max(maxSpanMs, MIN_MAX_SPAN_MS), w.duration()));
        long start = w.centre() - span / 2;
        return new TimeWindow(start, start + span);
    }

    /**
     * As {@link #fit(TimeWindow)} for the part of {@code data} within {@code from}–{@code to} (a date
     * range; null ends open), and never beyond the range by more than the margin that keeps a mark
     * at its edge whole: a range of three days shows those three days, not the week around them.
     */
    public static TimeWindow fit(TimeWindow data, Long from, Long to) {
        TimeWindow kept = data.within(from, to);
        TimeWindow shown = kept == null ? data : kept;
        TimeWindow fitted = fit(shown);
        // Past the range by no more than Fit all's margin, so a mark at its very edge is drawn whole.
        long pad = margin(shown);
        TimeWindow inRange = fitted.within(from == null ? null : from - pad, to == null ? null : to + pad);
        return inRange == null || inRange.duration() < MIN_RANGE_SHOWN ? fitted : inRange;
    }

    /** Fit all's margin on each side of {@code data}: a fortieth of it. */
    private static long margin(TimeWindow data) {
        return Math.max(1, data.duration() / 40);
    }

    /** A date range shorter than this is shown with some time around it. */
    static final long MIN_RANGE_SHOWN = 3_600_000L;

    /** The window that shows {@code data} whole: a margin on each side, a week at least. */
    public static TimeWindow fit(TimeWindow data) {
        long pad = margin(data);
        TimeWindow padded = new TimeWindow(data.start() - pad, data.end() + pad);
        long minSpan = 7L * 86_400_000L;
        if (padded.duration() < minSpan) {
            padded = new TimeWindow(data.centre() - minSpan / 2, data.centre() + minSpan / 2);
        }
        return clampWindow(padded, maxSpanFor(data));
    }
}
