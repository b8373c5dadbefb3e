package io.annalist.timeline;

import io.annalist.draw.FxSurface;
import io.annalist.draw.Surface;
import io.annalist.model.EventKind;
import javafx.scene.canvas.GraphicsContext;

/** The mark of each kind of event, so kinds differ by shape as well as by colour. */
public enum MarkerShape {
    CIRCLE, HEXAGON, SQUARE, RING, TRIANGLE_UP, DIAMOND, TRIANGLE_DOWN, STAR, CROSS;

    public static MarkerShape of(EventKind kind) {
        return switch (kind) {
            case VISIT -> CIRCLE;
            case MEETING -> HEXAGON;
            case AGREEMENT -> SQUARE;
            case STATEMENT -> RING;
            case TROOP_DEPLOYMENT -> TRIANGLE_UP;
            case MISSILE_TEST -> DIAMOND;
            case MILITARY_EXERCISE -> TRIANGLE_DOWN;
            case CLASH -> STAR;
            case OTHER -> CROSS;
        };
    }

    /** As {@link #draw(Surface, double, double, double, boolean)}, on a canvas. FX thread. */
    public void draw(GraphicsContext gc, double x, double y, double r, boolean hollow) {
        draw(new FxSurface(gc), x, y, r, hollow);
    }

    /**
     * Draws the mark centred at (x, y) with radius r, filled with the current fill unless
     * {@code hollow}, outlined with the current stroke.
     */
    public void draw(Surface gc, double x, double y, double r, boolean hollow) {
        switch (this) {
            case CIRCLE -> {
                if (!hollow) {
                    gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                }
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case RING -> {
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                gc.strokeOval(x - r * 0.45, y - r * 0.45, r * 0.9, r * 0.9);
            }
            case SQUARE -> {
                double s = r * 0.9;
                if (!hollow) {
                    gc.fillRect(x - s, y - s, 2 * s, 2 * s);
                }
                gc.strokeRect(x - s, y - s, 2 * s, 2 * s);
            }
            case CROSS -> {
                double s = r * 0.8;
                gc.strokeLine(x - s, y - s, x + s, y + s);
                gc.strokeLine(x - s, y + s, x + s, y - s);
            }
            default -> polygon(gc, x, y, r, hollow);
        }
    }

    private void polygon(Surface gc, double x, double y, double r, boolean hollow) {
        double[] xs;
        double[] ys;
        switch (this) {
            case DIAMOND -> {
                xs = new double[]{x, x + r, x, x - r};
                ys = new double[]{y - r * 1.15, y, y + r * 1.15, y};
            }
            case TRIANGLE_UP -> {
                xs = new double[]{x, x + r * 1.1, x - r * 1.1};
                ys = new double[]{y - r * 1.1, y + r * 0.85, y + r * 0.85};
            }
            case TRIANGLE_DOWN -> {
                xs = new double[]{x - r * 1.1, x + r * 1.1, x};
                ys = new double[]{y - r * 0.85, y - r * 0.85, y + r * 1.1};
            }
            case STAR -> {
                // A four-pointed burst: a clash.
                xs = new double[8];
                ys = new double[8];
                for (int i = 0; i < 8; i++) {
                    double a = Math.PI / 4 * i - Math.PI / 2;
                    double len = i % 2 == 0 ? r * 1.25 : r * 0.5;
                    xs[i] = x + len * Math.cos(a);
                    ys[i] = y + len * Math.sin(a);
                }
            }
            default -> {
                xs = new double[6];
                ys = new double[6];
                for (int i = 0; i < 6; i++) {
                    double a = Math.PI / 3 * i;
                    xs[i] = x + r * Math.cos(a);
                    ys[i] = y + r * Math.sin(a);
                }
            }
        }
        if (!hollow) {
            gc.fillPolygon(xs, ys, xs.length);
        }
        gc.strokePolygon(xs, ys, xs.length);
    }
}
