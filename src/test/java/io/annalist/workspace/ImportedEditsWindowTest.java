package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.annalist.editing.Sheet;
import io.annalist.model.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Correcting a row of an imported spreadsheet in the window: the file is never written, the
 * details show the provider's value beside the analyst's ("changed from the provider's value"),
 * and the correction is put back after a reload and after the rows are imported again, in
 * another order.
 */
@org.junit.jupiter.api.Tag("toolkit")
class ImportedEditsWindowTest extends EditingTestBase {
    private static final String HEADER = Sheet.HEADER;
    private static final String VISIT = Sheet.VISIT;
    private static final String TROOPS = Sheet.TROOPS;
    private static final String TALKS = Sheet.TALKS;
    private static final String CORRECTED = "Putin visits Pyongyang, signs a strategic partnership treaty";

    private Path csv;

    @BeforeEach
    void openASpreadsheet(@TempDir Path dir) throws Exception {
        csv = dir.resolve("sheet.csv");
        Files.writeString(csv, HEADER + VISIT + TROOPS + TALKS, StandardCharsets.UTF_8);
        WindowWaits.open(window, new DataLocation.OnDisk(csv));
        readyToEdit();
    }

    private Event visit() {
        return window.store().allEvents().stream().filter(e -> e.displayTitle().startsWith("Putin visits"))
                .findFirst().orElseThrow();
    }

    /** The lines under "Changed from the provider's value" in the details of the event being read. */
    private List<String> providerLines() {
        return lookup("#detailChanges .detail-provider-value").queryAll().stream().map(n -> ((Label) n).getText())
                .toList();
    }

    private void read(Event e) {
        interact(() -> window.timeline().setSelectedEvent(e));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void correctTheVisit() throws Exception {
        retitle(visit().id(), CORRECTED);
        // Kept in the workspace beside the sheet at once.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.tasks().isRunning(TaskTracker.Kind.WORKSPACE_SAVE)
                && Files.exists(io.annalist.marks.Workspace.beside(csv)));
    }

    private void assertCorrected() {
        assertEquals(CORRECTED, visit().displayTitle());
        read(visit());
        assertEquals(List.of("title " + CORRECTED + ", changed from the provider's value Putin visits Pyongyang"),
                providerLines());
    }

    @Test
    void aCorrectedRowShowsTheProvidersValueInTheDetails() throws Exception {
        String id = visit().id();
        read(visit());
        assertTrue(lookup("#detailChanges").tryQuery().isEmpty(), "a row never changed says nothing of changes");
        correctTheVisit();
        assertEquals(id, visit().id(), "the row keeps its key");
        assertCorrected();
        Node heading = lookup("#detailChanges .detail-heading").query();
        assertEquals("Changed from the provider's value", ((Label) heading).getText());
        assertEquals(HEADER + VISIT + TROOPS + TALKS, Files.readString(csv, StandardCharsets.UTF_8),
                "the spreadsheet is never written");
        assertFalse(edited().hasUnsavedChanges(), "nothing to save: the workspace holds the change");
    }

    @Test
    void theCorrectionSurvivesAReloadAndAReimportInAnotherOrder() throws Exception {
        correctTheVisit();

        WaitForAsyncUtils.asyncFx(() -> window.reload()).get(10, TimeUnit.SECONDS);
        WindowWaits.settle(window);
        readyToEdit();
        applied();
        assertCorrected();

        // Another file, then the same rows downloaded again in another order, imported anew.
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
        readyToEdit();
        Files.writeString(csv, HEADER + TALKS + TROOPS + VISIT, StandardCharsets.UTF_8);
        WindowWaits.open(window, new DataLocation.OnDisk(csv));
        readyToEdit();
        applied();
        assertCorrected();
        assertEquals(3, window.store().allEvents().size());
    }
}
