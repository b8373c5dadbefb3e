package io.annalist.io;

/**
 * Shares equal immutable values (ids, places, dates, lists of ids) so that a large file
 * keeps one instance of each. A fixed table indexed by hash: a lookup touches one slot and
 * allocates nothing, where a map of a million distinct values would grow, rehash and
 * allocate a node per value. Two values that meet in one slot replace each other, so a few
 * equal values may stay separate instances; that costs memory, never correctness.
 */
final class Dedup {
    private final Object[] slots;
    private final int mask;

    /** A table of 2^{@code bits} slots. */
    Dedup(int bits) {
        slots = new Object[1 << bits];
        mask = slots.length - 1;
    }

    /** {@code value}, or an equal one met before. */
    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        if (value == null) {
            return null;
        }
        int h = value.hashCode();
        int i = (h ^ (h >>> 16) ^ (h >>> 7)) & mask;
        Object there = slots[i];
        if (there != null && there.equals(value)) {
            return (T) there;
        }
        slots[i] = value;
        return value;
    }
}
