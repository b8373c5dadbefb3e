package io.annalist.model;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * How one filter is run over events in time order: first narrow to the events that can pass
 * at all — the marked events for the marks facet, the chosen actors' and kinds' positions, the
 * text index's answer — then run {@link EventFilter#predicate} on those alone, in parallel when
 * there are many. Choosing one actor among five hundred then reads that actor's events only.
 * The result is always exactly the events the predicate passes.
 */
final class FilterPlan {
    /** Above this many candidates the test runs in parallel (on the common pool). */
    private static final int PARALLEL_FROM = 20_000;

    private final Event[] events;
    private final EventPositions positions;
    private final Map<String, String> actorNames;
    private final Map<String, ? extends Collection<String>> affiliates;
    private final MarkLookup marks;

    FilterPlan(Event[] events, EventPositions positions, Map<String, String> actorNames,
               Map<String, ? extends Collection<String>> affiliates, MarkLookup marks) {
        this.events = events;
        this.positions = positions;
        this.actorNames = actorNames;
        this.affiliates = affiliates;
        this.marks = marks;
    }

    /** The events passing {@code f}, in time order; {@code index} is the text index of these events, or null. */
    Event[] run(EventFilter f, TextIndex index) {
        if (f.isEmpty()) {
            return events;
        }
        Predicate<Event> test = f.predicate(actorNames, affiliates, marks);
        BitSet candidates = candidates(f);
        if (!f.text().isEmpty() && index != null) {
            String needle = f.text().toLowerCase(Locale.ROOT);
            TextIndex.Match m = index.find(needle);
            if (m != null) {
                BitSet withText = eventsWithText(m, needle);
                if (candidates == null) {
                    candidates = withText;
                } else {
                    candidates.and(withText);
                }
                if (m.exact()) {
                    // The index answered the text exactly: only the other conditions are left to test.
                    test = f.withText("").predicate(actorNames, affiliates, marks);
                }
            }
        }
        BitSet narrowed = candidates;
        Stream<Event> s = narrowed == null ? Arrays.stream(events) : narrowed.stream().mapToObj(i -> events[i]);
        if ((narrowed == null ? events.length : narrowed.cardinality()) > PARALLEL_FROM) {
            s = s.parallel();
        }
        return s.filter(test).toArray(Event[]::new);
    }

    /**
     * The events that can pass {@code f} at all, from the marked events and the per-actor and
     * per-kind positions; null when the filter has none of these to narrow by.
     */
    private BitSet candidates(EventFilter f) {
        int n = events.length;
        BitSet byMarks = null;
        if (!f.marks().isEmpty()) {
            // Marked events are few: the facet narrows to them before anything else is tested.
            byMarks = new BitSet(n);
            for (Event e : marks.markedEvents()) {
                int p = f.marks().test(e.id(), marks) ? position(e) : -1;
                if (p >= 0) {
                    byMarks.set(p);
                }
            }
        }
        BitSet byActor = null;
        if (!f.actors().isEmpty()) {
            for (Set<String> group : f.groups(affiliates).values()) {
                BitSet g = new BitSet(n);
                for (String id : group) {
                    int[] pos = positions.byActor.get(id);
                    if (pos != null) {
                        for (int p : pos) {
                            g.set(p);
                        }
                    }
                }
                if (byActor == null) {
                    byActor = g;
                } else if (f.allActors()) {
                    byActor.and(g);
                } else {
                    byActor.or(g);
                }
            }
        }
        BitSet byKind = null;
        if (!f.kinds().isEmpty()) {
            byKind = new BitSet(n);
            for (EventKind k : f.kinds()) {
                for (int p : positions.byKind[k.ordinal()]) {
                    byKind.set(p);
                }
            }
        }
        BitSet out = null;
        for (BitSet b : new BitSet[]{byMarks, byActor, byKind}) {
            if (b != null) {
                if (out == null) {
                    out = b;
                } else {
                    out.and(b);
                }
            }
        }
        return out;
    }

    /**
     * The events the index found, plus those of every actor whose name contains the text, plus
     * those whose analyst's tags or notes do (the index holds the data's words only).
     */
    private BitSet eventsWithText(TextIndex.Match m, String needle) {
        BitSet out = new BitSet(events.length);
        m.events().forEach((org.roaringbitmap.IntConsumer) out::set);
        for (Map.Entry<String, int[]> e : positions.byActor.entrySet()) {
            if (EventFilter.contains(actorNames.getOrDefault(e.getKey(), e.getKey()), needle)) {
                for (int p : e.getValue()) {
                    out.set(p);
                }
            }
        }
        for (Event e : marks.markedEvents()) {
            if (marks.anyText(e.id(), s -> EventFilter.contains(s, needle))) {
                int p = position(e);
                if (p >= 0) {
                    out.set(p);
                }
            }
        }
        return out;
    }

    /** Where {@code e} is among the events in time order, or -1 when it is not one of them. */
    private int position(Event e) {
        int p = Arrays.binarySearch(events, e, TimeOrder.EVENTS);
        if (p >= 0 && events[p].id().equals(e.id())) {
            return p;
        }
        // An event of an earlier load with the same id but another time: find it by id.
        for (int i = 0; i < events.length; i++) {
            if (events[i].id().equals(e.id())) {
                return i;
            }
        }
        return -1;
    }
}
