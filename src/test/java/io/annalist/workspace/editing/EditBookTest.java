package io.annalist.workspace.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import io.annalist.editing.EditedData;
import io.annalist.editing.EventDraft;
import io.annalist.io.EventFileReader;
import io.annalist.io.EventJson;
import io.annalist.marks.Workspace;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventStore;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's hold on the edited data applies a change off the FX thread: the data with the
 * change and the same prepared for the store are made by a task of the tracker, and what reaches
 * the screen is what the edited data makes of the change, in the order asked — undo and redo too.
 */
@org.junit.jupiter.api.Tag("toolkit")
class EditBookTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

    /** The window as the book sees it: tasks run on a thread of their own, what is shown is kept. */
    private static final class Window implements EditBook.Host {
        final List<EventStore.Prepared> shown = new CopyOnWriteArrayList<>();
        final List<EditBook.Work> ran = new CopyOnWriteArrayList<>();
        final List<String> told = new CopyOnWriteArrayList<>();
        volatile boolean shownOffFxThread;
        Workspace workspace = Workspace.EMPTY;

        @Override
        public void show(EventStore.Prepared data) {
            shownOffFxThread |= !Platform.isFxApplicationThread();
            shown.add(data);
        }

        @Override
        public Workspace workspace() {
            return workspace;
        }

        @Override
        public void keep(UnaryOperator<Workspace> edits) {
            workspace = edits.apply(workspace);
        }

        @Override
        public void run(Task<?> task, EditBook.Work work) {
            ran.add(work);
            Thread t = new Thread(task, "test-worker");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void tell(String message) {
            told.add(message);
        }

        @Override
        public void reload() {
        }
    }

    private Window window;
    private EditBook book;
    private EditedData start;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private void waitApplied() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> book.isApplying()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @BeforeEach
    void openTheBundledData() throws Exception {
        Dataset d = new EventFileReader().read(Path.of("data/russia-north-korea-2018-2025.json")).dataset();
        window = new Window();
        book = fx(() -> new EditBook(window, CLOCK, "analyst"));
        fx(() -> {
            book.dataArrived("bundled", d, null, null);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> book.data() != null && !book.isApplying()));
        start = fx(() -> book.data());
        window.ran.clear();
    }

    private static List<String> snapshots(Dataset d) {
        return EventStore.prepare(d).dataset().events().stream().map(e -> EventJson.snapshot(e).toString()).toList();
    }

    private static EventDraft retitled(EditedData d, String id, String title) {
        return EventDraft.of(d.event(id)).withTitle(title);
    }

    @Test
    void aChangeIsMadeByATaskOffTheFxThreadAndShowsWhatTheEditedDataMakesOfIt() throws Exception {
        Event hanoi = start.event("hanoi-summit");
        boolean sameAtOnce = fx(() -> {
            book.delete("hanoi-summit");
            // Still the data before: the change is being made on a worker.
            return book.data() == start && window.shown.isEmpty() && book.isApplying();
        });
        assertTrue(sameAtOnce, "nothing is rebuilt on the FX thread");
        assertEquals(List.of(EditBook.Work.APPLY), window.ran);
        waitApplied();

        EditedData expected = start.delete(hanoi.id()).data();
        assertEquals(1, window.shown.size());
        assertFalse(window.shownOffFxThread, "the store hears of it on the FX thread");
        assertEquals(snapshots(expected.data()), snapshots(window.shown.get(0).dataset()));
        assertEquals(snapshots(expected.data()), snapshots(fx(() -> book.data().data())));
        assertEquals(expected.overrides(), fx(() -> book.data().overrides()));
        assertNotNull(window.workspace.overrides().deleted().get(hanoi.id()), "kept in the workspace");
    }

    @Test
    void changesAskedInARowAreAppliedInOrderWithUndoAndRedoAsBefore() throws Exception {
        fx(() -> {
            book.submit(retitled(start, "hanoi-summit", "Hanoi, cut short"), List.of());
            book.delete("singapore-summit");
            book.undo(w -> { });
            book.redo(w -> { });
            book.undo(w -> { });
            book.submit(retitled(start, "freedom-shield-2025", "Freedom Shield 2025"), List.of());
            book.undo(w -> window.told.add("undid " + w));
            return null;
        });
        waitApplied();

        EditedData d = start.submit(retitled(start, "hanoi-summit", "Hanoi, cut short"), List.of(), List.of()).data();
        d = d.delete("singapore-summit").data().undo().redo().undo();
        d = d.submit(retitled(start, "freedom-shield-2025", "Freedom Shield 2025"), List.of(), List.of()).data();
        String undone = d.history().undoLabel();
        d = d.undo();
        EditedData now = fx(() -> book.data());
        assertEquals(snapshots(d.data()), snapshots(now.data()));
        assertEquals(snapshots(d.data()), snapshots(window.shown.get(window.shown.size() - 1).dataset()));
        assertEquals(d.history().undoLabel(), now.history().undoLabel());
        assertEquals(d.history().redoLabel(), now.history().redoLabel());
        assertTrue(window.told.contains("undid " + undone), window.told.toString());
        assertEquals("Hanoi, cut short", now.event("hanoi-summit").displayTitle());
        assertNotNull(now.event("singapore-summit"));

        // And back to the start, one undo at a time.
        fx(() -> {
            book.undo(w -> { });
            return null;
        });
        waitApplied();
        assertEquals(snapshots(start.data()), snapshots(fx(() -> book.data().data())));
        assertFalse(fx(() -> book.data().history().canUndo()));
    }
}
