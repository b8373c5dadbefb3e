package io.annalist.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.annalist.model.DateFormatException;
import io.annalist.model.PartialDate;
import io.annalist.model.Precision;

/**
 * Dates as spreadsheets and exports write them: ISO ("2020-05-09", "2020-05", "2020"), and
 * the day-month-year forms of ACLED exports ("09 May 2020", "9-May-20", "01-January-2015"),
 * plus "May 2020", and numbers only ("03/04/2020", "03.04.2020", "2020/04/03", with a time
 * of day after them that is left out). Two-digit years are read as 1950–2049. A numeric date
 * that reads as two different days (03/04/2020: 3 April or 4 March) is read in the
 * {@link DateOrder} given, or refused with both readings when none is: never guessed.
 */
public final class LenientDates {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[ \\-/]([A-Za-z]+)\\.?[ \\-/,]+(\\d{2}|\\d{4})");
    private static final Pattern MY = Pattern.compile("([A-Za-z]+)\\.?[ \\-,]+(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,4})([/.\\-])(\\d{1,2})\\2(\\d{1,4})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (Month m : Month.values()) {
            MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
            MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    private LenientDates() {
    }

    /** Reads {@code text} as a partial date, or throws with a sentence saying what was expected. */
    public static PartialDate parse(String text) {
        return parse(text, null);
    }

    /**
     * Reads {@code text} as a partial date, numeric dates in {@code order} (null: only when
     * they can be read one way), or throws with a sentence saying what was expected.
     */
    public static PartialDate parse(String text, DateOrder order) {
        String s = text == null ? "" : text.strip();
        try {
            return PartialDate.parse(s);
        } catch (DateFormatException notIso) {
            Matcher num = NUMERIC.matcher(s);
            if (num.matches()) {
                return numeric(text, num.group(1), num.group(3), num.group(4), order);
            }
            Matcher dmy = DMY.matcher(s);
            if (dmy.matches()) {
                Month m = month(dmy.group(2), text);
                int year = year(dmy.group(3));
                try {
                    long start = LocalDate.of(year, m, Integer.parseInt(dmy.group(1))).toEpochDay() * 86_400_000L;
                    return new PartialDate(start, start + 86_400_000L, Precision.DAY, true);
                } catch (DateTimeException e) {
                    throw new DateFormatException("\"" + text + "\" is not a day of " + m.getDisplayName(TextStyle.FULL,
                            Locale.ENGLISH) + " " + year);
                }
            }
            Matcher my = MY.matcher(s);
            if (my.matches()) {
                Month m = month(my.group(1), text);
                long start = LocalDate.of(Integer.parseInt(my.group(2)), m, 1).toEpochDay() * 86_400_000L;
                return new PartialDate(start, Precision.MONTH.endOfUnit(start), Precision.MONTH, true);
            }
            throw new DateFormatException("\"" + text + "\" is not a date; write it as 2020-05-09, 09 May 2020,"
                    + " 9-May-20 or May 2020");
        }
    }

    /**
     * Whether {@code text} holds a numeric date whose order of day and month matters, so that
     * the order must be asked before reading: one that reads as two different days (03/04/2020),
     * or one that reads only day first or only month first (25/04/2020, 04/25/2020) — a file
     * that writes those writes its other dates the same way, and some of them may read two ways.
     * ISO dates (2020-04-03), dates with the year first and dates that are the same day either
     * way (04/04/2020) do not count.
     */
    public static boolean orderMatters(CharSequence text) {
        java.util.regex.Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            if (m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1)) || m.group(1).length() == 4) {
                continue;
            }
            LocalDate dayFirst = reading(m.group(1), m.group(3), m.group(4), DateOrder.DMY);
            LocalDate monthFirst = reading(m.group(1), m.group(3), m.group(4), DateOrder.MDY);
            if (dayFirst == null ? monthFirst != null : !dayFirst.equals(monthFirst)) {
                return true;
            }
            try {
                numeric(m.group(), m.group(1), m.group(3), m.group(4), null);
            } catch (DateFormatException e) {
                if (readsTwoWays(e.getMessage())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of the message a date that reads two ways is refused with, after the date. */
    private static final String TWO_WAYS = " can be read as ";

    /** True when {@code message} refuses a date because it reads two ways (03/04/2020) and no order was given. */
    static boolean readsTwoWays(String message) {
        return message != null && message.contains(TWO_WAYS);
    }

    /** "03/04/2020" and the like: the readings that make a real day, chosen by {@code order}. */
    private static PartialDate numeric(String text, String a, String b, String c, DateOrder order) {
        java.util.EnumMap<DateOrder, LocalDate> readings = new java.util.EnumMap<>(DateOrder.class);
        if (a.length() == 4) {
            // 2020/04/05: a year written first in full is year, month, day, whatever order the others use.
            LocalDate d = reading(a, b, c, DateOrder.YMD);
            if (d == null) {
                throw new DateFormatException("\"" + text.strip() + "\" is not a day");
            }
            long start = d.toEpochDay() * 86_400_000L;
            return new PartialDate(start, start + 86_400_000L, Precision.DAY, true);
        }
        for (DateOrder o : DateOrder.values()) {
            LocalDate d = reading(a, b, c, o);
            if (d != null) {
                readings.put(o, d);
            }
        }
        if (readings.isEmpty()) {
            throw new DateFormatException("\"" + text.strip() + "\" is not a day in any order of day, month and year");
        }
        LocalDate day;
        if (order != null) {
            day = readings.get(order);
            if (day == null) {
                throw new DateFormatException("\"" + text.strip() + "\" is not a day when read as "
                        + order.option() + " (day, month and year in the order --date-order gives)");
            }
        } else {
            java.util.Set<LocalDate> distinct = new java.util.LinkedHashSet<>(readings.values());
            if (distinct.size() > 1) {
                StringBuilder both = new StringBuilder();
                readings.forEach((o, d) -> {
                    if (both.indexOf(human(d)) < 0) {
                        both.append(both.length() == 0 ? "" : " or ").append(human(d)).append(" (")
                                .append(o.option()).append(')');
                    }
                });
                throw new DateFormatException("\"" + text.strip() + "\"" + TWO_WAYS + both
                        + "; say which with --date-order (or in the Open dialog), it is not guessed");
            }
            day = distinct.iterator().next();
        }
        long start = day.toEpochDay() * 86_400_000L;
        return new PartialDate(start, start + 86_400_000L, Precision.DAY, true);
    }

    private static String human(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
    }

    /** The day that {@code a/b/c} is in {@code order}, or null when it is none. */
    private static LocalDate reading(String a, String b, String c, DateOrder order) {
        String y;
        String m;
        String d;
        switch (order) {
            case DMY -> {
                d = a;
                m = b;
                y = c;
            }
            case MDY -> {
                m = a;
                d = b;
                y = c;
            }
            default -> {
                y = a;
                m = b;
                d = c;
            }
        }
        if (d.length() > 2 || m.length() > 2 || (y.length() != 2 && y.length() != 4)) {
            return null;
        }
        try {
            return LocalDate.of(year(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Month month(String name, String text) {
        Month m = MONTHS.get(name.toLowerCase(Locale.ROOT));
        if (m == null) {
            throw new DateFormatException("\"" + text + "\" has no month called \"" + name + "\"");
        }
        return m;
    }

    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        if (digits.length() == 2) {
            return y < 50 ? 2000 + y : 1900 + y;
        }
        return y;
    }
}
