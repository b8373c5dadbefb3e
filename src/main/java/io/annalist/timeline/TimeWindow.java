package io.annalist.timeline;

import io.annalist.model.DateText;

/**
 * A stretch of time, {@code [start, end)} in epoch milliseconds UTC: what the timeline shows,
 * what a date filter keeps, what an export covers. Immutable.
 */
public record TimeWindow(long start, long end) {

    public TimeWindow {
        if (end <= start) {
            throw new IllegalArgumentException("a time window must end after it starts: " + start + " .. " + end);
        }
    }

    public long duration() {
        return end - start;
    }

    public long centre() {
        return start + (end - start) / 2;
    }

    public boolean contains(long t) {
        return t >= start && t < end;
    }

    public boolean overlaps(long s, long e) {
        return s < end && e > start;
    }

    /**
     * The part of this window from {@code from} to {@code to} (exclusive), an end left open when
     * null — what of the data a date range keeps; null when nothing of it is in the range.
     */
    public TimeWindow within(Long from, Long to) {
        long s = from == null ? start : Math.max(start, from);
        long e = to == null ? end : Math.min(end, to);
        return e > s ? new TimeWindow(s, e) : null;
    }

    /** The same length, moved to start at {@code newStart}. */
    public TimeWindow movedTo(long newStart) {
        return new TimeWindow(newStart, newStart + duration());
    }

    /** Grown on each side by {@code fraction} of its length. */
    public TimeWindow padded(double fraction) {
        long pad = Math.max(1, Math.round(duration() * fraction));
        return new TimeWindow(start - pad, end + pad);
    }

    /** "12 June 2018 – 21 March 2025", to the day. */
    public String describe() {
        return DateText.humanDays(start, end);
    }
}
