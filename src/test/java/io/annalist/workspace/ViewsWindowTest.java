package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.annalist.io.WorkspaceReader;
import io.annalist.io.WorkspaceWriter;
import io.annalist.marks.Mark;
import io.annalist.marks.SavedView;
import io.annalist.marks.Workspace;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeWindow;
import io.annalist.workspace.marks.AroundEvent;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Many events marked at once, saved views, "around this event" and the workspace file through
 * the window, driven by node id.
 */
class ViewsWindowTest extends WindowTestBase {
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void openACopyOfTheData() throws Exception {
        data = WindowWaits.openCopyOfDefault(window, dir);
    }

    private void workspaceRead() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.tasks().isRunning(TaskTracker.Kind.WORKSPACE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Mine and Views are at the foot of the filter pane. */
    private void scrollFiltersDown() {
        interact(() -> lookup("#filterPane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Event event(String id) {
        return window.store().allEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private TableView<Event> table() {
        return (TableView<Event>) lookup("#eventTable").query();
    }

    private Workspace onDisk(Path ws) {
        WorkspaceReader.Result r = new WorkspaceReader().read(ws);
        return r.failed() ? null : r.workspace();
    }

    private void waitForFile(Path ws, java.util.function.Predicate<Workspace> test) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Workspace w = Files.exists(ws) ? onDisk(ws) : null;
            return w != null && test.test(w);
        });
    }

    /** Uses the item {@code id} of a context menu, as a click on it would (nested menus searched too). */
    private void fire(javafx.scene.control.ContextMenu menu, String id) {
        // Not waited for: an item may open a dialog, which waits for the analyst on the FX thread.
        javafx.application.Platform.runLater(() -> {
            menu.getOnShowing().handle(null);
            find(menu.getItems(), id).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static javafx.scene.control.MenuItem find(List<javafx.scene.control.MenuItem> items, String id) {
        for (var i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof javafx.scene.control.Menu m) {
                var inner = find(m.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private Set<String> filteredIds() {
        return window.store().filteredEvents().stream().map(Event::id).collect(Collectors.toSet());
    }

    // ---- many at once -------------------------------------------------------------------------

    @Test
    void theTablesContextMenuTagsAndNotesEveryChosenRow() throws Exception {
        interact(() -> table().getSelectionModel().selectIndices(1, 2, 4));
        List<Event> rows = List.copyOf(table().getSelectionModel().getSelectedItems());
        assertEquals(3, rows.size());
        fire(table().getContextMenu(), "menuTagChosen");
        clickOn("#manyTagField").write("summits");
        clickOn("#manyOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rows.stream().allMatch(e -> window.marks().markOf(e).hasTag("summits")), "all three tagged");

        fire(table().getContextMenu(), "menuNoteChosen");
        clickOn("#manyNoteField").write("Compare the three.");
        clickOn("#manyOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rows.stream().allMatch(e -> window.marks().markOf(e).notes().size() == 1), "each has the note");
        waitForFile(Workspace.beside(data), w -> rows.stream().allMatch(e -> w.marks().get(e.id()) != null
                && w.marks().get(e.id()).hasTag("summits") && w.marks().get(e.id()).notes().size() == 1));

        // Everything in the filter: only visits.
        interact(() -> window.session().setFilter(window.session().getFilter().withKinds(Set.of(EventKind.VISIT))));
        Set<String> visits = filteredIds();
        fire(table().getContextMenu(), "menuStarAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(visits, window.marks().attached().marks().all().stream().filter(Mark::starred)
                .map(Mark::eventId).collect(Collectors.toSet()), "every visit and nothing else starred");
    }

    // ---- saved views --------------------------------------------------------------------------

    @Test
    void ctrlShiftVSavesTheViewAndOneClickRestoresIt() throws Exception {
        TimeWindow w = new TimeWindow(event("singapore-summit").when().start() - 30 * DAY,
                event("hanoi-summit").when().end() + 30 * DAY);
        interact(() -> {
            window.session().setLaneMode(LaneMode.KIND);
            window.session().setFilter(window.session().getFilter().withKinds(Set.of(EventKind.MEETING)));
            window.session().setWindow(w);
            window.session().select("hanoi-summit");
        });
        var saved = window.session().getView();
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#viewName").eraseText(20).write("Summits");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Summits"), window.marks().workspace().views().stream().map(SavedView::name).toList());
        waitForFile(Workspace.beside(data), x -> x.view("Summits") != null);

        interact(() -> {
            window.session().setLaneMode(LaneMode.ACTOR);
            window.session().setFilter(io.annalist.model.EventFilter.NONE);
            window.timeline().fitAll();
            window.session().select(null);
        });
        assertNotEquals(saved.window(), window.session().getView().window());

        scrollFiltersDown();
        clickOn("#view-Summits");
        WaitForAsyncUtils.waitForFxEvents();
        var now = window.session().getView();
        assertEquals(saved.filter(), now.filter());
        assertEquals(LaneMode.KIND, now.laneMode());
        assertEquals(w, now.window(), "the same time on screen");
        assertEquals("hanoi-summit", now.selectedEventId());
        assertEquals(event("hanoi-summit"), window.timeline().getSelectedEvent());
        assertEquals(w, window.timeline().getVisibleWindow());

        // Back leaves the view again.
        interact(() -> window.session().back());
        assertEquals(io.annalist.model.EventFilter.NONE, window.session().getFilter());
    }

    @Test
    void viewsAreRenamedUpdatedReorderedAndDeleted() throws Exception {
        interact(() -> {
            window.marks().saveView("First");
            window.marks().saveView("Second");
        });
        ListView<SavedView> list = viewsList();
        assertEquals(2, list.getItems().size());

        chooseView("Second");
        fire(list.getContextMenu(), "viewUp");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Second", "First"), names());

        chooseView("First");
        fire(list.getContextMenu(), "viewRename");
        clickOn("#viewName").eraseText(10).write("Kursk");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Second", "Kursk"), names());

        interact(() -> window.session().setFilter(window.session().getFilter().withText("troops")));
        chooseView("Kursk");
        fire(list.getContextMenu(), "viewUpdate");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("troops", window.marks().workspace().view("Kursk").filter().text(), "updated to what is shown");

        chooseView("Second");
        fire(list.getContextMenu(), "viewDelete");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Kursk"), names());
        waitForFile(Workspace.beside(data), x -> x.views().size() == 1 && x.view("Kursk") != null
                && x.view("Kursk").filter().text().equals("troops"));
    }

    private void chooseView(String name) {
        ListView<SavedView> list = viewsList();
        interact(() -> list.getSelectionModel().select(window.marks().workspace().view(name)));
    }

    @SuppressWarnings("unchecked")
    private ListView<SavedView> viewsList() {
        return (ListView<SavedView>) lookup("#viewsList").queryAs(ListView.class);
    }

    private List<String> names() {
        return window.marks().workspace().views().stream().map(SavedView::name).toList();
    }

    // ---- around this event --------------------------------------------------------------------

    @Test
    void aroundThisEventSetsTheWindowKeepsTheFilterAndIsAStepBack() throws Exception {
        interact(() -> window.session().setFilter(window.session().getFilter().withKinds(Set.of(EventKind.MEETING))));
        Event hanoi = event("hanoi-summit");
        interact(() -> window.timeline().setSelectedEvent(hanoi));
        TimeWindow before = window.session().getView().window();
        clickOn("#detailAround");
        clickOn("#around-week");
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow w = window.session().getView().window();
        assertEquals(new TimeWindow(hanoi.when().start() - 7 * DAY, hanoi.when().end() + 7 * DAY), w);
        assertEquals(Set.of(EventKind.MEETING), window.session().getFilter().kinds(), "the filter stays");
        assertEquals(w, window.timeline().getVisibleWindow());
        interact(() -> window.session().back());
        assertEquals(before, window.session().getView().window(), "Back goes to the time before");

        clickOn("#detailAround");
        clickOn("#around-custom");
        clickOn("#aroundReach").eraseText(20).write("3 days");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new TimeWindow(hanoi.when().start() - 3 * DAY, hanoi.when().end() + 3 * DAY),
                window.session().getView().window());
    }

    @Test
    void aReachIsTypedAsANumberAndAUnit() {
        assertEquals(AroundEvent.parse("2 weeks").orElseThrow(), new AroundEvent.Reach(2, AroundEvent.Unit.WEEK));
        assertTrue(AroundEvent.parse("soon").isEmpty());
    }

    // ---- the workspace file -------------------------------------------------------------------

    @Test
    void aWorkspaceSavedElsewhereOpensWithItsDataAndHoldsTheSameMarksAndViews() throws Exception {
        interact(() -> {
            window.marks().star(List.of(event("singapore-summit")), true);
            window.marks().tag(List.of(event("hanoi-summit")), "follow-up");
            window.marks().note(List.of(event("hanoi-summit")), "Ask the desk.");
            window.marks().saveView("All of it");
        });
        Path shared = Files.createDirectories(dir.resolve("shared")).resolve("for-a-colleague.annalist-workspace.json");
        interact(() -> window.marks().saveAs(shared, () -> { }));
        waitForFile(shared, x -> x.view("All of it") != null);
        assertEquals("../events.json", onDisk(shared).data(), "it names the data from where it is");
        Workspace before = window.marks().workspace();

        WindowWaits.open(window, new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS));
        workspaceRead();
        assertTrue(window.marks().workspace().marks().isEmpty());
        interact(() -> assertNull(window.marks().openWorkspace(shared, window::open)));
        WindowWaits.settle(window);
        workspaceRead();
        assertEquals(new DataLocation.OnDisk(data.toAbsolutePath().normalize()), window.location());
        assertEquals(shared.toAbsolutePath().normalize(), window.marks().fileProperty().get());
        assertEquals(before.marks(), window.marks().workspace().marks(), "the same marks");
        assertEquals(before.views(), window.marks().workspace().views(), "the same views");
        assertTrue(window.marks().isStarred(event("singapore-summit")));
    }

    @Test
    void aWorkspaceChangedOnDiskIsReadAgainAndMarksOnEventsNotInTheFileAreListed() throws Exception {
        interact(() -> window.marks().star(List.of(event("singapore-summit")), true));
        Path ws = Workspace.beside(data);
        waitForFile(ws, x -> x.marks().get("singapore-summit") != null);
        Workspace disk = onDisk(ws);
        var marks = disk.marks().with(new Mark("gone-event", new io.annalist.marks.EventRef("A removed event", "2020"),
                false, List.of(), List.of(io.annalist.marks.Note.write("one", "ana", Instant.parse("2026-01-01T00:00:00Z")),
                io.annalist.marks.Note.write("two", "ana", Instant.parse("2026-01-02T00:00:00Z")))));
        new WorkspaceWriter().write(disk.withMarks(marks), ws);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.marks().attached().orphans().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.marks().isStarred(event("singapore-summit")), "what the window had stays");
        javafx.scene.control.Label orphans = lookup("#orphanMarks").queryAs(javafx.scene.control.Label.class);
        assertEquals("2 notes on an event not in this file (kept in the workspace).", orphans.getText());
        assertTrue(orphans.isVisible());

        // A change in the window keeps them.
        interact(() -> window.marks().star(List.of(event("hanoi-summit")), true));
        waitForFile(ws, x -> x.marks().get("hanoi-summit") != null);
        assertEquals(2, onDisk(ws).marks().get("gone-event").notes().size(), "never dropped");
    }

    @Test
    void aWorkspaceThatCannotBeReadIsNeverWrittenOver() throws Exception {
        Path ws = Workspace.beside(data);
        Files.writeString(ws, "{\"format\": \"annalist-workspace/2\", \"marks\": [");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> window.notifications().isShowing()
                && window.notifications().getText() != null && window.notifications().getText().contains("cannot be read"));
        interact(() -> window.marks().star(List.of(event("singapore-summit")), true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("{\"format\": \"annalist-workspace/2\", \"marks\": [", Files.readString(ws));
        assertFalse(window.marks().saving());
        assertNull(onDisk(ws));
    }
}
