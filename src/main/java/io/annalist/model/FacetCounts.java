package io.annalist.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many of some events — those passing the filter — each actor takes part in, and how many
 * there are of each kind and each confidence: the first of the filter pane's two counts
 * ("North Korea 2 / 15"), and how many events they are. Reads every event given, so for many events count off the FX thread.
 * Immutable.
 */
public record FacetCounts(int events, Map<String, Integer> actors, Map<EventKind, Integer> kinds,
                          Map<Confidence, Integer> confidences) {
    /** No events at all. */
    public static final FacetCounts NONE = new FacetCounts(0, Map.of(), Map.of(), Map.of());

    public FacetCounts {
        actors = Collections.unmodifiableMap(actors);
        kinds = Collections.unmodifiableMap(kinds);
        confidences = Collections.unmodifiableMap(confidences);
    }

    /** Counts {@code events}; any thread, as long as nobody changes the list meanwhile. */
    public static FacetCounts of(List<Event> events) {
        Map<String, int[]> actors = new HashMap<>();
        int[] kinds = new int[EventKind.values().length];
        int[] confidences = new int[Confidence.values().length];
        for (Event e : events) {
            for (String a : e.actors()) {
                actors.computeIfAbsent(a, k -> new int[1])[0]++;
            }
            kinds[e.kind().ordinal()]++;
            if (e.confidence() != null) {
                confidences[e.confidence().ordinal()]++;
            }
        }
        Map<String, Integer> byActor = new HashMap<>();
        actors.forEach((id, n) -> byActor.put(id, n[0]));
        Map<EventKind, Integer> byKind = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            if (kinds[k.ordinal()] > 0) {
                byKind.put(k, kinds[k.ordinal()]);
            }
        }
        Map<Confidence, Integer> byConfidence = new EnumMap<>(Confidence.class);
        for (Confidence c : Confidence.values()) {
            if (confidences[c.ordinal()] > 0) {
                byConfidence.put(c, confidences[c.ordinal()]);
            }
        }
        return new FacetCounts(events.size(), byActor, byKind, byConfidence);
    }

    /**
     * "2 / 15" — the events shown of the events there are — or "15" when every event is shown,
     * so a count reads the same with no filter as before any was set.
     */
    public static String shownOf(int shown, int total, boolean filtered) {
        return filtered ? String.format("%,d / %,d", shown, total) : String.format("%,d", total);
    }
}
