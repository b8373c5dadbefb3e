package io.annalist.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives a lane's visible marks their rows and their titles a place, in screen space, so that
 * no two marks and no two titles overlap. Rows go first to what an analyst reads first:
 * precise events (points and short spans known to the day or better), then the loose ones
 * (long spans, dates known only to the month or year); whatever finds no full row goes into
 * thin rows (a mark without a title), and only what fits nowhere is counted in a badge.
 * Titles then go right of their mark, or left of it, or on a free row beside it with a short
 * leader line; only when none of those holds the whole title is it cut, and below
 * {@link #MIN_LABEL} it is left out. Pure: no toolkit.
 */
public final class LaneStacking {
    /** A title narrower than this is left out rather than shown as a stub. */
    public static final double MIN_LABEL = 28;
    /** Space between a mark and its title. */
    public static final double LABEL_OFFSET = 4;
    /** Space kept between two marks, or a mark and a title, in one row. */
    public static final double GAP = 3;
    /** Room kept around a title, beyond {@link #GAP}: two titles in a row never run together. */
    public static final double LABEL_PAD = 5;
    /** Room kept inside a bar before its title: the kind's shape at its start. */
    public static final double BAR_LEAD = 16;
    /** More room before a bar's title when the bar began before the time shown: a ◂ says so at its start. */
    static final double CONTINUES = 8;

    /**
     * Precise events get rows first, then long spans whose ends are known to the day, then the
     * loose ones (dates known only to the month or year, approximate ones).
     */
    public enum Tier { PRECISE, SPAN, LOOSE }

    /** Where a title went. */
    public enum Side { RIGHT, LEFT, INSIDE, ABOVE, BELOW, NONE }

    /**
     * What to place: the mark covers {@code [x0, x1]}; {@code bar} marks are bars whose title
     * may go inside them; the title wants {@code labelWidth} pixels.
     */
    public record Item(int id, double x0, double x1, double labelWidth, boolean bar, Tier tier) {
    }

    /** A title's place: from {@code x}, {@code width} wide, in full row {@code row}; cut when {@code elided}. */
    public record Label(Side side, double x, double width, int row, boolean elided) {
        static final Label NONE = new Label(Side.NONE, 0, 0, -1, true);

        public boolean shown() {
            return side != Side.NONE;
        }
    }

    /** Where an item went: a full row (with its title) or a thin row (no title). */
    public record Placed(Item item, int row, boolean thin, Label label) {
    }

    /** Several items that fit in no row, shown as one badge over {@code [x0, x1]}. */
    public record Cluster(double x0, double x1, List<Item> items) {
        public int count() {
            return items.size();
        }
    }

    /** The placements, the badges, and how many full and thin rows were used. */
    public record Result(List<Placed> placed, List<Cluster> clusters, int rowsUsed, int thinRowsUsed) {
    }

    private LaneStacking() {
    }

    /** Intervals taken in one row, by start; none overlap. */
    private static final class Taken {
        private final TreeMap<Double, Double> spans = new TreeMap<>();
        /** Room kept around each interval added. */
        private final double pad;

        Taken() {
            this(0);
        }

        Taken(double pad) {
            this.pad = pad;
        }

        boolean free(double a, double b) {
            Map.Entry<Double, Double> before = spans.floorEntry(b);
            return before == null || before.getValue() < a;
        }

        void add(double a, double b) {
            spans.put(a - pad, b + pad);
        }

        void remove(double a) {
            spans.remove(a - pad);
        }

        /** Where the first interval at or after {@code x} begins, or {@code limit}. */
        double nextStart(double x, double limit) {
            Map.Entry<Double, Double> covering = spans.floorEntry(x);
            if (covering != null && covering.getValue() >= x) {
                return Math.min(limit, x);
            }
            Double k = spans.ceilingKey(x);
            return k == null ? limit : Math.min(limit, k);
        }

        /** Where the last interval before {@code x} ends, or {@code limit}. */
        double previousEnd(double x, double limit) {
            Map.Entry<Double, Double> e = spans.lowerEntry(x);
            return e == null ? limit : Math.max(limit, e.getValue());
        }
    }

    /** One full row: its marks and its titles, kept apart so a mark can cut a title but never hide behind one. */
    private static final class Row {
        final Taken marks = new Taken();
        final Taken labels = new Taken(LABEL_PAD);
        /** The breaks of a compressed axis: no title crosses one (marks may). Shared by every row. */
        final Taken walls;
        /** The start and end of each title in this row held for its mark, by the id of its item. */
        final Map<Integer, double[]> labelOf = new java.util.HashMap<>();
        /** The same titles by where they start (they never overlap), so a new mark finds those it lands on. */
        final TreeMap<Double, Integer> labelAt = new TreeMap<>();

        Row(Taken walls) {
            this.walls = walls;
        }

        boolean free(double a, double b) {
            return marks.free(a, b) && labels.free(a, b) && walls.free(a, b);
        }

        /** Where the first mark, title or break at or after {@code x} begins, or {@code limit}. */
        double nextStart(double x, double limit) {
            return Math.min(walls.nextStart(x, limit), Math.min(marks.nextStart(x, limit), labels.nextStart(x, limit)));
        }

        /** Where the last mark, title or break before {@code x} ends, or {@code limit}. */
        double previousEnd(double x, double limit) {
            return Math.max(walls.previousEnd(x, limit), Math.max(marks.previousEnd(x, limit),
                    labels.previousEnd(x, limit)));
        }
    }

    /**
     * Places {@code items} into at most {@code rows} full rows and {@code thinRows} thin rows,
     * within {@code [left, right]} (titles never pass those edges).
     */
    public static Result stack(List<Item> items, int rows, int thinRows, double left, double right,
                               double clusterWidth) {
        return stack(items, rows, thinRows, left, right, clusterWidth, List.of());
    }

    /** As above, with no title crossing any of {@code breaks} ({@code {x0, x1}} each, the breaks of the axis). */
    public static Result stack(List<Item> items, int rows, int thinRows, double left, double right,
                               double clusterWidth, List<double[]> breaks) {
        Taken walls = new Taken();
        for (double[] b : breaks) {
            walls.add(b[0], b[1]);
        }
        List<Item> order = new ArrayList<>(items);
        order.sort(Comparator.comparing(Item::tier).thenComparingDouble(Item::x0).thenComparingInt(Item::id));
        // Rows are made as they are needed: a lane shown with all its rows may have thousands.
        List<Row> full = new ArrayList<>();
        int limit = Math.max(1, rows);
        Taken[] thin = new Taken[thinRows];
        for (int i = 0; i < thinRows; i++) {
            thin[i] = new Taken();
        }
        List<Placed> placed = new ArrayList<>();
        List<Item> overflow = new ArrayList<>();
        int used = 0;
        int thinUsed = 0;
        for (Item it : order) {
            int row = chooseRow(full, it, left, right);
            boolean whole = row >= 0 && row < full.size() && titleFits(full.get(row), it, left, right);
            if (!whole && full.size() < limit) {
                full.add(new Row(walls));
                row = full.size() - 1;
            }
            if (row >= 0) {
                Row r = full.get(row);
                cutLabels(r, it.x0() - GAP, it.x1() + GAP);
                r.marks.add(it.x0() - GAP, it.x1() + GAP);
                reserveRight(r, it, left, right);
                placed.add(new Placed(it, row, false, Label.NONE));
                used = Math.max(used, row + 1);
                continue;
            }
            int t = 0;
            while (t < thinRows && !thin[t].free(it.x0() - GAP, it.x1() + GAP)) {
                t++;
            }
            if (t < thinRows) {
                thin[t].add(it.x0() - GAP, it.x1() + GAP);
                placed.add(new Placed(it, t, true, Label.NONE));
                thinUsed = Math.max(thinUsed, t + 1);
            } else {
                overflow.add(it);
            }
        }
        List<Placed> out = new ArrayList<>();
        for (Placed p : placed) {
            out.add(p.thin() ? p : new Placed(p.item(), p.row(), false, placeLabel(full, p, used, left, right)));
        }
        overflow.sort(Comparator.comparingDouble(Item::x0));
        return new Result(out, cluster(overflow, clusterWidth), used, thinUsed);
    }

    /** The row for a mark: one where its whole title fits after it, else one free of titles, else one free of marks. */
    private static int chooseRow(List<Row> rows, Item it, double left, double right) {
        double a = it.x0() - GAP;
        double b = it.x1() + GAP;
        double labelEnd = Math.min(right, it.x1() + LABEL_OFFSET + it.labelWidth());
        int clear = -1;
        int marksOnly = -1;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (!row.marks.free(a, b)) {
                continue;
            }
            if (row.labels.free(a, b)) {
                if (inside(row, it, left, right) || (turnsLeft(it, right) ? leftFree(row, it, left)
                        : row.free(b, labelEnd + GAP))) {
                    return r;
                }
                if (clear < 0) {
                    clear = r;
                }
            } else if (marksOnly < 0) {
                marksOnly = r;
            }
        }
        return clear >= 0 ? clear : marksOnly;
    }

    private static boolean titleFits(Row row, Item it, double left, double right) {
        double b = it.x1() + GAP;
        return row.labels.free(it.x0() - GAP, b) && (inside(row, it, left, right)
                || (turnsLeft(it, right) ? leftFree(row, it, left)
                : row.free(b, Math.min(right, it.x1() + LABEL_OFFSET + it.labelWidth()) + GAP)));
    }

    /** Room inside a bar before its title: its kind's shape, and a ◂ first when it began before {@code left}. */
    static double lead(Item it, double left) {
        return BAR_LEAD + (it.x0() < left - 0.5 ? CONTINUES : 0);
    }

    /** A bar long enough for its title keeps it inside, where no break crosses the title. */
    private static boolean inside(Row row, Item it, double left, double right) {
        double x = Math.max(it.x0(), left) + lead(it, left);
        return it.bar() && Math.min(it.x1(), right) - Math.max(it.x0(), left) >= lead(it, left) + it.labelWidth() + 4
                && row.walls.free(x, x + it.labelWidth());
    }

    /** Titles a new mark lands on are cut short before it (or dropped when too short to read). */
    private static void cutLabels(Row r, double a, double b) {
        // Only the title starting last before a can reach into [a, b]; the others start inside it.
        Double from = r.labelAt.floorKey(a);
        for (Map.Entry<Double, Integer> e : new ArrayList<>(r.labelAt.subMap(from == null ? a : from, true, b, true)
                .entrySet())) {
            double[] span = r.labelOf.get(e.getValue());
            if (span[0] <= b && span[1] >= a) {
                r.labels.remove(span[0]);
                double end = a - GAP;
                if (end - span[0] >= MIN_LABEL) {
                    span[1] = end;
                    r.labels.add(span[0], end);
                } else {
                    r.labelOf.remove(e.getValue());
                    r.labelAt.remove(e.getKey());
                }
            }
        }
    }

    /**
     * A title that would run past the picture's right edge goes left of its mark: the row for such
     * a mark is one with room on its left, so the latest events of a view keep their titles whole.
     */
    private static boolean turnsLeft(Item it, double right) {
        return it.x1() + LABEL_OFFSET + it.labelWidth() > right;
    }

    /** The whole title fits left of the mark in {@code row}, inside the picture. */
    private static boolean leftFree(Row row, Item it, double left) {
        double end = it.x0() - LABEL_OFFSET;
        double start = end - it.labelWidth();
        return start >= left && row.free(start - GAP, end);
    }

    /**
     * Holds the room for a new mark's title: to its right, as much as is free; to its left, whole,
     * when the picture's edge leaves no room on the right and the left is free.
     */
    private static void reserveRight(Row r, Item it, double left, double right) {
        if (inside(r, it, left, right)) {
            return;
        }
        if (turnsLeft(it, right) && leftFree(r, it, left)) {
            double end = it.x0() - LABEL_OFFSET;
            double start = end - it.labelWidth();
            r.labels.add(start, end);
            r.labelOf.put(it.id(), new double[]{start, end});
            r.labelAt.put(start, it.id());
            return;
        }
        double x = it.x1() + LABEL_OFFSET;
        double end = Math.min(x + it.labelWidth(), r.nextStart(x, right) - GAP);
        if (end - x >= Math.min(MIN_LABEL, it.labelWidth())) {
            r.labels.add(x, end);
            r.labelOf.put(it.id(), new double[]{x, end});
            r.labelAt.put(x, it.id());
        }
    }

    /** Right, left, a row above or below with a leader line; cut only when none holds the whole title. */
    private static Label placeLabel(List<Row> rows, Placed p, int used, double left, double right) {
        Item it = p.item();
        Row row = rows.get(p.row());
        if (inside(row, it, left, right)) {
            return new Label(Side.INSIDE, Math.max(it.x0(), left) + lead(it, left), it.labelWidth(), p.row(), false);
        }
        double w = it.labelWidth();
        double[] mine = row.labelOf.remove(it.id());
        if (mine != null) {
            row.labelAt.remove(mine[0]);
            row.labels.remove(mine[0]);
            if (mine[1] - mine[0] >= w - 1e-9) {
                return claim(row, it, new Label(mine[0] < it.x0() ? Side.LEFT : Side.RIGHT, mine[0], w, p.row(),
                        false));
            }
        }
        double rightX = it.x1() + LABEL_OFFSET;
        double leftEnd = it.x0() - LABEL_OFFSET;
        if (leftEnd - w >= left && row.free(leftEnd - w - GAP, leftEnd)) {
            return claim(row, it, new Label(Side.LEFT, leftEnd - w, w, p.row(), false));
        }
        for (int d : new int[]{-1, 1}) {
            int nr = p.row() + d;
            if (nr < 0 || nr >= rows.size()) {
                continue;
            }
            Row near = rows.get(nr);
            if (rightX + w <= right && near.free(rightX - GAP, rightX + w + GAP)) {
                return claim(near, it, new Label(d < 0 ? Side.ABOVE : Side.BELOW, rightX, w, nr, false));
            }
            if (leftEnd - w >= left && near.free(leftEnd - w - GAP, leftEnd + GAP)) {
                return claim(near, it, new Label(d < 0 ? Side.ABOVE : Side.BELOW, leftEnd - w, w, nr, false));
            }
        }
        // No place holds it whole: cut it on the roomier side of the mark.
        double roomRight = Math.min(right, row.nextStart(rightX, right) - GAP) - rightX;
        double leftStart = Math.max(left, row.previousEnd(leftEnd, left) + GAP);
        double roomLeft = leftEnd - leftStart;
        // A bar with more room inside than beside it (a long span ending at the picture's edge) keeps
        // its cut title inside, where it reads as the bar's, rather than a few letters past its end.
        double inX = Math.max(it.x0(), left) + lead(it, left);
        double roomInside = it.bar() ? Math.min(it.x1(), right) - inX - 4 : 0;
        if (roomInside > Math.max(roomRight, roomLeft) && roomInside >= MIN_LABEL
                && row.walls.free(inX, inX + roomInside)) {
            return new Label(Side.INSIDE, inX, roomInside, p.row(), true);
        }
        if (Math.max(roomRight, roomLeft) < MIN_LABEL) {
            return Label.NONE;
        }
        Label cut = roomRight >= roomLeft ? new Label(Side.RIGHT, rightX, roomRight, p.row(), true)
                : new Label(Side.LEFT, leftStart, roomLeft, p.row(), true);
        return claim(row, it, cut);
    }

    private static Label claim(Row row, Item it, Label l) {
        row.labels.add(l.x(), l.x() + l.width());
        return l;
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
