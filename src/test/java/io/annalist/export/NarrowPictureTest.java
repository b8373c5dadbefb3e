package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.annalist.draw.Nowhere;
import io.annalist.io.EventFileReader;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;
import io.annalist.workspace.BundledData;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
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

    /** Keeps the texts drawn outside the timeline's translated frame, measured in the font they are drawn in. */
    private static final class Lines extends Nowhere {
        final List<Line> lines = new ArrayList<>();
        private final Deque<Integer> saved = new ArrayDeque<>();
        private int moved;
        private Font font;
        private TextAlignment align = TextAlignment.LEFT;

        @Override
        public void save() {
            saved.push(moved);
        }

        @Override
        public void restore() {
            moved = saved.isEmpty() ? 0 : saved.pop();
        }

        @Override
        public void translate(double x, double y) {
            moved++;
        }

        @Override
        public void setFont(Font f) {
            font = f;
        }

        @Override
        public void setTextAlign(TextAlignment a) {
            align = a;
        }

        @Override
        public void fillText(String text, double x, double y) {
            if (moved == 0 && align == TextAlignment.LEFT) {
                Text t = new Text(text);
                t.setFont(font);
                lines.add(new Line(text, x + t.getLayoutBounds().getWidth()));
            }
        }
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
            Lines s = new Lines();
            r.paint(s);
            return s.lines;
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
