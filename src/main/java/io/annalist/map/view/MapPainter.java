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
import io.annalist.map.MapNotes;
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
    /** Room kept round the events when the map is fitted to them: a count's circle, which may sit off its events, fits. */
    public static final double FIT_MARGIN = 2 * 16 + 4;
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
        // Events whose site is out of view but whose computed landing point is drawn are on the map too.
        int byLanding = events(gc, r, c, hits, kinds, seen);
        selection(gc, r, s, hits, seen);
        double legendH = legendHeight(r.width(), r.height(), p.font(), r.legend(), kinds, seen);
        double mapBottom = r.height() - legendH;
        int onMap = c.inView() + byLanding;
        int outside = r.wholeRange() ? 0 : c.inWindow() - onMap - c.unplaced() - c.offMap();
        List<String> parts = noteParts(onMap, c.unplaced(), c.offMap(), outside, seen[1] && legendH == 0);
        double clearTop = notes(gc, r.width(), parts, p);
        scaleBar(gc, s, p, mapBottom);
        if (legendH > 0) {
            legend(gc, r, kinds, seen, mapBottom, legendH);
        }
        gc.restore();
        return new MapFrame(s, c, hits, mapBottom, clearTop, onMap, Math.max(0, outside));
    }

    /**
     * The pixels a frame {@code width} × {@code height} of {@code contents} keeps clear of events
     * when it is fitted to them: {@code {top, bottom}}, the note at the top, the scale bar and
     * the legend at the bottom, as they will be drawn once every event is in view.
     */
    public double[] overlays(double width, double height, MapPalette palette, PlacedEvents.Contents contents,
                             boolean legend) {
        Font font = palette.base().font();
        Set<EventKind> kinds = kinds(contents);
        // Room for every sample: the frame may need more of them than the contents say (a count).
        boolean[] seen = {true, contents.landings(), true};
        double legendH = legendHeight(width, height, font, legend, kinds, new boolean[]{true, true, true});
        List<String> parts = noteParts(contents.placed(), contents.unplaced(), contents.offMap(), 0,
                seen[1] && legendH == 0);
        return new double[]{notesBottom(width, parts, font), legendH + scaleBarHeight(font)};
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

    /** Draws the events; returns how many are on the map by their landing point alone (their site out of view). */
    private int events(Surface gc, MapPaintRequest r, Clusters c, List<MapFrame.Hit> hits,
                       Set<EventKind> kinds, boolean[] seen) {
        Palette p = r.palette().base();
        PlacedEvents ev = r.events();
        MapScale s = r.scale();
        EventKind[] all = EventKind.values();
        // A few hundred computed landing points are drawn whatever their sites are grouped in; beyond that only
        // those of the events drawn alone (and of the selection), so a frame stays bounded.
        boolean everyLanding = ev.landings() <= MAX_LANDINGS;
        int byLanding = 0;
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
                if (!inView(x, y, s) && inView(lx, ly, s)) {
                    byLanding++;
                }
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
        return byLanding;
    }

    /** True where {@link Clusters} counts a place as in view. */
    private static boolean inView(double x, double y, MapScale s) {
        return x >= 0 && x < s.width() && y >= 0 && y < s.height();
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

    private void selection(Surface gc, MapPaintRequest r, MapScale s, List<MapFrame.Hit> hits, boolean[] seen) {
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
                // Said in the legend (or the note) and the tooltip, not written over the map, where it would hide marks.
                drawLanding(gc, x, y, lx, ly, p.kind(kind), false);
                seen[1] = true;
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

    /** The note's parts: what the map shows and leaves out, and what a dashed line means when no legend says it. */
    private static List<String> noteParts(int onMap, int unplaced, int offMap, int outside, boolean explainLandings) {
        List<String> parts = MapNotes.onTheMap(onMap, unplaced, offMap, outside);
        if (explainLandings) {
            parts.add("dashed line to ◇: landing point " + COMPUTED);
        }
        return parts;
    }

    private static final double NOTE_X = 6;
    private static final double NOTE_PAD = 6;

    /** The note's lines: its parts joined with " · ", a line broken between parts, a part too long broken between words. */
    private List<String> noteLines(double width, List<String> parts, Font font) {
        double room = Math.max(40, width - 2 * NOTE_X - 2 * NOTE_PAD);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : parts) {
            String joined = line.isEmpty() ? part : line + " · " + part;
            if (width(joined, font) <= room) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> pieces = io.annalist.draw.Wrap.lines(part, t -> width(t, font), room);
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            line = pieces.get(pieces.size() - 1);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static double noteLineHeight(Font font) {
        return Math.round(font.getSize() * 1.35);
    }

    private static double noteHeight(int lines, Font font) {
        return lines * noteLineHeight(font) + 6;
    }

    /** How far down the note reaches, with a little room under it. */
    private double notesBottom(double width, List<String> parts, Font font) {
        return NOTE_X + noteHeight(noteLines(width, parts, font).size(), font) + 4;
    }

    /** What the map shows and leaves out, said on it, wrapped to its width; returns how far down the note reaches. */
    private double notes(Surface gc, double width, List<String> parts, Palette p) {
        List<String> lines = noteLines(width, parts, p.font());
        double lh = noteLineHeight(p.font());
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, width(line, p.font()));
        }
        double h = noteHeight(lines.size(), p.font());
        gc.setFill(p.background().deriveColor(0, 1, 1, 0.85));
        gc.fillRoundRect(NOTE_X, NOTE_X, w + 2 * NOTE_PAD, h, 6, 6);
        gc.setFill(p.mutedText());
        gc.setFont(p.font());
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), NOTE_X + NOTE_PAD, NOTE_X + 3 + lh * (i + 0.5));
        }
        return NOTE_X + h + 4;
    }

    private static final double[] NICE = {1, 2, 5};

    /** The room the scale bar takes above the bottom of the map. */
    private static double scaleBarHeight(Font font) {
        return font.getSize() + 28;
    }

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

    /** Where an entry of the legend goes: its first row, and its words in lines (more than one only on a narrow map). */
    private record LegendPlace(double x, int row, List<String> lines) {
        int lastRow() {
            return row + lines.size() - 1;
        }
    }

    /**
     * Where each entry of the legend goes, wrapping onto further rows so none is cut or left
     * out — an entry wider than the map on lines of its own: the kinds in order, then each
     * sample shown.
     */
    private List<LegendPlace> legendPlaces(double width, Font font, Set<EventKind> kinds, boolean[] seen) {
        List<LegendPlace> places = new ArrayList<>();
        io.annalist.draw.Wrap.Flow flow = new io.annalist.draw.Wrap.Flow(8, width - 8);
        for (EventKind k : kinds) {
            places.add(legendPlace(flow, width, font, 2 * MARK_R, k.label(), 14));
        }
        flow.skip(6);
        for (int i = 0; i < SAMPLES.length; i++) {
            if (sampleShown(i, seen)) {
                places.add(legendPlace(flow, width, font, sampleWidth(i), SAMPLES[i], 16));
            }
        }
        return places;
    }

    private LegendPlace legendPlace(io.annalist.draw.Wrap.Flow flow, double width, Font font, double sample,
                                    String label, double gap) {
        double room = Math.max(20, width - 16 - sample - 4);
        List<String> lines = width(label, font) <= room ? List.of(label)
                : io.annalist.draw.Wrap.lines(label, t -> width(t, font), room);
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, width(line, font));
        }
        double[] at = flow.next(sample + 4 + w, gap);
        for (int j = 1; j < lines.size(); j++) {
            // Each further line takes a row of its own, so nothing is set beside it.
            flow.next(width, 0);
        }
        return new LegendPlace(at[0], (int) at[1], lines);
    }

    /** The height the legend of {@code contents} may take on a map {@code width} wide, with every sample. */
    public double legendRoom(double width, MapPalette palette, PlacedEvents.Contents contents) {
        return rowsHeight(width, palette.base().font(), kinds(contents), new boolean[]{true, true, true});
    }

    private static Set<EventKind> kinds(PlacedEvents.Contents contents) {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        for (EventKind k : EventKind.values()) {
            if ((contents.kinds() & (1 << k.ordinal())) != 0) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    private static double legendRowHeight(Font font) {
        return Math.round(font.getSize() * 1.8);
    }

    /** The most of a frame's height the legend may take; a narrow, low map leaves it out rather than lose the map. */
    static final double LEGEND_SHARE = 0.3;

    /**
     * The legend's height: a row, and another for each row it wraps onto; 0 when there is no
     * legend, or when, with every sample, it would take more than {@link #LEGEND_SHARE} of the
     * frame's height (so whether it is drawn depends only on the kinds and the size, as a fit
     * expects, not on which samples this frame happens to need).
     */
    private double legendHeight(double width, double height, Font font, boolean legend, Set<EventKind> kinds,
                                boolean[] seen) {
        if (!legend || rowsHeight(width, font, kinds, new boolean[]{true, true, true}) > height * LEGEND_SHARE) {
            return 0;
        }
        return rowsHeight(width, font, kinds, seen);
    }

    private double rowsHeight(double width, Font font, Set<EventKind> kinds, boolean[] seen) {
        List<LegendPlace> places = legendPlaces(width, font, kinds, seen);
        int rows = places.isEmpty() ? 1 : places.get(places.size() - 1).lastRow() + 1;
        return Math.round(font.getSize() * 2.2) + (rows - 1) * legendRowHeight(font);
    }

    private void legend(Surface gc, MapPaintRequest r, Set<EventKind> kinds, boolean[] seen, double top,
                        double h) {
        Palette p = r.palette().base();
        double y0 = top + Math.round(p.font().getSize() * 2.2) / 2;
        double rowH = legendRowHeight(p.font());
        gc.setFill(p.axisBackground());
        gc.fillRect(0, top, r.width(), h);
        gc.setStroke(p.separator());
        gc.setLineWidth(1);
        gc.strokeLine(0, top + 0.5, r.width(), top + 0.5);
        gc.setFont(p.font());
        double mr = MARK_R;
        List<LegendPlace> places = legendPlaces(r.width(), p.font(), kinds, seen);
        int n = 0;
        for (EventKind k : kinds) {
            LegendPlace at = places.get(n++);
            double y = y0 + at.row() * rowH;
            drawMark(gc, k, at.x() + mr, y, false, p.kind(k), false);
            gc.setFill(p.text());
            legendLabel(gc, at, at.x() + 2 * mr + 4, y, rowH);
        }
        Color sample = p.mutedText();
        for (int i = 0; i < SAMPLES.length; i++) {
            if (!sampleShown(i, seen)) {
                continue;
            }
            LegendPlace at = places.get(n++);
            double x = at.x();
            double y = y0 + at.row() * rowH;
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
            legendLabel(gc, at, x + sw + 4, y, rowH);
        }
    }

    private static void legendLabel(Surface gc, LegendPlace at, double x, double y, double rowH) {
        for (int j = 0; j < at.lines().size(); j++) {
            gc.fillText(at.lines().get(j), x, y + j * rowH);
        }
    }

    private double width(String s, Font f) {
        probe.setFont(f);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
