package io.annalist.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a lane's visible items into rows so that no two overlap, in screen space. Items come in
 * order of their left edge. Each item goes into the first row where its mark fits after the
 * previous mark; the previous item's title then gets the room left before it (elided, or
 * dropped below {@link #MIN_LABEL}). An item that fits in no row joins a cluster: items
 * overflowing within {@code clusterWidth} pixels of each other become one badge with a
 * count. Pure: no toolkit.
 */
public final class LaneStacking {
    /** A title narrower than this is left out rather than shown as a stub. */
    public static final double MIN_LABEL = 28;
    /** Space between a mark and its title. */
    public static final double LABEL_OFFSET = 4;

    /**
     * What to place: the mark spans {@code [x0, x1]}; its title wants {@code labelWidth}
     * pixels after {@code x1} ({@code labelInside} when it is drawn inside a long bar instead).
     */
    public record Item(int id, double x0, double x1, double labelWidth, boolean labelInside) {
    }

    /** Where an item went, and how much of its title can be drawn. */
    public record Placed(Item item, int row, double labelRoom) {
    }

    /** Several items that did not fit, shown as one badge over {@code [x0, x1]}. */
    public record Cluster(double x0, double x1, List<Item> items) {
        public int count() {
            return items.size();
        }
    }

    public record Result(List<Placed> placed, List<Cluster> clusters) {
    }

    private LaneStacking() {
    }

    /** Stacks {@code items} (sorted by x0) into at most {@code rows} rows. */
    public static Result stack(List<Item> items, int rows, double gap, double clusterWidth) {
        double[] markEnd = new double[rows];
        int[] lastInRow = new int[rows];
        java.util.Arrays.fill(markEnd, Double.NEGATIVE_INFINITY);
        java.util.Arrays.fill(lastInRow, -1);
        List<Placed> placed = new ArrayList<>();
        List<Item> overflow = new ArrayList<>();
        for (Item it : items) {
            int best = -1;
            double bestRoom = -1;
            for (int r = 0; r < rows; r++) {
                if (markEnd[r] + gap > it.x0()) {
                    continue;
                }
                double room = lastInRow[r] < 0 ? Double.POSITIVE_INFINITY : roomBefore(placed.get(lastInRow[r]), it.x0(), gap);
                double wanted = lastInRow[r] < 0 ? 0 : placed.get(lastInRow[r]).item().labelWidth();
                if (room >= wanted) {
                    best = r;
                    bestRoom = room;
                    break;
                }
                if (room > bestRoom) {
                    best = r;
                    bestRoom = room;
                }
            }
            if (best < 0) {
                overflow.add(it);
                continue;
            }
            if (lastInRow[best] >= 0) {
                Placed prev = placed.get(lastInRow[best]);
                double room = Math.min(prev.labelRoom(), bestRoom);
                placed.set(lastInRow[best], new Placed(prev.item(), prev.row(), room < MIN_LABEL ? 0 : room));
            }
            lastInRow[best] = placed.size();
            placed.add(new Placed(it, best, it.labelWidth()));
            markEnd[best] = it.x1();
        }
        return new Result(placed, cluster(overflow, clusterWidth));
    }

    /** The width a placed item's title can take before {@code nextX0}. */
    private static double roomBefore(Placed p, double nextX0, double gap) {
        if (p.item().labelInside()) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, nextX0 - gap - (p.item().x1() + LABEL_OFFSET));
    }

    /** Groups overflowing items whose marks lie within {@code width} pixels of the group's start. */
    static List<Cluster> cluster(List<Item> overflow, double width) {
        List<Cluster> clusters = new ArrayList<>();
        List<Item> current = new ArrayList<>();
        double start = 0;
        double end = 0;
        for (Item it : overflow) {
            if (!current.isEmpty() && it.x0() > start + width) {
                clusters.add(new Cluster(start, end, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                start = it.x0();
                end = it.x1();
            }
            current.add(it);
            end = Math.max(end, it.x1());
        }
        if (!current.isEmpty()) {
            clusters.add(new Cluster(start, end, current));
        }
        return clusters;
    }
}
