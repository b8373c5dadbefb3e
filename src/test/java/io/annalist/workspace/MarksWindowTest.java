package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.annalist.io.WorkspaceReader;
import io.annalist.marks.Mark;
import io.annalist.marks.Workspace;
import io.annalist.model.Event;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's own layer in the window, driven by node id: stars from the keyboard, the
 * details and the table, kept in the workspace file beside the data and back on reopening.
 */
@org.junit.jupiter.api.Tag("toolkit")
class MarksWindowTest extends WindowTestBase {
    @TempDir
    Path dir;
    private Path data;

    @BeforeEach
    void openACopyOfTheData() throws Exception {
        data = WindowWaits.openCopyOfDefault(window, dir);
    }

    /** Mine and Views are at the foot of the filter pane. */
    private void scrollFiltersDown() {
        interact(() -> lookup("#filterPane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Event event(String id) {
        return window.store().allEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private void select(String id) {
        interact(() -> window.timeline().setSelectedEvent(event(id)));
    }

    private Workspace onDisk() {
        WorkspaceReader.Result r = new WorkspaceReader().read(Workspace.beside(data));
        return r.failed() ? null : r.workspace();
    }

    /** Waits until the workspace file holds what {@code test} wants. */
    private void waitForFile(java.util.function.Predicate<Workspace> test) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Workspace w = Files.exists(Workspace.beside(data)) ? onDisk() : null;
            return w != null && test.test(w);
        });
    }

    private static boolean starred(Workspace w, String id) {
        Mark m = w.marks().get(id);
        return m != null && m.starred();
    }

    private void reopen() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
        WindowWaits.open(window, new DataLocation.OnDisk(data));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.tasks().isRunning(TaskTracker.Kind.WORKSPACE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<Event> table() {
        return (TableView<Event>) lookup("#eventTable").query();
    }

    private long starCells(String text) {
        return lookup(".star-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> text.equals(c.getText())).count();
    }

    /** Exports the window's snapshot as an SVG and counts its stars: the painter's ten-point polygons. */
    private long starsInTheWindowsSvg() throws Exception {
        Path svg = dir.resolve("window.svg");
        var choice = new ExportDialog.Choice(true, null, null, 1, "Stars", true, true, true, true, true, true, false,
                true, java.util.Set.of(), true, io.annalist.export.ExportFormat.SVG,
                new io.annalist.export.BriefPages.Format(io.annalist.export.BriefPages.Paper.A4, false));
        var task = WaitForAsyncUtils.asyncFx(() -> window.snapshots().exportAs(choice, svg)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        return java.util.regex.Pattern.compile("<polygon points=\"([^\"]*)\"").matcher(Files.readString(svg))
                .results().filter(m -> m.group(1).split(" ").length == 10).count();
    }

    // ---- stars -------------------------------------------------------------------------------

    @Test
    void sStarsTheEventBeingReadAndTheStarIsKeptBesideTheData() throws Exception {
        select("singapore-summit");
        interact(() -> window.timeline().requestFocus());
        type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.marks().isStarred(event("singapore-summit")));
        assertTrue(lookup("#detailStar").queryAs(ToggleButton.class).isSelected(), "the details show the star");
        assertEquals(1, starCells("★"), "the table's star column shows it");
        assertTrue(window.timeline().marksProperty().get().isStarred("singapore-summit"),
                "the timeline draws it");
        waitForFile(w -> starred(w, "singapore-summit"));
        assertEquals("events.json", onDisk().data(), "the workspace names its data beside it");
        assertTrue(starsInTheWindowsSvg() >= 2, "Export snapshot draws the star as the window does");

        reopen();
        assertTrue(window.marks().isStarred(event("singapore-summit")), "the star is back after reopening");
        assertFalse(window.marks().isStarred(event("hanoi-summit")));
    }

    private static int notes(Workspace w, String id) {
        Mark m = w == null ? null : w.marks().get(id);
        return m == null ? 0 : m.notes().size();
    }

    @Test
    void notesWrittenInTheWindowWhileAnotherWriterAddsNotesToTheSameFileAreAllKept() throws Exception {
        interact(() -> window.marks().note(List.of(event("hanoi-summit")), "window 0"));
        waitForFile(w -> notes(w, "hanoi-summit") == 1);
        Path ws = Workspace.beside(data);
        Event singapore = event("singapore-summit");
        int rounds = 12;
        Throwable[] failure = new Throwable[1];
        // Another writer — a colleague's copy, a script — adds notes through the same careful save, meanwhile.
        Thread other = new Thread(() -> {
            try {
                Workspace base = new WorkspaceReader().read(ws).workspace();
                for (int i = 0; i < rounds; i++) {
                    Workspace mine = base.withMarks(base.marks().withNote(List.of(singapore), "colleague " + i,
                            "colleague", java.time.Instant.now()));
                    base = io.annalist.io.WorkspaceSync.save(ws, base, mine).workspace();
                }
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        other.start();
        for (int i = 1; i <= rounds; i++) {
            int k = i;
            interact(() -> window.marks().note(List.of(event("hanoi-summit")), "window " + k));
        }
        other.join(30_000);
        assertEquals(null, failure[0]);
        waitForFile(w -> notes(w, "hanoi-summit") == rounds + 1 && notes(w, "singapore-summit") == rounds);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            Mark m = window.marks().markOf(singapore);
            return m != null && m.notes().size() == rounds;
        });
        assertEquals(rounds + 1, window.marks().markOf(event("hanoi-summit")).notes().size(),
                "the window lost none of its own");
    }

    /** Waits for {@code latch} as a write to disk goes on: an interrupt does not stop it. */
    private static void awaitRegardless(java.util.concurrent.CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                if (latch.await(30, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void closingTheWindowWhileASaveIsStillWritingKeepsTheLastMark() throws Exception {
        MarkBook book = window.marks();
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var landed = new java.util.concurrent.CountDownLatch(1);
        book.saver = (ws, from, ours) -> {
            if (started.getCount() == 0) {
                return io.annalist.io.WorkspaceSync.save(ws, from, ours);
            }
            started.countDown();
            awaitRegardless(release);
            // The first save lands late and whole, as on a slow disk or a shared folder: what it knew, nothing more.
            boolean interrupted = Thread.interrupted();
            new io.annalist.io.WorkspaceWriter().write(ours, ws);
            landed.countDown();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return new io.annalist.io.WorkspaceSync.Saved(ours, false);
        };
        interact(() -> book.star(List.of(event("singapore-summit")), true));
        assertTrue(started.await(10, TimeUnit.SECONDS), "the first star is being saved");
        interact(() -> book.star(List.of(event("hanoi-summit")), true));

        var closed = WaitForAsyncUtils.asyncFx(() -> window.stage().hide());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> closed.isDone() || book.flushWaiting());
        release.countDown();
        closed.get(30, TimeUnit.SECONDS);
        assertTrue(landed.await(10, TimeUnit.SECONDS), "the first save has written");
        Workspace w = onDisk();
        assertTrue(starred(w, "singapore-summit"), "the first star is kept");
        assertTrue(starred(w, "hanoi-summit"), "the last star, marked just before closing, is kept");
    }

    @Test
    void theDetailsToggleAndTheTableColumnStarAndUnstar() throws Exception {
        select("hanoi-summit");
        clickOn("#detailStar");
        assertTrue(window.marks().isStarred(event("hanoi-summit")));
        waitForFile(w -> starred(w, "hanoi-summit"));

        clickOn("#detailStar");
        assertFalse(window.marks().isStarred(event("hanoi-summit")));
        waitForFile(w -> !starred(w, "hanoi-summit"));

        interact(() -> table().scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        Labeled first = lookup(".star-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> "☆".equals(c.getText())).findFirst().orElseThrow();
        clickOn(first);
        assertEquals(1, starCells("★"));
        assertEquals(1, window.marks().attached().marks().all().stream().filter(Mark::starred).count());
    }

    @Test
    void sWhileTypingInATextFieldTypesAnS() throws Exception {
        select("singapore-summit");
        clickOn("#textFilter");
        type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.marks().isStarred(event("singapore-summit")));
    }

    @Test
    void sStarsEveryRowChosenInTheTable() throws Exception {
        interact(() -> {
            table().requestFocus();
            table().getSelectionModel().selectIndices(0, 1, 2);
        });
        type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> rows = List.copyOf(table().getItems().subList(0, 3));
        assertTrue(rows.stream().allMatch(window.marks()::isStarred), "all three starred");
        waitForFile(w -> rows.stream().allMatch(e -> starred(w, e.id())));
        type(KeyCode.S);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(rows.stream().noneMatch(window.marks()::isStarred), "and S again unstars them all");
    }

    // ---- tags and notes -------------------------------------------------------------------

    private List<String> chips() {
        return lookup(".analyst-tag").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }

    @Test
    void tagsOfTheAnalystsOwnAreAddedInTheDetailsCompletedAndFilteredUnderMine() throws Exception {
        assertTrue(lookup("#mineNoTags").query().isVisible(), "Mine says where tags come from before there are any");
        select("singapore-summit");
        clickOn("#analystTagField").write("follow-up").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("follow-up  ×"), chips(), "the tag shows as the analyst's, apart from the file's");
        assertFalse(event("singapore-summit").tags().contains("follow-up"), "the event's own tags are untouched");

        select("hanoi-summit");
        assertEquals(List.of(), chips());
        clickOn("#analystTagField").write("FOLL");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !lookup(".auto-complete-popup .list-cell")
                .queryAllAs(Labeled.class).stream().filter(c -> "follow-up".equals(c.getText())).toList().isEmpty());
        type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        if (!lookup("#analystTagField").queryAs(javafx.scene.control.TextField.class).getText().isEmpty()) {
            type(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("follow-up  ×"), chips(), "completion offers the tag in use, spelled as it is");
        waitForFile(w -> w.marks().get("hanoi-summit") != null && w.marks().get("hanoi-summit").hasTag("follow-up"));

        scrollFiltersDown();
        assertFalse(lookup("#mineNoTags").query().isVisible());
        assertEquals("follow-up  2", lookup("#mineTag-follow-up").queryAs(Labeled.class).getText(),
                "Mine counts the events of each tag, as the other groups count theirs");
        assertEquals("Starred  0", lookup("#mineStarred").queryAs(Labeled.class).getText());
        clickOn("#mineTag-follow-up");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of("singapore-summit", "hanoi-summit"), window.store().filteredEvents().stream()
                .map(Event::id).collect(java.util.stream.Collectors.toSet()), "Mine: follow-up");
        assertTrue(lookup("#filterChips .filter-chip").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> c.getText().equals("Mine: follow-up  ×")), "a chip says so");

        clickOn("#analystTag-follow-up");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("singapore-summit"), window.store().filteredEvents().stream().map(Event::id).toList(),
                "× takes the tag off, and the filter follows");
    }

    @Test
    void notesAreSignedShownAsWrittenKeptAndFoundByTheSearch() throws Exception {
        select("hanoi-summit");
        String text = "Check <b>this</b> against [the AP story](http://example.com) — quuxwords";
        clickOn("#noteField").write(text);
        clickOn("#addNote");
        clickOn("#noteField").write("A second thought.");
        clickOn("#addNote");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = lookup(".note-text").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        assertEquals(List.of(text, "A second thought."), shown, "both notes, as plain text, in order");
        String author = io.annalist.marks.Note.defaultAuthor();
        assertTrue(lookup(".note .detail-muted").queryAllAs(Labeled.class).stream()
                .allMatch(l -> l.getText().startsWith(author + " · ")), "signed with the user name and the time");
        waitForFile(w -> w.marks().get("hanoi-summit") != null && w.marks().get("hanoi-summit").notes().size() == 2);

        clickOn("#textFilter").write("quuxwords");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.store().filteredEvents().size() == 1);
        assertEquals("hanoi-summit", window.store().filteredEvents().get(0).id(), "the search finds the note");

        reopen();
        select("hanoi-summit");
        assertEquals(2, lookup(".note-text").queryAll().size(), "the notes come back with the file");
        clickOn(lookup("#deleteNote").queryAll().iterator().next());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("A second thought."), lookup(".note-text").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        waitForFile(w -> w.marks().get("hanoi-summit").notes().size() == 1 && w.marks().deletedNotes().size() == 1);
    }
}
