package io.annalist.marks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.annalist.model.Event;
import io.annalist.model.MarkLookup;

/**
 * The analyst's marks set against the events of one dataset: which events carry which mark,
 * and which marks have no event in this data (a removed event, or a file that changed its
 * ids). Those orphans are kept in the workspace as they are and listed ("2 notes on events
 * not in this file"), never dropped. This is what the filter and the window look up; building
 * it reads every event once, changing the marks afterwards does not. Immutable.
 */
public final class AttachedMarks implements MarkLookup {
    private final Marks marks;
    private final List<Event> data;
    private final Map<String, Event> marked;
    private final List<Mark> orphans;

    private AttachedMarks(Marks marks, List<Event> data, Map<String, Event> marked, List<Mark> orphans) {
        this.marks = marks;
        this.data = data;
        this.marked = Collections.unmodifiableMap(marked);
        this.orphans = List.copyOf(orphans);
    }

    /** No data and no marks. */
    public static AttachedMarks empty() {
        return new AttachedMarks(Marks.NONE, List.of(), new HashMap<>(), List.of());
    }

    /** Finds the event of each mark among {@code data} (one pass over the events). */
    public static AttachedMarks attach(Marks marks, List<Event> data) {
        Map<String, Event> found = new HashMap<>();
        if (!marks.isEmpty()) {
            for (Event e : data) {
                if (marks.get(e.id()) != null) {
                    found.put(e.id(), e);
                }
            }
        }
        return build(marks, data, found);
    }

    private static AttachedMarks build(Marks marks, List<Event> data, Map<String, Event> found) {
        List<Mark> orphans = new ArrayList<>();
        Map<String, Event> marked = new HashMap<>();
        for (Mark m : marks.all()) {
            Event e = found.get(m.eventId());
            if (e == null) {
                orphans.add(m);
            } else {
                marked.put(m.eventId(), e);
            }
        }
        return new AttachedMarks(marks, data, marked, orphans);
    }

    /**
     * The same data with other marks: events already known are found again without reading the
     * data; only marks on ids not seen before make it read the events once more.
     */
    public AttachedMarks withMarks(Marks newMarks) {
        Map<String, Event> found = new HashMap<>(marked);
        Set<String> orphanIds = new HashSet<>();
        orphans.forEach(o -> orphanIds.add(o.eventId()));
        Set<String> unseen = new HashSet<>();
        for (Mark m : newMarks.all()) {
            if (!found.containsKey(m.eventId()) && !orphanIds.contains(m.eventId())) {
                unseen.add(m.eventId());
            }
        }
        if (!unseen.isEmpty()) {
            for (Event e : data) {
                if (unseen.contains(e.id())) {
                    found.put(e.id(), e);
                }
            }
        }
        return build(newMarks, data, found);
    }

    public Marks marks() {
        return marks;
    }

    /** The mark on {@code e}, or null. */
    public Mark markOf(Event e) {
        return e == null || !marked.containsKey(e.id()) ? null : marks.get(e.id());
    }

    /** Marks whose event is not in this data, kept as they are. */
    public List<Mark> orphans() {
        return orphans;
    }

    /**
     * What the orphans hold, in words: "2 notes, 1 star and tags on 3 events not in this file", or ""
     * when every mark has its event.
     */
    public String orphanSummary() {
        if (orphans.isEmpty()) {
            return "";
        }
        int notes = 0;
        int stars = 0;
        int tagged = 0;
        for (Mark m : orphans) {
            notes += m.notes().size();
            stars += m.starred() ? 1 : 0;
            tagged += m.tags().isEmpty() ? 0 : 1;
        }
        List<String> parts = new ArrayList<>();
        if (notes > 0) {
            parts.add(count(notes, "note"));
        }
        if (stars > 0) {
            parts.add(count(stars, "star"));
        }
        if (tagged > 0) {
            parts.add("tags");
        }
        String what = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return what + " on " + (orphans.size() == 1 ? "an event" : count(orphans.size(), "event")) + " not in this file";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    @Override
    public Collection<Event> markedEvents() {
        return marked.values();
    }

    @Override
    public boolean isStarred(String eventId) {
        Mark m = attached(eventId);
        return m != null && m.starred();
    }

    @Override
    public boolean hasTag(String eventId, String tag) {
        Mark m = attached(eventId);
        return m != null && m.hasTag(tag);
    }

    @Override
    public boolean hasNotes(String eventId) {
        Mark m = attached(eventId);
        return m != null && !m.notes().isEmpty();
    }

    @Override
    public boolean anyText(String eventId, Predicate<String> test) {
        Mark m = attached(eventId);
        if (m == null) {
            return false;
        }
        for (String t : m.tags()) {
            if (test.test(t)) {
                return true;
            }
        }
        for (Note n : m.notes()) {
            if (test.test(n.text())) {
                return true;
            }
        }
        return false;
    }

    private Mark attached(String eventId) {
        return marked.containsKey(eventId) ? marks.get(eventId) : null;
    }
}
