package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.annalist.export.BriefPages;
import io.annalist.export.ExportFormat;
import io.annalist.model.PartialDate;
import io.annalist.timeline.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Export snapshot proposes a file name after what the view shows: its time and the saved view's name. */
@org.junit.jupiter.api.Tag("toolkit")
class SnapshotNameWindowTest extends WindowTestBase {
    @TempDir
    Path dir;

    private static ExportDialog.Choice choice(boolean wholeRange, ExportFormat format, ExportDialog.Picture picture) {
        return new ExportDialog.Choice(wholeRange, null, null, 1, "Brief", true, true, true, true, true, true, false,
                true, Set.of(), true, format, new BriefPages.Format(BriefPages.Paper.A4, false),
                picture);
    }

    private String proposed(boolean wholeRange, ExportFormat format) throws Exception {
        return proposed(wholeRange, format, ExportDialog.Picture.TIMELINE);
    }

    private String proposed(boolean wholeRange, ExportFormat format, ExportDialog.Picture picture) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.snapshots().proposedName(choice(wholeRange, format, picture)))
                .get(5, TimeUnit.SECONDS);
    }

    private static TimeWindow between(String from, String to) {
        return new TimeWindow(PartialDate.parse(from).start(), PartialDate.parse(to).end());
    }

    @Test
    void theNameIsTheViewsTimeNotTheWholeFilesAndNamesTheSavedViewShown() throws Exception {
        WindowWaits.openCopyOfDefault(window, dir);
        interact(() -> window.session().setWindow(between("2024-06", "2024-09")));
        assertEquals("russia-north-korea-military-cooperation-2024-06-to-2024-09.png",
                proposed(false, ExportFormat.PNG));
        assertEquals("russia-north-korea-military-cooperation-2024-06-to-2024-09-map.png",
                proposed(false, ExportFormat.PNG, ExportDialog.Picture.MAP));
        assertEquals("russia-north-korea-military-cooperation-2018-2025.pdf", proposed(true, ExportFormat.PDF),
                "the whole filtered range: the first and last events' years");

        interact(() -> {
            window.session().setWindow(between("2018", "2019"));
            window.marks().saveView("Summits");
            window.session().setWindow(between("2023", "2024"));
        });
        assertEquals("russia-north-korea-military-cooperation-2023-2024.svg", proposed(false, ExportFormat.SVG));
        interact(() -> window.marks().restore(window.marks().workspace().view("Summits")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("russia-north-korea-military-cooperation-summits-2018-2019.png",
                proposed(false, ExportFormat.PNG));
        interact(() -> window.session().setWindow(between("2018-03", "2019-06")));
        String moved = proposed(false, ExportFormat.PNG);
        assertEquals(false, moved.contains("summits"), "moved away, the view is no longer the saved one: " + moved);
    }
}
