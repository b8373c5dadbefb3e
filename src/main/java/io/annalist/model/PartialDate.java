package io.annalist.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to some precision, as written in an event file: {@code "2024"},
 * {@code "2024-06"}, {@code "2024-06-19"}, {@code "2024-06-19T10:00Z"}. It covers the
 * half-open interval {@code [start, end)} in epoch milliseconds: {@code "2024-06"} covers
 * all of June 2024.
 *
 * @param start     first instant covered, epoch milliseconds (UTC)
 * @param end       first instant after the covered interval
 * @param precision how precisely the date is known
 * @param zoneGiven false when a time of day was written without a zone and read as UTC
 */
public record PartialDate(long start, long end, Precision precision, boolean zoneGiven) {

    private static final Pattern ISO = Pattern.compile(
            "([+-]?\\d{4,6})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2})(?::(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    public PartialDate {
        if (end <= start) {
            throw new IllegalArgumentException("end must follow start");
        }
    }

    /**
     * Reads a partial ISO-8601 date.
     *
     * @throws DateFormatException with a sentence a person understands when the text is no
     *                             date or names a day that does not exist (2024-02-30)
     */
    public static PartialDate parse(String text) {
        PartialDate quick = quick(text);
        if (quick != null) {
            return quick;
        }
        String s = text == null ? "" : text.strip();
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            throw new DateFormatException("\"" + text + "\" is not a date; write it as YYYY, YYYY-MM, YYYY-MM-DD"
                    + " or YYYY-MM-DDTHH:MMZ");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            long start = LocalDate.of(year, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            return new PartialDate(start, Precision.YEAR.endOfUnit(start), Precision.YEAR, true);
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            throw new DateFormatException("\"" + text + "\" has month " + month + "; months run from 01 to 12");
        }
        if (m.group(3) == null) {
            long start = LocalDate.of(year, month, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            return new PartialDate(start, Precision.MONTH.endOfUnit(start), Precision.MONTH, true);
        }
        int day = Integer.parseInt(m.group(3));
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            int length = java.time.YearMonth.of(year, month).lengthOfMonth();
            throw new DateFormatException("\"" + text + "\" is not a day: "
                    + java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year
                    + " has " + length + " days");
        }
        if (m.group(4) == null) {
            long start = date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            return new PartialDate(start, Precision.DAY.endOfUnit(start), Precision.DAY, true);
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
        Precision precision = m.group(5) == null ? Precision.HOUR
                : m.group(6) == null ? Precision.MINUTE : Precision.SECOND;
        ZoneOffset offset = ZoneOffset.UTC;
        if (m.group(8) != null && !m.group(8).equals("Z")) {
            try {
                offset = ZoneOffset.of(m.group(8).length() == 3 ? m.group(8) : normaliseOffset(m.group(8)));
            } catch (DateTimeException e) {
                throw new DateFormatException("\"" + text + "\" has time zone offset " + m.group(8)
                        + ", which does not exist");
            }
        }
        LocalDateTime local;
        try {
            local = date.atTime(hour, minute, second, nanos);
        } catch (DateTimeException e) {
            throw new DateFormatException("\"" + text + "\" is not a time of day (hours 00-23, minutes 00-59)");
        }
        long start = local.toInstant(offset).toEpochMilli();
        long end = precision == Precision.SECOND && nanos != 0 ? start + 1 : precision.endOfUnit(start);
        return new PartialDate(start, end, precision, m.group(8) != null);
    }

    /**
     * "YYYY", "YYYY-MM", "YYYY-MM-DD" and "YYYY-MM-DDTHH:MMZ" when valid, the forms nearly
     * every file uses, read without a regular expression; anything else goes the long way.
     */
    private static PartialDate quick(String s) {
        if (s == null) {
            return null;
        }
        int n = s.length();
        if (n == 17 && s.charAt(10) == 'T' && s.charAt(13) == ':' && s.charAt(16) == 'Z' && digits(s, 11, 13)
                && digits(s, 14, 16)) {
            PartialDate day = quick(s.substring(0, 10));
            int hour = (s.charAt(11) - '0') * 10 + (s.charAt(12) - '0');
            int minute = (s.charAt(14) - '0') * 10 + (s.charAt(15) - '0');
            if (day == null || hour > 23 || minute > 59) {
                return null;
            }
            long start = day.start() + hour * 3_600_000L + minute * 60_000L;
            return new PartialDate(start, start + 60_000L, Precision.MINUTE, true);
        }
        if (n != 4 && n != 7 && n != 10 || !digits(s, 0, 4)) {
            return null;
        }
        int year = (s.charAt(0) - '0') * 1000 + (s.charAt(1) - '0') * 100 + (s.charAt(2) - '0') * 10 + (s.charAt(3) - '0');
        if (n == 4) {
            long start = LocalDate.of(year, 1, 1).toEpochDay() * 86_400_000L;
            return new PartialDate(start, Precision.YEAR.endOfUnit(start), Precision.YEAR, true);
        }
        if (s.charAt(4) != '-' || !digits(s, 5, 7)) {
            return null;
        }
        int month = (s.charAt(5) - '0') * 10 + (s.charAt(6) - '0');
        if (month < 1 || month > 12) {
            return null;
        }
        if (n == 7) {
            long start = LocalDate.of(year, month, 1).toEpochDay() * 86_400_000L;
            return new PartialDate(start, Precision.MONTH.endOfUnit(start), Precision.MONTH, true);
        }
        if (s.charAt(7) != '-' || !digits(s, 8, 10)) {
            return null;
        }
        int day = (s.charAt(8) - '0') * 10 + (s.charAt(9) - '0');
        if (day < 1 || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
            return null;
        }
        long start = LocalDate.of(year, month, day).toEpochDay() * 86_400_000L;
        return new PartialDate(start, start + 86_400_000L, Precision.DAY, true);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String normaliseOffset(String offset) {
        return offset.contains(":") ? offset : offset.substring(0, 3) + ":" + offset.substring(3);
    }

    /** What is said of {@code text} when it gives a time of day without a zone ({@link #zoneGiven()} false). */
    public static String noZoneWarning(String text) {
        return "\"" + text + "\" has a time of day but no time zone; read as UTC";
    }

    /** The date as ISO text at its own precision, in UTC: {@code "2024-06"} for a month. */
    public String toIsoText() {
        return DateText.iso(start, precision);
    }
}
