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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The window never loses the analyst's place: competing loads, files that break or vanish, closing mid-load. */
@org.junit.jupiter.api.Tag("toolkit")
class RobustWindowTest extends WindowTestBase {
    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path big;

    @BeforeAll
    static void bigFile() throws Exception {
        big = shared.resolve("big.json");
        new EventGenerator(3).write(big, 60_000);
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

    /** Opens a copy of the bundled data as {@code name}, cuts the file short and reloads it (F5). */
    private void breakAndReload(String name) throws Exception {
        Path f = dir.resolve(name);
        Files.copy(Path.of("data/russia-north-korea-2018-2025.json"), f);
        interact(() -> window.open(new DataLocation.OnDisk(f)));
        settle();
        Files.writeString(f, "{\"format\": \"annalist/1\", \"events\": [");
        interact(() -> window.reload());
        settle();
    }

    @Test
    void reloadingAFileThatBrokeKeepsTheLastGoodData() throws Exception {
        breakAndReload("events.json");
        // The file watcher sees the same write and may reload once more, at a time of its own: wait
        // for the state both reloads end in rather than for one of them.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !window.isLoading()
                && window.notifications().isShowing() && window.notifications().getText().contains("events.json:1:"))
                .get());
        assertEquals(18, shown());
    }

    @Test
    void aFileThatStaysBrokenKeepsItsMessageUpWhenReadAgain() throws Exception {
        breakAndReload("broken.json");
        String message = WaitForAsyncUtils.asyncFx(() -> window.notifications().getText()).get();
        // F5 and the file watcher both read the file again: the same message stays up. It used to
        // slide out and in again, hidden for a moment in between (a test reading it then failed).
        List<Boolean> changes = new CopyOnWriteArrayList<>();
        interact(() -> window.notifications().showingProperty().addListener((o, was, now) -> changes.add(now)));
        interact(() -> window.reload());
        settle();
        assertEquals(List.of(), changes, "the message never left");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.notifications().isShowing()).get());
        assertEquals(message, WaitForAsyncUtils.asyncFx(() -> window.notifications().getText()).get());
        assertEquals(18, shown());
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
