package io.annalist.model;

import java.util.Comparator;

/**
 * The one order of events in time, used by the store, the table, the timeline's indexes and
 * every sort: by start, then by end (the shorter first), then by id — numbers in ids by their
 * value, so the second of twelve launches at one minute comes before the tenth — so that two
 * events never tie and every list of the same events comes out the same.
 */
public final class TimeOrder {
    /** Events in time order. */
    public static final Comparator<Event> EVENTS = TimeOrder::compare;

    private TimeOrder() {
    }

    /** Compares two events in time order. */
    public static int compare(Event a, Event b) {
        return compare(a.when().start(), a.when().end(), a.id(), b.when().start(), b.when().end(), b.id());
    }

    /**
     * The same order over times already read out of the events, for sorts that copy them
     * beside each event rather than follow two references per comparison.
     */
    public static int compare(long startA, long endA, String idA, long startB, long endB, String idB) {
        int c = Long.compare(startA, startB);
        if (c == 0) {
            c = Long.compare(endA, endB);
        }
        return c != 0 ? c : compareIds(idA, idB);
    }

    /**
     * Ids in the order a reader counts them: runs of digits by their value ("launch-2" before
     * "launch-10"), the rest character by character; ids that read the same ("a01", "a1") by
     * their text, so that no two ids tie.
     */
    public static int compareIds(String a, String b) {
        int i = 0;
        int j = 0;
        int na = a.length();
        int nb = b.length();
        while (i < na && j < nb) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (digit(ca) && digit(cb)) {
                int si = i;
                int sj = j;
                while (si < na && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < nb && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                while (ei < na && digit(a.charAt(ei))) {
                    ei++;
                }
                int ej = sj;
                while (ej < nb && digit(b.charAt(ej))) {
                    ej++;
                }
                if (ei - si != ej - sj) {
                    return Integer.compare(ei - si, ej - sj);
                }
                for (int k = 0; k < ei - si; k++) {
                    if (a.charAt(si + k) != b.charAt(sj + k)) {
                        return Character.compare(a.charAt(si + k), b.charAt(sj + k));
                    }
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(na - i, nb - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
