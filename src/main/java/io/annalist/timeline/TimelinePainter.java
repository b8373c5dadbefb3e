package io.annalist.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.annalist.model.Event;
import io.annalist.model.Precision;
import io.annalist.model.When;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the timeline onto a {@link GraphicsContext}: grid, lanes with their
 * marks, titles, cluster badges and connectors, lane headers, the axis, the density strip,
 * the legend and the overview bar. The window's canvas and the PNG export both use it, so
 * what is exported is what is seen. Work is proportional to what is visible, never to the
 * number of events. Call on the thread that owns the GraphicsContext.
 */
public final class TimelinePainter {
    public static final double MARKER_R = 5;
    public static final double CLUSTER_WIDTH = 44;

    private TextMeasure text;
    private TextMeasure bold;

    private TextMeasure text(Font font) {
        if (text == null || !text.font().equals(font)) {
            text = new TextMeasure(font);
            bold = new TextMeasure(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        }
        return text;
    }

    /** Draws the frame {@code r} describes and returns what it drew. */
    public Frame paint(GraphicsContext gc, PaintRequest r) {
        Palette p = r.palette();
        FrameLayout layout = FrameLayout.of(r.width(), r.height(), p.font().getSize(), r.headers(), r.legend(),
                r.overview(), r.axis());
        TimeScale scale = TimeScale.of(r.window(), layout.timeX0(), layout.timeWidth());
        TextMeasure tm = text(p.font());
        gc.save();
        gc.setFont(p.font());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(p.background());
        gc.fillRect(0, 0, r.width(), r.height());

        AxisTicks.Rows ticks = AxisTicks.compute(scale, tm::width, bold::width);
        int extra = LanePlan.extraRows(r.lanes().lanes(), r.collapsed(), layout.rowHeight(), layout.lanesHeight());
        List<LanePlan> plans = planLanes(r, scale, layout, tm, extra);
        double lanesHeight = 0;
        for (Lanes.Lane lane : r.lanes().lanes()) {
            lanesHeight += LanePlan.height(lane, r.collapsed().contains(lane.key()), layout.rowHeight(), extra);
        }

        gc.save();
        clip(gc, 0, layout.lanesTop(), r.width(), layout.lanesHeight());
        drawLaneBackgrounds(gc, plans, layout, p);
        Chrome.grid(gc, ticks, layout, p);
        List<Frame.Hit> hits = new ArrayList<>();
        gc.save();
        clip(gc, layout.timeX0(), layout.lanesTop(), layout.timeWidth(), layout.lanesHeight());
        drawConnectors(gc, plans, p);
        int drawn = 0;
        for (LanePlan plan : plans) {
            drawn += drawLane(gc, plan, scale, layout, r, tm, hits);
        }
        gc.restore();
        if (r.headers()) {
            drawHeaders(gc, plans, layout, p, hits, r.controls());
        }
        if (r.lanes().lanes().isEmpty() && !r.controls()) {
            gc.setFill(p.mutedText());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText("No events to show", layout.timeX0() + layout.timeWidth() / 2,
                    layout.lanesTop() + layout.lanesHeight() / 2);
            gc.setTextAlign(TextAlignment.LEFT);
        }
        gc.restore();

        if (r.axis()) {
            Chrome.axis(gc, ticks, layout, p, bold);
            Chrome.density(gc, r.lanes().all(), scale, layout, p);
        }
        if (r.legend()) {
            Chrome.legend(gc, r.lanes().kinds(), layout, p, tm);
        }
        if (r.overview()) {
            Chrome.overview(gc, r.lanes().all(), r.dataRange(), r.window(), layout, p, tm);
        }
        gc.restore();
        int shownLanes = 0;
        for (LanePlan plan : plans) {
            if (plan.top + plan.height <= layout.lanesBottom() + 1) {
                shownLanes++;
            }
        }
        return new Frame(scale, layout, hits, lanesHeight, drawn, extra, shownLanes);
    }

    private static void clip(GraphicsContext gc, double x, double y, double w, double h) {
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.closePath();
        gc.clip();
    }

    /**
     * Plans every lane of {@code r}, as if each were scrolled into view: what the layout
     * figures of {@code annalist bench --layout} are measured on. FX thread (text is measured).
     */
    public LayoutQuality.Counts measureLayout(PaintRequest r) {
        Palette p = r.palette();
        FrameLayout layout = FrameLayout.of(r.width(), r.height(), p.font().getSize(), r.headers(), r.legend(),
                r.overview(), r.axis());
        TimeScale scale = TimeScale.of(r.window(), layout.timeX0(), layout.timeWidth());
        TextMeasure tm = text(p.font());
        int extra = LanePlan.extraRows(r.lanes().lanes(), r.collapsed(), layout.rowHeight(), layout.lanesHeight());
        LayoutQuality.Counts counts = new LayoutQuality.Counts();
        int ordinal = 0;
        for (Lanes.Lane lane : r.lanes().lanes()) {
            if (r.collapsed().contains(lane.key())) {
                continue;
            }
            LanePlan plan = LanePlan.plan(lane, ordinal++, layout.lanesTop(), false, extra, scale, layout, tm, MARKER_R);
            plan.lane.index().forEachOverlapping(r.window().start(), r.window().end(),
                    pos -> counts.visible(plan.lane.index().get(pos)));
            for (LanePlan.Mark m : plan.marks) {
                double w = tm.width(m.event().displayTitle());
                counts.drawn(m.event(), m.labelRoom() >= w);
            }
        }
        return counts;
    }

    private List<LanePlan> planLanes(PaintRequest r, TimeScale scale, FrameLayout layout, TextMeasure tm, int extra) {
        List<LanePlan> plans = new ArrayList<>();
        double y = layout.lanesTop() - r.laneScroll();
        int ordinal = 0;
        for (Lanes.Lane lane : r.lanes().lanes()) {
            ordinal++;
            boolean collapsed = r.collapsed().contains(lane.key());
            double h = LanePlan.height(lane, collapsed, layout.rowHeight(), extra);
            if (y + h > layout.lanesTop() && y < layout.lanesBottom()) {
                plans.add(LanePlan.plan(lane, ordinal - 1, y, collapsed, extra, scale, layout, tm, MARKER_R));
            }
            y += h;
            if (y >= layout.lanesBottom()) {
                break;
            }
        }
        return plans;
    }

    private static void drawLaneBackgrounds(GraphicsContext gc, List<LanePlan> plans, FrameLayout layout, Palette p) {
        for (LanePlan plan : plans) {
            if (plan.ordinal % 2 == 1) {
                gc.setFill(p.laneAlt());
                gc.fillRect(layout.timeX0(), plan.top, layout.timeWidth(), plan.height);
            }
            gc.setStroke(p.separator());
            gc.setLineWidth(1);
            gc.strokeLine(0, Math.floor(plan.top + plan.height) + 0.5, layout.width(),
                    Math.floor(plan.top + plan.height) + 0.5);
        }
    }

    /** A thin vertical line joins the marks of one event in several lanes. */
    private static void drawConnectors(GraphicsContext gc, List<LanePlan> plans, Palette p) {
        Map<Event, double[]> spans = new HashMap<>();
        for (LanePlan plan : plans) {
            for (LanePlan.Mark m : plan.marks) {
                double[] s = spans.get(m.event());
                if (s == null) {
                    spans.put(m.event(), new double[]{m.markX(), m.y(), m.y(), 1});
                } else {
                    s[1] = Math.min(s[1], m.y());
                    s[2] = Math.max(s[2], m.y());
                    s[3]++;
                }
            }
        }
        gc.setStroke(p.connector());
        gc.setLineWidth(1);
        for (double[] s : spans.values()) {
            if (s[3] > 1) {
                double x = Math.round(s[0]) + 0.5;
                gc.strokeLine(x, s[1], x, s[2]);
            }
        }
    }

    private int drawLane(GraphicsContext gc, LanePlan plan, TimeScale scale, FrameLayout layout, PaintRequest r,
                         TextMeasure tm, List<Frame.Hit> hits) {
        Palette p = r.palette();
        double rowH = layout.rowHeight();
        for (LanePlan.Mark m : plan.marks) {
            Event e = m.event();
            Color c = p.kind(e.kind());
            if (m.span()) {
                drawSpan(gc, m, scale, rowH, c, p);
            } else {
                drawPoint(gc, m, scale, rowH, c);
            }
            double labelX = m.labelInside() ? Math.max(m.x0(), layout.timeX0()) + 4 : m.x1() + LaneStacking.LABEL_OFFSET;
            double labelW = 0;
            if (m.labelRoom() >= LaneStacking.MIN_LABEL || (m.labelRoom() > 0 && m.labelRoom() >= tm.width(e.displayTitle()))) {
                String label = tm.elide(e.displayTitle(), m.labelRoom());
                if (!label.isEmpty()) {
                    gc.setFill(e.when().isVague() && !m.span() ? p.mutedText() : p.text());
                    gc.fillText(label, labelX, m.y());
                    labelW = tm.width(label);
                }
            }
            if (e == r.selected() || (r.selected() != null && e.equals(r.selected()))) {
                gc.setStroke(p.selection());
                gc.setLineWidth(2.5);
                if (m.span()) {
                    gc.strokeRoundRect(m.x0() - 2, m.y() - rowH / 2 + 2, m.x1() - m.x0() + 4, rowH - 4, 6, 6);
                } else {
                    double rr = MARKER_R + 4;
                    gc.strokeOval(m.markX() - rr, m.y() - rr, 2 * rr, 2 * rr);
                }
            } else if (e == r.hovered()) {
                gc.setStroke(p.selection().deriveColor(0, 1, 1, 0.45));
                gc.setLineWidth(2);
                if (m.span()) {
                    gc.strokeRoundRect(m.x0() - 2, m.y() - rowH / 2 + 2, m.x1() - m.x0() + 4, rowH - 4, 6, 6);
                } else {
                    double rr = MARKER_R + 3;
                    gc.strokeOval(m.markX() - rr, m.y() - rr, 2 * rr, 2 * rr);
                }
            }
            double hx = Math.min(m.x0(), m.markX() - MARKER_R);
            double hw = Math.max(m.x1(), labelX + labelW) - hx;
            hits.add(new Frame.Hit(hx, m.y() - rowH / 2, hw, rowH, e, null, 0, plan.lane.key()));
        }
        if (plan.dense) {
            drawDensityBars(gc, plan, rowH, p);
        }
        for (LanePlan.Badge b : plan.badges) {
            String label = (b.more() ? "+" : "") + (b.count() >= 10_000 ? (b.count() / 1000) + "k"
                    : Integer.toString(b.count()));
            double w = Math.max(22, tm.width(label) + 10);
            double h = Math.min(rowH - 4, 16);
            gc.setFill(p.clusterFill());
            gc.fillRoundRect(b.x(), b.y() - h / 2, w, h, h, h);
            gc.setFill(p.clusterText());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(label, b.x() + w / 2, b.y());
            gc.setTextAlign(TextAlignment.LEFT);
            hits.add(new Frame.Hit(b.x(), b.y() - h / 2, w, h, null, b.window(), b.count(), plan.lane.key()));
        }
        return plan.marks.size();
    }

    /** Under the badges of a crowded lane, a bar per column, taller where more events start (log scale). */
    private static void drawDensityBars(GraphicsContext gc, LanePlan plan, double rowH, Palette p) {
        int max = 1;
        for (LanePlan.Badge b : plan.badges) {
            max = Math.max(max, b.count());
        }
        double top = plan.top + rowH + 4;
        double room = plan.top + plan.height - 4 - top;
        if (room < 4) {
            return;
        }
        gc.setFill(p.density().deriveColor(0, 1, 1, 0.35));
        double logMax = Math.log1p(max);
        for (LanePlan.Badge b : plan.badges) {
            double h = Math.max(2, room * Math.log1p(b.count()) / logMax);
            gc.fillRect(b.x() + 2, top + room - h, CLUSTER_WIDTH - 4, h);
        }
    }

    /** A bar; an end known only to the month or year fades across that month or year, an approximate one softly. */
    private static void drawSpan(GraphicsContext gc, LanePlan.Mark m, TimeScale scale, double rowH, Color c,
                                 Palette p) {
        When w = m.event().when();
        double h = Math.max(8, rowH - 8);
        double y = m.y() - h / 2;
        double x0 = m.x0();
        double x1 = m.x1();
        double fadeIn = fade(w.startPrecision(), w.isApproximate(), scale.xOf(w.startUnitEnd()) - x0, x1 - x0);
        double fadeOut = fade(w.endPrecision(), w.isApproximate(), x1 - scale.xOf(w.endUnitStart()), x1 - x0);
        double alpha = w.isApproximate() ? 0.22 : 0.30;
        gc.setFill(ramp(c, alpha, x0, x1, fadeIn, fadeOut));
        gc.fillRoundRect(x0, y, x1 - x0, h, 4, 4);
        gc.setFill(ramp(c, 1, x0, x1, fadeIn, fadeOut));
        gc.fillRect(x0, y, x1 - x0, 2.5);
    }

    private static double fade(Precision precision, boolean approximate, double unitPx, double barPx) {
        double f = precision.coarserThanDay() ? unitPx : 0;
        if (approximate) {
            f = Math.max(f, Math.min(16, barPx / 4));
        }
        return Math.max(0, Math.min(f, barPx / 2));
    }

    private static javafx.scene.paint.Paint ramp(Color c, double alpha, double x0, double x1, double in, double out) {
        Color solid = c.deriveColor(0, 1, 1, alpha);
        if (in <= 0.5 && out <= 0.5) {
            return solid;
        }
        Color clear = c.deriveColor(0, 1, 1, 0);
        double len = Math.max(1, x1 - x0);
        return new LinearGradient(x0, 0, x1, 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, in > 0.5 ? clear : solid), new Stop(Math.min(1, in / len), solid),
                new Stop(Math.max(0, 1 - out / len), solid), new Stop(1, out > 0.5 ? clear : solid));
    }

    /** A marker at the middle of the date's unit; the unit itself as a faded band where it is wider than the marker. */
    private static void drawPoint(GraphicsContext gc, LanePlan.Mark m, TimeScale scale, double rowH, Color c) {
        When w = m.event().when();
        double xs = scale.xOf(w.start());
        double xe = scale.xOf(w.end());
        boolean vague = w.isVague();
        if (xe - xs >= 2 * MARKER_R || (vague && xe - xs >= 2)) {
            double in = w.isApproximate() ? Math.min(12, (xe - xs) / 4) : 0;
            gc.setFill(ramp(c, vague ? 0.20 : 0.10, xs, xe, in, in));
            gc.fillRect(xs, m.y() - rowH / 2 + 3, xe - xs, rowH - 6);
        }
        gc.setLineWidth(1.5);
        gc.setStroke(c.darker());
        gc.setFill(vague ? c.deriveColor(0, 1, 1, 0.45) : c);
        MarkerShape.of(m.event().kind()).draw(gc, m.markX(), m.y(), MARKER_R, false);
    }

    private void drawHeaders(GraphicsContext gc, List<LanePlan> plans, FrameLayout layout, Palette p,
                             List<Frame.Hit> hits, boolean controls) {
        gc.setFill(p.headerBackground());
        gc.fillRect(0, layout.lanesTop(), layout.headerWidth(), layout.lanesHeight());
        for (LanePlan plan : plans) {
            double y = plan.top + layout.rowHeight() / 2 + 3;
            String count = String.format("%,d", plan.lane.index().size());
            double cw = text.width(count);
            gc.setFill(p.mutedText());
            gc.fillText(count, layout.headerWidth() - cw - 8, y);
            gc.setFill(p.headerText());
            gc.setFont(bold.font());
            String arrow = !controls ? "" : plan.collapsed ? "▸ " : "▾ ";
            gc.fillText(bold.elide(arrow + plan.lane.label(), layout.headerWidth() - cw - 20), 6, y);
            gc.setFont(text.font());
            gc.setStroke(p.separator());
            gc.strokeLine(0, Math.floor(plan.top + plan.height) + 0.5, layout.headerWidth(),
                    Math.floor(plan.top + plan.height) + 0.5);
            hits.add(new Frame.Hit(0, plan.top, layout.headerWidth(), plan.height, null, null, 0, plan.lane.key()));
        }
        gc.setStroke(p.separator());
        gc.strokeLine(layout.headerWidth() - 0.5, layout.lanesTop(), layout.headerWidth() - 0.5, layout.lanesBottom());
    }
}
