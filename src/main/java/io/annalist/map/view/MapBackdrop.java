package io.annalist.map.view;

import java.util.List;

import io.annalist.draw.Surface;
import io.annalist.map.Country;
import io.annalist.map.MapOutlines;
import io.annalist.map.MapScale;
import io.annalist.map.Mercator;
import io.annalist.map.PlaceFilter;
import io.annalist.map.Placement;
import javafx.scene.shape.FillRule;

/**
 * What a map frame draws under its events: the grid of parallels and meridians, the countries
 * (repeated east and west where the world wraps), the selected event's country when the event
 * is placed only by it, and the Place filter's region. Work grows with the outlines on screen.
 */
final class MapBackdrop {
    private MapBackdrop() {
    }

    static void graticule(Surface gc, MapScale s, MapPalette mp) {
        double spanLon = s.spanX() * 360;
        double step = 30;
        for (double cand : new double[]{1, 2, 5, 10, 15, 30}) {
            if (spanLon / cand <= 9) {
                step = cand;
                break;
            }
        }
        gc.setStroke(mp.graticule());
        gc.setLineWidth(1);
        // Longitudes from the left edge on, past ±180° where the view crosses the seam or the world repeats.
        double lonLeft = s.left() * 360 - 180;
        double startLon = Math.ceil(lonLeft / step) * step;
        for (double lon = startLon; lon <= lonLeft + spanLon; lon += step) {
            double x = Math.floor((Mercator.x(lon) - s.left()) * s.pixelsPerUnit()) + 0.5;
            gc.strokeLine(x, 0, x, s.height());
        }
        for (double lat = -80; lat <= 80; lat += step) {
            double y = Math.floor(s.screenY(Mercator.y(lat))) + 0.5;
            if (y >= 0 && y <= s.height()) {
                gc.strokeLine(0, y, s.width(), y);
            }
        }
    }

    static void countries(Surface gc, MapPaintRequest r, MapScale s, MapPalette mp) {
        MapOutlines o = r.outlines();
        int level = MapOutlines.levelFor(s.pixelsPerUnit());
        double left = s.left();
        double top = s.top();
        double right = left + s.spanX();
        double bottom = top + s.spanY();
        double ppu = s.pixelsPerUnit();
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(mp.land());
        gc.setStroke(mp.border());
        gc.setLineWidth(0.8);
        List<MapOutlines.Shape> shapes = o.shapes();
        for (int i = 0; i < shapes.size(); i++) {
            MapOutlines.Shape sh = shapes.get(i);
            if (sh.maxY() < top || sh.minY() > bottom) {
                continue;
            }
            for (int k = (int) Math.floor(left) - 1; k <= (int) Math.ceil(right); k++) {
                if (sh.maxX() + k < left || sh.minX() + k > right) {
                    continue;
                }
                gc.beginPath();
                for (float[] ring : o.rings(i, level)) {
                    double ox = (k - left) * ppu;
                    gc.moveTo(ox + ring[0] * ppu, (ring[1] - top) * ppu);
                    for (int j = 2; j < ring.length; j += 2) {
                        gc.lineTo(ox + ring[j] * ppu, (ring[j + 1] - top) * ppu);
                    }
                    gc.closePath();
                }
                gc.fill();
                gc.stroke();
            }
        }
        gc.setFillRule(FillRule.NON_ZERO);
    }

    /** The selected event's country, tinted, when the event is placed only by that country. */
    static void highlightArea(Surface gc, MapPaintRequest r, MapScale s, MapPalette mp) {
        if (r.selected() == null) {
            return;
        }
        Placement pl = Placement.of(r.selected(), r.map());
        Country c = pl.country();
        if (pl.kind() != Placement.Kind.AREA || c == null) {
            return;
        }
        int index = r.map().countries().indexOf(c);
        MapOutlines o = r.outlines();
        int level = MapOutlines.levelFor(s.pixelsPerUnit());
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(mp.base().selection().deriveColor(0, 1, 1, 0.22));
        for (int i = 0; i < o.shapes().size(); i++) {
            if (o.shapes().get(i).country() != index) {
                continue;
            }
            for (int k = (int) Math.floor(s.left()) - 1; k <= (int) Math.ceil(s.left() + s.spanX()); k++) {
                gc.beginPath();
                for (float[] ring : o.rings(i, level)) {
                    double ox = (k - s.left()) * s.pixelsPerUnit();
                    gc.moveTo(ox + ring[0] * s.pixelsPerUnit(), (ring[1] - s.top()) * s.pixelsPerUnit());
                    for (int j = 2; j < ring.length; j += 2) {
                        gc.lineTo(ox + ring[j] * s.pixelsPerUnit(), (ring[j + 1] - s.top()) * s.pixelsPerUnit());
                    }
                    gc.closePath();
                }
                gc.fill();
            }
        }
        gc.setFillRule(FillRule.NON_ZERO);
    }

    /** The Place filter's outline, dashed, over a light tint. */
    static void region(Surface gc, PlaceFilter f, MapScale s, MapPalette mp) {
        if (f == null) {
            return;
        }
        double[] lats = f.lats();
        double[] lons = f.lons();
        double x0 = s.screenX(Mercator.x(lons[0]));
        gc.beginPath();
        for (int i = 0; i < lats.length; i++) {
            double x = x0 + (Mercator.x(lons[i]) - Mercator.x(lons[0])) * s.pixelsPerUnit();
            double y = s.screenY(Mercator.y(lats[i]));
            if (i == 0) {
                gc.moveTo(x, y);
            } else {
                gc.lineTo(x, y);
            }
        }
        gc.closePath();
        gc.setFill(mp.region().deriveColor(0, 1, 1, 0.10));
        gc.fill();
        gc.setStroke(mp.region());
        gc.setLineWidth(1.5);
        gc.setLineDashes(6, 4);
        gc.stroke();
        gc.setLineDashes();
    }
}
