package io.annalist.timeline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Calendar units for counting events in a crowded lane: decades, years, quarters, months,
 * weeks (from Monday), days, hours — the finest whose bins are at least {@link #MIN_BIN_PX}
 * pixels wide, so a bar is a calendar unit an analyst can name ("1998: 4,833 events").
 * Pure, UTC.
 */
public final class CalendarBins {
    /** Bins narrower than this are too thin to read or to point at. */
    public static final double MIN_BIN_PX = 5;

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    /** A calendar unit, from the finest. */
    public enum Unit {
        HOUR("hour", 3_600_000L), DAY("day", 86_400_000L), WEEK("week", 7 * 86_400_000L),
        MONTH("month", 2_629_746_000L), QUARTER("quarter", 3 * 2_629_746_000L), YEAR("year", 31_556_952_000L),
        DECADE("decade", 315_569_520_000L);

        private final String noun;
        private final long approxMillis;

        Unit(String noun, long approxMillis) {
            this.noun = noun;
            this.approxMillis = approxMillis;
        }

        public String noun() {
            return noun;
        }
    }

    /** One bin: {@code [start, end)} and its calendar name. */
    public record Bin(long start, long end, String name) {
    }

    private CalendarBins() {
    }

    /** The finest unit whose bins are at least {@link #MIN_BIN_PX} wide at {@code msPerPixel}. */
    public static Unit unitFor(double msPerPixel) {
        for (Unit u : Unit.values()) {
            if (u.approxMillis / msPerPixel >= MIN_BIN_PX) {
                return u;
            }
        }
        return Unit.DECADE;
    }

    /** The bins of {@code unit} that overlap {@code [t0, t1)}, in order. */
    public static List<Bin> between(Unit unit, long t0, long t1) {
        List<Bin> bins = new ArrayList<>();
        ZonedDateTime t = floor(utc(t0), unit);
        for (int guard = 0; guard < 100_000; guard++) {
            long s = t.toInstant().toEpochMilli();
            if (s >= t1) {
                break;
            }
            ZonedDateTime next = next(t, unit);
            bins.add(new Bin(s, next.toInstant().toEpochMilli(), name(t, unit)));
            t = next;
        }
        return bins;
    }

    static ZonedDateTime floor(ZonedDateTime t, Unit unit) {
        ZonedDateTime day = t.truncatedTo(ChronoUnit.DAYS);
        return switch (unit) {
            case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((t.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
            case DECADE -> day.withDayOfYear(1).withYear(AxisTicks.alignYear(t.getYear(), 10));
        };
    }

    private static ZonedDateTime next(ZonedDateTime t, Unit unit) {
        return switch (unit) {
            case HOUR -> t.plusHours(1);
            case DAY -> t.plusDays(1);
            case WEEK -> t.plusWeeks(1);
            case MONTH -> t.plusMonths(1);
            case QUARTER -> t.plusMonths(3);
            case YEAR -> t.plusYears(1);
            case DECADE -> t.plusYears(10);
        };
    }

    /** "1998", "Q3 1998", "March 1998", "week of 2 March 1998", "2 March 1998", "2 March 1998, 14:00 UTC". */
    static String name(ZonedDateTime t, Unit unit) {
        String year = t.getYear() > 0 ? Integer.toString(t.getYear()) : (1 - t.getYear()) + " BCE";
        String day = t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + year;
        return switch (unit) {
            case HOUR -> day + String.format(", %02d:00 UTC", t.getHour());
            case DAY -> day;
            case WEEK -> "week of " + day;
            case MONTH -> MONTHS[t.getMonthValue() - 1] + " " + year;
            case QUARTER -> "Q" + ((t.getMonthValue() - 1) / 3 + 1) + " " + year;
            case YEAR -> year;
            case DECADE -> year + "s";
        };
    }

    private static ZonedDateTime utc(long millis) {
        return ZonedDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }
}
