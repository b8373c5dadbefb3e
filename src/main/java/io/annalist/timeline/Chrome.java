package io.annalist.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.annalist.draw.Surface;
import io.annalist.model.DateText;
import io.annalist.model.EventKind;
import io.annalist.model.Precision;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.TextAlignment;

/**
 * The parts of a frame around the lanes: grid lines, the two-row axis, the density strip,
 * the legend and the overview bar. Counts come from the index by binary search, a few per
 * pixel column, so these cost the same at ten events or a million.
 */
final class Chrome {
    private Chrome() {
    }

    static void grid(Surface gc, AxisTicks.Rows ticks, FrameLayout layout, Palette p) {
        gc.setLineWidth(1);
        gc.setStroke(p.grid());
        for (AxisTicks.Tick t : ticks.minor()) {
            if (t.x() >= layout.timeX0()) {
                double x = Math.floor(t.x()) + 0.5;
                gc.strokeLine(x, layout.lanesTop(), x, layout.lanesBottom());
            }
        }
        gc.setStroke(p.separator());
        for (AxisTicks.Tick t : ticks.major()) {
            if (t.x() >= layout.timeX0()) {
                double x = Math.floor(t.x()) + 0.5;
                gc.strokeLine(x, layout.lanesTop(), x, layout.lanesBottom());
            }
        }
    }

    static void axis(Surface gc, AxisTicks.Rows ticks, FrameLayout layout, Palette p, TextMeasure bold) {
        double row = layout.axisHeight() / 2;
        gc.setFill(p.axisBackground());
        gc.fillRect(0, 0, layout.width(), layout.axisHeight());
        gc.save();
        gc.clipRect(layout.timeX0(), 0, layout.timeWidth(), layout.axisHeight());
        gc.setTextBaseline(VPos.CENTER);
        gc.setStroke(p.separator());
        gc.setLineWidth(1);
        gc.setFont(bold.font());
        gc.setFill(p.axisMajorText());
        for (AxisTicks.Tick t : ticks.major()) {
            double x = Math.floor(t.x()) + 0.5;
            gc.strokeLine(x, 0, x, layout.axisHeight());
            if (t.label() != null) {
                gc.fillText(t.label(), t.labelX(), row / 2);
            }
        }
        gc.setFont(p.font());
        gc.setFill(p.axisText());
        for (AxisTicks.Tick t : ticks.minor()) {
            double x = Math.floor(t.x()) + 0.5;
            gc.strokeLine(x, row + row * 0.55, x, layout.axisHeight());
            if (t.label() != null) {
                gc.fillText(t.label(), t.labelX(), row + row / 2);
            }
        }
        for (TimeScale.Break b : ticks.breaks()) {
            axisBreak(gc, b, layout, p, row);
        }
        gc.restore();
        gc.setStroke(p.separator());
        gc.strokeLine(0, layout.axisHeight() - 0.5, layout.width(), layout.axisHeight() - 0.5);
        if (layout.headerWidth() > 0) {
            gc.setFill(p.mutedText());
            unitLabel(gc, "UTC · " + AxisTicks.describeUnit(ticks.unitName()), layout, p, row);
        }
    }

    /** The unit label's lines and the font they fit {@code room} in. */
    record UnitLabel(List<String> lines, javafx.scene.text.Font font) {
    }

    static UnitLabel unitLabel(String text, double room, javafx.scene.text.Font base) {
        javafx.scene.text.Font font = base;
        List<String> lines = List.of(text);
        for (double size : new double[]{1, 0.85, 0.75, 0.65}) {
            font = javafx.scene.text.Font.font(base.getFamily(), base.getSize() * size);
            TextMeasure tm = new TextMeasure(font);
            lines = io.annalist.draw.Wrap.lines(text, tm::width, room);
            if (lines.size() <= 2 && lines.stream().allMatch(l -> tm.width(l) <= room)) {
                break;
            }
        }
        return new UnitLabel(lines, font);
    }

    /**
     * The axis's time zone and unit, in the header column: on the lower row when it fits, else
     * over both rows, in a smaller size if need be — never over the labels of the ticks.
     */
    private static void unitLabel(Surface gc, String text, FrameLayout layout, Palette p, double row) {
        UnitLabel u = unitLabel(text, layout.headerWidth() - 10, p.font());
        javafx.scene.text.Font font = u.font();
        List<String> lines = u.lines();
        gc.setFont(font);
        if (lines.size() == 1) {
            gc.fillText(lines.get(0), 6, row + row / 2);
        } else {
            for (int i = 0; i < lines.size(); i++) {
                gc.fillText(lines.get(i), 6, row / 2 + i * row);
            }
        }
        gc.setFont(p.font());
    }

    /** A quiet period on the axis: a double slash, and below it how much time it leaves out. */
    private static void axisBreak(Surface gc, TimeScale.Break b, FrameLayout layout, Palette p, double row) {
        gc.setFill(p.axisBackground());
        gc.fillRect(b.x(), 0, b.w(), layout.axisHeight());
        double cx = b.x() + b.w() / 2;
        slashes(gc, cx, row / 2, row * 0.32, p.axisMajorText());
        String text = QuietPeriods.describe(b.duration());
        gc.setFill(p.axisText());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.fillText(text, cx, row + row / 2, b.w() - 4);
        gc.setTextAlign(TextAlignment.LEFT);
    }

    /** Two slanted strokes, the sign of time left out. */
    private static void slashes(Surface gc, double cx, double cy, double half, Color c) {
        gc.setStroke(c);
        gc.setLineWidth(1.5);
        for (double dx : new double[]{-3, 3}) {
            gc.strokeLine(cx + dx - half * 0.5, cy + half, cx + dx + half * 0.5, cy - half);
        }
    }

    /** Quiet periods across the lanes: a plain band with the double slash at its edges, no grid. */
    static void breaks(Surface gc, TimeScale scale, FrameLayout layout, Palette p) {
        for (TimeScale.Break b : scale.breaks()) {
            gc.setFill(p.axisBackground().deriveColor(0, 1, 1, 0.7));
            gc.fillRect(b.x(), layout.lanesTop(), b.w(), layout.lanesHeight());
            gc.setStroke(p.separator());
            gc.setLineWidth(1);
            gc.setLineDashes(4, 4);
            gc.strokeLine(Math.floor(b.x()) + 0.5, layout.lanesTop(), Math.floor(b.x()) + 0.5, layout.lanesBottom());
            gc.strokeLine(Math.floor(b.x() + b.w()) - 0.5, layout.lanesTop(), Math.floor(b.x() + b.w()) - 0.5,
                    layout.lanesBottom());
            gc.setLineDashes();
            for (double y = layout.lanesTop() + 14; y < layout.lanesBottom(); y += 120) {
                slashes(gc, b.x() + b.w() / 2, y, 6, p.mutedText());
            }
        }
    }

    /** Where events are, at every zoom: a strip under the axis, darker where more events start. */
    static void density(Surface gc, EventIndex all, TimeScale scale, FrameLayout layout, Palette p) {
        gc.setFill(p.background());
        gc.fillRect(layout.timeX0(), layout.densityTop(), layout.timeWidth(), layout.densityHeight());
        columns(gc, all, scale, layout.timeX0(), layout.timeWidth(), layout.densityTop(), layout.densityHeight(),
                p.density());
    }

    private static void columns(Surface gc, EventIndex all, TimeScale scale, double x0, double width,
                                double top, double height, Color colour) {
        int step = 2;
        int n = (int) Math.ceil(width / step);
        int[] counts = new int[n];
        int max = 0;
        for (int i = 0; i < n; i++) {
            double x = x0 + i * step;
            counts[i] = all.countStartingIn((long) scale.timeAt(x), (long) scale.timeAt(x + step));
            max = Math.max(max, counts[i]);
        }
        if (max == 0) {
            return;
        }
        double logMax = Math.log1p(max);
        for (int i = 0; i < n; i++) {
            if (counts[i] > 0) {
                double a = 0.25 + 0.75 * Math.log1p(counts[i]) / logMax;
                gc.setFill(colour.deriveColor(0, 1, 1, a));
                gc.fillRect(x0 + i * step, top, step, height);
            }
        }
    }

    /** The kinds present, with their marks, then how uncertainty is drawn; items that do not fit are left out whole. */
    /** The legend's samples after the kinds: what a mark's look says. */
    private static final String[] SAMPLES = {"exact date", "not to the day", "span", "approximate",
        "too close to show apart"};

    /** What a legend explains: the kinds, and which of the samples of a mark's look ({@code samples[i]}). */
    record LegendContent(Set<EventKind> kinds, boolean[] samples) {
        static final int EXACT = 0;
        static final int MONTH_OR_YEAR = 1;
        static final int SPAN = 2;
        static final int APPROXIMATE = 3;
        static final int BADGE = 4;
        static final boolean[] ALL_SAMPLES = {true, true, true, true, true};

        /** The same, with the badges' sample only if {@code drawn}. */
        LegendContent withBadges(boolean drawn) {
            boolean[] s = samples.clone();
            s[BADGE] &= drawn;
            return new LegendContent(kinds, s);
        }
    }
    private static final double BAND_W = 30;

    /** Height of the legend's first row and of each further row. */
    static double legendRowHeight(double fontSize) {
        return Math.round(fontSize * 1.6);
    }

    /**
     * Where each entry of the legend goes, wrapping onto further rows so that none is cut or
     * left out: {@code {x, row}} for the kinds in order, then the samples.
     */
    static List<double[]> legendPlaces(LegendContent content, double width, TextMeasure tm) {
        double r = TimelinePainter.MARKER_R;
        List<double[]> places = new ArrayList<>();
        io.annalist.draw.Wrap.Flow flow = new io.annalist.draw.Wrap.Flow(8, width - 8);
        for (EventKind k : content.kinds()) {
            places.add(flow.next(2 * r + 4 + tm.width(k.label()), 14));
        }
        flow.skip(6);
        for (int i = 0; i < SAMPLES.length; i++) {
            if (content.samples()[i]) {
                double sampleW = i == 0 ? 2 * r : i == 4 ? 22 : BAND_W;
                places.add(flow.next(sampleW + 4 + tm.width(SAMPLES[i]), 16));
            }
        }
        return places;
    }

    /** How many rows the legend takes at {@code width}. */
    static int legendRows(LegendContent content, double width, TextMeasure tm) {
        List<double[]> places = legendPlaces(content, width, tm);
        return places.isEmpty() ? 1 : (int) places.get(places.size() - 1)[1] + 1;
    }

    static void legend(Surface gc, LegendContent content, FrameLayout layout, Palette p, TextMeasure tm) {
        Set<EventKind> kinds = content.kinds();
        double rowH = legendRowHeight(p.font().getSize());
        double y0 = layout.legendTop() + Math.round(p.font().getSize() * 1.9) / 2;
        gc.setFill(p.axisBackground());
        gc.fillRect(0, layout.legendTop(), layout.width(), layout.legendHeight());
        gc.setStroke(p.separator());
        gc.setLineWidth(1);
        gc.strokeLine(0, layout.legendTop() + 0.5, layout.width(), layout.legendTop() + 0.5);
        gc.setTextBaseline(VPos.CENTER);
        double r = TimelinePainter.MARKER_R;
        double bandW = BAND_W;
        List<double[]> places = legendPlaces(content, layout.width(), tm);
        int n = 0;
        for (EventKind k : kinds) {
            double x = places.get(n)[0];
            double y = y0 + places.get(n++)[1] * rowH;
            Color c = p.kind(k);
            gc.setFill(c);
            gc.setStroke(c.darker());
            gc.setLineWidth(1.5);
            MarkerShape.of(k).draw(gc, x + r, y, r, false);
            gc.setFill(p.text());
            gc.fillText(k.label(), x + 2 * r + 4, y);
        }
        Color sample = p.mutedText();
        String[] labels = SAMPLES;
        for (int i = 0; i < labels.length; i++) {
            if (!content.samples()[i]) {
                continue;
            }
            double x = places.get(n)[0];
            double y = y0 + places.get(n++)[1] * rowH;
            double sampleW = i == 0 ? 2 * r : i == 4 ? 22 : bandW;
            switch (i) {
                case 0 -> {
                    gc.setFill(sample);
                    gc.setStroke(sample.darker());
                    MarkerShape.CIRCLE.draw(gc, x + r, y, r, false);
                }
                case 1 -> {
                    gc.setFill(sample.deriveColor(0, 1, 1, 0.2));
                    gc.fillRect(x, y - 7, bandW, 14);
                    gc.setFill(sample.deriveColor(0, 1, 1, 0.45));
                    MarkerShape.CIRCLE.draw(gc, x + bandW / 2, y, r, false);
                }
                case 2 -> {
                    gc.setFill(sample.deriveColor(0, 1, 1, 0.3));
                    gc.fillRoundRect(x, y - 6, bandW, 12, 4, 4);
                    gc.setFill(sample);
                    gc.fillRect(x, y - 6, bandW, 2.5);
                }
                case 3 -> {
                    gc.setFill(new LinearGradient(x, 0, x + bandW, 0, false, CycleMethod.NO_CYCLE,
                            new Stop(0, sample.deriveColor(0, 1, 1, 0)), new Stop(0.35, sample.deriveColor(0, 1, 1, 0.3)),
                            new Stop(0.65, sample.deriveColor(0, 1, 1, 0.3)), new Stop(1, sample.deriveColor(0, 1, 1, 0))));
                    gc.fillRect(x, y - 6, bandW, 12);
                }
                default -> {
                    gc.setFill(p.clusterFill());
                    gc.fillRoundRect(x, y - 7, 22, 14, 14, 14);
                    gc.setFill(p.clusterText());
                    gc.setTextAlign(TextAlignment.CENTER);
                    gc.fillText("12", x + 11, y);
                    gc.setTextAlign(TextAlignment.LEFT);
                }
            }
            x = label(gc, p, tm, labels[i], x + sampleW + 4, y);
        }
    }

    private static double label(Surface gc, Palette p, TextMeasure tm, String text, double x, double y) {
        gc.setFill(p.mutedText());
        gc.fillText(text, x, y);
        return x + tm.width(text) + 16;
    }

    /** The whole data range, its density, and the visible window on it. */
    static void overview(Surface gc, EventIndex all, TimeWindow data, TimeWindow window,
                         FrameLayout layout, Palette p, TextMeasure tm) {
        double top = layout.overviewTop();
        double h = layout.overviewHeight();
        gc.setFill(p.overviewBackground());
        gc.fillRect(0, top, layout.width(), h);
        if (data == null) {
            return;
        }
        TimeWindow range = overviewRange(data, window);
        TimeScale s = TimeScale.of(range, layout.timeX0(), layout.timeWidth());
        columns(gc, all, s, layout.timeX0(), layout.timeWidth(), top + 4, h - 8, p.density());
        double x0 = Math.max(layout.timeX0(), s.xOf(window.start()));
        double x1 = Math.min(layout.width(), s.xOf(window.end()));
        if (x1 - x0 < 4) {
            double c = (x0 + x1) / 2;
            x0 = c - 2;
            x1 = c + 2;
        }
        gc.setFill(p.overviewWindow().deriveColor(0, 1, 1, 0.22));
        gc.fillRect(x0, top + 1, x1 - x0, h - 2);
        gc.setStroke(p.overviewWindow());
        gc.setLineWidth(1.5);
        gc.strokeRect(x0, top + 1.5, x1 - x0, h - 3);
        if (layout.headerWidth() > 0) {
            gc.setFill(p.mutedText());
            gc.setTextBaseline(VPos.CENTER);
            gc.fillText(tm.elide(rangeLabel(range), layout.headerWidth() - 10), 6, top + h / 2);
        }
    }

    /** The overview shows the data plus a margin, widened to include the visible window. */
    static TimeWindow overviewRange(TimeWindow data, TimeWindow window) {
        TimeWindow padded = data.padded(0.03);
        return new TimeWindow(Math.min(padded.start(), window.start()), Math.max(padded.end(), window.end()));
    }

    /**
     * The data's range as the overview bar names it: its years ("2017 – 2025"), or its months or days
     * where it lies within one year or one month ("June 2024 – August 2024"), never "2024 – 2024".
     */
    static String rangeLabel(TimeWindow range) {
        for (Precision p : new Precision[]{Precision.YEAR, Precision.MONTH, Precision.DAY}) {
            String from = DateText.human(range.start(), p);
            String to = DateText.human(range.end() - 1, p);
            if (!from.equals(to)) {
                return from + " – " + to;
            }
        }
        return DateText.human(range.start(), Precision.DAY);
    }
}
