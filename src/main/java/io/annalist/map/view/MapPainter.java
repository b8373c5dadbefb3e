package io.annalist.map.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.annalist.draw.FxSurface;
import io.annalist.draw.Surface;
import io.annalist.map.Clusters;
import io.annalist.map.Country;
import io.annalist.map.MapOutlines;
import io.annalist.map.MapScale;
import io.annalist.map.Mercator;
import io.annalist.map.PlaceFilter;
import io.annalist.map.PlacedEvents;
import io.annalist.map.Placement;
import io.annalist.model.EventKind;
import io.annalist.timeline.MarkerShape;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimelinePainter;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws one map frame onto a {@link Surface}: water, a grid of parallels and
 * meridians, the countries, the Place filter's region, the events — each alone with its kind's
 * shape and colour (filled at exact coordinates, hollow and ringed where the place is only an
 * area), or as a count where several share a cell — the computed landing points of missile
 * tests (dashed, hollow), the selection, a note of what is not on the map, the scale bar and
 * the legend. The window's canvas and the PNG export both use it. Work grows with the
 * outlines on screen and, for the events, with one pass over those of the time window. Call on
 * the thread that owns the surface.
 */
public final class MapPainter {
    public static final double MARK_R = TimelinePainter.MARKER_R;
    /** Cell size for grouping, in pixels. */
    public static final double CELL_PX = 44;
    static final String COMPUTED = "computed from range and bearing";
    /** Up to this many computed landing points are drawn even where their sites are counted in a group. */
    static final int MAX_LANDINGS = 600;

    private final Text probe = new Text();

    /** Draws the frame {@code r} describes on a canvas and returns what it drew. FX thread. */
    public MapFrame paint(GraphicsContext gc, MapPaintRequest r) {
        return paint(new FxSurface(gc), r);
    }

    /** Draws the frame {@code r} describes and returns what it drew. */
    public MapFrame paint(Surface gc, MapPaintRequest r) {
        MapPalette mp = r.palette();
        Palette p = mp.base();
        MapScale s = r.scale();
        gc.save();
        gc.setFont(p.font());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(mp.water());
        gc.fillRect(0, 0, r.width(), r.height());
        graticule(gc, s, mp);
        countries(gc, r, s, mp);
        highlightArea(gc, r, s, mp);
        region(gc, r.region(), s, mp);
        Clusters c = r.events().cluster(s, r.t0(), r.t1(), r.wholeRange(), CELL_PX);
        List<MapFrame.Hit> hits = new ArrayList<>();
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        boolean[] seen = new boolean[3];
        events(gc, r, c, hits, kinds, seen);
        selection(gc, r, s, hits);
        double legendH = r.legend() ? legendHeight(r, kinds, seen) : 0;
        double mapBottom = r.height() - legendH;
        notes(gc, r, c, p);
        scaleBar(gc, s, p, mapBottom);
        if (r.legend()) {
            legend(gc, r, kinds, seen, mapBottom, legendH);
        }
        gc.restore();
        return new MapFrame(s, c, hits, mapBottom);
    }

    private static void graticule(Surface gc, MapScale s, MapPalette mp) {
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
        double lonLeft = Mercator.lon(s.left());
        double startLon = Math.ceil(lonLeft / step) * step;
        for (double lon = startLon; lon <= lonLeft + spanLon; lon += step) {
            double x = Math.floor(s.screenX(Mercator.x(lon))) + 0.5;
            gc.strokeLine(x, 0, x, s.height());
        }
        for (double lat = -80; lat <= 80; lat += step) {
            double y = Math.floor(s.screenY(Mercator.y(lat))) + 0.5;
            if (y >= 0 && y <= s.height()) {
                gc.strokeLine(0, y, s.width(), y);
            }
        }
    }

    private static void countries(Surface gc, MapPaintRequest r, MapScale s, MapPalette mp) {
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
            for (int k = -1; k <= 1; k++) {
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
    private static void highlightArea(Surface gc, MapPaintRequest r, MapScale s, MapPalette mp) {
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
            for (int k = -1; k <= 1; k++) {
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

    private void events(Surface gc, MapPaintRequest r, Clusters c, List<MapFrame.Hit> hits,
                        Set<EventKind> kinds, boolean[] seen) {
        Palette p = r.palette().base();
        PlacedEvents ev = r.events();
        MapScale s = r.scale();
        EventKind[] all = EventKind.values();
        // A few hundred computed landing points are drawn whatever their sites are grouped in; beyond that only
        // those of the events drawn alone (and of the selection), so a frame stays bounded.
        boolean everyLanding = ev.landings() <= MAX_LANDINGS;
        if (everyLanding) {
            for (int k = 0; k < ev.landings(); k++) {
                int pos = ev.landingEvent(k);
                boolean inside = ev.start(pos) < r.t1() && ev.end(pos) > r.t0();
                if (!inside && !r.wholeRange()) {
                    continue;
                }
                double x = s.screenX(ev.x(pos));
                double y = s.screenY(ev.y(pos));
                double lx = x + wrapDx(ev.landingX(k) - ev.x(pos)) * s.pixelsPerUnit();
                double ly = s.screenY(ev.landingY(k));
                if (Math.max(x, lx) < 0 || Math.min(x, lx) > s.width() || Math.max(y, ly) < 0
                        || Math.min(y, ly) > s.height()) {
                    continue;
                }
                seen[1] = true;
                drawLanding(gc, x, y, lx, ly, p.kind(all[ev.kindOrdinal(pos)]), !inside);
                hits.add(new MapFrame.Hit(lx, ly, MARK_R + 2, pos, -1, true));
            }
        }
        for (int g = 0; g < c.groups(); g++) {
            int mask = c.groupKinds(g);
            for (EventKind k : all) {
                if ((mask & (1 << k.ordinal())) != 0) {
                    kinds.add(k);
                }
            }
            seen[2] = true;
            drawGroup(gc, c, g, p, r.wholeRange());
            hits.add(new MapFrame.Hit(c.groupX(g), c.groupY(g), c.groupRadius(g), -1, g, false));
        }
        for (int i = 0; i < c.singles(); i++) {
            int pos = c.singlePosition(i);
            double x = c.singleX(i);
            double y = c.singleY(i);
            EventKind kind = all[ev.kindOrdinal(pos)];
            kinds.add(kind);
            boolean faded = r.wholeRange() && !(ev.start(pos) < r.t1() && ev.end(pos) > r.t0());
            int land = everyLanding ? -1 : ev.landing(pos);
            if (land >= 0) {
                seen[1] = true;
                double lx = x + wrapDx(ev.landingX(land) - ev.x(pos)) * s.pixelsPerUnit();
                double ly = s.screenY(ev.landingY(land));
                drawLanding(gc, x, y, lx, ly, p.kind(kind), faded);
                hits.add(new MapFrame.Hit(lx, ly, MARK_R + 2, pos, -1, true));
            }
            boolean area = ev.area(pos);
            seen[0] |= area;
            drawMark(gc, kind, x, y, area, p.kind(kind), faded);
            hits.add(new MapFrame.Hit(x, y, MARK_R + 2, pos, -1, false));
        }
    }

    private static double wrapDx(double dx) {
        return dx - Math.floor(dx + 0.5);
    }

    private void drawGroup(Surface gc, Clusters c, int g, Palette p, boolean wholeRange) {
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
            MarkerShape.of(kind).draw(gc, x, y, MARK_R, true);
            gc.setLineWidth(1);
            gc.setLineDashes(2, 2);
            gc.strokeOval(x - MARK_R - 4, y - MARK_R - 4, 2 * MARK_R + 8, 2 * MARK_R + 8);
            gc.setLineDashes();
        } else {
            MarkerShape.of(kind).draw(gc, x, y, MARK_R, false);
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
        MarkerShape.DIAMOND.draw(gc, lx, ly, MARK_R - 1, true);
    }

    private void selection(Surface gc, MapPaintRequest r, MapScale s, List<MapFrame.Hit> hits) {
        Palette p = r.palette().base();
        PlacedEvents ev = r.events();
        for (int which = 0; which < 2; which++) {
            var e = which == 0 ? r.hovered() : r.selected();
            int pos = ev.positionOf(e);
            if (pos < 0 || !ev.placed(pos)) {
                continue;
            }
            double x = s.screenX(ev.x(pos));
            double y = s.screenY(ev.y(pos));
            if (x < -20 || x > s.width() + 20 || y < -20 || y > s.height() + 20) {
                continue;
            }
            EventKind kind = e.kind();
            int land = ev.landing(pos);
            if (which == 1 && land >= 0) {
                double lx = x + wrapDx(ev.landingX(land) - ev.x(pos)) * s.pixelsPerUnit();
                double ly = s.screenY(ev.landingY(land));
                drawLanding(gc, x, y, lx, ly, p.kind(kind), false);
                gc.setFill(p.text());
                gc.setFont(p.font());
                gc.fillText(COMPUTED, lx + MARK_R + 4, ly);
                hits.add(new MapFrame.Hit(lx, ly, MARK_R + 2, pos, -1, true));
            }
            // Drawn on top of any count it is part of, so a selection is always seen where it is.
            drawMark(gc, kind, x, y, ev.area(pos), p.kind(kind), false);
            double rr = MARK_R + (which == 1 ? 4 : 3);
            gc.setStroke(which == 1 ? p.selection() : p.selection().deriveColor(0, 1, 1, 0.45));
            gc.setLineWidth(which == 1 ? 2.5 : 2);
            // No hit of its own: a click there reaches its mark or its group (which steps through its events).
            gc.strokeOval(x - rr, y - rr, 2 * rr, 2 * rr);
        }
    }

    /** What the map does not show, said on it: events of the window with no place, or beyond its latitudes. */
    private void notes(Surface gc, MapPaintRequest r, Clusters c, Palette p) {
        List<String> parts = new ArrayList<>();
        parts.add(String.format("%,d events on the map", c.inView()));
        if (c.unplaced() > 0) {
            parts.add(String.format("%,d %s no place", c.unplaced(), c.unplaced() == 1 ? "event has" : "events have"));
        }
        if (c.offMap() > 0) {
            parts.add(String.format("%,d beyond 85° of latitude, not shown", c.offMap()));
        }
        int outside = c.inWindow() - c.inView() - c.unplaced() - c.offMap();
        if (!r.wholeRange() && outside > 0) {
            parts.add(String.format("%,d outside this view", outside));
        }
        String text = String.join(" · ", parts);
        double w = width(text, p.font()) + 12;
        double h = p.font().getSize() + 8;
        gc.setFill(p.background().deriveColor(0, 1, 1, 0.85));
        gc.fillRoundRect(6, 6, w, h, 6, 6);
        gc.setFill(p.mutedText());
        gc.setFont(p.font());
        gc.fillText(text, 12, 6 + h / 2);
    }

    private static final double[] NICE = {1, 2, 5};

    private void scaleBar(Surface gc, MapScale s, Palette p, double bottom) {
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
        double w = Math.max(len, width(label, p.font())) + 12;
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

    private static final String[] SAMPLES = {"exact place", "place known only as an area",
        COMPUTED + " (landing)", "events here"};

    private static boolean sampleShown(int i, boolean[] seen) {
        return !(i == 1 && !seen[0] || i == 2 && !seen[1] || i == 3 && !seen[2]);
    }

    private static double sampleWidth(int i) {
        return i == 2 ? 30 : i == 3 ? 20 : 2 * MARK_R + 8;
    }

    /**
     * Where each entry of the legend goes, wrapping onto further rows so none is cut or left
     * out: {@code {x, row}} for the kinds in order, then for each sample shown.
     */
    private List<double[]> legendPlaces(MapPaintRequest r, Set<EventKind> kinds, boolean[] seen) {
        Font font = r.palette().base().font();
        List<double[]> places = new ArrayList<>();
        io.annalist.draw.Wrap.Flow flow = new io.annalist.draw.Wrap.Flow(8, r.width() - 8);
        for (EventKind k : kinds) {
            places.add(flow.next(2 * MARK_R + 4 + width(k.label(), font), 14));
        }
        flow.skip(6);
        for (int i = 0; i < SAMPLES.length; i++) {
            if (sampleShown(i, seen)) {
                places.add(flow.next(sampleWidth(i) + 4 + width(SAMPLES[i], font), 16));
            }
        }
        return places;
    }

    private double legendRowHeight(MapPaintRequest r) {
        return Math.round(r.palette().base().font().getSize() * 1.8);
    }

    /** The legend's height: a row, and another for each row it wraps onto. */
    private double legendHeight(MapPaintRequest r, Set<EventKind> kinds, boolean[] seen) {
        List<double[]> places = legendPlaces(r, kinds, seen);
        int rows = places.isEmpty() ? 1 : (int) places.get(places.size() - 1)[1] + 1;
        return Math.round(r.palette().base().font().getSize() * 2.2) + (rows - 1) * legendRowHeight(r);
    }

    private void legend(Surface gc, MapPaintRequest r, Set<EventKind> kinds, boolean[] seen, double top,
                        double h) {
        Palette p = r.palette().base();
        double y0 = top + Math.round(p.font().getSize() * 2.2) / 2;
        double rowH = legendRowHeight(r);
        gc.setFill(p.axisBackground());
        gc.fillRect(0, top, r.width(), h);
        gc.setStroke(p.separator());
        gc.setLineWidth(1);
        gc.strokeLine(0, top + 0.5, r.width(), top + 0.5);
        gc.setFont(p.font());
        double mr = MARK_R;
        List<double[]> places = legendPlaces(r, kinds, seen);
        int n = 0;
        for (EventKind k : kinds) {
            double x = places.get(n)[0];
            double y = y0 + places.get(n++)[1] * rowH;
            drawMark(gc, k, x + mr, y, false, p.kind(k), false);
            gc.setFill(p.text());
            gc.fillText(k.label(), x + 2 * mr + 4, y);
        }
        Color sample = p.mutedText();
        for (int i = 0; i < SAMPLES.length; i++) {
            if (!sampleShown(i, seen)) {
                continue;
            }
            double x = places.get(n)[0];
            double y = y0 + places.get(n++)[1] * rowH;
            double sw = sampleWidth(i);
            switch (i) {
                case 0 -> drawMark(gc, EventKind.VISIT, x + mr + 4, y, false, sample, false);
                case 1 -> drawMark(gc, EventKind.VISIT, x + mr + 4, y, true, sample, false);
                case 2 -> drawLanding(gc, x, y, x + 26, y, sample, false);
                default -> {
                    gc.setFill(p.clusterFill());
                    gc.fillOval(x, y - 9, 18, 18);
                    gc.setFill(p.clusterText());
                    gc.setTextAlign(TextAlignment.CENTER);
                    gc.fillText("12", x + 9, y);
                    gc.setTextAlign(TextAlignment.LEFT);
                }
            }
            gc.setFill(p.mutedText());
            gc.fillText(SAMPLES[i], x + sw + 4, y);
        }
    }

    private double width(String s, Font f) {
        probe.setFont(f);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
