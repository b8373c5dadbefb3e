package io.annalist.model;

import java.util.Arrays;

import org.roaringbitmap.RoaringBitmap;

/**
 * The words met while building a {@link TextIndex}, with the events each was met in. Words
 * are looked up by their characters in a reused buffer, so a word met again allocates
 * nothing; a word's characters are stored once, in one growing array. A word met in one
 * event keeps that event as a plain number; a bitmap is made from its second event on.
 */
final class WordTable {
    private char[] chars = new char[1 << 16];
    private int charsUsed;
    private int[] start = new int[1 << 12];
    private int[] length = new int[1 << 12];
    private int[] hash = new int[1 << 12];
    private int[] single = new int[1 << 12];
    private RoaringBitmap[] many = new RoaringBitmap[1 << 12];
    /** While a slice is read: the events of words met more than once, in order, before {@link #seal()}. */
    private int[][] pending = new int[1 << 12][];
    private int[] pendingCount = new int[1 << 12];
    private int count;
    /** Slot → word number + 1; 0 is empty. */
    private int[] slots = new int[1 << 13];

    int size() {
        return count;
    }

    String word(int w) {
        return new String(chars, start[w], length[w]);
    }

    /** The one event of word {@code w}, or -1 when it has several. */
    int single(int w) {
        return many[w] == null ? single[w] : -1;
    }

    RoaringBitmap many(int w) {
        return many[w];
    }

    /** Notes that the word in {@code buf[0, len)} (with hash {@code h}) occurs in event {@code position}. */
    void add(char[] buf, int len, int h, int position) {
        int w = find(buf, len, h);
        if (w < 0) {
            w = insert(buf, len, h);
            single[w] = position;
        } else if (pending[w] == null) {
            if (single[w] != position) {
                pending[w] = new int[] {single[w], position, 0, 0};
                pendingCount[w] = 2;
            }
        } else {
            int n = pendingCount[w];
            if (pending[w][n - 1] != position) {
                if (n == pending[w].length) {
                    pending[w] = Arrays.copyOf(pending[w], n * 2);
                }
                pending[w][n] = position;
                pendingCount[w] = n + 1;
            }
        }
    }

    /** Turns the lists of events gathered by {@link #add} into bitmaps; call once, after the last add. */
    void seal() {
        for (int w = 0; w < count; w++) {
            if (pending[w] != null) {
                RoaringBitmap b = new RoaringBitmap();
                b.addN(pending[w], 0, pendingCount[w]);
                many[w] = b;
                pending[w] = null;
            }
        }
        pending = null;
        pendingCount = null;
    }

    /** Adds everything in {@code other} (built from later events than this table's). */
    void addAll(WordTable other) {
        for (int o = 0; o < other.count; o++) {
            char[] buf = Arrays.copyOfRange(other.chars, other.start[o], other.start[o] + other.length[o]);
            int w = find(buf, buf.length, other.hash[o]);
            RoaringBitmap theirs = other.many[o];
            if (w < 0) {
                w = insert(buf, buf.length, other.hash[o]);
                single[w] = other.single[o];
                many[w] = theirs;
                continue;
            }
            RoaringBitmap mine = many[w] != null ? many[w] : RoaringBitmap.bitmapOf(single[w]);
            if (theirs != null) {
                mine.or(theirs);
            } else {
                mine.add(other.single[o]);
            }
            many[w] = mine;
        }
    }

    private int find(char[] buf, int len, int h) {
        int mask = slots.length - 1;
        for (int i = mix(h) & mask; ; i = (i + 1) & mask) {
            int w = slots[i] - 1;
            if (w < 0) {
                return -1;
            }
            if (hash[w] == h && length[w] == len && same(start[w], buf, len)) {
                return w;
            }
        }
    }

    /** Words are short: a plain loop beats a vectorised compare. */
    private boolean same(int at, char[] buf, int len) {
        char[] c = chars;
        for (int i = 0; i < len; i++) {
            if (c[at + i] != buf[i]) {
                return false;
            }
        }
        return true;
    }

    private int insert(char[] buf, int len, int h) {
        if (count == start.length) {
            int n = count * 2;
            start = Arrays.copyOf(start, n);
            length = Arrays.copyOf(length, n);
            hash = Arrays.copyOf(hash, n);
            single = Arrays.copyOf(single, n);
            many = Arrays.copyOf(many, n);
            if (pending != null) {
                pending = Arrays.copyOf(pending, n);
                pendingCount = Arrays.copyOf(pendingCount, n);
            }
        }
        if (charsUsed + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + len));
        }
        System.arraycopy(buf, 0, chars, charsUsed, len);
        int w = count++;
        start[w] = charsUsed;
        length[w] = len;
        hash[w] = h;
        charsUsed += len;
        if (count * 2 > slots.length) {
            rehash();
        } else {
            place(w);
        }
        return w;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        for (int w = 0; w < count; w++) {
            place(w);
        }
    }

    private void place(int w) {
        int mask = slots.length - 1;
        int i = mix(hash[w]) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = w + 1;
    }

    private static int mix(int h) {
        return (h ^ (h >>> 16)) * 0x45d9f3b;
    }
}
