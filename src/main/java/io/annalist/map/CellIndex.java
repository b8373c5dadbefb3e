package io.annalist.map;

import java.util.Arrays;

/**
 * The placed events grouped by the cells of one level of the world's grid (cells 2^-level of
 * the world wide, the grid {@link Clusters} groups by): for each cell its events, how many, the
 * sum of their places, their kinds, whether any is exact, and the first of them. A frame that
 * shows every event then adds up the cells inside the view instead of reading every event,
 * and reads one by one only the events of the cells that the view's edge or the world's seam
 * cuts. Built when a level is first drawn, by one pass over the events; immutable.
 */
final class CellIndex {
    final double cellWorld;
    final int cells;
    final int[] col;
    final int[] row;
    final int[] count;
    final int[] kinds;
    final int[] first;
    final boolean[] exact;
    final double[] sumX;
    final double[] sumY;
    /** The least and greatest place of the cell's events: whether the view holds them all is told from these. */
    final float[] minX;
    final float[] maxX;
    final float[] minY;
    final float[] maxY;
    /** The events of cell {@code c}, in time order: {@code members[start[c]]} up to {@code members[start[c + 1]]}. */
    final int[] start;
    final int[] members;

    private CellIndex(double cellWorld, int cells, int[] col, int[] row, int[] count, int[] kinds, int[] first,
                      boolean[] exact, double[] sumX, double[] sumY, float[][] extent, int[] start, int[] members) {
        this.cellWorld = cellWorld;
        this.cells = cells;
        this.col = col;
        this.row = row;
        this.count = count;
        this.kinds = kinds;
        this.first = first;
        this.exact = exact;
        this.sumX = sumX;
        this.sumY = sumY;
        this.minX = extent[0];
        this.maxX = extent[1];
        this.minY = extent[2];
        this.maxY = extent[3];
        this.start = start;
        this.members = members;
    }

    /**
     * The events of {@code p} by the cells of {@code level}, or null where the cells would be
     * nearly as many as the events (a deep zoom), so adding them up would save nothing.
     */
    static CellIndex of(PlacedEvents p, int level) {
        float[] xs = p.xs();
        float[] ys = p.ys();
        byte[] info = p.info();
        int n = p.size();
        double perUnit = Math.scalb(1.0, level);
        int most = Math.max(16, n / 8);
        // Open addressing from a cell's (row, column) to its number.
        int capacity = Integer.highestOneBit(Math.max(16, most * 2)) * 2;
        long[] keys = new long[capacity];
        int[] ids = new int[capacity];
        Arrays.fill(ids, -1);
        int[] cellOf = new int[n];
        int cells = 0;
        int[] col = new int[64];
        int[] row = new int[64];
        int[] count = new int[64];
        for (int i = 0; i < n; i++) {
            float x = xs[i];
            if (x != x) {
                cellOf[i] = -1;
                continue;
            }
            int cx = (int) Math.floor(x * perUnit);
            int cy = (int) Math.floor(ys[i] * perUnit);
            long key = ((long) cy << 32) | (cx & 0xFFFFFFFFL);
            int slot = (int) (mix(key) & (capacity - 1));
            while (ids[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & (capacity - 1);
            }
            int id = ids[slot];
            if (id < 0) {
                if (cells == most) {
                    return null;
                }
                id = cells++;
                ids[slot] = id;
                keys[slot] = key;
                if (id == col.length) {
                    col = Arrays.copyOf(col, id * 2);
                    row = Arrays.copyOf(row, id * 2);
                    count = Arrays.copyOf(count, id * 2);
                }
                col[id] = cx;
                row[id] = cy;
            }
            cellOf[i] = id;
            count[id]++;
        }
        int[] start = new int[cells + 1];
        for (int c = 0; c < cells; c++) {
            start[c + 1] = start[c] + count[c];
        }
        int[] members = new int[start[cells]];
        int[] fill = Arrays.copyOf(start, cells);
        int[] kinds = new int[cells];
        int[] first = new int[cells];
        boolean[] exact = new boolean[cells];
        double[] sumX = new double[cells];
        double[] sumY = new double[cells];
        Arrays.fill(first, -1);
        float[][] extent = new float[4][cells];
        Arrays.fill(extent[0], Float.POSITIVE_INFINITY);
        Arrays.fill(extent[1], Float.NEGATIVE_INFINITY);
        Arrays.fill(extent[2], Float.POSITIVE_INFINITY);
        Arrays.fill(extent[3], Float.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            int c = cellOf[i];
            if (c < 0) {
                continue;
            }
            members[fill[c]++] = i;
            if (first[c] < 0) {
                first[c] = i;
            }
            sumX[c] += xs[i];
            sumY[c] += ys[i];
            extent[0][c] = Math.min(extent[0][c], xs[i]);
            extent[1][c] = Math.max(extent[1][c], xs[i]);
            extent[2][c] = Math.min(extent[2][c], ys[i]);
            extent[3][c] = Math.max(extent[3][c], ys[i]);
            kinds[c] |= 1 << (info[i] & PlacedEvents.KIND_MASK);
            if ((info[i] & PlacedEvents.AREA) == 0) {
                exact[c] = true;
            }
        }
        return new CellIndex(1 / perUnit, cells, Arrays.copyOf(col, cells), Arrays.copyOf(row, cells),
                Arrays.copyOf(count, cells), kinds, first, exact, sumX, sumY, extent, start, members);
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
