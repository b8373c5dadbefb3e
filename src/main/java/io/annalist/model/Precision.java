package io.annalist.model;

import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How precisely one end of a date is known. A date at {@code MONTH} precision covers the
 * whole month; the timeline draws it as a band over that month rather than as a point.
 * {@code WEEK} is seven days from whatever day it starts on (a source's "week of 9 May" is
 * the week around that day, not a calendar week); event files have no week, so a week is
 * written as the span of its days ({@link When#inDays()}).
 */
public enum Precision {
    YEAR(ChronoUnit.YEARS),
    MONTH(ChronoUnit.MONTHS),
    WEEK(ChronoUnit.WEEKS),
    DAY(ChronoUnit.DAYS),
    HOUR(ChronoUnit.HOURS),
    MINUTE(ChronoUnit.MINUTES),
    SECOND(ChronoUnit.SECONDS);

    private final ChronoUnit unit;

    Precision(ChronoUnit unit) {
        this.unit = unit;
    }

    /** The first instant after the unit of this precision that starts at {@code startMillis}. */
    public long endOfUnit(long startMillis) {
        switch (this) {
            case WEEK:
                return startMillis + 7 * 86_400_000L;
            case DAY:
                return startMillis + 86_400_000L;
            case HOUR:
                return startMillis + 3_600_000L;
            case MINUTE:
                return startMillis + 60_000L;
            case SECOND:
                return startMillis + 1_000L;
            default:
                // Months and years differ in length: count them on the calendar, in UTC.
                LocalDateTime start = LocalDateTime.ofEpochSecond(Math.floorDiv(startMillis, 1000L),
                        (int) Math.floorMod(startMillis, 1000L) * 1_000_000, ZoneOffset.UTC);
                return start.plus(1, unit).toEpochSecond(ZoneOffset.UTC) * 1000L + Math.floorMod(startMillis, 1000L);
        }
    }

    /** True when this precision is coarser than a day: the date is a band, not a point. */
    public boolean coarserThanDay() {
        return this == YEAR || this == MONTH || this == WEEK;
    }
}
