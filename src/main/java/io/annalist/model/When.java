package io.annalist.model;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an event happened, as precisely as it is known: one instant range
 * {@code [start, end)} with a precision for each end. A point at month precision
 * ("2024-06") covers the whole month; a span ({@code {"start": "2024-09", "end": "2024-11"}})
 * runs from the start of its first unit to the end of its last, each end keeping its own
 * precision so it can be drawn as a band. Immutable.
 */
public final class When implements Comparable<When> {
    private final long start;
    private final long end;
    private final Precision startPrecision;
    private final Precision endPrecision;
    private final boolean span;
    private final boolean approximate;
    private final String display;
    private final String note;

    private When(long start, long end, Precision startPrecision, Precision endPrecision, boolean span,
                 boolean approximate, String display, String note) {
        this.start = start;
        this.end = end;
        this.startPrecision = Objects.requireNonNull(startPrecision);
        this.endPrecision = Objects.requireNonNull(endPrecision);
        this.span = span;
        this.approximate = approximate;
        this.display = display;
        this.note = note;
    }

    /** A single date: covers its own unit ("2024-06" is all of June). */
    public static When at(PartialDate date, boolean approximate, String display, String note) {
        return new When(date.start(), date.end(), date.precision(), date.precision(), false, approximate,
                display, note);
    }

    /** A single date, exact as written. */
    public static When at(PartialDate date) {
        return at(date, false, null, null);
    }

    /**
     * A span from the first instant of {@code from} to the last of {@code to}.
     *
     * @throws IllegalArgumentException when {@code to} ends before {@code from} begins
     */
    public static When span(PartialDate from, PartialDate to, boolean approximate, String display, String note) {
        if (to.end() <= from.start()) {
            throw new IllegalArgumentException("the span ends (" + to.toIsoText() + ") before it starts ("
                    + from.toIsoText() + ")");
        }
        return new When(from.start(), to.end(), from.precision(), to.precision(), true, approximate, display, note);
    }

    /** First instant covered, epoch milliseconds UTC. */
    public long start() {
        return start;
    }

    /** First instant after the covered range. */
    public long end() {
        return end;
    }

    public Precision startPrecision() {
        return startPrecision;
    }

    public Precision endPrecision() {
        return endPrecision;
    }

    /** Where the start's uncertainty ends: the end of the first unit ({@code start} plus one month at month precision). */
    public long startUnitEnd() {
        return Math.min(end, startPrecision.endOfUnit(start));
    }

    /** Where the end's uncertainty begins: the start of the last unit. */
    public long endUnitStart() {
        ZonedDateTime e = DateText.utc(end);
        long unitStart = switch (endPrecision) {
            case YEAR -> e.minusYears(1).toInstant().toEpochMilli();
            case MONTH -> e.minusMonths(1).toInstant().toEpochMilli();
            case WEEK -> e.minusWeeks(1).toInstant().toEpochMilli();
            case DAY -> e.minusDays(1).toInstant().toEpochMilli();
            case HOUR -> e.minusHours(1).toInstant().toEpochMilli();
            case MINUTE -> e.minusMinutes(1).toInstant().toEpochMilli();
            case SECOND -> end - Math.min(1000, end - start);
        };
        return Math.max(start, unitStart);
    }

    /** True for a span written with a start and an end; false for a single date. */
    public boolean isSpan() {
        return span;
    }

    public boolean isApproximate() {
        return approximate;
    }

    /** Free text from the file ("last autumn"), or null. */
    public String display() {
        return display;
    }

    /** Where the date comes from, when that needs saying ("day from public record"), or null. */
    public String note() {
        return note;
    }

    /** True when an end is known only to the month or year, so the event is drawn as a band. */
    public boolean isVague() {
        return approximate || startPrecision.coarserThanDay() || endPrecision.coarserThanDay();
    }

    /** The date as precisely as known: "June 2024", "Sept–Nov 2024 (approx.)". */
    public String describe() {
        return approximate ? known() + " (approx.)" : known();
    }

    private String known() {
        if (span && (startPrecision == Precision.WEEK || endPrecision == Precision.WEEK)) {
            return inDays().known();
        }
        return span ? DateText.humanSpan(start, startPrecision, endUnitStart(), endPrecision)
                : DateText.human(start, startPrecision);
    }

    /**
     * The date as a file writes it. Event files and CSV have no week: a date known to the week
     * is written as the span of its first to its last day, keeping whether it is approximate,
     * its wording and its note ("week of 09 May 2020" reads back as 6–12 May 2020 to the day).
     * Any other date is itself.
     */
    public When inDays() {
        if (startPrecision != Precision.WEEK && endPrecision != Precision.WEEK) {
            return this;
        }
        return new When(start, end, startPrecision == Precision.WEEK ? Precision.DAY : startPrecision,
                endPrecision == Precision.WEEK ? Precision.DAY : endPrecision, true, approximate, display, note);
    }

    /** The file's own wording when it has one, else {@link #describe()}. */
    public String label() {
        return display != null && !display.isBlank() ? display : describe();
    }

    /**
     * The date for a list under a picture: the file's own wording when it names its year
     * ("2015-04-02 (Korean date)" rather than the UTC hours that day covers), the wording with
     * the date as known when it does not ("last autumn (Sept–Nov 2024, approx.)"), else the
     * date as known.
     */
    public String listed() {
        if (display == null || display.isBlank()) {
            return describe();
        }
        return display.matches(".*\\d{4}.*") ? display : writtenAndRead();
    }

    /**
     * The file's own wording and the date as read: "last autumn (Sept–Nov 2024, approx.)"; the
     * date once when the wording says just what was read ("2018-2019" read as 2018–2019), or
     * when there is no wording.
     */
    public String writtenAndRead() {
        String read = known();
        if (display == null || display.isBlank() || sameWords(display, read)) {
            return describe();
        }
        return display + " (" + read + (approximate ? ", approx.)" : ")");
    }

    /** Equal but for case, spaces and the kind of dash: "2018 - 2019" and "2018–2019". */
    private static boolean sameWords(String a, String b) {
        return plain(a).equals(plain(b));
    }

    private static String plain(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\u2010-\\u2015\\u2212-]", "-")
                .replaceAll("\\s+", "");
    }

    /** ISO text at the written precision: "2024-06" or "2024-09/2024-11". */
    public String toIsoText() {
        When w = inDays();
        String a = DateText.iso(w.start, w.startPrecision);
        return w.span ? a + "/" + DateText.iso(w.endUnitStart(), w.endPrecision) : a;
    }

    @Override
    public int compareTo(When o) {
        int c = Long.compare(start, o.start);
        return c != 0 ? c : Long.compare(end, o.end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof When w && w.start == start && w.end == end && w.startPrecision == startPrecision
                && w.endPrecision == endPrecision && w.span == span && w.approximate == approximate
                && Objects.equals(w.display, display) && Objects.equals(w.note, note);
    }

    @Override
    public int hashCode() {
        // Without boxing: a large file hashes one of these per event while sharing equal dates.
        // Instants are multiples of a day or a minute, and end follows start: mix the bits, or
        // equal-looking hashes pile into a few buckets.
        long x = start * 0x9E3779B97F4A7C15L + end;
        x = (x ^ (x >>> 31)) * 0xBF58476D1CE4E5B9L;
        x += startPrecision.ordinal() * 7L + endPrecision.ordinal() * 131L + (span ? 2 : 0) + (approximate ? 1 : 0);
        int h = (int) (x ^ (x >>> 32));
        return display == null ? h : h * 31 + display.hashCode();
    }

    @Override
    public String toString() {
        return toIsoText() + (approximate ? " ~" : "");
    }
}
