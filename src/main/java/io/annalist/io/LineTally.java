package io.annalist.io;

import java.util.Arrays;

/**
 * Rows of one sort in a file (read as Windows-1252, or with a date that reads two ways): how
 * many, and the lines of the first few, in file order when tallies of the blocks of a file are
 * added in that order. Not thread-safe: one per block, joined on one thread.
 */
final class LineTally {
    /** Lines named in words; the rest are counted. */
    static final int NAMED = 10;
    private final int[] lines = new int[NAMED];
    private int kept;
    private int count;

    void add(int line) {
        if (kept < NAMED) {
            lines[kept++] = line;
        }
        count++;
    }

    /** Adds the rows of a later block. */
    void addAll(LineTally later) {
        for (int k = 0; k < later.kept && kept < NAMED; k++) {
            lines[kept++] = later.lines[k];
        }
        count += later.count;
    }

    int count() {
        return count;
    }

    /** The first line (0 when none). */
    int first() {
        return kept == 0 ? 0 : lines[0];
    }

    /** "line 4", "lines 2 and 4", "lines 2, 4, …, 40 and 1,224 more". */
    String words() {
        int[] named = Arrays.copyOf(lines, kept);
        StringBuilder b = new StringBuilder(count == 1 ? "line " : "lines ");
        int more = count - kept;
        for (int k = 0; k < named.length; k++) {
            boolean last = k == named.length - 1 && more == 0;
            b.append(k == 0 ? "" : last ? " and " : ", ").append(String.format("%,d", named[k]));
        }
        if (more > 0) {
            b.append(String.format(" and %,d more", more));
        }
        return b.toString();
    }
}
