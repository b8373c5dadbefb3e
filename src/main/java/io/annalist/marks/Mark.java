package io.annalist.marks;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What the analyst put on one event: a star, tags of their own, notes. Keyed by the event's
 * id, which for files with ids of their own is that id and for rows without one is made from
 * the row's content (see docs/FORMAT.md), so a mark finds its event again after a reload, a
 * re-import or a re-export. {@code event} remembers what the event was, for when it is gone.
 * Tags are kept sorted, each once (ignoring case); notes in the order they were written.
 * Immutable.
 */
public record Mark(String eventId, EventRef event, boolean starred, List<String> tags, List<Note> notes) {

    public Mark {
        Objects.requireNonNull(eventId, "eventId");
        event = event == null ? new EventRef("", "") : event;
        TreeSet<String> unique = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        unique.addAll(tags);
        tags = List.copyOf(unique);
        notes = List.copyOf(notes);
    }

    /** No mark at all on {@code eventId}. */
    public static Mark none(String eventId, EventRef event) {
        return new Mark(eventId, event, false, List.of(), List.of());
    }

    /** True when nothing is left on the event: such a mark is not kept. */
    public boolean isEmpty() {
        return !starred && tags.isEmpty() && notes.isEmpty();
    }

    public boolean hasTag(String tag) {
        for (String t : tags) {
            if (t.equalsIgnoreCase(tag)) {
                return true;
            }
        }
        return false;
    }

    public Mark withStarred(boolean on) {
        return new Mark(eventId, event, on, tags, notes);
    }

    public Mark withEvent(EventRef seen) {
        return new Mark(eventId, seen, starred, tags, notes);
    }

    public Mark withTag(String tag) {
        List<String> t = new ArrayList<>(tags);
        t.add(tag);
        return new Mark(eventId, event, starred, t, notes);
    }

    public Mark withoutTag(String tag) {
        List<String> t = new ArrayList<>(tags);
        t.removeIf(x -> x.equalsIgnoreCase(tag));
        return new Mark(eventId, event, starred, t, notes);
    }

    public Mark withTags(List<String> newTags) {
        return new Mark(eventId, event, starred, newTags, notes);
    }

    public Mark withNotes(List<Note> newNotes) {
        return new Mark(eventId, event, starred, tags, newNotes);
    }

    /** The note with {@code noteId}, or null. */
    public Note note(String noteId) {
        for (Note n : notes) {
            if (n.id().equals(noteId)) {
                return n;
            }
        }
        return null;
    }
}
