package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import io.annalist.io.EventGenerator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The window never loses the analyst's place: competing loads, files that break or vanish, closing mid-load. */
class RobustWindowTest extends ApplicationTest {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path big;
    private MainWindow window;
    private Preferences node;

    @BeforeAll
    static void bigFile() throws Exception {
        big = shared.resolve("big.json");
        new EventGenerator(3).write(big, 60_000);
    }

    @Override
    public void start(Stage stage) {
        WindowWaits.hideOthers(stage);
        node = Preferences.userRoot().node("io/annalist/test/" + UUID.randomUUID());
        window = new MainWindow(stage, new AppPreferences(node), url -> { });
        window.show();
    }

    @AfterEach
    void forget() throws Exception {
        WindowWaits.putAway(window, node);
    }

    private void settle() throws Exception {
        WindowWaits.settle(window);
    }

    private int shown() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.store().allEvents().size()).get();
    }

    @Test
    void aNewerLoadWinsOverAnOlderOne() throws Exception {
        interact(() -> {
            window.open(new DataLocation.OnDisk(big));
            window.open(new DataLocation.Bundled(BundledData.DEFAULT));
        });
        settle();
        assertEquals(18, shown());
        assertTrue(window.stage().getTitle().startsWith("Russia–North Korea"));
    }

    @Test
    void reloadingAFileThatBrokeKeepsTheLastGoodData() throws Exception {
        Path f = dir.resolve("events.json");
        Files.copy(Path.of("data/russia-north-korea-2018-2025.json"), f);
        interact(() -> window.open(new DataLocation.OnDisk(f)));
        settle();
        Files.writeString(f, "{\"format\": \"annalist/1\", \"events\": [");
        interact(() -> window.reload());
        settle();
        assertEquals(18, shown());
        assertTrue(window.notifications().isShowing());
        assertTrue(window.notifications().getText().contains("events.json:1:"), window.notifications().getText());
    }

    @Test
    void aWatchedFileThatVanishesLeavesTheDataOnScreen() throws Exception {
        Path f = dir.resolve("watched.json");
        Files.copy(Path.of("data/russia-north-korea-2018-2025.json"), f);
        interact(() -> window.open(new DataLocation.OnDisk(f)));
        settle();
        Files.delete(f);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                window.notifications().isShowing() && window.notifications().getText().contains("no such file")).get());
        settle();
        assertEquals(18, shown());
    }

    @Test
    void closingDuringALoadStopsIt() throws Exception {
        interact(() -> window.open(new DataLocation.OnDisk(big)));
        interact(() -> window.stage().close());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !WaitForAsyncUtils.asyncFx(window::isLoading).get());
        assertFalse(window.stage().isShowing());
    }

    @Test
    void closingDuringAnExportLeavesNoHalfWrittenFile() throws Exception {
        interact(() -> window.open(new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS)));
        settle();
        Path out = dir.resolve("wide.png");
        ExportDialog.Choice choice = new ExportDialog.Choice(true, 12_000, 1_000, 1, "Wide", true, true, true, true,
                true, true, false);
        var task = WaitForAsyncUtils.asyncFx(() -> window.snapshots().export(window.snapshots().spec(choice), out))
                .get(10, TimeUnit.SECONDS);
        interact(() -> window.stage().close());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        try (var files = Files.list(dir)) {
            assertTrue(files.allMatch(p -> p.equals(out)), "only the finished image, if anything");
        }
    }
}
