package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.annalist.io.BadInputTest;
import io.annalist.io.EventFileReader;
import io.annalist.io.EventJson;
import io.annalist.io.LoadResult;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.Precision;
import io.annalist.model.Severity;
import io.annalist.model.TroopDeployment;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Adding and correcting events in the window, driven by node id as an analyst would: a form
 * filled and saved into the file, read back by the reader with the same values; the reader's
 * own message beside a bad field, with Save off; undo and redo; the question before unsaved
 * changes are lost.
 */
@org.junit.jupiter.api.Tag("toolkit")
class EditingWindowTest extends EditingTestBase {
    private Path data;

    /** A copy of the bundled data in our format, which Save writes, open and ready to edit. */
    @BeforeEach
    void openACopyToEdit(@TempDir Path dir) throws Exception {
        data = WindowWaits.openCopyOfDefault(window, dir);
        readyToEdit();
    }

    private void kind(EventKind k) {
        interact(() -> lookup("#form-kind").<ComboBox<EventKind>>query().setValue(k));
    }

    /** Types {@code name} into a chooser of actors or sources and takes it with Enter. */
    private void choose(String pickerId, String name) {
        TextField field = lookup(pickerId + " .entry-field").queryAs(TextField.class);
        reveal(field);
        clickOn(field).write(name).push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String id, String text) {
        Node field = lookup(id).query();
        reveal(field);
        clickOn(field).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the form so that {@code n} is in sight, as the analyst scrolls to reach a field. */
    private void reveal(Node n) {
        interact(() -> {
            Node p = n.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                Node content = sp.getContent();
                javafx.geometry.Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (b.getMinY() - 40) / room)));
            }
        });
    }

    private Label problem(String field) {
        return lookup("#problem-" + field).queryAs(Label.class);
    }

    private boolean saveDisabled() {
        return lookup("#form-save").queryAs(Button.class).isDisabled();
    }

    /** What the form says stands in the way, for a failing assertion to show. */
    private String formProblems() {
        StringBuilder b = new StringBuilder();
        lookup(".field-error").queryAll().forEach(n -> {
            if (n instanceof Label l && l.isVisible() && !l.getText().isEmpty()) {
                b.append(l.getId()).append(": ").append(l.getText()).append("; ");
            }
        });
        lookup(".entry-field").queryAll().forEach(n -> b.append(" field[").append(((TextField) n).getText())
                .append("]"));
        return b.toString();
    }

    /** The first error the reader gives for {@code event} in a file, in its words. */
    private static String readersMessage(String event) {
        LoadResult r = new EventFileReader().read(new ByteArrayInputStream(BadInputTest.TEMPLATE.formatted(event)
                .getBytes(StandardCharsets.UTF_8)), "test.json");
        return r.report().problems().stream().filter(p -> p.severity() == Severity.ERROR
                && p.path().startsWith("$.events[1]")).findFirst().orElseThrow().message();
    }

    @Test
    void aFormFilledAndSavedIsInTheFileAsTheReaderReadsIt() throws Exception {
        shortcut(KeyCode.N);
        kind(EventKind.TROOP_DEPLOYMENT);
        type("#form-title", "Troops reach Kursk");
        type("#form-when-text", "2024-11");
        assertEquals("Read as: month, November 2024", lookup("#form-when-reading").queryAs(Label.class).getText());
        choose("#form-actors", "North Korea");
        choose("#form-actors", "Russia");
        choose("#form-troop_deployment-from", "North Korea");
        choose("#form-troop_deployment-to", "Russia");
        type("#form-troop_deployment-troops", "10,000-12,000");
        choose("#form-troop_deployment-reported_by", "US intelligence officials");
        assertTrue(saveDisabled(), "no source yet");
        choose("#form-sources", "Deutsche Welle");
        assertFalse(saveDisabled(), this::formProblems);
        clickOn("#form-save");
        WaitForAsyncUtils.waitForFxEvents();
        applied();

        Event added = window.store().allEvents().stream().filter(e -> e.displayTitle().equals("Troops reach Kursk"))
                .findFirst().orElseThrow();
        assertEquals(Precision.MONTH, added.when().startPrecision());
        TroopDeployment t = (TroopDeployment) added.details();
        assertEquals("north-korea", t.from());
        assertEquals("russia", t.to());
        assertEquals(10_000, t.troops().min());
        assertEquals(12_000, t.troops().max());
        assertEquals(List.of("dw-2018-06-12"), added.sources());
        assertTrue(edited().hasUnsavedChanges());

        io.annalist.model.Dataset before = window.store().getDataset();
        shortcut(KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !edited().hasUnsavedChanges()
                && !window.tasks().isRunning(TaskTracker.Kind.SAVE));
        // The file watcher reads the file written back in: the data on screen is the same.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.store().getDataset() != before);
        WindowWaits.settle(window);
        assertNotNull(event(added.id()));
        LoadResult back = new EventFileReader().read(data);
        assertFalse(back.failed());
        Event read = back.dataset().events().stream().filter(e -> e.id().equals(added.id())).findFirst().orElseThrow();
        assertEquals(EventJson.snapshot(added), EventJson.snapshot(read));
        assertEquals(19, back.dataset().events().size());
    }

    @Test
    void aBadValueGetsTheReadersMessageBesideItsFieldAndSaveStaysOff() {
        shortcut(KeyCode.N);
        kind(EventKind.TROOP_DEPLOYMENT);
        type("#form-title", "Troops");
        type("#form-when-text", "2024-06");
        choose("#form-sources", "Deutsche Welle");
        assertFalse(saveDisabled(), this::formProblems);
        interact(() -> lookup("#form-when-text").queryAs(TextField.class).clear());

        type("#form-when-text", "2024-06/2024-05");
        assertTrue(problem("when").isVisible());
        assertEquals(readersMessage("{\"id\": \"e\", \"kind\": \"other\", \"when\": {\"start\": \"2024-06\", \"end\":"
                + " \"2024-05\"}, \"sources\": [\"s\"]}"), problem("when").getText());
        assertTrue(saveDisabled());

        type("#form-troop_deployment-troops", "5000-3000");
        assertEquals(readersMessage("{\"id\": \"e\", \"kind\": \"troop_deployment\", \"when\": \"2024\", \"sources\":"
                        + " [\"s\"], \"troop_deployment\": {\"troops\": {\"min\": 5000, \"max\": 3000}}}"),
                problem("troop_deployment-troops").getText());

        // The date put right: its message goes, the troops' stays, and so Save stays off.
        interact(() -> lookup("#form-when-text").queryAs(TextField.class).setText("2024-06/2024-08"));
        assertFalse(problem("when").isVisible());
        assertTrue(problem("troop_deployment-troops").isVisible());
        assertTrue(saveDisabled());
        clickOn("#form-cancel");
        assertNull(window.store().allEvents().stream().filter(e -> e.displayTitle().equals("Troops")).findFirst()
                .orElse(null));
    }

    @Test
    void everyChangeIsUndoneAndRedone() {
        Event first = window.store().allEvents().get(0);
        String was = first.displayTitle();
        interact(() -> window.timeline().setSelectedEvent(first));
        // F2 from the table, which would otherwise take it to edit a cell of its own.
        interact(() -> lookup("#eventTable").query().requestFocus());
        push(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> lookup("#form-title").queryAs(TextField.class).setText("A corrected title"));
        clickOn("#form-save");
        WaitForAsyncUtils.waitForFxEvents();
        applied();
        assertEquals("A corrected title", event(first.id()).displayTitle());

        shortcut(KeyCode.Z);
        assertEquals(was, event(first.id()).displayTitle());
        shortcut(KeyCode.SHIFT, KeyCode.Z);
        assertEquals("A corrected title", event(first.id()).displayTitle());

        interact(() -> window.timeline().setSelectedEvent(event(first.id())));
        shortcut(KeyCode.DELETE);
        assertNull(event(first.id()));
        assertEquals(17, window.store().allEvents().size());
        shortcut(KeyCode.Z);
        assertNotNull(event(first.id()));
        assertEquals("A corrected title", event(first.id()).displayTitle());
        shortcut(KeyCode.Z);
        assertEquals(was, event(first.id()).displayTitle());
        assertFalse(edited().hasUnsavedChanges(), "every change undone: nothing to save");
    }

    @Test
    void newEventHereIsDatedWhereClickedAndHasTheLanesActor() throws Exception {
        io.annalist.timeline.TimelineView tl = window.timeline();
        long painted = tl.framesPaintedProperty().get();
        interact(() -> {
            window.session().setLaneMode(io.annalist.timeline.LaneMode.ACTOR);
            window.session().setWindow(new io.annalist.timeline.TimeWindow(
                    java.time.Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(),
                    java.time.Instant.parse("2023-01-01T00:00:00Z").toEpochMilli()));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tl.framesPaintedProperty().get() > painted);
        WaitForAsyncUtils.waitForFxEvents();

        // An empty place in Russia's lane, where 2020 and 2021 hold no event.
        javafx.geometry.Point2D place = null;
        for (double y = 0; place == null && y < tl.getHeight(); y += 3) {
            double x = tl.getWidth() * 0.3;
            io.annalist.timeline.TimelineView.Spot s = tl.spotAt(x, y);
            if (s != null && "russia".equals(s.laneKey()) && "russia".equals(tl.spotAt(x, y + 12).laneKey())) {
                place = new javafx.geometry.Point2D(x, y + 6);
            }
        }
        assertNotNull(place, "Russia's lane is on screen");
        io.annalist.timeline.TimelineView.Spot spot = tl.spotAt(place.getX(), place.getY());
        moveTo(tl.localToScreen(place));
        assertNull(tl.getHoveredEvent(), "an empty place");
        // The right-click as the system delivers it (a headless robot's button press makes no such request).
        javafx.geometry.Point2D inScene = tl.localToScene(place);
        javafx.geometry.Point2D screen = tl.localToScreen(place);
        interact(() -> tl.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(), screen.getX(),
                screen.getY(), false, null)));
        clickOn("New event here…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#form-when-text").tryQuery().isPresent());

        String when = lookup("#form-when-text").queryAs(TextField.class).getText();
        assertEquals(io.annalist.editing.DateEntry.textAt(spot.time(), Precision.MONTH), when,
                "the month clicked, as precisely as a view of three years shows time");
        assertTrue(when.matches("202[01]-\\d\\d"), when);
        assertEquals(List.of("Russia"), lookup("#form-actors .filter-chip .label").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList());
        clickOn("#form-cancel");
    }

    @Test
    void unsavedChangesAreAskedAboutBeforeAnotherFileOpens() throws Exception {
        Event first = window.store().allEvents().get(0);
        interact(() -> window.timeline().setSelectedEvent(first));
        shortcut(KeyCode.DELETE);
        assertTrue(edited().hasUnsavedChanges());

        Platform.runLater(() -> window.open(new DataLocation.Bundled(BundledData.DEFAULT)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#unsavedPrompt").tryQuery().isPresent());
        clickOn(button("Cancel"));
        WindowWaits.settle(window);
        assertEquals(new DataLocation.OnDisk(data), window.location());
        assertNull(event(first.id()), "the change is still there, unsaved");

        Platform.runLater(() -> window.open(new DataLocation.Bundled(BundledData.DEFAULT)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#unsavedPrompt").tryQuery().isPresent());
        clickOn(button("Don't save"));
        WindowWaits.settle(window);
        assertEquals(new DataLocation.Bundled(BundledData.DEFAULT), window.location());
        assertEquals(18, new EventFileReader().read(data).dataset().events().size(), "the file was not written");
    }

    @Test
    void quittingWithUnsavedChangesAsksFirst() throws Exception {
        interact(() -> window.timeline().setSelectedEvent(window.store().allEvents().get(0)));
        shortcut(KeyCode.DELETE);
        shortcut(KeyCode.Q);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#unsavedPrompt").tryQuery().isPresent());
        clickOn(button("Cancel"));
        assertTrue(window.stage().isShowing());
        assertTrue(edited().hasUnsavedChanges());
    }

    private Node button(String text) {
        return lookup(".button").match((Button b) -> text.equals(b.getText())).query();
    }
}
