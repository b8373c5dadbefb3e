package io.annalist.timeline;

import java.util.ArrayList;
import java.util.List;

import io.annalist.model.Event;
import io.annalist.model.When;

/**
 * What one lane will draw in this frame: the marks it shows one by one (with their row and
 * the room left for their titles) and the cluster badges for what did not fit. Planned before
 * anything is drawn, so connectors between lanes can go beneath the marks.
 */
final class LanePlan {
    /** A mark to draw: the event, its geometry, its row's centre y and its title's room. */
    record Mark(Event event, double x0, double x1, double markX, double y, boolean span, boolean labelInside,
                double labelRoom) {
    }

    /** A badge: how many events, over which pixels and which time. */
    record Badge(double x, double y, int count, TimeWindow window, boolean more) {
    }

    final Lanes.Lane lane;
    final int ordinal;
    final double top;
    final double height;
    final boolean collapsed;
    final List<Mark> marks = new ArrayList<>();
    final List<Badge> badges = new ArrayList<>();
    /** True when the lane held too many events to place: it is drawn as counts per column. */
    boolean dense;

    private LanePlan(Lanes.Lane lane, int ordinal, double top, double height, boolean collapsed) {
        this.lane = lane;
        this.ordinal = ordinal;
        this.top = top;
        this.height = height;
        this.collapsed = collapsed;
    }

    static double height(Lanes.Lane lane, boolean collapsed, double rowHeight, int extraRows) {
        int rows = collapsed ? 1 : rows(lane, extraRows) + (hasClusterRow(lane, extraRows) ? 1 : 0);
        return rows * rowHeight + 6;
    }

    /** The rows a lane gets: its own, plus rows to spare when the view has room, never more than it has events. */
    static int rows(Lanes.Lane lane, int extraRows) {
        return Math.max(lane.rows(), Math.min(lane.index().size(), Math.min(MAX_ROWS, lane.rows() + extraRows)));
    }

    static boolean hasClusterRow(Lanes.Lane lane, int extraRows) {
        return lane.index().size() > rows(lane, extraRows);
    }

    /** No lane grows past this many rows however much room there is. */
    static final int MAX_ROWS = 40;

    /** Extra rows for every lane that can use them, so a few lanes fill the height they are given. */
    static int extraRows(java.util.List<Lanes.Lane> lanes, java.util.Set<String> collapsed, double rowHeight,
                         double available) {
        double total = 0;
        int growable = 0;
        for (Lanes.Lane lane : lanes) {
            total += height(lane, collapsed.contains(lane.key()), rowHeight, 0);
            if (!collapsed.contains(lane.key()) && lane.index().size() > lane.rows()) {
                growable++;
            }
            if (total > available) {
                return 0;
            }
        }
        return growable == 0 ? 0 : (int) Math.max(0, Math.floor((available - total) / rowHeight / growable));
    }

    /** Plans the lane at {@code top}: one by one where they fit, clusters where they do not. */
    static LanePlan plan(Lanes.Lane lane, int ordinal, double top, boolean collapsed, int extraRows, TimeScale scale,
                         FrameLayout layout, TextMeasure text, double markerR) {
        LanePlan plan = new LanePlan(lane, ordinal, top, height(lane, collapsed, layout.rowHeight(), extraRows),
                collapsed);
        double row = layout.rowHeight();
        double slop = scale.msPerPixel() * (markerR * 2 + 2);
        long t0 = (long) (scale.timeAt(layout.timeX0()) - slop);
        long t1 = (long) (scale.timeAt(layout.timeX0() + layout.timeWidth()) + slop);
        EventIndex index = lane.index();
        int rows = collapsed ? 1 : rows(lane, extraRows);
        double denseLimit = layout.timeWidth() / (markerR * 2 + 2) * rows;
        if (collapsed || index.countStartingIn(t0, t1) > denseLimit) {
            plan.planDense(scale, layout, top + 3 + row / 2, markerR);
            return plan;
        }
        List<Geometry> geoms = new ArrayList<>();
        index.forEachOverlapping(t0, t1, pos -> geoms.add(Geometry.of(index.get(pos), scale, markerR)));
        geoms.sort((a, b) -> Double.compare(a.x0, b.x0));
        List<LaneStacking.Item> items = new ArrayList<>(geoms.size());
        for (int i = 0; i < geoms.size(); i++) {
            Geometry g = geoms.get(i);
            double w = text.width(g.event.displayTitle());
            boolean inside = g.span && g.x1 - g.x0 > w + 12;
            items.add(new LaneStacking.Item(i, g.x0, g.x1, w, inside));
        }
        LaneStacking.Result stacked = LaneStacking.stack(items, rows, 3, TimelinePainter.CLUSTER_WIDTH);
        for (LaneStacking.Placed p : stacked.placed()) {
            Geometry g = geoms.get(p.item().id());
            double y = top + 3 + p.row() * row + row / 2;
            double right = layout.timeX0() + layout.timeWidth();
            double room = p.item().labelInside() ? Math.min(p.labelRoom(), Math.min(g.x1, right) - Math.max(g.x0, layout.timeX0()) - 8)
                    : Math.min(p.labelRoom(), right - (g.x1 + LaneStacking.LABEL_OFFSET) - 2);
            plan.marks.add(new Mark(g.event, g.x0, g.x1, g.markX, y, g.span, p.item().labelInside(), room));
        }
        double clusterY = top + 3 + rows * row + row / 2;
        for (LaneStacking.Cluster c : stacked.clusters()) {
            long from = Long.MAX_VALUE;
            long to = Long.MIN_VALUE;
            for (LaneStacking.Item it : c.items()) {
                When w = geoms.get(it.id()).event.when();
                from = Math.min(from, w.start());
                to = Math.max(to, w.end());
            }
            plan.badges.add(new Badge(c.x0(), clusterY, c.count(), new TimeWindow(from, Math.max(from + 1, to)), true));
        }
        return plan;
    }

    /** Too many to place one by one: count by start in columns of the cluster width, O(columns log n). */
    private void planDense(TimeScale scale, FrameLayout layout, double y, double markerR) {
        dense = !collapsed;
        EventIndex index = lane.index();
        double w = TimelinePainter.CLUSTER_WIDTH;
        for (double x = layout.timeX0(); x < layout.timeX0() + layout.timeWidth(); x += w) {
            long a = (long) scale.timeAt(x);
            long b = (long) scale.timeAt(x + w);
            int n = index.countStartingIn(a, b);
            if (n == 1) {
                Geometry g = Geometry.of(index.get(index.lowerBound(a)), scale, markerR);
                marks.add(new Mark(g.event, g.x0, g.x1, g.markX, y, g.span, false, 0));
            } else if (n > 1) {
                badges.add(new Badge(x, y, n, new TimeWindow(a, b), false));
            }
        }
    }

    /** Where an event's mark lies at this scale. */
    record Geometry(Event event, double x0, double x1, double markX, boolean span) {
        static Geometry of(Event e, TimeScale scale, double r) {
            When w = e.when();
            double xs = scale.xOf(w.start());
            double xe = scale.xOf(w.end());
            if (w.isSpan()) {
                return new Geometry(e, xs, Math.max(xe, xs + 2 * r), xs, true);
            }
            double xc = (xs + xe) / 2;
            return new Geometry(e, Math.min(xs, xc - r), Math.max(xe, xc + r), xc, false);
        }
    }
}
