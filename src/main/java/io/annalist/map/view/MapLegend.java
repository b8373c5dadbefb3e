package io.annalist.map.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.annalist.draw.Surface;
import io.annalist.map.PlacedEvents;
import io.annalist.model.EventKind;
import io.annalist.timeline.Palette;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The strip at the bottom of a map frame: the kinds drawn with their marks, then a sample of
 * each other mark the frame needs (exact place, place known only roughly, computed landing
 * point, a count), wrapping onto further rows rather than cutting an entry; left out on a map
 * too low to hold it.
 */
final class MapLegend {
    private final MapText text = new MapText();

    private static final String[] SAMPLES = {"exact place", "place known only roughly",
        MapPainter.COMPUTED + " (landing)", "events here"};

    private static boolean sampleShown(int i, boolean[] seen) {
        return !(i == 1 && !seen[0] || i == 2 && !seen[1] || i == 3 && !seen[2]);
    }

    private static double sampleWidth(int i) {
        return i == 2 ? 30 : i == 3 ? 20 : 2 * MapPainter.MARK_R + 8;
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
            places.add(legendPlace(flow, width, font, 2 * MapPainter.MARK_R, k.label(), 14));
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
        List<String> lines = text.width(label, font) <= room ? List.of(label)
                : io.annalist.draw.Wrap.lines(label, t -> text.width(t, font), room);
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, text.width(line, font));
        }
        double[] at = flow.next(sample + 4 + w, gap);
        for (int j = 1; j < lines.size(); j++) {
            // Each further line takes a row of its own, so nothing is set beside it.
            flow.next(width, 0);
        }
        return new LegendPlace(at[0], (int) at[1], lines);
    }

    /** The height the legend of {@code contents} may take on a map {@code width} wide, with every sample. */
    double room(double width, MapPalette palette, PlacedEvents.Contents contents) {
        return rowsHeight(width, palette.base().font(), kinds(contents), new boolean[]{true, true, true});
    }

    /** The kinds {@code contents} holds. */
    static Set<EventKind> kinds(PlacedEvents.Contents contents) {
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
    static final double SHARE = 0.3;

    /**
     * The legend's height: a row, and another for each row it wraps onto; 0 when there is no
     * legend, or when, with every sample, it would take more than {@link #SHARE} of the
     * frame's height (so whether it is drawn depends only on the kinds and the size, as a fit
     * expects, not on which samples this frame happens to need).
     */
    double height(double width, double height, Font font, boolean legend, Set<EventKind> kinds,
                                boolean[] seen) {
        if (!legend || rowsHeight(width, font, kinds, new boolean[]{true, true, true}) > height * SHARE) {
            return 0;
        }
        return rowsHeight(width, font, kinds, seen);
    }

    private double rowsHeight(double width, Font font, Set<EventKind> kinds, boolean[] seen) {
        List<LegendPlace> places = legendPlaces(width, font, kinds, seen);
        int rows = places.isEmpty() ? 1 : places.get(places.size() - 1).lastRow() + 1;
        return Math.round(font.getSize() * 2.2) + (rows - 1) * legendRowHeight(font);
    }

    /** Draws the legend in the strip from {@code top}, {@code h} high, across the frame. */
    void draw(Surface gc, MapPaintRequest r, Set<EventKind> kinds, boolean[] seen, double top,
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
        double mr = MapPainter.MARK_R;
        List<LegendPlace> places = legendPlaces(r.width(), p.font(), kinds, seen);
        int n = 0;
        for (EventKind k : kinds) {
            LegendPlace at = places.get(n++);
            double y = y0 + at.row() * rowH;
            MapMarks.drawMark(gc, k, at.x() + mr, y, false, p.kind(k), false);
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
                case 0 -> MapMarks.drawMark(gc, EventKind.VISIT, x + mr + 4, y, false, sample, false);
                case 1 -> MapMarks.drawMark(gc, EventKind.VISIT, x + mr + 4, y, true, sample, false);
                case 2 -> MapMarks.drawLanding(gc, x, y, x + 26, y, sample, false);
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
}
