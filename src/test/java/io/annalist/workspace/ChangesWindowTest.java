package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.annalist.io.EventFileReader;
import io.annalist.marks.Note;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The record of changes in the window, driven by node id: File → Changes… lists them and
 * exports them as CSV, every field as written; and a data file changed on disk under unsaved
 * changes asks, event by event, which side to keep — losing neither side silently.
 */
@org.junit.jupiter.api.Tag("toolkit")
class ChangesWindowTest extends EditingTestBase {
    private static final String HANOI = "Trump–Kim summit in Hanoi";
    private static final String SINGAPORE = "Trump–Kim summit in Singapore";

    private Path dir;
    private Path data;

    @BeforeEach
    void openACopyToEdit(@TempDir Path dir) throws Exception {
        this.dir = dir;
        data = WindowWaits.openCopyOfDefault(window, dir);
        readyToEdit();
    }

    private void openChanges() {
        clickOn("File");
        clickOn("Changes…");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String[]> readCsv(Path file) throws Exception {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String[]> rows = new ArrayList<>();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(file.toFile())) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void fileChangesListsEveryChangeAndExportsThemAsCsv() throws Exception {
        retitle("hanoi-summit", "Trump–Kim summit in Hanoi, cut short");
        interact(() -> window.timeline().setSelectedEvent(event("singapore-summit")));
        shortcut(javafx.scene.input.KeyCode.DELETE);
        Path out = dir.resolve("changes.csv");
        interact(() -> window.edits().setSaveChooser((owner, title, name, type) -> out));

        openChanges();
        ListView<?> list = lookup("#changesList").queryAs(ListView.class);
        assertEquals(2, list.getItems().size(), list.getItems().toString());
        assertTrue(String.valueOf(list.getItems().get(0)).contains("cut short"), list.getItems().toString());
        assertTrue(String.valueOf(list.getItems().get(1)).contains("(not saved yet)"), list.getItems().toString());
        clickOn("#changesExport");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(out)
                && !window.tasks().isRunning(TaskTracker.Kind.SAVE));

        List<String[]> rows = readCsv(out);
        assertEquals(List.of("time", "user", "action", "event", "title", "field", "before", "after", "before_json",
                "after_json", "sources", "undo"), List.of(rows.get(0)));
        assertEquals(3, rows.size(), "a header, the title changed, the event deleted");
        String[] edit = rows.get(1);
        assertEquals(List.of(Note.defaultAuthor(), "changed", "hanoi-summit", "Trump–Kim summit in Hanoi, cut short", "title", HANOI,
                "Trump–Kim summit in Hanoi, cut short", "\"" + HANOI + "\"", "\"Trump–Kim summit in Hanoi, cut short\"",
                ""), List.of(edit[1], edit[2], edit[3], edit[4], edit[5], edit[6], edit[7], edit[8], edit[9], edit[11]));
        assertFalse(edit[10].isEmpty(), "the sources the change rests on");
        String[] gone = rows.get(2);
        assertEquals(List.of("deleted", "singapore-summit", SINGAPORE, "", "", ""),
                List.of(gone[2], gone[3], gone[4], gone[5], gone[6], gone[7]));
        assertTrue(java.time.Instant.parse(edit[0]).compareTo(java.time.Instant.parse(gone[0])) <= 0, "oldest first");
        interact(() -> lookup("#changesList").query().getScene().getWindow().hide());
    }

    @Test
    void aDeletedEventIsRestoredFromItsLineAndRecordedAsRestored() throws Exception {
        interact(() -> window.timeline().setSelectedEvent(event("singapore-summit")));
        shortcut(javafx.scene.input.KeyCode.DELETE);
        retitle("hanoi-summit", "Hanoi, cut short");
        openChanges();
        ListView<?> list = lookup("#changesList").queryAs(ListView.class);
        Button restore = lookup("#changesRestore").queryButton();
        assertTrue(restore.isDisabled(), "nothing chosen yet");
        clickOn(lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getText() != null
                && c.getText().contains("Hanoi, cut short")).<javafx.scene.Node>query());
        assertTrue(restore.isDisabled(), "an edit is no deletion");
        clickOn(lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> c.getText() != null
                && c.getText().contains(SINGAPORE)).<javafx.scene.Node>query());
        assertFalse(restore.isDisabled());
        clickOn(restore);
        applied();

        assertEquals(SINGAPORE, event("singapore-summit").displayTitle(), "back as it was when deleted");
        assertEquals(3, list.getItems().size(), "the list follows the data");
        assertTrue(String.valueOf(list.getItems().get(2)).contains("restored"), list.getItems().toString());
        assertTrue(restore.isDisabled(), "it is there again");
        io.annalist.changes.ChangeRecord last = edited().allChanges().get(2);
        assertEquals("restored", last.change().action());
        assertFalse(last.undo(), "restored, not undone");
        interact(() -> list.getScene().getWindow().hide());
    }

    @Test
    void aFileChangedOnDiskUnderUnsavedChangesAsksWhichToKeepAndLosesNeither() throws Exception {
        retitle("hanoi-summit", "Hanoi, mine");
        retitle("singapore-summit", "Singapore, mine");
        retitle("freedom-shield-2025", "Freedom Shield, mine");
        assertTrue(edited().hasUnsavedChanges());

        // Someone else changes the same two summits in the file, and an event of their own.
        String theirs = Files.readString(data, StandardCharsets.UTF_8)
                .replace("\"title\": \"" + HANOI + "\"", "\"title\": \"Hanoi, theirs\"")
                .replace("\"title\": \"" + SINGAPORE + "\"", "\"title\": \"Singapore, theirs\"")
                .replace("\"title\": \"Shoigu arrives in Pyongyang\"", "\"title\": \"Shoigu arrives, theirs\"");
        Files.writeString(data, theirs, StandardCharsets.UTF_8);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#conflictPrompt").tryQuery().isPresent());
        ChoiceBox<String> hanoi = lookup("#conflict-hanoi-summit").query();
        ChoiceBox<String> singapore = lookup("#conflict-singapore-summit").query();
        assertEquals("Keep mine", hanoi.getValue(), "nothing of the analyst's goes unless chosen");
        assertFalse(lookup("#conflict-freedom-shield-2025").tryQuery().isPresent(), "changed on one side only");
        interact(() -> singapore.setValue("Keep the file's"));
        clickOn(lookup(".button").match((Button b) -> "Keep as chosen".equals(b.getText())).queryButton());
        WindowWaits.settle(window);
        applied();

        assertEquals("Hanoi, mine", event("hanoi-summit").displayTitle());
        assertEquals("Singapore, theirs", event("singapore-summit").displayTitle());
        assertEquals("Freedom Shield, mine", event("freedom-shield-2025").displayTitle());
        assertEquals("Shoigu arrives, theirs", event("shoigu-arrives-pyongyang-march-2025").displayTitle());
        assertTrue(edited().hasUnsavedChanges(), "the analyst's changes are still to save");
        assertEquals(theirs, Files.readString(data, StandardCharsets.UTF_8), "the file is not written over");
        assertEquals("Singapore, theirs", new EventFileReader().read(data).dataset().events().stream()
                .filter(e -> e.id().equals("singapore-summit")).findFirst().orElseThrow().displayTitle());
    }
}
