package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.annalist.cli.Cli;
import io.annalist.io.WorkspaceReader;
import io.annalist.marks.Workspace;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A brief made from a saved view is made again from the command line: the window's Export
 * snapshot of a view and {@code annalist export FILE --view NAME} give the same pixels —
 * the stars, the lanes, the filter, the quiet periods as the view keeps them.
 */
class ViewExportParityTest extends WindowTestBase {
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;

    private Event event(String id) {
        return window.store().allEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private BufferedImage fromTheWindow(Path out, boolean starNotes) throws Exception {
        String title = window.store().getDataset().title();
        // As the command line draws by default: the view's time, 1600 wide, as tall as the lanes, all included.
        var choice = new ExportDialog.Choice(false, 1600, null, 1, title, true, true, true, true, true, true, false,
                true, Set.of(), window.session().getView().compressQuietPeriods(), io.annalist.export.ExportFormat.PNG,
                new io.annalist.export.BriefPages.Format(io.annalist.export.BriefPages.Paper.A4, false), ExportDialog.Picture.TIMELINE,
                starNotes);
        var task = WaitForAsyncUtils.asyncFx(() -> window.snapshots().exportAs(choice, out)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(out), window.notifications().getText());
        return ImageIO.read(out.toFile());
    }

    private static BufferedImage fromTheCommandLine(Path data, String view, Path out, boolean starred)
            throws Exception {
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("export", data.toString(), "--out", out.toString(),
                "--view", view));
        if (starred) {
            args.add("--starred");
        }
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(new String[0]));
        assertEquals(0, code, err.toString());
        return ImageIO.read(out.toFile());
    }

    private static long differing(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void theCommandLinesExportOfASavedViewIsTheWindowsExportOfIt() throws Exception {
        Path data = WindowWaits.openCopyOfDefault(window, dir);
        TimeWindow w = new TimeWindow(event("shoigu-arms-exhibition-2023").when().start() - 20 * DAY,
                event("shoigu-meets-kim-march-2025").when().end() + 20 * DAY);
        interact(() -> {
            window.marks().star(List.of(event("putin-kim-pyongyang-2024"), event("shoigu-meets-kim-march-2025")),
                    true);
            window.session().setLaneMode(LaneMode.KIND);
            window.session().setFilter(window.session().getFilter().withKinds(Set.of(EventKind.VISIT,
                    EventKind.MEETING, EventKind.TROOP_DEPLOYMENT)));
            window.session().setCompressQuietPeriods(false);
            window.session().setWindow(w);
            window.marks().saveView("Brief for Monday");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WorkspaceReader.Result r = Files.exists(Workspace.beside(data))
                    ? new WorkspaceReader().read(Workspace.beside(data)) : null;
            return r != null && !r.failed() && r.workspace().view("Brief for Monday") != null
                    && r.workspace().marks().get("shoigu-meets-kim-march-2025") != null;
        });
        // Look elsewhere, then show the view again, as the analyst would before exporting it.
        interact(() -> {
            window.session().setLaneMode(LaneMode.ACTOR);
            window.session().setFilter(io.annalist.model.EventFilter.NONE);
            window.marks().restore(window.marks().workspace().view("Brief for Monday"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(w, window.session().getView().window());

        int[] heights = new int[2];
        for (boolean starred : new boolean[]{false, true}) {
            BufferedImage fromWindow = null;
            BufferedImage cli = null;
            // The footer gives the minute of the export: draw both within one minute.
            for (int attempt = 0; attempt < 3; attempt++) {
                Instant before = Instant.now().truncatedTo(ChronoUnit.MINUTES);
                fromWindow = fromTheWindow(dir.resolve("window.png"), starred);
                cli = fromTheCommandLine(data, "brief for monday", dir.resolve("cli.png"), starred);
                if (before.equals(Instant.now().truncatedTo(ChronoUnit.MINUTES))) {
                    break;
                }
            }
            String how = starred ? " (starred events numbered and listed)" : "";
            assertEquals(fromWindow.getWidth(), cli.getWidth());
            assertEquals(fromWindow.getHeight(), cli.getHeight(), "as tall" + how);
            assertEquals(0, differing(fromWindow, cli), "the same pixels" + how);
            heights[starred ? 1 : 0] = cli.getHeight();
        }
        assertTrue(heights[1] > heights[0], "the list of the two starred events is under the picture");
    }
}
