package io.annalist.map.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.annalist.draw.FxSurface;
import io.annalist.draw.Surface;
import io.annalist.map.Clusters;
import io.annalist.map.GeoBox;
import io.annalist.map.MapScale;
import io.annalist.map.Mercator;
import io.annalist.map.PlacedEvents;
import io.annalist.model.EventKind;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimelinePainter;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws one map frame onto a {@link Surface}: water, a grid of parallels and
 * meridians, the countries, the Place filter's region, the events — each alone with its kind's
 * shape and colour (filled at exact coordinates, hollow and ringed where the place is only an
 * area), or as a count where several share a cell — the computed landing points of missile
 * tests (dashed, hollow), the selection, a note of what is not on the map, the scale bar and
 * the legend. The window's canvas and every export use it. It places the events and the
 * selection itself; the world under them is {@link MapBackdrop}'s, the marks
 * {@link MapMarks}', the note {@link MapNote}'s, the scale bar {@link ScaleBar}'s and the
 * legend {@link MapLegend}'s. Work grows with the outlines on screen and, for the events, with
 * one pass over those of the time window. Call on the thread that owns the surface.
 */
public final class MapPainter {
    public static final double MARK_R = TimelinePainter.MARKER_R;
    /** Cell size for grouping, in pixels. */
    public static final double CELL_PX = 44;
    static final String COMPUTED = "computed from range and bearing";
    /**
     * Room kept between what a fit to events draws (marks, their rings, counts) and the edges of
     * the map's clear part; less on a small map.
     */
    public static final double FIT_ROOM = 2 * 16 + 4;
    /** How far a single mark reaches from its event's point: its dotted ring, or the selection's, with the outline. */
    private static final double MARK_REACH = MARK_R + 6;
    /** Up to this many computed landing points are drawn even where their sites are counted in a group. */
    static final int MAX_LANDINGS = 600;

    private final MapNote note = new MapNote();
    private final ScaleBar scaleBar = new ScaleBar();
    private final MapLegend legend = new MapLegend();

    /** The most of a frame's height the legend may take; a narrow, low map leaves it out rather than lose the map. */
    static final double LEGEND_SHARE = MapLegend.SHARE;

    /** The height the legend of {@code contents} may take on a map {@code width} wide, with every sample. */
    public double legendRoom(double width, MapPalette palette, PlacedEvents.Contents contents) {
        return legend.room(width, palette, contents);
    }

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
        MapBackdrop.graticule(gc, s, mp);
        MapBackdrop.countries(gc, r, s, mp);
        MapBackdrop.highlightArea(gc, r, s, mp);
        MapBackdrop.region(gc, r.region(), s, mp);
        Clusters c = r.events().cluster(s, r.t0(), r.t1(), r.wholeRange(), CELL_PX);
        List<MapFrame.Hit> hits = new ArrayList<>();
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        boolean[] seen = new boolean[3];
        // Events whose site is out of view but whose computed landing point is drawn are on the map too.
        int byLanding = events(gc, r, c, hits, kinds, seen);
        selection(gc, r, s, hits, seen);
        double legendH = legend.height(r.width(), r.height(), p.font(), r.legend(), kinds, seen);
        double mapBottom = r.height() - legendH;
        int onMap = c.inView() + byLanding;
        int outside = r.wholeRange() ? 0 : c.inWindow() - onMap - c.unplaced() - c.offMap();
        List<String> parts = MapNote.parts(onMap, c.unplaced(), c.offMap(), outside, seen[1] && legendH == 0);
        double clearTop = note.draw(gc, r.width(), parts, p);
        scaleBar.draw(gc, s, p, mapBottom);
        if (legendH > 0) {
            legend.draw(gc, r, kinds, seen, mapBottom, legendH);
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
        Set<EventKind> kinds = MapLegend.kinds(contents);
        // Room for every sample: the frame may need more of them than the contents say (a count).
        boolean[] seen = {true, contents.landings(), true};
        double legendH = this.legend.height(width, height, font, legend, kinds, new boolean[]{true, true, true});
        List<String> parts = MapNote.parts(contents.placed(), contents.unplaced(), contents.offMap(), 0,
                seen[1] && legendH == 0);
        return new double[]{note.bottom(width, parts, font), legendH + ScaleBar.height(font)};
    }

    /**
     * The view fitted to the events of {@code t0}–{@code t1} (every one given with
     * {@code wholeRange}) in a frame {@code width} × {@code height}: every mark, ring and count
     * whole inside the part clear of the note, the scale bar and the legend, with {@link #FIT_ROOM}
     * round them and no less than {@link MapScale#LEAST_FIT_KM} across; the world when none is
     * placed. A count's circle is wider than a mark and may sit off the middle of its events, and
     * which events are counted together is known only at a zoom: the events are grouped at the
     * fitted view and the fit made again with room for how far what is drawn reaches beyond
     * their points, until it holds (a few rounds at most).
     */
    public MapScale fit(PlacedEvents p, long t0, long t1, boolean wholeRange, double width, double height,
                        MapPalette palette, boolean legend) {
        GeoBox box = p.bounds(t0, t1);
        if (box == null) {
            return MapScale.world(width, height);
        }
        double[] clear = overlays(width, height, palette, p.contents(t0, t1, wholeRange), legend);
        double reach = MARK_REACH;
        MapScale s = MapScale.fit(box, width, height, MapScale.LEAST_FIT_KM, clear[0], clear[1], FIT_ROOM, reach);
        for (int round = 0; round < 3; round++) {
            double drawn = reach(p.cluster(s, t0, t1, wholeRange, CELL_PX), s, box);
            if (drawn <= reach + 0.5) {
                break;
            }
            reach = drawn;
            s = MapScale.fit(box, width, height, MapScale.LEAST_FIT_KM, clear[0], clear[1], FIT_ROOM, reach);
        }
        return s;
    }

    /** How far the marks and counts of {@code c} reach beyond {@code box} as {@code s} draws it, in pixels. */
    private static double reach(Clusters c, MapScale s, GeoBox box) {
        double x0 = s.screenX(Mercator.x(box.west()));
        double east = Mercator.x(box.east()) - Mercator.x(box.west());
        double x1 = x0 + (east < 0 ? east + 1 : east) * s.pixelsPerUnit();
        double y0 = s.screenY(Mercator.y(box.north()));
        double y1 = s.screenY(Mercator.y(box.south()));
        double reach = MARK_REACH;
        for (int g = 0; g < c.groups(); g++) {
            // The circle and its outline.
            double r = c.groupRadius(g) + 1;
            reach = Math.max(reach, Math.max(Math.max(x0 - (c.groupX(g) - r), c.groupX(g) + r - x1),
                    Math.max(y0 - (c.groupY(g) - r), c.groupY(g) + r - y1)));
        }
        return reach;
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
                MapMarks.drawLanding(gc, x, y, lx, ly, p.kind(all[ev.kindOrdinal(pos)]), !inside);
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
            MapMarks.drawGroup(gc, c, g, p, r.wholeRange());
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
                MapMarks.drawLanding(gc, x, y, lx, ly, p.kind(kind), faded);
                hits.add(new MapFrame.Hit(lx, ly, MARK_R + 2, pos, -1, true));
            }
            boolean area = ev.area(pos);
            seen[0] |= area;
            MapMarks.drawMark(gc, kind, x, y, area, p.kind(kind), faded);
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

    /** The group drawn over ({@code x}, {@code y}), or null. */
    private static MapFrame.Hit groupAt(List<MapFrame.Hit> hits, double x, double y) {
        for (MapFrame.Hit h : hits) {
            if (h.group() >= 0 && Math.hypot(x - h.x(), y - h.y()) <= h.r()) {
                return h;
            }
        }
        return null;
    }

    private void selection(Surface gc, MapPaintRequest r, MapScale s, List<MapFrame.Hit> hits, boolean[] seen) {
        Palette p = r.palette().base();
        PlacedEvents ev = r.events();
        for (int which = 0; which < 2; which++) {
            var e = which == 0 ? r.hovered() : r.selected();
            int pos = ev.positionOf(e);
            // Only an event the frame shows: one of another time is neither counted nor drawn.
            if (pos < 0 || !ev.placed(pos) || !r.wholeRange() && !(ev.start(pos) < r.t1() && ev.end(pos) > r.t0())) {
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
                MapMarks.drawLanding(gc, x, y, lx, ly, p.kind(kind), false);
                seen[1] = true;
                hits.add(new MapFrame.Hit(lx, ly, MARK_R + 2, pos, -1, true));
            }
            gc.setStroke(which == 1 ? p.selection() : p.selection().deriveColor(0, 1, 1, 0.45));
            gc.setLineWidth(which == 1 ? 2.5 : 2);
            // No hit of its own: a click there reaches its mark or its group (which steps through its events).
            MapFrame.Hit group = groupAt(hits, x, y);
            if (group != null) {
                // Within a group: ringed around it, so its count stays readable.
                double rr = group.r() + (which == 1 ? 3 : 2);
                gc.strokeOval(group.x() - rr, group.y() - rr, 2 * rr, 2 * rr);
                continue;
            }
            MapMarks.drawMark(gc, kind, x, y, ev.area(pos), p.kind(kind), false);
            double rr = MARK_R + (which == 1 ? 4 : 3);
            gc.strokeOval(x - rr, y - rr, 2 * rr, 2 * rr);
        }
    }
}
