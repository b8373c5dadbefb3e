package io.annalist.timeline;

import io.annalist.draw.Surface;
import javafx.scene.paint.Color;

/**
 * The star an analyst put on an event, drawn at the upper right of the event's mark: a
 * five-pointed star in the title colour, outlined in the background colour so that it stands
 * out from the mark beneath it on either theme. The screen and every export draw it alike.
 */
final class StarMark {
    /** Outer radius of the star. */
    static final double R = 4.5;

    private StarMark() {
    }

    /** Draws the star for a mark centred at ({@code x}, {@code y}) of radius {@code markR}. */
    static void draw(Surface gc, double x, double y, double markR, Color fill, Color outline) {
        double cx = x + markR * 0.85;
        double cy = y - markR * 0.85;
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? R : R * 0.45;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            xs[i] = cx + r * Math.cos(a);
            ys[i] = cy + r * Math.sin(a);
        }
        gc.setLineWidth(1.2);
        gc.setStroke(outline);
        gc.strokePolygon(xs, ys, 10);
        gc.setFill(fill);
        gc.fillPolygon(xs, ys, 10);
    }
}
