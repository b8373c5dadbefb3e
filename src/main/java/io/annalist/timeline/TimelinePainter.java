package io.annalist.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.annalist.draw.FxSurface;
import io.annalist.draw.Surface;
import io.annalist.model.Event;
import io.annalist.model.When;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws one frame of the timeline onto a {@link Surface}: grid, lanes with their
 * marks, titles, cluster badges and connectors, lane headers, the axis, the density strip,
 * the legend and the overview bar. The window's canvas and the PNG export both use it, so
 * what is exported is what is seen. Work is proportional to what is visible, never to the
 * number of events. Call on the thread that owns the surface.
 */
public final class TimelinePainter {
    public static final double MARKER_R = 5;
    public static final double CLUSTER_WIDTH = 44;
    /** An export lists at most this many shortened titles in full; only those carry their number. */
    public static final int MAX_NOTES = 400;

    private TextMeasure text;
    private TextMeasure bold;
    private final LaneHeights laneHeights = new LaneHeights();
    /**
     * An export's last request and what it planned and counted: its tiles draw one picture with
     * one request, and plan every lane once for all of them instead of once a tile.
     */
    private PaintRequest lastRequest;
    private Planned lastPlanned;
    private Frame.Tally lastTally;
    /** How many lanes the last plan placed event by event (the others were out of view). */
    private int lanesPlanned;

    private TextMeasure text(Font font) {
        if (text == null || !text.font().equals(font)) {
            text = new TextMeasure(font);
            bold = new TextMeasure(Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        }
        return text;
    }

    /** Draws the frame {@code r} describes on a canvas and returns what it drew. FX thread. */
    public Frame paint(GraphicsContext gc, PaintRequest r) {
        return paint(new FxSurface(gc), r);
    }

    /** Draws the frame {@code r} describes and returns what it drew. */
    public Frame paint(Surface gc, PaintRequest r) {
        return paint(gc, r, null);
    }

    /**
     * Draws the frame, numbering shortened titles as {@code numbered} says (an export over
     * several pages numbers them once for all its pages), or, when it is null, in the order
     * of this frame. Each lane — its marks, titles, badges and header — is a group named
     * after the lane.
     */
    public Frame paint(Surface gc, PaintRequest r, Map<Event, Integer> numbered) {
        Palette p = r.palette();
        FrameLayout layout = layoutFor(r);
        TimeScale scale = scaleFor(r, layout);
        TextMeasure tm = text(p.font());
        gc.save();
        gc.setFont(p.font());
        gc.setTextBaseline(VPos.CENTER);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(p.background());
        gc.fillRect(0, 0, r.width(), r.height());

        AxisTicks.Rows ticks = AxisTicks.compute(scale, tm::width, bold::width);
        boolean again = !r.controls() && r.equals(lastRequest);
        Planned planned = again ? lastPlanned : planLanes(r, scale, layout, tm);
        List<LanePlan> plans = new ArrayList<>();
        int shownLanes = 0;
        for (LanePlan plan : planned.plans) {
            boolean whole = plan.top >= layout.lanesTop() - 0.5 && plan.top + plan.height <= layout.lanesBottom() + 1;
            // An export draws only the lanes that fit whole: never half a lane at the bottom.
            if (r.controls() ? plan.top + plan.height > layout.lanesTop() && plan.top < layout.lanesBottom() : whole) {
                plans.add(plan);
            }
            if (whole) {
                shownLanes++;
            }
        }
        Map<Event, Integer> notes = new java.util.IdentityHashMap<>();
        List<Event> shortened = r.controls() ? List.of() : shortened(plans, notes, r);
        if (numbered != null) {
            notes = numbered;
        }

        gc.save();
        gc.clipRect(0, layout.lanesTop(), r.width(), layout.lanesHeight());
        drawLaneBackgrounds(gc, plans, layout, p);
        Chrome.grid(gc, ticks, layout, p);
        Chrome.breaks(gc, scale, layout, p);
        List<Frame.Hit> hits = new ArrayList<>();
        List<Frame.Title> titles = new ArrayList<>();
        gc.save();
        gc.clipRect(layout.timeX0(), layout.lanesTop(), layout.timeWidth(), layout.lanesHeight());
        drawConnectors(gc, plans, layout.rowHeight(), layout.timeX0(), p);
        gc.restore();
        if (r.headers()) {
            gc.setFill(p.headerBackground());
            gc.fillRect(0, layout.lanesTop(), layout.headerWidth(), layout.lanesHeight());
        }
        LanePainter lanePainter = new LanePainter(gc, r, scale, layout, tm, hits, titles, notes);
        List<Frame.Hit> headerHits = new ArrayList<>();
        int drawn = 0;
        for (LanePlan plan : plans) {
            if (!gc.mayShow(0, plan.top - layout.rowHeight(), layout.width(), plan.height + 2 * layout.rowHeight())) {
                continue; // a tile of a tall export that this lane does not reach
            }
            gc.beginGroup("lane-" + plan.lane.key(), plan.lane.label());
            gc.save();
            gc.clipRect(layout.timeX0(), layout.lanesTop(), layout.timeWidth() + layout.rightPad(),
                    layout.lanesHeight());
            drawn += lanePainter.draw(plan);
            gc.restore();
            if (r.headers()) {
                drawHeader(gc, plan, layout, p, headerHits, r.controls());
            }
            gc.endGroup();
        }
        hits.addAll(headerHits);
        if (r.headers()) {
            gc.setStroke(p.separator());
            gc.strokeLine(layout.headerWidth() - 0.5, layout.lanesTop(), layout.headerWidth() - 0.5,
                    layout.lanesBottom());
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
            // The badge sample is the legend's last entry: leaving it out moves no other.
            Chrome.legend(gc, legendContent(r).withBadges(planned.plans.stream().anyMatch(pl -> !pl.badges.isEmpty())),
                    layout, p, tm);
        }
        if (r.overview()) {
            Chrome.overview(gc, r.lanes().all(), r.dataRange(), r.window(), layout, p, tm);
        }
        gc.restore();
        List<Frame.LaneBounds> bounds = new ArrayList<>();
        for (LanePlan plan : planned.plans) {
            bounds.add(new Frame.LaneBounds(plan.lane.key(), plan.top - layout.lanesTop() + r.laneScroll(), plan.height));
        }
        Frame.Tally tally = r.controls() ? Frame.Tally.EMPTY : again ? lastTally : tally(plans, r.window());
        if (!r.controls()) {
            lastRequest = r;
            lastPlanned = planned;
            lastTally = tally;
        }
        return new Frame(scale, layout, hits, planned.height, drawn, planned.extra, shownLanes, titles, shortened,
                bounds, tally);
    }

    /**
     * What became of the events of the time shown in the lanes drawn: marks, badges, bins; the
     * collapsed lanes. Exports only: it reads every event a histogram counts, which a frame of the
     * window must never do.
     */
    private static Frame.Tally tally(List<LanePlan> plans, TimeWindow w) {
        java.util.Set<Event> marked = new java.util.HashSet<>();
        java.util.Set<Event> badged = new java.util.HashSet<>();
        java.util.Set<Event> binned = new java.util.HashSet<>();
        List<Frame.CollapsedLane> collapsed = new ArrayList<>();
        for (LanePlan plan : plans) {
            for (LanePlan.Mark m : plan.marks) {
                if (inWindow(m.event(), w)) {
                    marked.add(m.event());
                }
            }
            for (LanePlan.Badge b : plan.badges) {
                for (Event e : b.events()) {
                    if (inWindow(e, w)) {
                        (b.kind() == LanePlan.BadgeKind.BIN || plan.collapsed ? binned : badged).add(e);
                    }
                }
            }
            if (plan.collapsed) {
                collapsed.add(new Frame.CollapsedLane(plan.lane.label(),
                        plan.lane.index().countOverlapping(w.start(), w.end())));
            }
        }
        badged.removeAll(marked);
        binned.removeAll(marked);
        binned.removeAll(badged);
        return new Frame.Tally(java.util.Set.copyOf(marked), java.util.Set.copyOf(badged), java.util.Set.copyOf(binned),
                List.copyOf(collapsed));
    }

    private static boolean inWindow(Event e, TimeWindow w) {
        return e.when().start() < w.end() && e.when().end() > w.start();
    }

    /** Where each part of the frame {@code r} describes goes, its legend wrapped to the width. */
    public FrameLayout layoutFor(PaintRequest r) {
        Palette p = r.palette();
        TextMeasure tm = text(p.font());
        int legendRows = r.legend() ? Chrome.legendRows(legendContent(r), r.width(), tm) : 1;
        FrameLayout layout = FrameLayout.of(r.width(), r.height(), p.font().getSize(), r.headers(), r.legend(),
                r.overview(), r.axis(), legendRows);
        if (r.headers() && !r.controls()) {
            // An export's lane names are wrapped between words: the headers are as wide as the widest word
            // of a name (up to two fifths of the picture), so no word is broken.
            double widest = 0;
            for (Lanes.Lane lane : r.lanes().lanes()) {
                for (String word : lane.label().split(" ")) {
                    widest = Math.max(widest, bold.width(word));
                }
            }
            double need = Math.ceil(widest + 14);
            if (need > layout.headerWidth()) {
                layout = layout.withHeaderWidth(Math.min(need, Math.round(r.width() * 0.4)));
            }
        }
        // An export has no scrolling to bring a mark at the end of the time shown into view: room for it whole.
        return r.controls() ? layout : layout.withRightPad(MARKER_R + 4);
    }

    /**
     * What the legend explains: in the window every kind of the data and every look a mark can
     * take; in an export only the kinds of the events in the time it shows and the looks they
     * take (a date known to the day, to the month or year only, a span, an approximate date), so
     * the legend explains nothing the picture lacks. Badges are known only once the lanes are
     * planned: the painter leaves their sample out when it drew none.
     */
    static Chrome.LegendContent legendContent(PaintRequest r) {
        if (r.controls()) {
            return new Chrome.LegendContent(r.lanes().kinds(), Chrome.LegendContent.ALL_SAMPLES);
        }
        java.util.Set<io.annalist.model.EventKind> kinds = java.util.EnumSet.noneOf(io.annalist.model.EventKind.class);
        boolean[] samples = new boolean[Chrome.LegendContent.ALL_SAMPLES.length];
        samples[Chrome.LegendContent.BADGE] = true;
        EventIndex all = r.lanes().all();
        all.forEachOverlapping(r.window().start(), r.window().end(), i -> {
            Event e = all.get(i);
            kinds.add(e.kind());
            When w = e.when();
            samples[Chrome.LegendContent.EXACT] |= !w.isSpan() && !w.isVague();
            samples[Chrome.LegendContent.MONTH_OR_YEAR] |= !w.isSpan() && w.startPrecision().coarserThanDay();
            samples[Chrome.LegendContent.SPAN] |= w.isSpan();
            samples[Chrome.LegendContent.APPROXIMATE] |= w.isApproximate();
        });
        return new Chrome.LegendContent(kinds, samples);
    }

    /** The time scale of a frame: linear, or with the quiet periods the request asks for ({@link FrameScale}). */
    TimeScale scaleFor(PaintRequest r, FrameLayout layout) {
        return frameScale.of(r, layout, text(r.palette().font()));
    }

    private final FrameScale frameScale = new FrameScale();

    /**
     * The height the lanes of {@code r} need to be drawn whole, each with its content: what an
     * export that fits its lanes grows to. FX thread.
     */
    public double lanesHeightFor(PaintRequest r) {
        Palette p = r.palette();
        FrameLayout layout = layoutFor(r);
        return planLanes(r, scaleFor(r, layout), layout, text(p.font()), true).height;
    }

    /**
     * The events shown whose titles are not whole, in time order; elided titles get their footnote
     * number. A starred event numbered at the foot is not listed again: that list gives its title.
     */
    private static List<Event> shortened(List<LanePlan> plans, Map<Event, Integer> notes, PaintRequest r) {
        java.util.Set<Event> whole = new java.util.HashSet<>();
        java.util.Set<Event> elided = new java.util.HashSet<>();
        java.util.Set<Event> cut = new java.util.TreeSet<>(io.annalist.model.TimeOrder.EVENTS);
        for (LanePlan plan : plans) {
            for (LanePlan.Mark m : plan.marks) {
                if (m.label().shown() && !m.label().elided()) {
                    whole.add(m.event());
                } else {
                    cut.add(m.event());
                    if (m.label().shown()) {
                        elided.add(m.event());
                    }
                }
            }
        }
        // A title left out is listed unless another lane shows it whole; a title cut short is always
        // listed, so that the number it carries leads to its full text, whatever other lanes show.
        whole.removeAll(elided);
        cut.removeAll(whole);
        cut.removeIf(e -> !r.starLabel(e).isEmpty());
        List<Event> out = new ArrayList<>(cut);
        notes.putAll(Frame.numberCutTitles(out, elided, MAX_NOTES));
        return out;
    }

    /**
     * Plans every lane of {@code r}, as if each were scrolled into view: what the layout
     * figures of {@code annalist bench --layout} are measured on. FX thread (text is measured).
     */
    LayoutQuality.Counts measureLayout(PaintRequest r) {
        Palette p = r.palette();
        FrameLayout layout = layoutFor(r);
        TimeScale scale = scaleFor(r, layout);
        TextMeasure tm = text(p.font());
        LayoutQuality.Counts counts = new LayoutQuality.Counts();
        for (LanePlan plan : planLanes(r, scale, layout, tm, true).plans) {
            if (plan.collapsed) {
                continue;
            }
            plan.lane.index().forEachOverlapping(r.window().start(), r.window().end(),
                    pos -> counts.visible(plan.lane.index().get(pos)));
            for (LanePlan.Mark m : plan.marks) {
                counts.drawn(m.event(), m.label().shown() && !m.label().elided());
            }
        }
        return counts;
    }

    int lanesPlanned() {
        return lanesPlanned;
    }

    private record Planned(List<LanePlan> plans, double height, int extra) {
    }

    /**
     * Plans the lanes at their row limits, then gives lanes that still count events in badges the
     * rows the view has to spare; sets each lane's top. An export and the layout figures plan
     * every lane; a frame of the window plans only the lanes it shows (see {@link LaneHeights}).
     */
    private Planned planLanes(PaintRequest r, TimeScale scale, FrameLayout layout, TextMeasure tm) {
        return planLanes(r, scale, layout, tm, !r.controls());
    }

    private Planned planLanes(PaintRequest r, TimeScale scale, FrameLayout layout, TextMeasure tm, boolean every) {
        List<LanePlan> plans = new ArrayList<>();
        double total = 0;
        int ordinal = 0;
        laneHeights.forLanes(r.lanes());
        double y = layout.lanesTop() - r.laneScroll();
        for (Lanes.Lane lane : r.lanes().lanes()) {
            boolean collapsed = r.collapsed().contains(lane.key());
            int rows = r.rowLimit(lane.key());
            LanePlan plan = every ? null : laneHeights.outOfView(lane, ordinal, collapsed, rows, y, layout, scale);
            if (plan == null) {
                plan = LanePlan.plan(lane, ordinal, collapsed, rows, scale, layout, tm::width, MARKER_R,
                        !r.controls(), r::placedTitle);
            }
            ordinal++;
            plans.add(plan);
            total += plan.height;
            y += plan.height;
        }
        int extra = 0;
        long overflowing = plans.stream().filter(LanePlan::wantsRows).count();
        double free = layout.lanesHeight() - total;
        // Only the window gives spare room away: an export is sized to its lanes, which must not grow with it.
        // (Spare room means every lane is in view, so every lane was planned.)
        if (r.controls() && overflowing > 0 && free >= layout.rowHeight()) {
            extra = (int) Math.floor(free / layout.rowHeight() / overflowing);
            for (int i = 0; i < plans.size() && extra > 0; i++) {
                LanePlan old = plans.get(i);
                if (old.wantsRows()) {
                    LanePlan grown = LanePlan.plan(old.lane, old.ordinal, false,
                            Math.min(LanePlan.MAX_ROWS, old.rowLimit + extra), scale, layout, tm::width, MARKER_R,
                            !r.controls(), r::placedTitle);
                    // More rows may still leave a badge; never let a lane grow past the room it was given.
                    if (grown.height - old.height <= extra * layout.rowHeight() + 0.5) {
                        total += grown.height - old.height;
                        plans.set(i, grown);
                    }
                }
            }
        }
        if (r.headers() && !r.controls()) {
            // An export has no tooltip to name a lane: its name wraps in the header, and the lane grows to hold it.
            for (LanePlan plan : plans) {
                double need = headerText(plan, layout).rows() * headerLineHeight(layout) + layout.rowHeight() / 2
                        - headerLineHeight(layout) / 2 + 8;
                if (plan.height < need) {
                    total += need - plan.height;
                    plan.height = need;
                }
            }
        }
        y = layout.lanesTop() - r.laneScroll();
        lanesPlanned = 0;
        for (LanePlan plan : plans) {
            lanesPlanned += plan.placeholder ? 0 : 1;
            plan.top = y;
            y += plan.height;
            if (!plan.placeholder) {
                laneHeights.remember(plan);
            }
        }
        return new Planned(plans, total, extra);
    }

    private static void drawLaneBackgrounds(Surface gc, List<LanePlan> plans, FrameLayout layout, Palette p) {
        for (LanePlan plan : plans) {
            if (plan.ordinal % 2 == 1) {
                gc.setFill(p.laneAlt());
                gc.fillRect(layout.timeX0(), plan.top, layout.timeWidth() + layout.rightPad(), plan.height);
            }
            gc.setStroke(p.separator());
            gc.setLineWidth(1);
            gc.strokeLine(0, Math.floor(plan.top + plan.height) + 0.5, layout.width(),
                    Math.floor(plan.top + plan.height) + 0.5);
        }
    }

    /**
     * A thin vertical line joins the marks of one event in several lanes; it stops short of the
     * titles it would cross, so that no title is struck through.
     */
    private static void drawConnectors(Surface gc, List<LanePlan> plans, double rowHeight, double timeX0, Palette p) {
        // By identity: an event's own hash reads all its fields, and thousands of marks are drawn each frame.
        Map<Event, double[]> spans = new java.util.IdentityHashMap<>();
        for (LanePlan plan : plans) {
            for (LanePlan.Mark m : plan.marks) {
                double y = plan.top + m.dy();
                double[] s = spans.get(m.event());
                if (s == null) {
                    // From shape to shape: a bar's shape is at its start, not in the middle of its time.
                    spans.put(m.event(), new double[]{m.shapeX(timeX0, MARKER_R), y, y, 1});
                } else {
                    s[1] = Math.min(s[1], y);
                    s[2] = Math.max(s[2], y);
                    s[3]++;
                }
            }
        }
        TitleBoxes boxes = null;
        gc.setStroke(p.connector());
        gc.setLineWidth(1);
        for (double[] s : spans.values()) {
            if (s[3] > 1) {
                if (boxes == null) {
                    boxes = new TitleBoxes(plans, rowHeight);
                }
                double x = Math.round(s[0]) + 0.5;
                double y = s[1];
                for (double[] gap : boxes.crossing(x, s[1], s[2])) {
                    if (gap[0] > y) {
                        gc.strokeLine(x, y, x, gap[0]);
                    }
                    y = Math.max(y, gap[1]);
                }
                if (y < s[2]) {
                    gc.strokeLine(x, y, x, s[2]);
                }
            }
        }
    }

    /**
     * An export's lane name, wrapped to its header, never cut, words kept whole: beside the count
     * of its events in the time shown, or above it when a word would not fit beside it.
     */
    private record HeaderText(List<String> lines, String count, boolean countBelow) {
        int rows() {
            return lines.size() + (countBelow ? 1 : 0);
        }
    }

    private HeaderText headerText(LanePlan plan, FrameLayout layout) {
        String count = String.format("%,d", plan.inView);
        double beside = Math.max(20, layout.headerWidth() - bold.width(count) - 20);
        double whole = Math.max(20, layout.headerWidth() - 12);
        boolean wordTooWide = java.util.Arrays.stream(plan.lane.label().split(" "))
                .anyMatch(w -> bold.width(w) > beside && bold.width(w) <= whole);
        return wordTooWide ? new HeaderText(bold.wrap(plan.lane.label(), whole), count, true)
                : new HeaderText(bold.wrap(plan.lane.label(), beside), count, false);
    }

    private static double headerLineHeight(FrameLayout layout) {
        return Math.round(layout.rowHeight() * 0.75);
    }

    /** A lane's header: its name (in the window cut to fit, in an export wrapped) and how many events it holds. */
    private void drawHeader(Surface gc, LanePlan plan, FrameLayout layout, Palette p, List<Frame.Hit> hits,
                            boolean controls) {
        double y = plan.top + layout.rowHeight() / 2 + 3;
        if (controls) {
            // A tall lane scrolled partly out of view keeps its name at the top of what shows of it.
            double shownTop = Math.min(Math.max(plan.top, layout.lanesTop()), plan.top + plan.height - layout.rowHeight());
            y = shownTop + layout.rowHeight() / 2 + 3;
            String count = String.format("%,d", plan.lane.index().size());
            double cw = text.width(count);
            gc.setFill(p.mutedText());
            gc.fillText(count, layout.headerWidth() - cw - 8, y);
            gc.setFill(p.headerText());
            gc.setFont(bold.font());
            String arrow = plan.collapsed ? "▸ " : "▾ ";
            gc.fillText(bold.elide(arrow + plan.lane.label(), layout.headerWidth() - cw - 20), 6, y);
        } else {
            HeaderText h = headerText(plan, layout);
            gc.setFill(p.mutedText());
            gc.fillText(h.count(), layout.headerWidth() - text.width(h.count()) - 8,
                    y + (h.countBelow() ? h.lines().size() * headerLineHeight(layout) : 0));
            gc.setFill(p.headerText());
            gc.setFont(bold.font());
            for (int i = 0; i < h.lines().size(); i++) {
                gc.fillText(h.lines().get(i), 6, y + i * headerLineHeight(layout));
            }
        }
        gc.setFont(text.font());
        gc.setStroke(p.separator());
        gc.strokeLine(0, Math.floor(plan.top + plan.height) + 0.5, layout.headerWidth(),
                Math.floor(plan.top + plan.height) + 0.5);
        hits.add(new Frame.Hit(0, plan.top, layout.headerWidth(), plan.height, null, null, 0, plan.lane.key()));
    }
}
