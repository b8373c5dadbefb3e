package io.annalist.workspace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.annalist.model.DateFormatException;
import io.annalist.model.PartialDate;

/**
 * What the analyst typed into the date filter's From and To, read as a range. Typing is taken
 * leniently and written back as dates are written everywhere else: {@code 2023-3} is March 2023
 * ({@code 2023-03}), {@code 2024/6/9} 9 June 2024. An empty field leaves its end open. A From
 * that comes after the To is swapped, and the note says so; what is no date is refused with the
 * reader's words, naming the field.
 *
 * @param fromText the From field as it should now read (normalised), empty for an open start
 * @param toText   the To field as it should now read, empty for an open end
 * @param from     the first instant kept, or null for an open start (also when refused)
 * @param to       the instant after the last one kept, or null for an open end (also when refused)
 * @param note     what was changed beyond the spelling (the ends swapped), or null
 * @param error    why the range is refused, or null when it is taken
 */
record DateRangeEntry(String fromText, String toText, Long from, Long to, String note, String error) {
    /** A year, then a month and a day of one or two digits, after a dash, a slash, a dot or a space. */
    private static final Pattern LOOSE = Pattern.compile("(\\d{4})(?:[-/. ](\\d{1,2})(?:[-/. ](\\d{1,2}))?)?");

    /** True when the range is taken (an empty range, both ends open, too). */
    boolean ok() {
        return error == null;
    }

    /** Reads the two fields as typed. */
    static DateRangeEntry read(String fromTyped, String toTyped) {
        String fromText = normalise(fromTyped);
        String toText = normalise(toTyped);
        PartialDate first;
        PartialDate last;
        try {
            first = fromText.isEmpty() ? null : PartialDate.parse(fromText);
        } catch (DateFormatException e) {
            return new DateRangeEntry(fromText, toText, null, null, null, "From: " + e.getMessage());
        }
        try {
            last = toText.isEmpty() ? null : PartialDate.parse(toText);
        } catch (DateFormatException e) {
            return new DateRangeEntry(fromText, toText, null, null, null, "To: " + e.getMessage());
        }
        if (first != null && last != null && last.end() <= first.start()) {
            // Typed the wrong way round: the analyst meant the time between the two.
            return new DateRangeEntry(toText, fromText, last.start(), first.end(),
                    "From was after To; swapped: " + toText + " to " + fromText + ".", null);
        }
        return new DateRangeEntry(fromText, toText, first == null ? null : first.start(),
                last == null ? null : last.end(), null, null);
    }

    /**
     * {@code typed} as dates are written ({@code 2023-3} → {@code 2023-03}, {@code 2024/6/9} →
     * {@code 2024-06-09}); anything else stripped of spaces around it, for the reader to judge.
     */
    static String normalise(String typed) {
        String t = typed == null ? "" : typed.strip();
        Matcher m = LOOSE.matcher(t);
        if (!m.matches()) {
            return t;
        }
        StringBuilder b = new StringBuilder(m.group(1));
        for (int part = 2; part <= 3 && m.group(part) != null; part++) {
            b.append('-').append(m.group(part).length() == 1 ? "0" : "").append(m.group(part));
        }
        return b.toString();
    }
}
