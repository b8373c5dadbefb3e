package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.annalist.model.Event;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a person meets it: it opens on the bundled data and keeps it when a file is broken. */
@org.junit.jupiter.api.Tag("toolkit")
class MainWindowTest extends ApplicationTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private java.util.prefs.Preferences node;

    @Override
    public void start(Stage stage) {
        WindowWaits.hideOthers(stage);
        node = java.util.prefs.Preferences.userRoot().node("io/annalist/test/" + java.util.UUID.randomUUID());
        window = new MainWindow(stage, new AppPreferences(node), url -> { });
        window.show();
    }

    @org.junit.jupiter.api.AfterEach
    void forget() throws Exception {
        WindowWaits.putAway(window, node);
    }

    private void openAndWait(DataLocation where) throws Exception {
        WindowWaits.open(window, where);
    }

    @SuppressWarnings("unchecked")
    private TableView<Event> table() {
        return (TableView<Event>) from(window.stage().getScene().getRoot()).lookup("#eventTable").query();
    }

    @Test
    void opensOnTheBundledDataAndShowsEveryEvent() throws Exception {
        openAndWait(new DataLocation.Bundled(BundledData.DEFAULT));
        assertEquals(18, table().getItems().size());
        assertEquals(18, window.timeline().getLanes().all().size(), "the timeline has them too");
        StatusBar status = lookup("#statusBar").query();
        assertTrue(status.getText().startsWith("18 events"), status.getText());
        assertTrue(window.stage().getTitle().startsWith("Russia–North Korea"), window.stage().getTitle());
        assertEquals("US–North Korea nuclear talks", table().getItems().get(0).title(), "sorted by time");
    }

    @Test
    void aBrokenFileLeavesThePreviousDataOnScreen() throws Exception {
        openAndWait(new DataLocation.Bundled(BundledData.DEFAULT));
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"annalist/1\",\n \"events\": [,]}");
        javafx.scene.Node line = lookup("#timeline").query();
        double top = line.localToScene(line.getLayoutBounds()).getMinY();
        openAndWait(new DataLocation.OnDisk(broken));
        assertEquals(18, table().getItems().size());
        MessageBar notifications = lookup("#notifications").query();
        assertTrue(notifications.isShowing());
        assertTrue(notifications.getText().startsWith("Could not load broken.json:2:"), notifications.getText());
        assertEquals(1, notifications.getText().split("broken\\.json", -1).length - 1, "the file named once: "
                + notifications.getText());
        assertTrue(notifications.getText().contains("previous data is still shown"), notifications.getText());
        WaitForAsyncUtils.waitForFxEvents();
        // The message takes room of its own at the foot: the search box and the timeline stay uncovered, and
        // nothing at the top moves under the pointer when it comes.
        javafx.geometry.Bounds bar = notifications.localToScene(notifications.getLayoutBounds());
        for (String id : new String[]{"#textFilter", "#timeline", "#filterPane"}) {
            javafx.scene.Node n = lookup(id).query();
            javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMaxY() <= bar.getMinY() + 0.5, id + " ends at " + b.getMaxY() + ", above the message"
                    + " that starts at " + bar.getMinY());
        }
        assertEquals(top, line.localToScene(line.getLayoutBounds()).getMinY(), 0.5, "the timeline stayed put");
        clickOn("#notificationDismiss");
        assertFalse(notifications.isShowing());
        assertFalse(notifications.isManaged(), "a dismissed message gives its room back");
        Button report = lookup("#loadReportButton").query();
        assertTrue(report.isVisible());
    }

    @Test
    void rejectedEventsAreCountedInTheStatusBar() throws Exception {
        Path f = dir.resolve("some-bad.json");
        Files.writeString(f, """
                {"format": "annalist/1", "sources": [{"id": "s", "title": "S"}],
                 "events": [
                  {"id": "a", "kind": "other", "title": "A", "when": "2024-02-30", "sources": ["s"]},
                  {"id": "b", "kind": "other", "title": "B", "when": "2024", "sources": ["s"]}
                 ]}
                """);
        openAndWait(new DataLocation.OnDisk(f));
        assertEquals(1, table().getItems().size());
        Button report = lookup("#loadReportButton").query();
        assertTrue(report.isVisible());
        assertEquals("1 rejected, 0 warnings", report.getText());
        clickOn(report);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea text = lookup("#loadReportText").query();
        assertTrue(text.getText().contains("some-bad.json:3:"), text.getText());
        assertFalse(text.isEditable());
        assertTrue(text.isWrapText(), "a long problem wraps: no scrolling sideways to read it");
    }

    @Test
    void theMissileDatabaseOpensFromTheMenuData() throws Exception {
        openAndWait(new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS));
        assertEquals(339, table().getItems().size());
    }

    @Test
    void helpAboutDataNamesTheDatasOriginsAndShowsItsLicence() {
        clickOn("Help");
        clickOn("About data");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea text = lookup("#aboutDataText").query();
        String t = text.getText();
        for (String must : new String[]{"Akihiko Kusanagi", "James Martin", "Nuclear Threat Initiative",
                "a0cc65874d36a4a0fdf16b73919d23a3a8f5dac5", "preliminary", "Apache License", "Hexham Courant",
                "Associated Press"}) {
            assertTrue(t.contains(must), must + " in: " + t);
        }
        assertFalse(t.contains("is missing from this build"), t);
        assertFalse(text.isEditable());
        interact(() -> text.getScene().getWindow().hide());
    }

    /** Drops a GDELT file on the window showing the bundled data; returns when its import dialog shows. */
    private Path dropGdelt() throws Exception {
        openAndWait(new DataLocation.Bundled(BundledData.DEFAULT));
        Path gdelt = dir.resolve("20200101.export.CSV");
        Files.copy(Path.of("src/test/resources/fixtures/gdelt2.export.CSV"), gdelt);
        // The drop handler hands the file on after the drop; the dialog then waits for the analyst.
        javafx.application.Platform.runLater(() -> window.drop(gdelt));
        waitForDialog("#rootOnly");
        return gdelt;
    }

    private void waitForDialog(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> lookup(id).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow()
                        .isShowing()).orElse(false)).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aDroppedFileIsAskedTheSameChoicesAsFileOpen() throws Exception {
        Path gdelt = dropGdelt();
        clickOn("#rootOnly");
        javafx.scene.control.Spinner<Integer> sources = lookup("#minSources").query();
        interact(() -> sources.getValueFactory().setValue(2));
        javafx.scene.control.DialogPane pane = lookup(".dialog-pane").query();
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> gdelt.equals(WaitForAsyncUtils.asyncFx(() ->
                window.location() instanceof DataLocation.OnDisk d ? d.file() : null).get()));
        WindowWaits.settle(window);
        assertEquals(2, table().getItems().size(), "only root events with two sources or more, as chosen");
        DataLocation.OnDisk opened = (DataLocation.OnDisk) window.location();
        assertTrue(opened.options().rootEventsOnly());
        assertEquals(2, opened.options().minSources());
        Button report = lookup("#loadReportButton").query();
        assertEquals("6 left out by import options, 1 warning", report.getText(), "the rows left out, counted");
    }

    /** Waits until the window shows {@code file}, opened with the choices its dialog made. */
    private DataLocation.OnDisk waitForOpened(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> file.equals(WaitForAsyncUtils.asyncFx(() ->
                window.location() instanceof DataLocation.OnDisk d ? d.file() : null).get()));
        WindowWaits.settle(window);
        return (DataLocation.OnDisk) window.location();
    }

    @Test
    void aNumberOfSourcesTypedInTheGdeltDialogIsTheOneUsed() throws Exception {
        Path gdelt = dropGdelt();
        javafx.scene.control.Spinner<Integer> sources = lookup("#minSources").query();
        doubleClickOn(sources.getEditor());
        interact(() -> sources.getEditor().selectAll());
        write("2");
        javafx.scene.control.DialogPane pane = lookup(".dialog-pane").query();
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        DataLocation.OnDisk opened = waitForOpened(gdelt);
        assertEquals(2, opened.options().minSources(), "the number typed, without Enter, counts");
        assertEquals(io.annalist.io.Formats.read(gdelt, io.annalist.io.Format.GDELT, io.annalist.io.ImportOptions.NONE
                .withMinSources(2), io.annalist.io.ReadProgress.NONE).report().loaded(), table().getItems().size(),
                "the rows with at least two sources");
    }

    @Test
    void aSpreadsheetWithDatesThatReadTwoWaysIsAskedTheirOrder() throws Exception {
        openAndWait(new DataLocation.Bundled(BundledData.DEFAULT));
        Path sheet = dir.resolve("dates.csv");
        Files.copy(Path.of("src/test/resources/fixtures/numeric-dates.csv"), sheet);
        javafx.application.Platform.runLater(() -> window.drop(sheet));
        waitForDialog("#dateOrder");
        javafx.scene.control.ComboBox<String> order = lookup("#dateOrder").query();
        assertEquals(0, order.getSelectionModel().getSelectedIndex(), "nothing is guessed unless chosen");
        interact(() -> order.getSelectionModel().select(1));
        assertTrue(order.getValue().startsWith("Day first"), order.getValue());
        javafx.scene.control.DialogPane pane = lookup(".dialog-pane").query();
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        DataLocation.OnDisk opened = waitForOpened(sheet);
        assertEquals(io.annalist.io.DateOrder.DMY, opened.options().dateOrder());
        Event either = table().getItems().stream().filter(e -> e.title().equals("Either way")).findFirst()
                .orElseThrow(() -> new AssertionError("03/04/2020 read day first"));
        assertEquals(io.annalist.model.PartialDate.parse("2020-04-03").start(), either.when().start());
        assertEquals(3, table().getItems().size(), "12/25/2020 and 31/02/2020 are no days read day first");
    }

    /** A zip holding a UCDP and an ICEWS file. */
    private Path twoDataFiles(String zipName) throws java.io.IOException {
        Path zip = dir.resolve(zipName);
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : new String[]{"ucdp-ged-release.csv", "icews-events.tab"}) {
                z.putNextEntry(new java.util.zip.ZipEntry(name));
                z.write(Files.readAllBytes(Path.of("src/test/resources/fixtures", name)));
            }
        }
        return zip;
    }

    @Test
    void aZipWithSeveralDataFilesLetsTheAnalystPickOne() throws Exception {
        openAndWait(new DataLocation.Bundled(BundledData.DEFAULT));
        Path zip = twoDataFiles("downloads.zip");
        javafx.application.Platform.runLater(() -> window.drop(zip));
        waitForDialog(".dialog-pane .combo-box");
        javafx.scene.control.DialogPane pane = lookup(".dialog-pane").query();
        assertTrue(pane.getHeaderText().contains("2 data files"), pane.getHeaderText());
        javafx.scene.control.ComboBox<String> pick = lookup(".dialog-pane .combo-box").query();
        assertEquals(java.util.List.of("ucdp-ged-release.csv", "icews-events.tab"), pick.getItems());
        interact(() -> pick.getSelectionModel().select("icews-events.tab"));
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
        DataLocation.OnDisk opened = waitForOpened(zip);
        assertEquals("icews-events.tab", opened.options().entry());
        assertEquals(4, table().getItems().size(), "the ICEWS file's events, not UCDP's");
    }

    @Test
    void aZipNamedOnTheCommandLineAsksWhichFileAndCancelledOpensTheBundledData() throws Exception {
        Path zip = twoDataFiles("named.zip");
        javafx.application.Platform.runLater(() -> window.openNamed(zip));
        waitForDialog(".dialog-pane .combo-box");
        javafx.scene.control.DialogPane pane = lookup(".dialog-pane").query();
        assertTrue(pane.getHeaderText().contains("2 data files"), pane.getHeaderText());
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WindowWaits.settle(window);
        assertTrue(window.location() instanceof DataLocation.Bundled, "not an empty window: " + window.location());
        assertTrue(window.notifications().getText().startsWith("named.zip was not opened"),
                window.notifications().getText());
        assertEquals(18, table().getItems().size());
    }

    @Test
    void aDroppedFileCancelledInItsDialogLeavesTheDataOnScreen() throws Exception {
        dropGdelt();
        javafx.scene.control.DialogPane pane = lookup(".dialog-pane").query();
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WindowWaits.settle(window);
        assertEquals(18, table().getItems().size());
        assertTrue(window.location() instanceof DataLocation.Bundled);
    }
}
