package io.annalist.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Writes instants as text at a given precision, for files (ISO) and for people ("June 2024"). */
public final class DateText {
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] SHORT_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug",
            "Sept", "Oct", "Nov", "Dec"};

    private DateText() {
    }

    static ZonedDateTime utc(long millis) {
        return ZonedDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    /**
     * ISO-8601 text that keeps only the digits the precision knows: {@code 2024-06} for a month.
     * ISO has no week that starts on any day: a week is given by its first day (files write a
     * week as the span of its days, {@link When#inDays()}).
     */
    public static String iso(long millis, Precision precision) {
        ZonedDateTime t = utc(millis);
        String year = t.getYear() >= 0 && t.getYear() <= 9999 ? String.format("%04d", t.getYear())
                : String.format("%+05d", t.getYear());
        return switch (precision) {
            case YEAR -> year;
            case MONTH -> year + String.format("-%02d", t.getMonthValue());
            case WEEK, DAY -> year + String.format("-%02d-%02d", t.getMonthValue(), t.getDayOfMonth());
            case HOUR -> year + String.format("-%02d-%02dT%02dZ", t.getMonthValue(), t.getDayOfMonth(), t.getHour());
            case MINUTE -> year + String.format("-%02d-%02dT%02d:%02dZ", t.getMonthValue(), t.getDayOfMonth(),
                    t.getHour(), t.getMinute());
            case SECOND -> year + String.format("-%02d-%02dT%02d:%02d:%02dZ", t.getMonthValue(), t.getDayOfMonth(),
                    t.getHour(), t.getMinute(), t.getSecond());
        };
    }

    /**
     * A date for a person, as precisely as it is known: "2024", "June 2024", "6–12 May 2020" (a
     * week), "19 June 2024", "19 June 2024 10:00 UTC".
     */
    public static String human(long millis, Precision precision) {
        ZonedDateTime t = utc(millis);
        return switch (precision) {
            case YEAR -> year(t);
            case MONTH -> MONTHS[t.getMonthValue() - 1] + " " + year(t);
            case WEEK -> humanSpan(millis, Precision.DAY, Precision.WEEK.endOfUnit(millis) - 86_400_000L,
                    Precision.DAY);
            case DAY -> t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + year(t);
            case HOUR, MINUTE -> t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + year(t)
                    + String.format(" %02d:%02d UTC", t.getHour(), t.getMinute());
            case SECOND -> t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + year(t)
                    + String.format(" %02d:%02d:%02d UTC", t.getHour(), t.getMinute(), t.getSecond());
        };
    }

    /** Whole days from {@code from} to before {@code toExclusive}: "3 June 1998", or "1 January 2024 – 30 June 2024". */
    public static String humanDays(long from, long toExclusive) {
        String a = human(from, Precision.DAY);
        String b = human(toExclusive - 1, Precision.DAY);
        return a.equals(b) ? a : a + " – " + b;
    }

    /**
     * A span for a person, sharing what both ends share: "Sept–Nov 2024", "27–28 Feb 2019",
     * "2018–2019", "June 2018 – Feb 2019".
     */
    public static String humanSpan(long startMillis, Precision startPrecision, long endUnitMillis, Precision endPrecision) {
        ZonedDateTime a = utc(startMillis);
        ZonedDateTime b = utc(endUnitMillis);
        boolean sameYear = a.getYear() == b.getYear();
        if (startPrecision == endPrecision && sameYear) {
            switch (startPrecision) {
                case YEAR:
                    return year(a);
                case MONTH:
                    return a.getMonthValue() == b.getMonthValue() ? MONTHS[a.getMonthValue() - 1] + " " + year(a)
                            : SHORT_MONTHS[a.getMonthValue() - 1] + "–" + SHORT_MONTHS[b.getMonthValue() - 1] + " " + year(a);
                case DAY:
                    if (a.getMonthValue() == b.getMonthValue()) {
                        return a.getDayOfMonth() == b.getDayOfMonth() ? human(startMillis, Precision.DAY)
                                : a.getDayOfMonth() + "–" + b.getDayOfMonth() + " " + SHORT_MONTHS[a.getMonthValue() - 1]
                                        + " " + year(a);
                    }
                    return a.getDayOfMonth() + " " + SHORT_MONTHS[a.getMonthValue() - 1] + " – " + b.getDayOfMonth()
                            + " " + SHORT_MONTHS[b.getMonthValue() - 1] + " " + year(a);
                default:
                    break;
            }
        }
        if (startPrecision == Precision.YEAR && endPrecision == Precision.YEAR) {
            return year(a) + "–" + year(b);
        }
        return shortHuman(a, startPrecision) + " – " + shortHuman(b, endPrecision);
    }

    private static String shortHuman(ZonedDateTime t, Precision precision) {
        return switch (precision) {
            case YEAR -> year(t);
            case MONTH -> SHORT_MONTHS[t.getMonthValue() - 1] + " " + year(t);
            case DAY -> t.getDayOfMonth() + " " + SHORT_MONTHS[t.getMonthValue() - 1] + " " + year(t);
            default -> human(t.toInstant().toEpochMilli(), precision);
        };
    }

    private static String year(ZonedDateTime t) {
        return t.getYear() > 0 ? Integer.toString(t.getYear()) : (1 - t.getYear()) + " BCE";
    }
}
