package io.annalist.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.model.Event;
import io.annalist.model.MarkLookup;
import io.annalist.model.TimeOrder;
import io.annalist.timeline.EventIndex;
import io.annalist.timeline.Frame;
import io.annalist.timeline.TimeWindow;

/**
 * The starred events of a snapshot as footnotes ({@code annalist export --starred}): those of
 * the time shown that the picture draws, numbered in time order from 1 — the number the painter
 * puts beside each one's title ("★3") — and listed under the picture by number with their date
 * and full title; then how many starred events the picture leaves out, filtered out or outside
 * the time shown. Immutable; any thread.
 */
record StarredList(List<Event> listed, Map<String, Integer> numbers, int unlisted, int hidden, int outside,
                   boolean asked) {
    /** Heads the list at the foot. */
    static final String HEADING = "Starred events, by the number beside their title (★1, ★2, …):";

    /** No list: the snapshot does not ask for one. */
    static final StarredList NONE = new StarredList(List.of(), Map.of(), 0, 0, 0, false);

    /**
     * The starred events of {@code marks} sorted out against the events drawn ({@code drawn}) and
     * the time shown; at most {@code most} are numbered, the rest counted.
     */
    static StarredList of(MarkLookup marks, EventIndex drawn, TimeWindow w, int most) {
        Set<Event> inPicture = new HashSet<>();
        drawn.forEachOverlapping(w.start(), w.end(), p -> inPicture.add(drawn.get(p)));
        List<Event> inTime = new ArrayList<>();
        int outside = 0;
        int hidden = 0;
        for (Event e : marks.markedEvents()) {
            if (!marks.isStarred(e.id())) {
                continue;
            }
            if (e.when().end() <= w.start() || e.when().start() >= w.end()) {
                outside++;
            } else if (inPicture.contains(e)) {
                inTime.add(e);
            } else {
                hidden++;
            }
        }
        inTime.sort(TimeOrder.EVENTS);
        List<Event> listed = List.copyOf(inTime.subList(0, Math.min(most, inTime.size())));
        Map<String, Integer> numbers = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) {
            numbers.put(listed.get(i).id(), i + 1);
        }
        return new StarredList(listed, Map.copyOf(numbers), inTime.size() - listed.size(), hidden, outside, true);
    }

    /**
     * The lines under the picture, heading first: "★1  19 June 2024 · title", each saying when
     * the picture {@code f} (null before it is laid out) does not draw it with its title; then
     * what is left out. Empty when no list was asked for.
     */
    List<String> lines(Frame f) {
        if (!asked) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(HEADING);
        if (listed.isEmpty()) {
            out.add("No starred event in the time shown.");
        }
        Set<Event> titled = new HashSet<>();
        if (f != null) {
            f.titles().forEach(t -> titled.add(t.event()));
        }
        Frame.Tally t = f == null ? Frame.Tally.EMPTY : f.tally();
        for (int i = 0; i < listed.size(); i++) {
            Event e = listed.get(i);
            String where = "";
            if (f != null && !t.marked().contains(e)) {
                where = t.inBadges().contains(e) ? " (counted in a badge, not drawn one by one)"
                        : t.inBins().contains(e) ? " (counted in a collapsed or crowded lane)"
                        : " (not drawn: its lane is left out)";
            } else if (f != null && !titled.contains(e)) {
                where = " (its mark is drawn small, without its title)";
            }
            out.add("★" + (i + 1) + "  " + e.when().listed() + " · " + e.displayTitle() + where);
        }
        if (unlisted > 0) {
            out.add(String.format("… and %,d more starred %s in the time shown: export a shorter time", unlisted,
                    unlisted == 1 ? "event" : "events"));
        }
        if (hidden > 0) {
            out.add(String.format("%,d starred %s in the time shown but left out by the filters or the lanes chosen.",
                    hidden, hidden == 1 ? "event is" : "events are"));
        }
        if (outside > 0) {
            out.add(String.format("%,d starred %s outside the time shown.", outside,
                    outside == 1 ? "event is" : "events are"));
        }
        return out;
    }
}
