package io.annalist.timeline;

import java.util.List;
import java.util.Map;

import io.annalist.draw.Surface;
import io.annalist.model.Event;
import io.annalist.model.Precision;
import io.annalist.model.When;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.text.TextAlignment;

/**
 * Draws one planned lane: bars with their kind's shape at the start, points with the band of
 * the unit they cover, titles where the plan put them (with a leader line when beside the
 * mark's row), badges, and the bars of a histogram with its maximum named. Records every hit
 * and every title. Call on the thread that owns the surface.
 */
final class LanePainter {
    private static final double R = TimelinePainter.MARKER_R;
    /** Space kept between two badges in a row. */
    static final double BADGE_GAP = 4;

    private final Surface gc;
    private final PaintRequest r;
    private final TimeScale scale;
    private final FrameLayout layout;
    private final TextMeasure tm;
    private final List<Frame.Hit> hits;
    private final List<Frame.Title> titles;
    /** Footnote number of each shortened title (exports only). */
    private final Map<Event, Integer> footnotes;

    LanePainter(Surface gc, PaintRequest r, TimeScale scale, FrameLayout layout, TextMeasure tm,
                List<Frame.Hit> hits, List<Frame.Title> titles, Map<Event, Integer> footnotes) {
        this.gc = gc;
        this.r = r;
        this.scale = scale;
        this.layout = layout;
        this.tm = tm;
        this.hits = hits;
        this.titles = titles;
        this.footnotes = footnotes;
    }

    /** Draws the lane; returns how many marks it drew. */
    int draw(LanePlan plan) {
        Palette p = r.palette();
        double rowH = layout.rowHeight();
        for (LanePlan.Mark m : plan.marks) {
            Event e = m.event();
            Color c = p.kind(e.kind());
            double y = plan.top + m.dy();
            if (m.thin()) {
                drawThin(m, y, c);
            } else if (m.bar()) {
                drawBar(m, y, rowH, c, m.span());
            } else {
                drawPoint(m, y, rowH, c);
            }
            if (r.marks().isStarred(e.id())) {
                double sx = m.shapeX(layout.timeX0(), R);
                StarMark.draw(gc, sx, y, m.thin() ? 3.5 : R, p.text(), p.background());
            }
            double labelRight = drawTitle(plan, m, y, p);
            highlight(m, y, rowH, e, p);
            double top = m.thin() ? y - LanePlan.THIN_ROW / 2 : y - rowH / 2;
            double h = m.thin() ? LanePlan.THIN_ROW : rowH;
            double hx = Math.min(m.x0(), m.markX() - R);
            boolean sameRow = m.label().shown() && m.labelDy() == m.dy();
            double hw = Math.max(m.x1(), sameRow ? labelRight : m.x1()) - hx;
            if (sameRow && m.label().x() < hx) {
                hw += hx - m.label().x();
                hx = m.label().x();
            }
            hits.add(new Frame.Hit(hx, top, hw, h, e, null, 0, plan.lane.key()));
            if (m.label().shown() && !sameRow) {
                hits.add(new Frame.Hit(m.label().x(), plan.top + m.labelDy() - rowH / 2, m.label().width(), rowH, e,
                        null, 0, plan.lane.key()));
            }
        }
        if (plan.dense || plan.collapsed) {
            drawBins(plan, p);
        } else {
            drawBadges(plan, p);
        }
        return plan.marks.size();
    }

    private void highlight(LanePlan.Mark m, double y, double rowH, Event e, Palette p) {
        boolean selected = r.selected() != null && (e == r.selected() || e.equals(r.selected()));
        if (!selected && e != r.hovered()) {
            return;
        }
        gc.setStroke(selected ? p.selection() : p.selection().deriveColor(0, 1, 1, 0.45));
        gc.setLineWidth(selected ? 2.5 : 2);
        double h = m.thin() ? LanePlan.THIN_ROW : rowH - 4;
        if (m.bar() || m.thin()) {
            gc.strokeRoundRect(m.x0() - 2, y - h / 2, m.x1() - m.x0() + 4, h, 6, 6);
        } else {
            double rr = R + (selected ? 4 : 3);
            gc.strokeOval(m.markX() - rr, y - rr, 2 * rr, 2 * rr);
        }
    }

    /** The title where the plan put it; returns its right end. */
    private double drawTitle(LanePlan plan, LanePlan.Mark m, double y, Palette p) {
        LaneStacking.Label label = m.label();
        Event e = m.event();
        if (!label.shown()) {
            return m.x1();
        }
        String title = e.displayTitle();
        Integer note = footnotes.get(e);
        if (note != null && note > TimelinePainter.MAX_NOTES) {
            note = null;
        }
        String mark = label.elided() && note != null ? " " + note : "";
        String star = r.starLabel(e);
        String text = title;
        if (label.elided()) {
            text = tm.elide(title, label.width() - tm.width(mark) - (star.isEmpty() ? 0 : tm.width(star + " ")));
        }
        // A starred title's number stands on the side of its mark: before a title to its right, after one to its left.
        boolean leftOfMark = label.x() + label.width() <= m.x0();
        text = star.isEmpty() ? text + mark : leftOfMark ? text + mark + " " + star : star + " " + text + mark;
        double ly = plan.top + m.labelDy();
        if (ly != y) {
            // A title on the row beside its mark is tied to it by a short leader line.
            gc.setStroke(p.connector());
            gc.setLineWidth(1);
            boolean right = label.x() >= m.x1();
            double fromX = right ? m.x1() : m.x0();
            double toX = right ? label.x() - 1 : label.x() + label.width() + 1;
            gc.strokeLine(fromX, y, toX, ly + (ly < y ? 4 : -4));
        }
        gc.setFill(e.when().isVague() && !m.bar() ? p.mutedText() : p.text());
        gc.fillText(text, label.x(), ly);
        // The width of what was drawn, not of the room it was given: a title longer than its room shows.
        double w = tm.width(text);
        titles.add(new Frame.Title(label.x(), ly - layout.rowHeight() / 2 + 2, w, layout.rowHeight() - 4, e,
                label.elided()));
        return label.x() + w;
    }

    /** A mark in a thin row: the bar or shape, small, without a title (hover names it). */
    private void drawThin(LanePlan.Mark m, double y, Color c) {
        gc.setLineWidth(1);
        gc.setStroke(c.darker());
        if (m.bar()) {
            gc.setFill(c.deriveColor(0, 1, 1, 0.45));
            gc.fillRect(m.x0(), y - 2.5, m.x1() - m.x0(), 5);
            gc.setFill(c);
            MarkerShape.of(m.event().kind()).draw(gc, m.shapeX(layout.timeX0(), 3.5), y, 3.5, false);
        } else {
            gc.setFill(m.event().when().isVague() ? c.deriveColor(0, 1, 1, 0.5) : c);
            MarkerShape.of(m.event().kind()).draw(gc, m.markX(), y, 3.5, false);
        }
    }

    /**
     * A bar with its kind's shape at its start. An end known only to the month or year fades
     * across that unit; an approximate span has soft edges and a dashed top — never fainter.
     */
    private void drawBar(LanePlan.Mark m, double y, double rowH, Color c, boolean span) {
        When w = m.event().when();
        double h = Math.max(8, rowH - 8);
        double top = y - h / 2;
        double x0 = m.x0();
        double x1 = m.x1();
        double fadeIn = fade(w.startPrecision(), w.isApproximate(), scale.xOf(w.startUnitEnd()) - x0, x1 - x0);
        double fadeOut = fade(w.endPrecision(), w.isApproximate(), x1 - scale.xOf(w.endUnitStart()), x1 - x0);
        if (!span) {
            // A single date shown as the band of its unit: it does not fade, only soft edges when approximate.
            fadeIn = w.isApproximate() ? Math.min(16, (x1 - x0) / 4) : 0;
            fadeOut = fadeIn;
        }
        gc.setFill(ramp(c, 0.32, x0, x1, fadeIn, fadeOut));
        gc.fillRoundRect(x0, top, x1 - x0, h, 4, 4);
        gc.setFill(ramp(c, 1, x0, x1, fadeIn, fadeOut));
        if (w.isApproximate()) {
            for (double x = x0; x < x1; x += 8) {
                gc.fillRect(x, top, Math.min(5, x1 - x), 2.5);
            }
        } else {
            gc.fillRect(x0, top, x1 - x0, 2.5);
        }
        double sx = m.shapeX(layout.timeX0(), R);
        if (x0 < layout.timeX0() - 0.5) {
            // Begun before the time shown: a ◂ at the edge, so the shape after it is not read as its start.
            double tx = layout.timeX0();
            gc.setFill(c);
            gc.fillPolygon(new double[]{tx + 1, tx + 7, tx + 7}, new double[]{y, y - 4, y + 4}, 3);
        }
        gc.setLineWidth(1.5);
        gc.setStroke(c.darker());
        gc.setFill(w.isVague() && !span ? c.deriveColor(0, 1, 1, 0.6) : c);
        MarkerShape.of(m.event().kind()).draw(gc, sx, y, R, false);
    }

    static double fade(Precision precision, boolean approximate, double unitPx, double barPx) {
        double f = precision.coarserThanDay() ? unitPx : 0;
        if (approximate) {
            f = Math.max(f, Math.min(16, barPx / 4));
        }
        return Math.max(0, Math.min(f, barPx / 2));
    }

    static Paint ramp(Color c, double alpha, double x0, double x1, double in, double out) {
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
    private void drawPoint(LanePlan.Mark m, double y, double rowH, Color c) {
        When w = m.event().when();
        double xs = scale.xOf(w.start());
        double xe = scale.xOf(w.end());
        boolean vague = w.isVague();
        if (xe - xs >= 2 * R || (vague && xe - xs >= 2)) {
            double in = w.isApproximate() ? Math.min(12, (xe - xs) / 4) : 0;
            gc.setFill(ramp(c, vague ? 0.22 : 0.12, xs, xe, in, in));
            gc.fillRect(xs, y - rowH / 2 + 3, xe - xs, rowH - 6);
        }
        gc.setLineWidth(1.5);
        gc.setStroke(c.darker());
        gc.setFill(vague ? c.deriveColor(0, 1, 1, 0.45) : c);
        MarkerShape.of(m.event().kind()).draw(gc, m.markX(), y, R, false);
    }

    private void drawBadges(LanePlan plan, Palette p) {
        double rowH = layout.rowHeight();
        int n = plan.badges.size();
        String[] labels = new String[n];
        double[] xs = new double[n];
        double[] ws = new double[n];
        // Badges in a row keep apart: each after the one before, and all within the picture's right edge.
        double right = layout.timeX0() + layout.timeWidth();
        for (int i = 0; i < n; i++) {
            LanePlan.Badge b = plan.badges.get(i);
            labels[i] = (b.kind() == LanePlan.BadgeKind.EARLIER ? "◂ " : "+") + count(b.count());
            ws[i] = Math.max(22, tm.width(labels[i]) + 10);
            xs[i] = i == 0 ? b.x() : Math.max(b.x(), xs[i - 1] + ws[i - 1] + BADGE_GAP);
        }
        for (int i = n - 1; i >= 0; i--) {
            xs[i] = Math.min(xs[i], i == n - 1 ? right - ws[i] : xs[i + 1] - BADGE_GAP - ws[i]);
        }
        for (int i = 0; i < n; i++) {
            LanePlan.Badge b = plan.badges.get(i);
            String label = labels[i];
            double w = ws[i];
            double h = Math.min(rowH - 4, 16);
            double y = plan.top + b.dy();
            double x = xs[i];
            gc.setFill(p.clusterFill());
            gc.fillRoundRect(x, y - h / 2, w, h, h, h);
            gc.setFill(p.clusterText());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(label, x + w / 2, y);
            gc.setTextAlign(TextAlignment.LEFT);
            hits.add(new Frame.Hit(x, y - h / 2, w, h, null, b.extent(), b.count(), plan.lane.key(), b.events(),
                    null));
        }
    }

    private static String count(int n) {
        return n >= 10_000 ? (n / 1000) + "k" : Integer.toString(n);
    }

    /** A histogram in calendar bins, heights in proportion to the counts, the tallest named. */
    private void drawBins(LanePlan plan, Palette p) {
        double rowH = layout.rowHeight();
        double bottom = plan.top + plan.height - 4;
        double room = plan.height - 8 - (plan.dense ? rowH * 0.6 : 0);
        int max = Math.max(1, plan.binMaxCount);
        for (LanePlan.Badge b : plan.badges) {
            if (b.kind() == LanePlan.BadgeKind.EARLIER) {
                continue;
            }
            double h = Math.max(1.5, room * b.count() / max);
            double w = Math.max(1, b.w() - (b.w() >= 4 ? 1 : 0));
            gc.setFill(p.density().deriveColor(0, 1, 1, 0.55));
            gc.fillRect(b.x(), bottom - h, w, h);
            hits.add(new Frame.Hit(b.x(), plan.top + 3, Math.max(2, b.w()), plan.height - 6, null, b.extent(),
                    b.count(), plan.lane.key(), b.events(), b.name()));
        }
        for (LanePlan.Badge b : plan.badges) {
            if (b.kind() == LanePlan.BadgeKind.EARLIER) {
                double h = Math.min(rowH - 4, 16);
                String label = "◂ " + count(b.count());
                double w = Math.max(22, tm.width(label) + 10);
                double y = plan.top + b.dy();
                gc.setFill(p.clusterFill());
                gc.fillRoundRect(b.x(), y - h / 2, w, h, h, h);
                gc.setFill(p.clusterText());
                gc.fillText(label, b.x() + 5, y);
                hits.add(new Frame.Hit(b.x(), y - h / 2, w, h, null, b.extent(), b.count(), plan.lane.key(),
                        b.events(), "running in from earlier"));
            }
        }
        if (plan.dense && plan.binMax != null) {
            double w = tm.width(plan.binMax);
            gc.setFill(p.mutedText());
            gc.fillText(plan.binMax, layout.timeX0() + layout.timeWidth() - w - 6, plan.top + 3 + rowH * 0.35);
        }
    }
}
