package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The details' header in a window 1024 pixels wide: every button keeps its words or shows an
 * icon with a tooltip — none is cut to "…", none runs past the pane — and a wide window gives
 * Previous and Next their words back.
 */
@org.junit.jupiter.api.Tag("toolkit")
class NarrowDetailsTest extends WindowTestBase {
    private void size(double w, double h) throws Exception {
        interact(() -> {
            window.stage().setWidth(w);
            window.stage().setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Two pulses: the header decides between words and arrows in its layout, then lays out again.
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Labeled> buttons() {
        Region header = lookup("#detailHeader").query();
        return header.getChildrenUnmodifiable().stream().filter(n -> n instanceof Labeled && n.isVisible())
                .map(n -> (Labeled) n).toList();
    }

    /** What the button shows: its text as drawn, "…" where it was cut. */
    private static String shown(Labeled b) {
        Node t = b.lookup(".text");
        return t instanceof Text text ? text.getText() : "";
    }

    private void assertWhole() {
        Region header = lookup("#detailHeader").query();
        Bounds pane = lookup("#detailPane").query().localToScene(lookup("#detailPane").query().getLayoutBounds());
        List<Labeled> all = buttons();
        assertEquals(6, all.size(), "Previous, Next, the star, ±, Edit and Copy");
        for (Labeled b : all) {
            assertEquals(b.getText(), shown(b), "cut: " + b.getId());
            assertFalse(shown(b).contains("…"), b.getId());
            assertTrue(b.getText().length() > 3 || b.getTooltip() != null, "an icon says what it does: " + b.getId());
            Bounds at = b.localToScene(b.getLayoutBounds());
            assertTrue(at.getMaxX() <= pane.getMaxX() + 0.5, b.getText() + " runs past the pane: " + at + " " + pane);
        }
        assertNotNull(header);
    }

    @Test
    void atTheNarrowestWidthNoButtonIsCutAndAWideWindowHasTheWords() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
        size(1024, 700);
        interact(() -> window.timeline().setSelectedEvent(window.store().allEvents().get(1)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !buttons().get(0).isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole();

        // A wide window, the details dragged wider: the words come back.
        size(1600, 1000);
        interact(() -> {
            Node pane = lookup("#detailPane").query();
            Node p = pane.getParent();
            while (!(p instanceof javafx.scene.control.SplitPane)) {
                p = p.getParent();
            }
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) p;
            split.setDividerPosition(split.getDividers().size() - 1, 1 - 480 / split.getWidth());
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertWhole();
        Region hd = lookup("#detailHeader").query();
        assertEquals("◀ Previous", lookup("#detailPrevious").queryLabeled().getText(), "width " + hd.getWidth() + " pref "
                + hd.prefWidth(-1) + " stage " + window.stage().getWidth());
        assertEquals("Next ▶", lookup("#detailNext").queryLabeled().getText());
    }
}
