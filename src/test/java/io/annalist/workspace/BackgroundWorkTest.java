package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import io.annalist.io.EventGenerator;
import io.annalist.timeline.Lanes;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Slow work in the window: lanes built once per load, and Cancel stopping exactly the task it shows. */
@org.junit.jupiter.api.Tag("toolkit")
class BackgroundWorkTest extends WindowTestBase {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path big;

    @BeforeAll
    static void bigFile() throws Exception {
        big = shared.resolve("big.json");
        new EventGenerator(5).write(big, 60_000);
    }

    /** Waits until no task of the window runs. */
    private void idle() throws Exception {
        WindowWaits.settle(window);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                window.tasks().running().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLoadBuildsTheLanesOnceWithTheNewFilesNames() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
        for (DataLocation next : List.of(new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS),
                new DataLocation.OnDisk(big))) {
            List<Lanes> built = new CopyOnWriteArrayList<>();
            interact(() -> window.timeline().lanesProperty().addListener((obs, o, l) -> built.add(l)));
            WindowWaits.open(window, next);
            idle();
            assertEquals(1, built.size(), "one build of the lanes for " + next.displayName());
            Lanes lanes = built.get(0);
            assertEquals(window.store().filteredEvents().size(), lanes.all().size());
            var names = window.store().actorNames();
            for (Lanes.Lane lane : lanes.lanes()) {
                if (names.containsKey(lane.key())) {
                    assertEquals(names.get(lane.key()), lane.label(), "named with the new file's actor names");
                }
            }
        }
    }

    @Test
    void cancelStopsExactlyTheTaskTheStatusLineShows() throws Exception {
        WindowWaits.open(window, new DataLocation.OnDisk(big));
        idle();
        Path png = dir.resolve("wide.png");
        Path json = dir.resolve("saved.json");
        StatusBar status = lookup("#statusBar").query();
        Button cancel = lookup("#cancelLoad").query();
        ExportDialog.Choice choice = new ExportDialog.Choice(true, 12_000, 1_000, 1, "Wide", true, true, true, true,
                true, true, false);
        Task<?>[] started = new Task<?>[2];
        String[] shown = new String[3];
        boolean[] exportCancellable = new boolean[1];
        // In one go on the FX thread: neither task can finish (the export draws on this thread, and a
        // task's end is reported on it), so what Cancel meets is certain.
        interact(() -> {
            started[0] = window.snapshots().export(window.snapshots().spec(choice), png);
            started[1] = window.saveEvents().save(json, false);
            shown[0] = status.getText();
            cancel.fire();
            shown[1] = status.getText();
            exportCancellable[0] = cancel.isVisible();
            cancel.fire();
            shown[2] = status.getText();
        });
        assertTrue(shown[0].startsWith("Saving 60,000 events to saved.json") && shown[0].endsWith("(+1 more)"),
                "the newest task, and how many more: " + shown[0]);
        assertTrue(shown[1].startsWith("Exporting wide.png"), "the save cancelled, the export shown: " + shown[1]);
        assertTrue(exportCancellable[0], "the export can be cancelled too");
        assertFalse(shown[2].contains("Exporting"), shown[2]);
        assertTrue(started[1].isCancelled(), "the first Cancel stopped the save");
        assertTrue(started[0].isCancelled(), "the second the export");
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
                try (var files = Files.list(dir)) {
                    return files.findAny().isEmpty();
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            try (var files = Files.list(dir)) {
                throw new AssertionError("left in the folder: " + files.map(p -> p.getFileName() + " " + p.toFile()
                        .length()).toList(), e);
            }
        }
        assertFalse(cancel.isVisible());
        assertTrue(window.notifications().getText().contains("cancelled"), window.notifications().getText());
    }

    @Test
    void anExportRunsBesideASaveAndBothFinish() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS));
        idle();
        Path png = dir.resolve("missiles.png");
        Path csv = dir.resolve("missiles.csv");
        ExportDialog.Choice choice = new ExportDialog.Choice(true, 1_200, 600, 1, "Missiles", true, true, true, true,
                true, true, false);
        Task<?>[] started = new Task<?>[2];
        interact(() -> {
            started[0] = window.snapshots().export(window.snapshots().spec(choice), png);
            started[1] = window.saveEvents().save(csv, true);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> started[0].isDone() && started[1].isDone());
        idle();
        assertEquals(List.of(Task.State.SUCCEEDED, Task.State.SUCCEEDED), WaitForAsyncUtils.asyncFx(() ->
                List.of(started[0].getState(), started[1].getState())).get());
        assertTrue(Files.size(png) > 0 && Files.size(csv) > 0);
        StatusBar status = lookup("#statusBar").query();
        assertTrue(status.getText().startsWith("339 events"), "the counts again once both are done: "
                + status.getText());
    }
}
