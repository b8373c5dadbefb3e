package io.annalist.map.view;

import io.annalist.draw.Surface;
import io.annalist.map.MapScale;
import io.annalist.timeline.Palette;
import javafx.scene.text.Font;

/**
 * The map's scale bar: a round distance (1, 2 or 5 times a power of ten, about 120 pixels
 * long) at the map's middle latitude, where Mercator's scale is read.
 */
final class ScaleBar {
    private final MapText text = new MapText();

    private static final double[] NICE = {1, 2, 5};

    /** The room the scale bar takes above the bottom of the map. */
    static double height(Font font) {
        return font.getSize() + 28;
    }

    /** Draws the bar at the bottom left, its bottom at {@code bottom}: a round distance and the latitude it holds at. */
    void draw(Surface gc, MapScale s, Palette p, double bottom) {
        double kmPerPx = s.kmPerPixel();
        double target = 120 * kmPerPx;
        double pow = Math.pow(10, Math.floor(Math.log10(target)));
        double km = pow;
        for (double n : NICE) {
            if (n * pow <= target) {
                km = n * pow;
            }
        }
        double len = km / kmPerPx;
        double lat = s.latAt(s.height() / 2);
        String label = (km >= 1 ? String.format("%,.0f km", km) : String.format("%,.0f m", km * 1000))
                + String.format(" (at %.0f° %s)", Math.abs(lat), lat >= 0 ? "N" : "S");
        double x = 12;
        double y = bottom - 14;
        double w = Math.max(len, text.width(label, p.font())) + 12;
        gc.setFill(p.background().deriveColor(0, 1, 1, 0.8));
        gc.fillRoundRect(x - 6, y - p.font().getSize() - 10, w, p.font().getSize() + 20, 6, 6);
        gc.setStroke(p.text());
        gc.setLineWidth(2);
        gc.strokeLine(x, y, x + len, y);
        gc.strokeLine(x, y - 4, x, y + 4);
        gc.strokeLine(x + len, y - 4, x + len, y + 4);
        gc.setFill(p.text());
        gc.setFont(p.font());
        gc.fillText(label, x, y - p.font().getSize() / 2 - 4);
    }
}
