package io.annalist.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Ids handed out so far, and the next free suffix of each base: a second "bbc-co-uk" is
 * "bbc-co-uk-2", the hundredth "bbc-co-uk-100", found without trying the 99 before it.
 */
final class IdSet {
    private final Map<String, Integer> next = new HashMap<>();

    /** A new id made from {@code base}: itself the first time, then {@code base-2}, {@code base-3}, ... */
    String claim(String base) {
        Integer n = next.get(base);
        if (n == null) {
            next.put(base, 2);
            return base;
        }
        String id;
        do {
            id = base + "-" + n++;
        } while (next.containsKey(id));
        next.put(base, n);
        next.put(id, 2);
        return id;
    }
}
