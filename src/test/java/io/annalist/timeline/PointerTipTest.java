package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class PointerTipTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1600, 1000);

    @Test
    void belowAndRightOfThePointerWhereThereIsRoom() {
        assertEquals(new Point2D(114, 214), PointerTip.place(SCREEN, 100, 200, 300, 200));
    }

    @Test
    void aboveThePointerNearTheFootOfTheScreen() {
        // A badge's list of twenty titles, hovered near the bottom: it goes up, its foot just above the pointer.
        assertEquals(new Point2D(114, 950 - 14 - 400), PointerTip.place(SCREEN, 100, 950, 300, 400));
    }

    @Test
    void leftOfThePointerNearTheRightEdge() {
        assertEquals(new Point2D(1500 - 14 - 420, 214), PointerTip.place(SCREEN, 1500, 200, 420, 100));
    }

    @Test
    void neverBeyondTheTopOrTheLeftOfTheScreen() {
        // Taller than the room above and below the pointer: from the top, as much of it shown as the screen holds.
        assertEquals(new Point2D(214, 0), PointerTip.place(SCREEN, 200, 500, 420, 900));
        assertEquals(new Point2D(0, 214), PointerTip.place(SCREEN, 10, 200, 1590, 100));
    }
}
