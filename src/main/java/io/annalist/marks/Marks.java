package io.annalist.marks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import io.annalist.model.Event;

/**
 * Every mark an analyst made on one data file, by event id, and the notes they deleted (so
 * that a merge with another copy of the workspace does not bring them back, and a note is
 * only ever gone because someone deleted it). Changes make a new value: stars, tags and
 * notes can be put on many events at once. Marks whose event is not in the data are kept as
 * they are ({@link AttachedMarks#orphans}). Immutable.
 */
public final class Marks {
    public static final Marks NONE = new Marks(new TreeMap<>(), new TreeMap<>());

    private final Map<String, Mark> byEvent;
    private final Map<String, Instant> deletedNotes;

    private Marks(TreeMap<String, Mark> byEvent, TreeMap<String, Instant> deletedNotes) {
        this.byEvent = Collections.unmodifiableMap(byEvent);
        this.deletedNotes = Collections.unmodifiableMap(deletedNotes);
    }

    /** Marks as read from a file; empty marks are left out, and notes deleted are taken off. */
    public static Marks of(Collection<Mark> marks, Map<String, Instant> deletedNotes) {
        TreeMap<String, Mark> map = new TreeMap<>();
        for (Mark m : marks) {
            Mark kept = m.withNotes(m.notes().stream().filter(n -> !deletedNotes.containsKey(n.id())).toList());
            if (!kept.isEmpty()) {
                map.put(m.eventId(), kept);
            }
        }
        return new Marks(map, new TreeMap<>(deletedNotes));
    }

    /** The mark on {@code eventId}, or null. */
    public Mark get(String eventId) {
        return byEvent.get(eventId);
    }

    /** Every mark, by event id. */
    public Collection<Mark> all() {
        return byEvent.values();
    }

    /** Note ids deleted, with when. */
    public Map<String, Instant> deletedNotes() {
        return deletedNotes;
    }

    public int size() {
        return byEvent.size();
    }

    public boolean isEmpty() {
        return byEvent.isEmpty();
    }

    /** Every tag of the analyst's in use, sorted: what completion offers. */
    public List<String> tagsInUse() {
        TreeSet<String> tags = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        byEvent.values().forEach(m -> tags.addAll(m.tags()));
        return List.copyOf(tags);
    }

    /** How many notes there are in all. */
    public int noteCount() {
        return byEvent.values().stream().mapToInt(m -> m.notes().size()).sum();
    }

    /**
     * These marks, and {@code fallback}'s on the events these have no mark for: the workspace's
     * marks first, then those a file carried with its events.
     */
    public Marks orElse(Marks fallback) {
        TreeMap<String, Mark> map = new TreeMap<>(byEvent);
        for (Mark m : fallback.all()) {
            map.putIfAbsent(m.eventId(), m);
        }
        return new Marks(map, new TreeMap<>(deletedNotes));
    }

    /** Stars ({@code on}) or unstars every one of {@code events}. */
    public Marks withStar(Collection<Event> events, boolean on) {
        return change(events, m -> m.withStarred(on));
    }

    /**
     * Puts the tag the analyst typed on every one of {@code events}, spelled as it is already
     * in use if it is (ignoring case).
     *
     * @throws IllegalArgumentException when {@code typed} cannot be a tag ({@link AnalystTag#clean})
     */
    public Marks withTag(Collection<Event> events, String typed) {
        String tag = AnalystTag.spelledAs(AnalystTag.clean(typed), tagsInUse());
        return change(events, m -> m.withTag(tag));
    }

    /** Takes {@code tag} off every one of {@code events}. */
    public Marks withoutTag(Collection<Event> events, String tag) {
        return change(events, m -> m.withoutTag(tag));
    }

    /** Adds a note with {@code text} to each of {@code events} (each its own note, with its own id). */
    public Marks withNote(Collection<Event> events, String text, String author, Instant at) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note cannot be empty");
        }
        return change(events, m -> {
            List<Note> notes = new ArrayList<>(m.notes());
            notes.add(Note.write(text, author, at));
            return m.withNotes(notes);
        });
    }

    /** Changes the text of one note. */
    public Marks withNoteText(String eventId, String noteId, String text, Instant at) {
        Mark m = byEvent.get(eventId);
        if (m == null || m.note(noteId) == null) {
            throw new IllegalArgumentException("no note " + noteId + " on " + eventId);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note cannot be empty; delete it instead");
        }
        List<Note> notes = m.notes().stream().map(n -> n.id().equals(noteId) ? n.withText(text, at) : n).toList();
        return with(m.withNotes(notes));
    }

    /** Deletes one note, remembering that it was deleted. */
    public Marks withoutNote(String eventId, String noteId, Instant at) {
        Mark m = byEvent.get(eventId);
        if (m == null || m.note(noteId) == null) {
            return this;
        }
        TreeMap<String, Instant> deleted = new TreeMap<>(deletedNotes);
        deleted.put(noteId, at);
        TreeMap<String, Mark> map = new TreeMap<>(byEvent);
        put(map, m.withNotes(m.notes().stream().filter(n -> !n.id().equals(noteId)).toList()));
        return new Marks(map, deleted);
    }

    /** These marks with {@code m} in place of the mark on its event (an empty mark removes it). */
    public Marks with(Mark m) {
        TreeMap<String, Mark> map = new TreeMap<>(byEvent);
        put(map, m);
        return new Marks(map, new TreeMap<>(deletedNotes));
    }

    private Marks change(Collection<Event> events, UnaryOperator<Mark> how) {
        TreeMap<String, Mark> map = new TreeMap<>(byEvent);
        for (Event e : events) {
            Mark m = map.getOrDefault(e.id(), Mark.none(e.id(), null)).withEvent(EventRef.of(e));
            put(map, how.apply(m));
        }
        return new Marks(map, new TreeMap<>(deletedNotes));
    }

    private static void put(TreeMap<String, Mark> map, Mark m) {
        if (m.isEmpty()) {
            map.remove(m.eventId());
        } else {
            map.put(m.eventId(), m);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Marks other && byEvent.equals(other.byEvent) && deletedNotes.equals(other.deletedNotes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byEvent, deletedNotes);
    }

    @Override
    public String toString() {
        return "Marks" + byEvent.values() + (deletedNotes.isEmpty() ? "" : " deleted " + deletedNotes.keySet());
    }
}
