package io.annalist.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The field names already met in one JSON object, to catch a field given twice. Known names
 * are bits in a long, so a clean object costs one small allocation and no hashing of sets.
 */
final class Seen {
    /** The names one kind of object knows, each with its bit. */
    static final class Names {
        private final Map<String, Integer> bits = new HashMap<>();

        Names(String... names) {
            for (int i = 0; i < names.length && i < 64; i++) {
                bits.put(names[i], i);
            }
        }
    }

    private final Names names;
    private long bits;
    private Set<String> others;

    Seen(Names names) {
        this.names = names;
    }

    /** True the first time {@code name} is met in this object. */
    boolean first(String name) {
        Integer bit = names.bits.get(name);
        if (bit != null) {
            long mask = 1L << bit;
            boolean first = (bits & mask) == 0;
            bits |= mask;
            return first;
        }
        if (others == null) {
            others = new HashSet<>();
        }
        return others.add(name);
    }
}
