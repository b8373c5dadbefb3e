package io.annalist.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.annalist.export.HeadlessFx;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A clip keeps exactly its rectangle, on whole device pixels, also when it starts above or left
 * of the canvas — as the timeline's clip does in every tile of a tall export but the first.
 */
@Tag("toolkit")
class FxSurfaceClipTest {
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    /** Fills the whole canvas red through a clip of x 10–30, y 40–70 drawn at 2× shifted up 100 px. */
    private static PixelReader drawn(double x, double y, double w, double h) throws Exception {
        return HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(100, 100);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setTransform(2, 0, 0, 2, 0, -100);
            FxSurface surface = new FxSurface(gc);
            surface.save();
            surface.clipRect(x, y, w, h);
            surface.setFill(Color.RED);
            surface.fillRect(0, 0, 100, 200);
            surface.restore();
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            return canvas.snapshot(p, null).getPixelReader();
        });
    }

    private static boolean red(PixelReader r, int x, int y) {
        return r.getColor(x, y).getRed() > 0.9 && r.getColor(x, y).getGreen() < 0.1;
    }

    @Test
    void aClipStartingAboveTheCanvasKeepsItsRectangleInside() throws Exception {
        PixelReader r = drawn(10, 40, 20, 30); // device x 20–60, y -20–40
        assertEquals(true, red(r, 20, 0));
        assertEquals(true, red(r, 59, 39));
        assertEquals(false, red(r, 19, 10));
        assertEquals(false, red(r, 60, 10));
        assertEquals(false, red(r, 30, 40));
    }

    @Test
    void aClipOnFractionsOfAPixelKeepsTheNearestWholePixels() throws Exception {
        PixelReader r = drawn(10.2, 60.3, 20.1, 10.1); // device x 20.4–60.6, y 20.6–40.8
        assertEquals(true, red(r, 20, 21));
        assertEquals(true, red(r, 60, 40));
        assertEquals(false, red(r, 19, 30));
        assertEquals(false, red(r, 61, 30));
        assertEquals(false, red(r, 30, 20));
        assertEquals(false, red(r, 30, 41));
    }

    @Test
    void aClipWhollyOutsideTheCanvasLeavesItEmpty() throws Exception {
        PixelReader r = drawn(10, 0, 20, 30); // device y -100 – -40
        for (int y = 0; y < 100; y += 9) {
            for (int x = 0; x < 100; x += 9) {
                assertEquals(false, red(r, x, y), x + "," + y);
            }
        }
    }

    @Test
    void aTileMaySkipWhatFallsOutsideItAndAWholeCanvasNothing() throws Exception {
        boolean[] said = HeadlessFx.call(() -> {
            Canvas canvas = new Canvas(100, 100);
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setTransform(2, 0, 0, 2, 0, -100); // the second tile of a picture 200 units tall at 2x
            FxSurface tile = FxSurface.tile(gc);
            return new boolean[]{tile.mayShow(0, 0, 100, 40), tile.mayShow(0, 60, 100, 10),
                    tile.mayShow(0, 110, 100, 10), new FxSurface(gc).mayShow(0, 0, 100, 40)};
        });
        assertEquals(false, said[0], "above the tile");
        assertEquals(true, said[1], "in it");
        assertEquals(false, said[2], "below it");
        assertEquals(true, said[3], "a whole canvas skips nothing");
    }
}
