package io.annalist.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each actor's and each kind's events are among events in time order, how many there
 * are of each confidence, and the first and last instant: what a filter plan narrows by and
 * what the filter pane counts. Computed once per dataset, off the FX thread for large ones.
 * Immutable once made.
 */
final class EventPositions {
    final Map<String, int[]> byActor;
    final int[][] byKind;
    final Map<Confidence, Integer> byConfidence;
    /** The first instant of any event, or {@link Long#MAX_VALUE} when there are none. */
    final long start;
    /** The last instant of any event, or {@link Long#MIN_VALUE} when there are none. */
    final long end;

    EventPositions(Event[] events) {
        byActor = positionsByActor(events);
        byKind = positionsByKind(events);
        int[] perConfidence = new int[Confidence.values().length];
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (Event e : events) {
            if (e.confidence() != null) {
                perConfidence[e.confidence().ordinal()]++;
            }
            lo = Math.min(lo, e.when().start());
            hi = Math.max(hi, e.when().end());
        }
        Map<Confidence, Integer> confidences = new EnumMap<>(Confidence.class);
        for (Confidence c : Confidence.values()) {
            if (perConfidence[c.ordinal()] > 0) {
                confidences.put(c, perConfidence[c.ordinal()]);
            }
        }
        byConfidence = confidences;
        start = lo;
        end = hi;
    }

    private static Map<String, int[]> positionsByActor(Event[] events) {
        // One look-up per actor named: each id gets a number, and the second pass counts by number.
        Map<String, Integer> codes = new HashMap<>();
        List<String> ids = new ArrayList<>();
        int named = 0;
        for (Event e : events) {
            named += e.actors().size();
        }
        int[] code = new int[named];
        int[] counts = new int[16];
        int k = 0;
        for (Event e : events) {
            List<String> actors = e.actors();
            for (int i = 0; i < actors.size(); i++) {
                Integer c = codes.get(actors.get(i));
                if (c == null) {
                    c = ids.size();
                    codes.put(actors.get(i), c);
                    ids.add(actors.get(i));
                    if (c == counts.length) {
                        counts = Arrays.copyOf(counts, c * 2);
                    }
                }
                code[k++] = c;
                counts[c]++;
            }
        }
        int[][] positions = new int[ids.size()][];
        for (int c = 0; c < positions.length; c++) {
            positions[c] = new int[counts[c]];
        }
        int[] fill = new int[ids.size()];
        k = 0;
        for (int p = 0; p < events.length; p++) {
            for (int i = 0, n = events[p].actors().size(); i < n; i++) {
                int c = code[k++];
                positions[c][fill[c]++] = p;
            }
        }
        Map<String, int[]> index = new HashMap<>();
        for (int c = 0; c < positions.length; c++) {
            index.put(ids.get(c), positions[c]);
        }
        return index;
    }

    private static int[][] positionsByKind(Event[] events) {
        int[] counts = new int[EventKind.values().length];
        for (Event e : events) {
            counts[e.kind().ordinal()]++;
        }
        int[][] index = new int[counts.length][];
        for (int k = 0; k < counts.length; k++) {
            index[k] = new int[counts[k]];
        }
        int[] fill = new int[counts.length];
        for (int p = 0; p < events.length; p++) {
            int k = events[p].kind().ordinal();
            index[k][fill[k]++] = p;
        }
        return index;
    }
}
