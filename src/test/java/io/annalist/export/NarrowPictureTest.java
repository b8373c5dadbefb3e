package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.annalist.draw.TextRecorder;
import io.annalist.io.EventFileReader;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;
import io.annalist.workspace.BundledData;
import javafx.scene.text.TextAlignment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A narrow picture (a window exported as on screen on a small screen) wraps every line of its
 * title, caption and footer to its width: the headings of the notes too, so no word runs off
 * the picture's right edge.
 */
@org.junit.jupiter.api.Tag("toolkit")
class NarrowPictureTest {
    private static Palette palette;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        palette = HeadlessFx.call(() -> Palettes.fromCss(false));
    }

    /** A text drawn outside the timeline (the header and the footer), with where it ends on the right. */
    private record Line(String text, double right) {
    }

    private static List<Line> linesOf(BundledData which, int width, int height) throws Exception {
        Dataset d = which.load(new EventFileReader()).dataset();
        EventStore store = new EventStore(Integer.MAX_VALUE);
        store.setDataset(d);
        List<Event> events = List.copyOf(store.filteredEvents());
        SnapshotSpec spec = SnapshotSpecBuilder.of(d, events, EventFilter.NONE, store.actorNames())
                .wholeRange(null, null, null).size(width, height, 1).build();
        return HeadlessFx.call(() -> {
            SnapshotRenderer r = SnapshotRenderer.fitted(spec, Lanes.build(events, spec.lanes(), store.actorNames()),
                    palette);
            TextRecorder s = new TextRecorder();
            r.paint(s);
            // The texts outside the timeline's translated frame, left-aligned: the header's and the footer's.
            return s.texts.stream().filter(t -> !t.translated() && t.align() == TextAlignment.LEFT)
                    .map(t -> new Line(t.text(), t.right())).toList();
        });
    }

    @Test
    void noLineOfTheTitleCaptionOrFooterRunsOffANarrowPicture() throws Exception {
        boolean bothHeadings = false;
        int checked = 0;
        for (BundledData which : BundledData.all()) {
            for (int width = 300; width <= 500; width += 20) {
                for (int height : new int[]{330, SnapshotSpec.AUTO_HEIGHT}) {
                    for (Line l : linesOf(which, width, height)) {
                        checked++;
                        assertTrue(l.right() <= width, which + " at " + width + " px wide: \"" + l.text()
                                + "\" ends at " + Math.round(l.right()));
                        bothHeadings |= l.text().startsWith("Titles in full: by number");
                    }
                }
            }
        }
        assertTrue(checked > 100, "lines checked: " + checked);
        assertTrue(bothHeadings, "a picture with titles both shortened and left out, whose notes' heading is long");
    }
}
