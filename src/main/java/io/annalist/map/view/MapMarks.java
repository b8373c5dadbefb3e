package io.annalist.map.view;

import io.annalist.draw.Surface;
import io.annalist.map.Clusters;
import io.annalist.model.EventKind;
import io.annalist.timeline.MarkerShape;
import io.annalist.timeline.Palette;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The marks of events on the map, the same on the map and in its legend: an event's own mark
 * (its kind's shape and colour, hollow in a dotted ring where its place is only an area), a
 * group's count, and a computed landing point at the end of a dashed line.
 */
final class MapMarks {
    private MapMarks() {
    }

    /** A group of events in one cell: a circle with their count, dashed when each is placed only by an area. */
    static void drawGroup(Surface gc, Clusters c, int g, Palette p, boolean wholeRange) {
        int count = c.groupCount(g);
        int mask = c.groupKinds(g);
        Color colour = Integer.bitCount(mask) == 1 ? p.kind(EventKind.values()[Integer.numberOfTrailingZeros(mask)])
                : p.clusterFill();
        double alpha = wholeRange && c.groupInWindow(g) == 0 ? 0.35 : 1;
        double r = c.groupRadius(g);
        double x = c.groupX(g);
        double y = c.groupY(g);
        String label = count >= 10_000 ? (count / 1000) + "k" : Integer.toString(count);
        gc.setLineWidth(1.5);
        if (c.groupHollow(g)) {
            // Every event here is placed only by an area: an outline, as for a single one.
            gc.setFill(p.background().deriveColor(0, 1, 1, 0.85 * alpha));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(colour.deriveColor(0, 1, 1, alpha));
            gc.setLineDashes(3, 2);
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setLineDashes();
            gc.setFill(colour.deriveColor(0, 1, 1, alpha));
        } else {
            gc.setFill(colour.deriveColor(0, 1, 1, 0.9 * alpha));
            gc.fillOval(x - r, y - r, 2 * r, 2 * r);
            gc.setStroke(p.background().deriveColor(0, 1, 1, alpha));
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            gc.setFill(p.clusterText().deriveColor(0, 1, 1, alpha));
            if (Integer.bitCount(mask) == 1) {
                gc.setFill(Color.WHITE.deriveColor(0, 1, 1, alpha));
            }
        }
        Font small = Font.font(p.font().getFamily(), FontWeight.BOLD, Math.max(9, p.font().getSize() - 1));
        gc.setFont(small);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(label, x, y);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(p.font());
    }

    /** An event's own mark: filled at exact coordinates; hollow inside a dotted ring where the place is an area. */
    static void drawMark(Surface gc, EventKind kind, double x, double y, boolean area, Color c, boolean faded) {
        double a = faded ? 0.35 : 1;
        gc.setLineWidth(1.5);
        gc.setStroke(c.darker().deriveColor(0, 1, 1, a));
        gc.setFill(c.deriveColor(0, 1, 1, a));
        if (area) {
            gc.setStroke(c.deriveColor(0, 1, 1, a));
            MarkerShape.of(kind).draw(gc, x, y, MapPainter.MARK_R, true);
            gc.setLineWidth(1);
            gc.setLineDashes(2, 2);
            gc.strokeOval(x - MapPainter.MARK_R - 4, y - MapPainter.MARK_R - 4, 2 * MapPainter.MARK_R + 8, 2 * MapPainter.MARK_R + 8);
            gc.setLineDashes();
        } else {
            MarkerShape.of(kind).draw(gc, x, y, MapPainter.MARK_R, false);
        }
    }

    /** The computed landing point: a dashed line from the site to a hollow mark. */
    static void drawLanding(Surface gc, double x, double y, double lx, double ly, Color c, boolean faded) {
        double a = faded ? 0.3 : 0.85;
        gc.setStroke(c.deriveColor(0, 1, 1, a));
        gc.setLineWidth(1.2);
        gc.setLineDashes(5, 4);
        gc.strokeLine(x, y, lx, ly);
        gc.setLineDashes();
        gc.setLineWidth(1.5);
        MarkerShape.DIAMOND.draw(gc, lx, ly, MapPainter.MARK_R - 1, true);
    }
}
