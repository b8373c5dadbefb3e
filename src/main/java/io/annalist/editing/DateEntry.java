package io.annalist.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.annalist.io.EventJson;
import io.annalist.model.DateFormatException;
import io.annalist.model.DateText;
import io.annalist.model.PartialDate;
import io.annalist.model.Precision;
import io.annalist.model.When;

/**
 * Reads the date an analyst types into a form, as our format takes it: a partial date at the
 * precision it is written to ({@code 2024}, {@code 2024-06}, {@code 2024-06-19},
 * {@code 2024-06-19T10:00Z}), or a span of two ({@code 2024-09/2024-11}), with a flag for an
 * approximate date, the source's own wording to show ("last autumn") and a note on where the
 * date comes from. The precision is the one written: a month stays a month and is never made
 * a day. Says how it read the text ("month, June 2024") so the form can show it while the
 * analyst types; a text it cannot read gets the reader's own message.
 */
public final class DateEntry {
    /** Between the two ends of a span: a slash as in ISO 8601, or "to", or a dash with spaces around it. */
    private static final Pattern SPAN = Pattern.compile("\\s*/\\s*|\\s+to\\s+|\\s+[–—-]\\s+");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DateEntry() {
    }

    /**
     * How a date was read: the date (null when it could not be), its description, the problems
     * in the reader's words (an error when it is no date; a warning for a time without a zone,
     * read as UTC), and the {@code when} field for the draft: as our format writes the date, or,
     * when it is no date, as typed — so that checking the draft names the same problem.
     */
    public record Reading(When when, String description, List<FieldProblem> problems, String json) {
        public Reading {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return when != null && !FieldProblem.anyError(problems);
        }
    }

    /** Reads a date typed without approximation, wording or note. */
    public static Reading read(String text) {
        return read(text, false, null, null);
    }

    /**
     * Reads {@code text} ({@code 2024-06}, {@code 2024-09/2024-11}).
     *
     * @param approximate true when the dates themselves are uncertain ("around", "last autumn")
     * @param display     the source's own words, shown beside the exact reading; null or blank for none
     * @param note        where the date comes from, when that needs saying; null or blank for none
     */
    public static Reading read(String text, boolean approximate, String display, String note) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new Reading(null, "no date yet", List.of(FieldProblem.error("when", "the event has no \"when\"")),
                    null);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String[] ends = SPAN.split(t, -1);
        String shown = blankToNull(display);
        String why = blankToNull(note);
        String typed = typed(ends, approximate, shown, why);
        if (ends.length > 2) {
            return failed(problems, "\"" + t + "\" has more than two dates; a span is written START/END, such as"
                    + " 2024-09/2024-11", EventJson.compact(JSON.textNode(t)));
        }
        PartialDate from = date(ends[0], problems);
        PartialDate to = ends.length == 2 ? date(ends[1], problems) : null;
        if (from == null || ends.length == 2 && to == null) {
            return new Reading(null, "not a date", problems, typed);
        }
        When when;
        if (to == null) {
            when = When.at(from, approximate, shown, why);
        } else {
            try {
                when = When.span(from, to, approximate, shown, why);
            } catch (IllegalArgumentException e) {
                return failed(problems, e.getMessage(), typed);
            }
        }
        return new Reading(when, describe(when), problems, EventJson.when(when));
    }

    /** The {@code when} field as typed, for a text that is no date: the reader then says what is wrong with it. */
    private static String typed(String[] ends, boolean approximate, String display, String note) {
        if (ends.length == 1 && !approximate && display == null && note == null) {
            return EventJson.compact(JSON.textNode(ends[0]));
        }
        ObjectNode o = JSON.objectNode();
        if (ends.length == 1) {
            o.put("at", ends[0]);
        } else {
            o.put("start", ends[0]);
            o.put("end", ends[1]);
        }
        if (approximate) {
            o.put("approximate", true);
        }
        if (display != null) {
            o.put("display", display);
        }
        if (note != null) {
            o.put("note", note);
        }
        return EventJson.compact(o);
    }

    /**
     * The date of an instant written at a precision the analyst chose, for a form opened at a
     * place on the timeline: {@code 2024-06} for June 2024 at month precision.
     */
    public static String textAt(long millis, Precision precision) {
        return DateText.iso(millis, precision);
    }

    /** "month, June 2024"; "span of months, September 2024 to November 2024, approximate; shown as "last autumn"". */
    public static String describe(When w) {
        StringBuilder b = new StringBuilder();
        if (!w.isSpan()) {
            b.append(word(w.startPrecision())).append(", ").append(DateText.human(w.start(), w.startPrecision()));
        } else if (w.startPrecision() == w.endPrecision()) {
            b.append("span of ").append(plural(w.startPrecision())).append(", ")
                    .append(DateText.human(w.start(), w.startPrecision())).append(" to ")
                    .append(DateText.human(w.endUnitStart(), w.endPrecision()));
        } else {
            b.append("span, ").append(DateText.human(w.start(), w.startPrecision())).append(" (")
                    .append(word(w.startPrecision())).append(") to ")
                    .append(DateText.human(w.endUnitStart(), w.endPrecision())).append(" (")
                    .append(word(w.endPrecision())).append(")");
        }
        if (w.isApproximate()) {
            b.append(", approximate");
        }
        if (w.display() != null) {
            b.append("; shown as \"").append(w.display()).append('"');
        }
        return b.toString();
    }

    private static PartialDate date(String text, List<FieldProblem> problems) {
        try {
            PartialDate d = PartialDate.parse(text);
            if (!d.zoneGiven()) {
                problems.add(new FieldProblem("when", io.annalist.model.Severity.WARNING,
                        PartialDate.noZoneWarning(text)));
            }
            return d;
        } catch (DateFormatException e) {
            problems.add(FieldProblem.error("when", e.getMessage()));
            return null;
        }
    }

    private static Reading failed(List<FieldProblem> problems, String message, String json) {
        problems.add(FieldProblem.error("when", message));
        return new Reading(null, "not a date", problems, json);
    }

    private static String word(Precision p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static String plural(Precision p) {
        return word(p) + "s";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
