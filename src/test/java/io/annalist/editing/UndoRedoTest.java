package io.annalist.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.annalist.changes.ChangeRecord;
import io.annalist.changes.EventChange;
import io.annalist.changes.FieldChange;
import io.annalist.model.EventKind;
import io.annalist.model.TroopDeployment;
import org.junit.jupiter.api.Test;

/** Every change can be undone and redone, as a pure model the window binds Ctrl+Z / Ctrl+Shift+Z to. */
class UndoRedoTest {

    private static long troopsMin(EditedData d) {
        return ((TroopDeployment) d.event("troops").details()).troops().min();
    }

    @Test
    void aChangeIsFieldByFieldAndUndoesAndRedoes() {
        EditedData start = Data.overWorkspace(Data.FILE);
        EditedData.Outcome o = start.submit(EventDraft.of(start.event("troops"))
                .withCount("troop_deployment.troops", 1500L, 3000L, null), List.of(), List.of());
        assertTrue(o.ok(), o.problems().toString());
        EditedData changed = o.data();
        assertEquals(1500, troopsMin(changed));
        assertEquals(new EventChange.Edited("troops", List.of(new FieldChange("troop_deployment.troops",
                "{\"min\":1000,\"max\":3000}", "{\"min\":1500,\"max\":3000}"))), changed.changes().entries().get(0).change());
        assertEquals("Undo Change 'Troops to Russia'", changed.history().undoLabel());

        EditedData undone = changed.undo();
        assertEquals(1000, troopsMin(undone));
        assertTrue(undone.overrides().isEmpty());
        assertTrue(undone.history().canRedo());
        EditedData redone = undone.redo();
        assertEquals(1500, troopsMin(redone));
        assertFalse(redone.history().canRedo());
        assertSame(start, start.undo(), "nothing to undo");
        assertSame(start, start.redo(), "nothing to redo");
    }

    @Test
    void addDeleteRestoreAndTheirUndo() {
        EditedData d = Data.overWorkspace(Data.FILE);
        String id = d.freshId("North Korea test-fires a missile", "2025-01");
        assertEquals("north-korea-test-fires-a-missile-2025-01", id);
        EventDraft draft = EventDraft.blank(id, EventKind.MISSILE_TEST).withTitle("North Korea test-fires a missile")
                .withWhen(DateEntry.read("2025-01")).withList("actors", List.of("north-korea"))
                .withList("sources", List.of("ap")).withNumber("missile_test.apogee_km", 100.5);
        EditedData added = d.submit(draft, List.of(), List.of()).data();
        assertEquals(3, added.data().events().size());
        assertEquals(100.5, ((io.annalist.model.MissileTest) added.event(id).details()).apogeeKm());

        EditedData deleted = added.delete("visit").data();
        assertNull(deleted.event("visit"));
        assertEquals(2, deleted.data().events().size());
        EditedData restored = deleted.restore("visit").data();
        assertEquals("Shoigu visits Pyongyang", restored.event("visit").title());
        assertEquals(List.of("added", "deleted", "restored"),
                restored.changes().entries().stream().map(r -> r.change().action()).toList());

        EditedData back = restored.undo().undo().undo();
        assertEquals(2, back.data().events().size());
        assertNull(back.event(id));
        assertTrue(back.overrides().isEmpty(), "every step undone leaves no override: " + back.overrides());
        List<ChangeRecord> trail = back.changes().entries();
        assertEquals(List.of("added", "deleted", "restored", "deleted", "restored", "deleted"),
                trail.stream().map(r -> r.change().action()).toList(), "undo is recorded, never erased");
        assertEquals(List.of(false, false, false, true, true, true), trail.stream().map(ChangeRecord::undo).toList());
        EditedData twice = back.redo().redo();
        assertNull(twice.event("visit"), "redone: added, then deleted");
        assertEquals(id, twice.event(id).id());
        assertEquals("Shoigu visits Pyongyang", twice.redo().event("visit").title());
    }

    @Test
    void aNewSourceSavedWithAnEventIsOneStep() {
        EditedData d = Data.overWorkspace(Data.FILE);
        EventDraft draft = EventDraft.of(d.event("troops")).withList("sources", List.of("ap", "reuters"));
        EditedData.Outcome o = d.submit(draft, List.of(EntryDraft.source("reuters", "Reuters report", "Reuters",
                "https://reuters.com/x", "2024-12", null)), List.of("reuters"));
        assertTrue(o.ok(), o.problems().toString());
        assertEquals(3, o.data().data().sources().size());
        EditedData undone = o.data().undo();
        assertEquals(2, undone.data().sources().size(), "the source goes with the event's change");
        assertEquals(List.of("ap"), undone.event("troops").sources());
    }

    @Test
    void aFormSavedUnchangedChangesNothing() {
        EditedData d = Data.overWorkspace(Data.FILE);
        EditedData.Outcome o = d.submit(EventDraft.of(d.event("visit")), List.of(), List.of());
        assertTrue(o.ok());
        assertSame(d, o.data());
    }

    @Test
    void theHistoryKeepsAtMostItsDepth() {
        EditHistory h = EditHistory.EMPTY;
        EditStep step = new EditStep("x", List.of(new EventChange.Edited("e", List.of(new FieldChange("title", "\"a\"",
                "\"b\"")))), List.of());
        for (int i = 0; i < EditHistory.DEPTH + 10; i++) {
            h = h.after(step);
        }
        assertEquals(EditHistory.DEPTH, h.done().size());
        assertEquals("Redo", h.redoLabel());
    }
}
