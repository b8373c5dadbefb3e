package io.annalist.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.annalist.model.Confidence;
import io.annalist.model.DateText;
import io.annalist.model.EventFilter;
import io.annalist.model.Precision;
import io.annalist.model.Event;
import io.annalist.model.Source;
import io.annalist.model.When;
import io.annalist.timeline.TimeWindow;

/**
 * The words under a snapshot's title and at its foot: which filters made it ("Actors: Russia,
 * North Korea · Kinds: visit, troop deployment · 1 Jan 2023 – 30 June 2025") and whose
 * reporting it shows. Pure text, no UI.
 */
public final class FilterCaption {
    private FilterCaption() {
    }

    /** The filters in words, then the time shown; "All events" when nothing is filtered. */
    public static String of(EventFilter f, Map<String, String> actorNames, TimeWindow shown) {
        return of(f, actorNames, shown, null);
    }

    /**
     * As above for a picture of the whole range of its events: where the time shown is only the
     * events' range with a margin, the caption gives the events' own first and last day instead
     * ("All events: 12 March 2018 – 21 March 2025 (UTC)"), or says that no event matches.
     *
     * @param events the events pictured, each date written at the precision it is known to
     *               ("2018 – March 2025"): a year is not made into its first day
     */
    public static String ofWholeRange(EventFilter f, Map<String, String> actorNames, List<Event> events) {
        String filters = of(f, actorNames, null, null);
        if (events.isEmpty()) {
            return filters + " · No events match";
        }
        Event first = events.get(0);
        Event last = events.get(0);
        for (Event e : events) {
            if (e.when().start() < first.when().start()) {
                first = e;
            }
            if (e.when().end() > last.when().end()) {
                last = e;
            }
        }
        When a = first.when();
        When b = last.when();
        String from = DateText.human(a.start(), a.startPrecision());
        String to = b.isSpan() ? DateText.human(b.endUnitStart(), b.endPrecision())
                : DateText.human(b.start(), b.startPrecision());
        String days = utc(from.equals(to) ? from : from + " – " + to);
        return filters.equals(ALL) ? ALL + ": " + days : filters + " · Events: " + days;
    }

    private static final String ALL = "All events";

    /** {@code dates} said to be in UTC, once: a date with its time of day already names it. */
    private static String utc(String dates) {
        return dates.contains("UTC") ? dates : dates + " (UTC)";
    }

    private static String of(EventFilter f, Map<String, String> actorNames, TimeWindow shown, Void unused) {
        List<String> parts = new ArrayList<>();
        if (!f.actors().isEmpty()) {
            String names = f.actors().stream().map(a -> actorNames.getOrDefault(a, a)).sorted()
                    .collect(Collectors.joining(", "));
            parts.add((f.allActors() && f.actors().size() > 1 ? "Actors (all of): " : "Actors: ") + names
                    + (f.includeAffiliated() ? " and affiliates" : ""));
        }
        if (!f.kinds().isEmpty()) {
            parts.add("Kinds: " + f.kinds().stream().sorted().map(k -> k.label().toLowerCase(java.util.Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
        if (!f.confidences().isEmpty()) {
            parts.add("Confidence: " + f.confidences().stream().sorted().map(Confidence::jsonName)
                    .collect(Collectors.joining(", ")));
        }
        if (!f.text().isEmpty()) {
            parts.add("Text: \"" + f.text() + "\"");
        }
        if (f.marks().starred()) {
            parts.add("Starred");
        }
        if (!f.marks().tags().isEmpty()) {
            parts.add("Mine: " + String.join(", ", new java.util.TreeSet<>(f.marks().tags())));
        }
        if (f.marks().withNotes()) {
            parts.add("With notes");
        }
        if (f.from() != null && f.to() != null) {
            parts.add("Dates: " + DateText.humanDays(f.from(), f.to()));
        } else if (f.from() != null) {
            parts.add("Dates: from " + DateText.human(f.from(), Precision.DAY));
        } else if (f.to() != null) {
            parts.add("Dates: until " + DateText.human(f.to() - 1, Precision.DAY));
        }
        if (f.place() != null) {
            parts.add(f.place().describe());
        }
        if (parts.isEmpty()) {
            parts.add(ALL);
        }
        if (shown != null) {
            parts.add("Shown: " + utc(shown.describe()));
        }
        return String.join(" · ", parts);
    }

    /**
     * "Sources: Hexham Courant; CNS …" for the sources of the events drawn; a source whose
     * publisher is its title (an importer's row source: "Ukrainska Pravda") is named once.
     */
    public static String sources(List<Source> sources) {
        if (sources.isEmpty()) {
            return "";
        }
        return "Sources: " + sources.stream().map(s -> s.publisher() == null || s.publisher().equals(s.title())
                ? s.title() : s.publisher() + ", " + s.title()).distinct().collect(Collectors.joining("; "));
    }
}
