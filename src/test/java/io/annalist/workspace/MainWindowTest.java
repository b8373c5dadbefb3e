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
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a person meets it: it opens on the bundled data and keeps it when a file is broken. */
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
        openAndWait(new DataLocation.OnDisk(broken));
        assertEquals(18, table().getItems().size());
        NotificationPane notifications = lookup("#notifications").query();
        assertTrue(notifications.isShowing());
        assertTrue(notifications.getText().contains("broken.json:2:"), notifications.getText());
        assertTrue(notifications.getText().contains("previous data is still shown"), notifications.getText());
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
}
