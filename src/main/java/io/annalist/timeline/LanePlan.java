package io.annalist.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.annalist.model.Event;
import io.annalist.model.When;

/**
 * What one lane will draw in this frame: the marks it shows one by one (with their row and
 * where their titles go), and badges for what did not fit — or, when thousands of events are
 * in view, a histogram in calendar bins. Planned before anything is drawn: the lane's height
 * follows from its plan (it grows to its content up to its row limit), and connectors between
 * lanes go beneath the marks. Positions are relative to the lane's top, which the frame sets.
 */
final class LanePlan {
    /** Height of a thin row: a mark without a title. */
    static final double THIN_ROW = 9;
    /** A lane's full rows unless the analyst chose otherwise. */
    static final int DEFAULT_ROWS = 8;
    /** Thin rows a lane may use below its full rows. */
    static final int THIN_ROWS = 6;
    /** No lane is given more than this many full rows to fill spare room. */
    static final int MAX_ROWS = 60;
    /** A lane expanded to show all its rows: as many as its content needs. */
    static final int ALL_ROWS = 100_000;
    /** A mark wider than this is a bar: its title may go inside, and loose ones yield their row. */
    static final double WIDE = 30;
    /** More events than this starting in view make the lane a histogram. */
    static final int DENSE = 2500;

    /**
     * A mark: the event, its extent, where its shape goes, its centre's offset from the lane's
     * top, whether it is a span or a bar, whether it sits in a thin row, and its title's place
     * (with {@code labelDy}, the centre of the title's row).
     */
    record Mark(Event event, double x0, double x1, double markX, double dy, boolean span, boolean bar, boolean thin,
                LaneStacking.Label label, double labelDy) {
        /**
         * Where its kind's shape is drawn: on its time for a point, at the start of a bar (after the
         * left edge of the time shown when the bar starts before it). {@code r}: the shape's radius.
         */
        double shapeX(double timeX0, double r) {
            if (!bar) {
                return markX;
            }
            if (thin) {
                return Math.max(x0, timeX0) + 3.5;
            }
            double continues = x0 < timeX0 - 0.5 ? LaneStacking.CONTINUES : 0;
            return Math.min(Math.max(x0, timeX0) + r + 2 + continues, Math.max(x0 + r, x1 - r));
        }
    }

    /** What a badge is: events that did not fit, a calendar bin of a histogram, or events running in from earlier. */
    enum BadgeKind { CLUSTER, BIN, EARLIER }

    /**
     * A badge over {@code [x, x + w]}: how many events, which ones (listed on click), the time
     * its events start in (zooming there splits it), and for a bin its calendar name.
     */
    record Badge(BadgeKind kind, double x, double w, double dy, int count, TimeWindow extent, List<Event> events,
                 String name) {
    }

    final Lanes.Lane lane;
    final int ordinal;
    final boolean collapsed;
    final int rowLimit;
    final List<Mark> marks = new ArrayList<>();
    final List<Badge> badges = new ArrayList<>();
    /** Set by the frame once the lanes above are planned. */
    double top;
    double height;
    /** True when the lane held too many events to place: it is drawn as a histogram. */
    boolean dense;
    /** The tallest bin of a histogram, in words: "max 5,301 per year". */
    String binMax;
    int binMaxCount;
    int rowsUsed;
    int thinRowsUsed;
    /** The events of the lane in the time shown, for an export's lane header; in the window, all of them. */
    int inView;
    /** True for a lane out of view that was not planned: it holds only its height, remembered or estimated. */
    boolean placeholder;

    private LanePlan(Lanes.Lane lane, int ordinal, boolean collapsed, int rowLimit) {
        this.lane = lane;
        this.ordinal = ordinal;
        this.collapsed = collapsed;
        this.rowLimit = rowLimit;
    }

    /** A lane out of view, not planned: only its place in the column of lanes, {@code height} tall. */
    static LanePlan outOfView(Lanes.Lane lane, int ordinal, boolean collapsed, int rowLimit, double height) {
        LanePlan plan = new LanePlan(lane, ordinal, collapsed, rowLimit);
        plan.placeholder = true;
        plan.height = height;
        return plan;
    }

    /** True when some events in view are counted in badges rather than drawn: more rows would show more. */
    boolean overflowing() {
        return !dense && !collapsed && badges.stream().anyMatch(b -> b.kind() == BadgeKind.CLUSTER);
    }

    /** True when more rows would show more: events in badges or thin rows, or titles cut or left out. */
    boolean wantsRows() {
        return !dense && !collapsed && rowLimit < MAX_ROWS && (overflowing() || thinRowsUsed > 0
                || marks.stream().anyMatch(m -> !m.label().shown() || m.label().elided()));
    }

    /**
     * Plans {@code lane} over the visible part of {@code scale}: one by one where they fit in
     * {@code rowLimit} full rows and the thin rows, badges where they do not; a histogram when
     * collapsed or crowded.
     */
    static LanePlan plan(Lanes.Lane lane, int ordinal, boolean collapsed, int rowLimit, TimeScale scale,
                         FrameLayout layout, ToDoubleFunction<String> width, double markerR) {
        return plan(lane, ordinal, collapsed, rowLimit, scale, layout, width, markerR, false);
    }

    /**
     * As above; {@code exact} keeps only the events that overlap the time shown (an export), where
     * the window also takes those whose mark reaches into view from just outside, to click them.
     */
    static LanePlan plan(Lanes.Lane lane, int ordinal, boolean collapsed, int rowLimit, TimeScale scale,
                         FrameLayout layout, ToDoubleFunction<String> width, double markerR, boolean exact) {
        return plan(lane, ordinal, collapsed, rowLimit, scale, layout, width, markerR, exact, Event::displayTitle);
    }

    /** As above, each title as {@code titles} gives it (an export's with the number of its star). */
    static LanePlan plan(Lanes.Lane lane, int ordinal, boolean collapsed, int rowLimit, TimeScale scale,
                         FrameLayout layout, ToDoubleFunction<String> width, double markerR, boolean exact,
                         java.util.function.Function<Event, String> titles) {
        LanePlan plan = new LanePlan(lane, ordinal, collapsed, rowLimit);
        double row = layout.rowHeight();
        double left = layout.timeX0();
        double right = left + layout.timeWidth();
        long t0 = (long) Math.floor(scale.timeAt(left));
        long t1 = (long) Math.ceil(scale.timeAt(right));
        double slop = exact ? 0 : scale.msPerPixel() * (markerR + 1);
        EventIndex index = lane.index();
        plan.inView = exact ? index.countOverlapping(t0, t1) : index.size();
        if (collapsed || index.countStartingIn(t0, t1) > DENSE) {
            plan.dense = !collapsed;
            plan.planBins(scale, layout, t0, t1);
            plan.height = (collapsed ? row : 3 * row) + 6;
            return plan;
        }
        List<Geometry> geoms = new ArrayList<>();
        index.forEachOverlapping((long) (t0 - slop), (long) (t1 + slop),
                pos -> geoms.add(Geometry.of(index.get(pos), scale, markerR, left, right)));
        List<LaneStacking.Item> items = new ArrayList<>(geoms.size());
        for (int i = 0; i < geoms.size(); i++) {
            Geometry g = geoms.get(i);
            items.add(new LaneStacking.Item(i, g.x0, g.x1, width.applyAsDouble(titles.apply(g.event)), g.bar,
                    g.tier));
        }
        // No title crosses a break: a title across one would sit on both sides of the time left out, and
        // under the break's mark. It goes to the other side of its mark, another row, or is cut with a number.
        List<double[]> breaks = new ArrayList<>();
        for (TimeScale.Break b : scale.breaks()) {
            breaks.add(new double[]{b.x(), b.x() + b.w()});
        }
        LaneStacking.Result stacked = LaneStacking.stack(items, rowLimit, THIN_ROWS, left, right,
                TimelinePainter.CLUSTER_WIDTH, breaks);
        plan.rowsUsed = Math.max(1, stacked.rowsUsed());
        plan.thinRowsUsed = stacked.thinRowsUsed();
        double thinTop = 3 + plan.rowsUsed * row;
        for (LaneStacking.Placed p : stacked.placed()) {
            Geometry g = geoms.get(p.item().id());
            double dy = p.thin() ? thinTop + p.row() * THIN_ROW + THIN_ROW / 2 : 3 + p.row() * row + row / 2;
            double labelDy = p.label().shown() ? 3 + p.label().row() * row + row / 2 : dy;
            plan.marks.add(new Mark(g.event, g.x0, g.x1, g.markX, dy, g.event.when().isSpan(), g.bar, p.thin(),
                    p.label(), labelDy));
        }
        double badgeDy = thinTop + plan.thinRowsUsed * THIN_ROW + row / 2;
        for (LaneStacking.Cluster c : stacked.clusters()) {
            List<Event> events = new ArrayList<>();
            // The badge's time is when its events start (within the view), so its tooltip and its zoom match them.
            long first = Long.MAX_VALUE;
            long last = Long.MIN_VALUE;
            for (LaneStacking.Item it : c.items()) {
                Geometry g = geoms.get(it.id());
                events.add(g.event);
                long start = Math.max(t0, Math.min(t1, g.event.when().start()));
                first = Math.min(first, start);
                last = Math.max(last, start);
            }
            events.sort(io.annalist.model.TimeOrder.EVENTS);
            plan.badges.add(new Badge(BadgeKind.CLUSTER, Math.max(left, c.x0()), 0, badgeDy, c.count(),
                    new TimeWindow(first, Math.max(first + 1, last)), List.copyOf(events), null));
        }
        plan.height = 6 + plan.rowsUsed * row + plan.thinRowsUsed * THIN_ROW + (plan.badges.isEmpty() ? 0 : row);
        return plan;
    }

    /** The time under {@code [x0, x1]}, within the view: zooming to it spreads the badge's marks across the view. */
    static TimeWindow extent(TimeScale scale, double x0, double x1, long t0, long t1) {
        long a = Math.max(t0, (long) Math.floor(scale.timeAt(x0)));
        long b = Math.min(t1, (long) Math.ceil(scale.timeAt(x1)));
        return new TimeWindow(a, Math.max(a + 1, b));
    }

    /** Too many to place one by one: a bar per calendar bin, counted by start, O(bins log n). */
    private void planBins(TimeScale scale, FrameLayout layout, long t0, long t1) {
        EventIndex index = lane.index();
        CalendarBins.Unit unit = CalendarBins.unitFor(scale.msPerPixel());
        double left = layout.timeX0();
        double right = left + layout.timeWidth();
        double dy = 3 + layout.rowHeight() / 2;
        List<Event> earlier = new ArrayList<>();
        index.forEachOverlapping(t0, t0 + 1, p -> {
            if (index.start(p) < t0) {
                earlier.add(index.get(p));
            }
        });
        if (!earlier.isEmpty()) {
            badges.add(new Badge(BadgeKind.EARLIER, left, 0, dy, earlier.size(), new TimeWindow(t0, t0 + 1),
                    List.copyOf(earlier), null));
        }
        for (CalendarBins.Bin bin : CalendarBins.between(unit, t0, t1)) {
            long a = Math.max(bin.start(), t0);
            long b = Math.min(bin.end(), t1);
            int from = index.lowerBound(a);
            int to = index.lowerBound(b);
            if (to > from) {
                double x0 = Math.max(left, scale.xOf(a));
                double x1 = Math.min(right, scale.xOf(b));
                if (to - from > binMaxCount) {
                    binMaxCount = to - from;
                }
                badges.add(new Badge(BadgeKind.BIN, x0, Math.max(1, x1 - x0), dy, to - from,
                        new TimeWindow(a, Math.max(a + 1, b)), index.between(from, to), bin.name()));
            }
        }
        binMax = binMaxCount == 0 ? null : String.format("max %,d per %s", binMaxCount, unit.noun());
    }

    /** Where an event's mark lies at this scale, and how it ranks for a row. */
    record Geometry(Event event, double x0, double x1, double markX, boolean bar, LaneStacking.Tier tier) {
        static Geometry of(Event e, TimeScale scale, double r, double left, double right) {
            When w = e.when();
            double xs = scale.xOf(w.start());
            double xe = scale.xOf(w.end());
            boolean precise = !w.isVague();
            // Far off-screen ends are kept just outside the view: the geometry stays exact where it shows.
            double lo = left - 4 * WIDE;
            double hi = right + 4 * WIDE;
            if (w.isSpan()) {
                double x1 = Math.max(xe, xs + 2 * r);
                boolean wide = x1 - xs > WIDE;
                return new Geometry(e, clamp(xs, lo, hi), clamp(x1, lo, hi), clamp(xs, lo, hi), true,
                        !precise ? LaneStacking.Tier.LOOSE : wide ? LaneStacking.Tier.SPAN : LaneStacking.Tier.PRECISE);
            }
            double xc = (xs + xe) / 2;
            LaneStacking.Tier tier = precise ? LaneStacking.Tier.PRECISE : LaneStacking.Tier.LOOSE;
            // A precise date keeps its mark at its middle, the day it covers drawn behind; a wide band of
            // a month or a year (or a day whose middle is off-screen) is drawn as a bar.
            boolean markOnScreen = xc >= left && xc <= right;
            if (xe - xs > WIDE && (!precise || !markOnScreen)) {
                return new Geometry(e, clamp(xs, lo, hi), clamp(xe, lo, hi), clamp(xc, lo, hi), true, tier);
            }
            return new Geometry(e, xc - r, xc + r, xc, false, tier);
        }

        private static double clamp(double x, double lo, double hi) {
            return Math.max(lo, Math.min(hi, x));
        }
    }
}
