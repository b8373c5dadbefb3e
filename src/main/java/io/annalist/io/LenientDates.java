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
 * plus "May 2020". Two-digit years are read as 1950–2049.
 */
public final class LenientDates {
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[ \\-/]([A-Za-z]+)\\.?[ \\-/,]+(\\d{2}|\\d{4})");
    private static final Pattern MY = Pattern.compile("([A-Za-z]+)\\.?[ \\-,]+(\\d{4})");
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
        String s = text == null ? "" : text.strip();
        try {
            return PartialDate.parse(s);
        } catch (DateFormatException notIso) {
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
