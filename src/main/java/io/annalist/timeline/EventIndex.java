package io.annalist.timeline;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

import io.annalist.model.Event;
import io.annalist.model.TimeOrder;

/**
 * Events sorted by start in primitive arrays, with a max-end tree over them, answering
 * "which events overlap [t0, t1)" in O(log n + k) and "how many start in [t0, t1)" in
 * O(log n). Built once per change of the filtered events; queries never touch the rest.
 * Immutable and safe to share between threads once built.
 */
public final class EventIndex {
    private final Event[] events;
    private final long[] starts;
    private final long[] ends;
    private final long[] tree;
    private final int leaves;
    private final long maxEnd;

    private EventIndex(Event[] sorted) {
        events = sorted;
        int n = sorted.length;
        starts = new long[n];
        ends = new long[n];
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            starts[i] = sorted[i].when().start();
            ends[i] = sorted[i].when().end();
            max = Math.max(max, ends[i]);
        }
        maxEnd = max;
        int l = 1;
        while (l < n) {
            l <<= 1;
        }
        leaves = l;
        tree = new long[2 * l];
        Arrays.fill(tree, Long.MIN_VALUE);
        System.arraycopy(ends, 0, tree, l, n);
        for (int i = l - 1; i >= 1; i--) {
            tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
        }
    }

    /** Sorts {@code events} by start and indexes them. O(n log n). */
    public static EventIndex of(List<Event> events) {
        Event[] a = events.toArray(new Event[0]);
        Arrays.parallelSort(a, TimeOrder.EVENTS);
        return new EventIndex(a);
    }

    /** Indexes events already in {@link TimeOrder}. O(n). */
    static EventIndex ofSorted(Event[] sorted) {
        return new EventIndex(sorted);
    }

    public static EventIndex empty() {
        return new EventIndex(new Event[0]);
    }

    public int size() {
        return events.length;
    }

    public Event get(int position) {
        return events[position];
    }

    public long start(int position) {
        return starts[position];
    }

    public long end(int position) {
        return ends[position];
    }

    /** Position of {@code e} in start order, or -1. O(log n + events sharing its start). */
    public int positionOf(Event e) {
        int i = lowerBound(e.when().start());
        for (; i < starts.length && starts[i] == e.when().start(); i++) {
            if (events[i] == e || events[i].equals(e)) {
                return i;
            }
        }
        return -1;
    }

    /** The time from the first start to the last end, or null when empty. */
    public TimeWindow range() {
        return events.length == 0 ? null : new TimeWindow(starts[0], Math.max(starts[0] + 1, maxEnd));
    }

    /** First position whose start is at or after {@code t}. */
    public int lowerBound(long t) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many events start in {@code [t0, t1)}. O(log n). */
    public int countStartingIn(long t0, long t1) {
        return t1 <= t0 ? 0 : lowerBound(t1) - lowerBound(t0);
    }

    /** Calls {@code action} with the position of every event overlapping {@code [t0, t1)}, in start order. */
    public void forEachOverlapping(long t0, long t1, IntConsumer action) {
        int hi = lowerBound(t1);
        if (hi == 0) {
            return;
        }
        int[] stack = new int[128];
        int top = 0;
        stack[top++] = 1;
        while (top > 0) {
            int node = stack[--top];
            if (tree[node] <= t0) {
                continue;
            }
            int level = 31 - Integer.numberOfLeadingZeros(node);
            int span = leaves >>> level;
            int first = (node - (1 << level)) * span;
            if (first >= hi) {
                continue;
            }
            if (node >= leaves) {
                action.accept(node - leaves);
                continue;
            }
            stack[top++] = 2 * node + 1;
            stack[top++] = 2 * node;
        }
    }

    /** The latest end among the events at positions {@code [0, pos)}, or {@code Long.MIN_VALUE}. O(log n). */
    public long maxEndBefore(int pos) {
        long max = Long.MIN_VALUE;
        int lo = leaves;
        int hi = leaves + Math.min(pos, events.length);
        while (lo < hi) {
            if ((lo & 1) == 1) {
                max = Math.max(max, tree[lo++]);
            }
            if ((hi & 1) == 1) {
                max = Math.max(max, tree[--hi]);
            }
            lo >>= 1;
            hi >>= 1;
        }
        return max;
    }

    /** True when some event overlaps {@code [t0, t1)}. O(log n). */
    public boolean anyOverlapping(long t0, long t1) {
        return maxEndBefore(lowerBound(t1)) > t0;
    }

    /** How many events overlap {@code [t0, t1)}, visiting them. */
    public int countOverlapping(long t0, long t1) {
        int[] n = new int[1];
        forEachOverlapping(t0, t1, p -> n[0]++);
        return n[0];
    }

    /** The events at positions {@code [from, to)}, in start order, as a read-only view (nothing is copied). */
    public List<Event> between(int from, int to) {
        return java.util.Collections.unmodifiableList(Arrays.asList(events).subList(from, to));
    }

    /** The next event after {@code position} in start order, or -1. */
    public int next(int position) {
        return position + 1 < events.length ? position + 1 : -1;
    }
}
