package io.annalist.marks;

import static io.annalist.marks.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import org.junit.jupiter.api.Test;

/** Two copies of a workspace changed at once join without losing a note. */
class WorkspaceMergeTest {
    private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");
    private final Event a = event("a", "2024-06-19", "Putin visits Pyongyang");
    private final Event b = event("b", "2024-10", "Troops sent");

    private static Workspace of(Marks m) {
        return Workspace.EMPTY.withMarks(m);
    }

    private static List<String> texts(Workspace w, String id) {
        Mark m = w.marks().get(id);
        return m == null ? List.of() : m.notes().stream().map(Note::text).toList();
    }

    @Test
    void notesWrittenOnBothSidesAreAllKept() {
        Workspace base = of(Marks.NONE.withNote(List.of(a), "first", "ana", T));
        Workspace ours = of(base.marks().withNote(List.of(a), "ours", "ana", T.plusSeconds(10)));
        Workspace theirs = of(base.marks().withNote(List.of(a, b), "theirs", "ben", T.plusSeconds(20)));
        Workspace merged = WorkspaceMerge.merge(base, ours, theirs);
        assertEquals(List.of("first", "ours", "theirs"), texts(merged, "a"), "in the order written");
        assertEquals(List.of("theirs"), texts(merged, "b"));
        assertEquals(merged, WorkspaceMerge.merge(base, merged, theirs), "merging again changes nothing");
        assertEquals(merged, WorkspaceMerge.merge(base, ours, merged));
    }

    @Test
    void aNoteChangedOnBothSidesIsKeptTwice() {
        Workspace base = of(Marks.NONE.withNote(List.of(a), "draft", "ana", T));
        String id = base.marks().get("a").notes().get(0).id();
        Workspace ours = of(base.marks().withNoteText("a", id, "ours", T.plusSeconds(10)));
        Workspace theirs = of(base.marks().withNoteText("a", id, "theirs", T.plusSeconds(20)));
        Workspace merged = WorkspaceMerge.merge(base, ours, theirs);
        assertEquals(Set.of("ours", "theirs"), Set.copyOf(texts(merged, "a")));
        assertEquals("theirs", merged.marks().get("a").note(id).text(), "the later change keeps the id");
        assertEquals(merged, WorkspaceMerge.merge(base, ours, theirs), "deterministic");
        // One side changed it, the other did not: the change is taken, nothing doubled.
        assertEquals(List.of("ours"), texts(WorkspaceMerge.merge(base, ours, base), "a"));
    }

    @Test
    void aDeletedNoteStaysDeletedUnlessChangedAfterwards() {
        Workspace base = of(Marks.NONE.withNote(List.of(a), "one", "ana", T).withNote(List.of(a), "two", "ana", T));
        List<Note> notes = base.marks().get("a").notes();
        Workspace ours = of(base.marks().withoutNote("a", notes.get(0).id(), T.plusSeconds(10))
                .withoutNote("a", notes.get(1).id(), T.plusSeconds(10)));
        Workspace theirs = of(base.marks().withNoteText("a", notes.get(1).id(), "two, corrected", T.plusSeconds(30)));
        Workspace merged = WorkspaceMerge.merge(base, ours, theirs);
        assertEquals(List.of("two, corrected"), texts(merged, "a"), "deleted unless changed after the deletion");
        assertFalse(merged.marks().deletedNotes().containsKey(notes.get(1).id()));
        assertTrue(merged.marks().deletedNotes().containsKey(notes.get(0).id()));
    }

    @Test
    void aCopyThatSimplyLacksANoteDoesNotDeleteIt() {
        // Another writer saved an old copy (an editor's stale buffer): without a recorded deletion, the note stays.
        Workspace ours = of(Marks.NONE.withNote(List.of(a), "mine", "ana", T));
        Workspace merged = WorkspaceMerge.merge(ours, ours, Workspace.EMPTY);
        assertEquals(List.of("mine"), texts(merged, "a"));
        assertEquals(List.of("mine"), texts(WorkspaceMerge.merge(null, Workspace.EMPTY, ours), "a"));
    }

    @Test
    void starsAndTagsTakeWhatEachSideChanged() {
        Workspace base = of(Marks.NONE.withStar(List.of(a), true).withTag(List.of(a), "old"));
        Workspace ours = of(base.marks().withStar(List.of(a), false).withTag(List.of(a), "mine"));
        Workspace theirs = of(base.marks().withoutTag(List.of(a), "old").withTag(List.of(a), "theirs")
                .withStar(List.of(b), true));
        Workspace merged = WorkspaceMerge.merge(base, ours, theirs);
        Mark onA = merged.marks().get("a");
        assertFalse(onA.starred(), "we unstarred it, they did not touch it");
        assertEquals(List.of("mine", "theirs"), onA.tags(), "added on either side kept, removed on either side gone");
        assertTrue(merged.marks().get("b").starred());
    }

    @Test
    void viewsJoinByIdKeepingOrderAndRenames() {
        SavedView v1 = SavedView.create("Kursk", 0, 1000, EventFilter.NONE, "actor", Set.of(), false, null);
        SavedView v2 = SavedView.create("Launches", 0, 2000, EventFilter.NONE, "kind", Set.of(), false, "a");
        SavedView v3 = SavedView.create("Talks", 0, 3000, EventFilter.NONE, "none", Set.of(), false, null);
        Workspace base = Workspace.EMPTY.withViews(List.of(v1, v2));
        Workspace ours = base.withView(v1.withName("Kursk 2024")).withView(v3);
        Workspace theirs = base.withViewMoved(v2.id(), 0).withoutView(v1.id());
        Workspace merged = WorkspaceMerge.merge(base, ours, theirs);
        // We renamed Kursk, they deleted it: the change wins. They reordered, we did not: their order.
        assertEquals(List.of("Kursk 2024", "Launches", "Talks"), merged.views().stream().map(SavedView::name).toList());
        Workspace bothChanged = WorkspaceMerge.merge(base, base.withView(v2.withName("Mine")),
                base.withView(v2.withName("Theirs")));
        assertEquals(List.of("Kursk", "Mine", "Theirs (changed elsewhere)"),
                bothChanged.views().stream().map(SavedView::name).toList());
        assertNull(WorkspaceMerge.merge(base, base.withoutView(v2.id()), base).view("Launches"), "deleted here");
    }
}
