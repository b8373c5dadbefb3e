package io.annalist.timeline;

/**
 * The one place where time and pixels meet: a linear map from epoch milliseconds to x in
 * the canvas. {@code x0} is the canvas x of the time area's left edge, {@code width} the time
 * area's width, {@code start} the time at {@code x0} and {@code msPerPixel} the zoom.
 * Immutable: zooming or panning gives a new scale. Pure arithmetic, no UI.
 */
public record TimeScale(double start, double msPerPixel, double x0, double width) {
    /** The closest zoom: one hour across the time area. */
    public static final long MIN_SPAN_MS = 3_600_000L;
    /** The farthest zoom is at least a century, however short the data. */
    public static final long MIN_MAX_SPAN_MS = (long) (100 * 365.2425 * 86_400_000L);

    public TimeScale {
        if (!(msPerPixel > 0) || !(width > 0)) {
            throw new IllegalArgumentException("a time scale needs a positive zoom and width");
        }
    }

    /** The scale that shows {@code window} across {@code width} pixels starting at {@code x0}. */
    public static TimeScale of(TimeWindow window, double x0, double width) {
        return new TimeScale(window.start(), window.duration() / width, x0, width);
    }

    public double xOf(double millis) {
        return x0 + (millis - start) / msPerPixel;
    }

    public double timeAt(double x) {
        return start + (x - x0) * msPerPixel;
    }

    /** Length in pixels of a duration. */
    public double pixels(double durationMs) {
        return durationMs / msPerPixel;
    }

    public TimeWindow window() {
        long s = Math.round(start);
        return new TimeWindow(s, Math.max(s + 1, Math.round(start + width * msPerPixel)));
    }

    /**
     * Zooms by {@code factor} (below 1 zooms in) keeping the time under {@code x} where it is,
     * within the span limits of {@code maxSpanMs}.
     */
    public TimeScale zoomAt(double x, double factor, long maxSpanMs) {
        double anchor = timeAt(x);
        double next = clampZoom(msPerPixel * factor, maxSpanMs);
        return new TimeScale(anchor - (x - x0) * next, next, x0, width);
    }

    /** Moves the view by {@code dx} pixels: a positive dx shows later times. */
    public TimeScale panBy(double dx) {
        return new TimeScale(start + dx * msPerPixel, msPerPixel, x0, width);
    }

    /** The same time window over a new width (the canvas was resized). */
    public TimeScale withArea(double newX0, double newWidth) {
        return new TimeScale(start, msPerPixel * width / newWidth, newX0, newWidth);
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

    /** The window that shows {@code data} whole: a margin, more on the right where the last titles go, a week at least. */
    public static TimeWindow fit(TimeWindow data) {
        long pad = Math.max(1, data.duration() / 40);
        TimeWindow padded = new TimeWindow(data.start() - pad, data.end() + 3 * pad);
        long minSpan = 7L * 86_400_000L;
        if (padded.duration() < minSpan) {
            padded = new TimeWindow(data.centre() - minSpan / 2, data.centre() + minSpan / 2);
        }
        return clampWindow(padded, maxSpanFor(data));
    }
}
