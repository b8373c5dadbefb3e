package io.annalist.workspace;

import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import org.testfx.util.WaitForAsyncUtils;

/** Waiting on the window from a test thread: a load to be on screen, and a window put away. */
@org.junit.jupiter.api.Tag("toolkit")
final class WindowWaits {
    private WindowWaits() {
    }

    /** Starts loading {@code where} and waits until its result, or its failure, is on screen. */
    static void open(MainWindow window, DataLocation where) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.open(where)).get(10, TimeUnit.SECONDS);
        settle(window);
    }

    /**
     * Opens a copy of the bundled default data, made in {@code dir} as {@code events.json}, and
     * waits until it and its workspace are on screen; returns the copy.
     */
    static java.nio.file.Path openCopyOfDefault(MainWindow window, java.nio.file.Path dir) throws Exception {
        java.nio.file.Path data = dir.resolve("events.json");
        java.nio.file.Files.copy(java.nio.file.Path.of("data/russia-north-korea-2018-2025.json"), data);
        open(window, new DataLocation.OnDisk(data));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.tasks().isRunning(TaskTracker.Kind.WORKSPACE));
        WaitForAsyncUtils.waitForFxEvents();
        return data;
    }

    /** Waits until no load is running and the FX thread has caught up. */
    static void settle(MainWindow window) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(window::isLoading).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Hides every window but {@code stage}: dialogs a test left open belong to no later test,
     * and a lookup would otherwise find their nodes too. Call on the FX thread.
     */
    static void hideOthers(javafx.stage.Stage stage) {
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
    }

    /** Hides the window without saving into {@code prefs}, then forgets them. */
    static void putAway(MainWindow window, Preferences prefs) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.stage().hide();
            window.stage().setOnHidden(null);
        }).get(10, TimeUnit.SECONDS);
        prefs.removeNode();
    }
}
