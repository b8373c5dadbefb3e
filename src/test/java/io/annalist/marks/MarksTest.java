package io.annalist.marks;

import static io.annalist.marks.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import io.annalist.model.Event;
import org.junit.jupiter.api.Test;

/** Stars, tags and notes on events, one or many at a time, and marks whose event is gone. */
class MarksTest {
    private static final Instant T = Instant.parse("2025-03-01T10:15:00Z");
    private final Event a = event("a", "2024-06-19", "Putin visits Pyongyang");
    private final Event b = event("b", "2024-10", "Troops sent");
    private final Event c = event("c", "2025-01-02", "Talks");

    @Test
    void starsManyEventsAtOnceAndEmptyMarksGo() {
        Marks m = Marks.NONE.withStar(List.of(a, b), true);
        assertTrue(m.get("a").starred() && m.get("b").starred());
        assertEquals("Putin visits Pyongyang", m.get("a").event().title(), "the mark remembers its event");
        m = m.withStar(List.of(a), false);
        assertNull(m.get("a"), "a mark with nothing left is not kept");
        assertEquals(1, m.size());
    }

    @Test
    void tagsKeepTheSpellingAlreadyInUse() {
        Marks m = Marks.NONE.withTag(List.of(a), "  follow-up ").withTag(List.of(b, c), "Follow-Up");
        assertEquals(List.of("follow-up"), m.get("c").tags());
        assertEquals(List.of("follow-up"), m.tagsInUse());
        m = m.withTag(List.of(a), "check   source");
        assertEquals(List.of("check source", "follow-up"), m.get("a").tags(), "sorted, white space folded");
        assertEquals(List.of("check source", "follow-up"), m.tagsInUse());
        assertThrows(IllegalArgumentException.class, () -> Marks.NONE.withTag(List.of(a), "  "));
        assertThrows(IllegalArgumentException.class, () -> Marks.NONE.withTag(List.of(a), "a\u0007b"));
        m = m.withoutTag(List.of(a, b, c), "FOLLOW-UP");
        assertEquals(List.of("check source"), m.tagsInUse());
    }

    @Test
    void notesAreAddedChangedAndDeletedWithTheirHistory() {
        Marks m = Marks.NONE.withNote(List.of(a, b), "Check the DIA figure.", "ana", T);
        Note onA = m.get("a").notes().get(0);
        Note onB = m.get("b").notes().get(0);
        assertFalse(onA.id().equals(onB.id()), "each event gets a note of its own");
        assertEquals("ana", onA.author());
        assertEquals(T, onA.written());
        m = m.withNoteText("a", onA.id(), "Checked: 10,000.", T.plusSeconds(60));
        Note changed = m.get("a").notes().get(0);
        assertEquals("Checked: 10,000.", changed.text());
        assertEquals(T, changed.written());
        assertEquals(T.plusSeconds(60), changed.edited());
        m = m.withoutNote("b", onB.id(), T.plusSeconds(120));
        assertNull(m.get("b"));
        assertEquals(T.plusSeconds(120), m.deletedNotes().get(onB.id()), "a deletion is remembered");
        assertEquals(1, m.noteCount());
        assertThrows(IllegalArgumentException.class, () -> Marks.NONE.withNote(List.of(a), " ", "ana", T));
    }

    @Test
    void marksFindTheirEventsAndListThoseWithout() {
        Marks m = Marks.NONE.withStar(List.of(a), true).withNote(List.of(b, c), "why?", "ana", T);
        AttachedMarks on = AttachedMarks.attach(m, List.of(a, c));
        assertTrue(on.isStarred("a"));
        assertTrue(on.hasNotes("c"));
        assertFalse(on.hasNotes("b"), "b is not in this data");
        assertEquals(List.of("b"), on.orphans().stream().map(Mark::eventId).toList());
        assertEquals("1 note on an event not in this file", on.orphanSummary());
        assertEquals(2, on.markedEvents().size());
        // Marking an event of the data afterwards finds it without losing the orphan.
        Event d = event("d", "2025-02-02", "Another");
        AttachedMarks more = AttachedMarks.attach(m, List.of(a, c, d)).withMarks(m.withStar(List.of(d, b), true));
        assertTrue(more.isStarred("d"));
        assertEquals(List.of("b"), more.orphans().stream().map(Mark::eventId).toList());
        assertEquals("1 note and 1 star on an event not in this file", more.orphanSummary());
    }

    @Test
    void theOrphanSummaryCountsEverything() {
        Marks m = Marks.NONE.withStar(List.of(a, b), true).withNote(List.of(a, b), "x", "ana", T)
                .withNote(List.of(a), "y", "ana", T).withTag(List.of(b), "t");
        assertEquals("3 notes, 2 stars and tags on 2 events not in this file",
                AttachedMarks.attach(m, List.of(c)).orphanSummary());
        assertEquals("", AttachedMarks.attach(m, List.of(a, b)).orphanSummary());
    }
}
