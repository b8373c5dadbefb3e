package io.annalist.model;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * How precisely one end of a date is known. A date at {@code MONTH} precision covers the
 * whole month; the timeline draws it as a band over that month rather than as a point.
 */
public enum Precision {
    YEAR(ChronoUnit.YEARS),
    MONTH(ChronoUnit.MONTHS),
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
        ZonedDateTime start = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(startMillis), ZoneOffset.UTC);
        return start.plus(1, unit).toInstant().toEpochMilli();
    }

    /** True when this precision is coarser than a day: the date is a band, not a point. */
    public boolean coarserThanDay() {
        return this == YEAR || this == MONTH;
    }
}
