package io.annalist.model;

import java.util.Comparator;

/**
 * The one order of events in time, used by the store, the table, the timeline's indexes and
 * every sort: by start, then by end (the shorter first), then by id, so that two events never
 * tie and every list of the same events comes out the same.
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
        return c != 0 ? c : idA.compareTo(idB);
    }
}
