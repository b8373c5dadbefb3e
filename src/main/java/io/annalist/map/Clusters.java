package io.annalist.map;

import java.util.Arrays;

/**
 * One frame's worth of grouping: the events that stand alone in their cell (drawn as their
 * own marks) and the cells that hold several (drawn as a count), with where, how many, how
 * many of them in the time window, which kinds, and whether every one of them is only placed
 * by an area. Also counts, for the status and the caption, the events shown — the window's, or
 * every one given with the whole range — that have no place or lie beyond the map's latitudes. Screen coordinates are those of the
 * {@link MapScale} it was made for. Immutable.
 */
public final class Clusters {
    private final MapScale scale;
    private final long t0;
    private final long t1;
    private final boolean wholeRange;
    private final double cellPx;

    int singles;
    int[] singlePos = new int[64];
    float[] singleX = new float[64];
    float[] singleY = new float[64];
    int groups;
    int[] groupCell = new int[64];
    float[] groupX = new float[64];
    float[] groupY = new float[64];
    int[] groupCount = new int[64];
    int[] groupInWindow = new int[64];
    int[] groupKinds = new int[64];
    boolean[] groupHollow = new boolean[64];
    int[] groupFirst = new int[64];
    float[] groupRadius = new float[64];
    private int inView;
    private int inWindow;
    private int unplaced;
    private int offMap;
    private int[] members = new int[0];

    private Clusters(MapScale scale, long t0, long t1, boolean wholeRange, double cellPx) {
        this.scale = scale;
        this.t0 = t0;
        this.t1 = t1;
        this.wholeRange = wholeRange;
        this.cellPx = cellPx;
    }

    /** See {@link PlacedEvents#cluster}; with {@code target} ≥ 0, also collects the members of that cell. */
    static Clusters of(PlacedEvents placed, MapScale s, long t0, long t1, boolean wholeRange, double cellPx,
                       int target) {
        Clusters c = new Clusters(s, t0, t1, wholeRange, cellPx);
        int n = placed.size();
        if (n == 0) {
            return c;
        }
        // Cells a power of two of the world wide, so that copies of the world share one grid.
        int level = Math.max(0, (int) Math.round(Math.log(s.pixelsPerUnit() / cellPx) / Math.log(2)));
        Grid g = new Grid(placed, s, level, target, wholeRange);
        int lo = wholeRange ? 0 : placed.firstEndingAfter(t0);
        int hi = wholeRange ? n : placed.lowerBound(t1);
        CellIndex index = target < 0 && n >= PlacedEvents.INDEXED_FROM && placed.allWithin(t0, t1)
                ? placed.cellIndex(level) : null;
        if (index != null) {
            g.addCells(index, n, placed.unplaced(), placed.offMap());
        } else {
            long[] starts = placed.starts();
            long[] ends = placed.ends();
            for (int i = lo; i < hi; i++) {
                boolean inside = starts[i] < t1 && ends[i] > t0;
                if (inside || wholeRange) {
                    g.add(i, inside);
                }
            }
        }
        c.inView = g.view;
        c.inWindow = g.win;
        c.unplaced = g.none;
        c.offMap = g.off;
        if (target >= 0) {
            c.members = Arrays.copyOf(g.hits, g.nHits);
        }
        for (int k = 0; k < g.cells; k++) {
            int m = g.count[k];
            if (m == 0) {
                continue;
            }
            if (m == 1) {
                c.addSingle(g.first[k], g.sumX[k], g.sumY[k]);
            } else {
                // The count sits at the middle of its events, kept inside its cell with room to spare, so
                // the circles of two cells never overlap or touch (their outline included).
                double cell = g.cell;
                double cx0 = (k % g.nx) * cell - g.offX;
                double cy0 = (k / g.nx) * cell - g.offY;
                double r = Math.min(cell / 2 - GROUP_GAP, radius(m));
                double room = r + GROUP_GAP;
                double gx = Math.max(cx0 + room, Math.min(cx0 + cell - room, g.sumX[k] / m));
                double gy = Math.max(cy0 + room, Math.min(cy0 + cell - room, g.sumY[k] / m));
                c.addGroup(k, gx, gy, m, g.inWin[k], g.kinds[k], !g.exact[k], g.first[k], r);
            }
        }
        return c;
    }

    /** One frame's cells on screen, filled event by event or, from a {@link CellIndex}, cell by cell. */
    private static final class Grid {
        final float[] xs;
        final float[] ys;
        final byte[] info;
        final double cellWorld;
        final double cell;
        final double centre;
        final double top;
        final double offX;
        final double offY;
        final double ppu;
        final double w;
        final double h;
        final double inv;
        final int nx;
        final int cells;
        final int[] count;
        final int[] inWin;
        final double[] sumX;
        final double[] sumY;
        final int[] kinds;
        final boolean[] exact;
        final int[] first;
        final int target;
        /** Every event given is shown (the whole range), so every one without a place is counted, not only the window's. */
        final boolean everyEvent;
        int[] hits;
        int nHits;
        int view;
        int win;
        int none;
        int off;

        Grid(PlacedEvents placed, MapScale s, int level, int target, boolean everyEvent) {
            this.everyEvent = everyEvent;
            xs = placed.xs();
            ys = placed.ys();
            info = placed.info();
            this.target = target;
            cellWorld = Math.scalb(1.0, -level);
            ppu = s.pixelsPerUnit();
            cell = cellWorld * ppu;
            double left = s.left();
            centre = s.centreX();
            top = s.top();
            offX = (left / cellWorld - Math.floor(left / cellWorld)) * cell;
            offY = (top / cellWorld - Math.floor(top / cellWorld)) * cell;
            w = s.width();
            h = s.height();
            nx = (int) Math.ceil((w + offX) / cell) + 1;
            int ny = (int) Math.ceil((h + offY) / cell) + 1;
            cells = nx * ny;
            count = new int[cells];
            inWin = new int[cells];
            sumX = new double[cells];
            sumY = new double[cells];
            kinds = new int[cells];
            exact = new boolean[cells];
            first = new int[cells];
            inv = 1 / cell;
            hits = target >= 0 ? new int[16] : null;
        }

        /** Event {@code i}, of the time window when {@code inside}. */
        void add(int i, boolean inside) {
            if (inside) {
                win++;
            }
            float x = xs[i];
            if (x != x) {
                if (inside || everyEvent) {
                    if ((info[i] & PlacedEvents.OFF_MAP) != 0) {
                        off++;
                    } else {
                        none++;
                    }
                }
                return;
            }
            // The copy of the world nearest the view's middle, as MapScale.screenX places it.
            double dx = x - centre;
            dx -= Math.floor(dx + 0.5);
            double px = w / 2 + dx * ppu;
            double py = (ys[i] - top) * ppu;
            if (px < 0 || px >= w || py < 0 || py >= h) {
                return;
            }
            int k = (int) ((py + offY) * inv) * nx + (int) ((px + offX) * inv);
            if (count[k]++ == 0) {
                first[k] = i;
            }
            if (inside) {
                inWin[k]++;
            }
            sumX[k] += px;
            sumY[k] += py;
            kinds[k] |= 1 << (info[i] & PlacedEvents.KIND_MASK);
            if ((info[i] & PlacedEvents.AREA) == 0) {
                exact[k] = true;
            }
            view++;
            if (k == target) {
                if (nHits == hits.length) {
                    hits = Arrays.copyOf(hits, nHits * 2);
                }
                hits[nHits++] = i;
            }
        }

        /**
         * Every event, all of them in the time window, from {@code index}: a cell wholly inside
         * the view and on one side of the world's seam is added whole; a cell the view's edge
         * or the seam cuts, event by event. {@code events} events in all, {@code unplaced} of them
         * with no place and {@code offMap} beyond the map's latitudes.
         */
        void addCells(CellIndex index, int events, int unplaced, int offMap) {
            for (int c = 0; c < index.cells; c++) {
                // Where its events are on screen, reckoned as each event's own place is: its least and greatest
                // places, on the copy of the world nearest the view's middle; held whole when those lie in view
                // on one side of the world's seam.
                double dx0 = index.minX[c] - centre;
                double wrap = Math.floor(dx0 + 0.5);
                double dx1 = index.maxX[c] - centre;
                boolean oneSide = Math.floor(dx1 + 0.5) == wrap;
                double px0 = w / 2 + (dx0 - wrap) * ppu;
                double px1 = w / 2 + (dx1 - wrap) * ppu;
                double py0 = (index.minY[c] - top) * ppu;
                double py1 = (index.maxY[c] - top) * ppu;
                if (oneSide && (px1 < 0 || px0 >= w || py1 < 0 || py0 >= h)) {
                    continue;
                }
                int m = index.count[c];
                if (oneSide && px0 >= 0 && px1 < w && py0 >= 0 && py1 < h) {
                    // The cell's middle picks the cell on screen, clear of rounding at its edges.
                    double mx = w / 2 + ((index.col[c] + 0.5) * cellWorld - centre - wrap) * ppu;
                    double my = ((index.row[c] + 0.5) * cellWorld - top) * ppu;
                    int k = (int) ((my + offY) * inv) * nx + (int) ((mx + offX) * inv);
                    first[k] = count[k] == 0 ? index.first[c] : Math.min(first[k], index.first[c]);
                    count[k] += m;
                    inWin[k] += m;
                    sumX[k] += m * (w / 2) + (index.sumX[c] - m * (centre + wrap)) * ppu;
                    sumY[k] += (index.sumY[c] - m * top) * ppu;
                    kinds[k] |= index.kinds[c];
                    exact[k] |= index.exact[c];
                    view += m;
                } else {
                    for (int j = index.start[c]; j < index.start[c + 1]; j++) {
                        add(index.members[j], true);
                    }
                }
            }
            win = events;
            none = unplaced;
            off = offMap;
        }
    }

    /**
     * The radius a count of {@code count} events is drawn with, in pixels: a group is never
     * moved further than this from the middle of its events, so it always covers where they are.
     */
    public static double radius(int count) {
        return Math.min(16, 8 + 2.2 * Math.log10(count));
    }

    /** Room kept between a count's circle and the edge of its cell: half the least gap between two circles. */
    public static final double GROUP_GAP = 2.5;

    /** The radius group {@code g} is drawn with: {@link #radius}, less where its cell is small. */
    public double groupRadius(int g) {
        return groupRadius[g];
    }

    private void addSingle(int pos, double x, double y) {
        if (singles == singlePos.length) {
            singlePos = Arrays.copyOf(singlePos, singles * 2);
            singleX = Arrays.copyOf(singleX, singles * 2);
            singleY = Arrays.copyOf(singleY, singles * 2);
        }
        singlePos[singles] = pos;
        singleX[singles] = (float) x;
        singleY[singles] = (float) y;
        singles++;
    }

    private void addGroup(int cell, double x, double y, int count, int inWin, int kinds, boolean hollow, int first,
                          double radius) {
        if (groups == groupCell.length) {
            int size = groups * 2;
            groupCell = Arrays.copyOf(groupCell, size);
            groupX = Arrays.copyOf(groupX, size);
            groupY = Arrays.copyOf(groupY, size);
            groupCount = Arrays.copyOf(groupCount, size);
            groupInWindow = Arrays.copyOf(groupInWindow, size);
            groupKinds = Arrays.copyOf(groupKinds, size);
            groupHollow = Arrays.copyOf(groupHollow, size);
            groupFirst = Arrays.copyOf(groupFirst, size);
            groupRadius = Arrays.copyOf(groupRadius, size);
        }
        groupRadius[groups] = (float) radius;
        groupCell[groups] = cell;
        groupX[groups] = (float) x;
        groupY[groups] = (float) y;
        groupCount[groups] = count;
        groupInWindow[groups] = inWin;
        groupKinds[groups] = kinds;
        groupHollow[groups] = hollow;
        groupFirst[groups] = first;
        groups++;
    }

    public MapScale scale() {
        return scale;
    }

    public long t0() {
        return t0;
    }

    public long t1() {
        return t1;
    }

    public boolean wholeRange() {
        return wholeRange;
    }

    public double cellPx() {
        return cellPx;
    }

    /** Events drawn alone. */
    public int singles() {
        return singles;
    }

    public int singlePosition(int i) {
        return singlePos[i];
    }

    public double singleX(int i) {
        return singleX[i];
    }

    public double singleY(int i) {
        return singleY[i];
    }

    /** Cells drawn as a count. */
    public int groups() {
        return groups;
    }

    public int groupCell(int g) {
        return groupCell[g];
    }

    public double groupX(int g) {
        return groupX[g];
    }

    public double groupY(int g) {
        return groupY[g];
    }

    public int groupCount(int g) {
        return groupCount[g];
    }

    /** How many of the group's events are in the time window (all of them unless the whole range is shown). */
    public int groupInWindow(int g) {
        return groupInWindow[g];
    }

    /** The kinds in the group, one bit per {@link io.annalist.model.EventKind} ordinal. */
    public int groupKinds(int g) {
        return groupKinds[g];
    }

    /** True when every event of the group is placed only by an area. */
    public boolean groupHollow(int g) {
        return groupHollow[g];
    }

    /** The first event of the group in time order. */
    public int groupFirst(int g) {
        return groupFirst[g];
    }

    /** Events drawn, alone or counted. */
    public int inView() {
        return inView;
    }

    /** Events in the time window (placed or not, in view or not). */
    public int inWindow() {
        return inWindow;
    }

    /** Events shown (the time window's, or all with the whole range) with no place on the map. */
    public int unplaced() {
        return unplaced;
    }

    /** Events shown (the time window's, or all with the whole range) beyond the latitudes the map shows. */
    public int offMap() {
        return offMap;
    }

    int[] members() {
        return members;
    }
}
