package io.annalist.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.TimeOrder;

/**
 * The lanes of the timeline for one set of events: one per actor (an event with several
 * actors is in each of their lanes), one per kind, or one for all. Each lane has its own
 * {@link EventIndex}; {@link #all()} indexes every event once. Immutable; built off the FX
 * thread for large data.
 */
public final class Lanes {
    /** The most rows a lane is drawn with; a lane of thousands of events gets this many. */
    public static final int MAX_ROWS = 6;
    /** Key of the lane for events that name no actor. */
    public static final String NO_ACTOR = "";

    /** One lane: a key (actor id, kind name), a label, its events and the rows it is drawn with. */
    public record Lane(String key, String label, EventKind kind, EventIndex index, int rows) {
    }

    private final List<Lane> lanes;
    private final EventIndex all;
    private final LaneMode mode;
    private final Map<String, String> actorNames;
    private final java.util.Set<EventKind> kinds;

    private Lanes(List<Lane> lanes, EventIndex all, LaneMode mode, Map<String, String> actorNames) {
        this.lanes = List.copyOf(lanes);
        this.all = all;
        this.mode = mode;
        this.actorNames = actorNames;
        java.util.EnumSet<EventKind> present = java.util.EnumSet.noneOf(EventKind.class);
        int kindCount = EventKind.values().length;
        for (int i = 0; i < all.size() && present.size() < kindCount; i++) {
            present.add(all.get(i).kind());
        }
        this.kinds = java.util.Collections.unmodifiableSet(present);
    }

    /** The kinds that occur, for the legend. */
    public java.util.Set<EventKind> kinds() {
        return kinds;
    }

    public static Lanes empty() {
        return new Lanes(List.of(), EventIndex.empty(), LaneMode.NONE, Map.of());
    }

    /**
     * Splits {@code events} into lanes. {@code actorNames} labels actor lanes; actor lanes are
     * ordered by how many events they hold, most first.
     */
    public static Lanes build(List<Event> events, LaneMode mode, Map<String, String> actorNames) {
        Event[] sorted = events.toArray(new Event[0]);
        if (!inOrder(sorted)) {
            java.util.Arrays.parallelSort(sorted, TimeOrder.EVENTS);
        }
        EventIndex all = EventIndex.ofSorted(sorted);
        List<Lane> lanes = new ArrayList<>();
        switch (mode) {
            case NONE -> lanes.add(lane("all", "All events", null, all, MAX_ROWS));
            case KIND -> {
                Map<EventKind, List<Event>> byKind = new LinkedHashMap<>();
                for (Event e : sorted) {
                    byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
                }
                for (EventKind k : EventKind.values()) {
                    List<Event> list = byKind.get(k);
                    if (list != null) {
                        lanes.add(lane(k.jsonName(), k.label(), k, EventIndex.ofSorted(list.toArray(new Event[0])), MAX_ROWS));
                    }
                }
            }
            case ACTOR -> {
                Map<String, List<Event>> byActor = new HashMap<>();
                for (Event e : sorted) {
                    if (e.actors().isEmpty()) {
                        byActor.computeIfAbsent(NO_ACTOR, k -> new ArrayList<>()).add(e);
                    }
                    for (String a : e.actors()) {
                        byActor.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
                    }
                }
                List<Map.Entry<String, List<Event>>> entries = new ArrayList<>(byActor.entrySet());
                entries.sort(Comparator.comparing((Map.Entry<String, List<Event>> en) -> en.getKey().equals(NO_ACTOR))
                        .thenComparing(en -> -en.getValue().size())
                        .thenComparing(en -> actorNames.getOrDefault(en.getKey(), en.getKey())));
                for (Map.Entry<String, List<Event>> en : entries) {
                    String label = en.getKey().equals(NO_ACTOR) ? "(no actor)"
                            : actorNames.getOrDefault(en.getKey(), en.getKey());
                    lanes.add(lane(en.getKey(), label, null, EventIndex.ofSorted(en.getValue().toArray(new Event[0])),
                            MAX_ROWS));
                }
            }
        }
        return new Lanes(lanes, all, mode, Map.copyOf(actorNames));
    }

    private static boolean inOrder(Event[] a) {
        for (int i = 1; i < a.length; i++) {
            if (TimeOrder.compare(a[i - 1], a[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /** Rows grow with the logarithm of a lane's size: one event needs one row, thousands need the most. */
    private static Lane lane(String key, String label, EventKind kind, EventIndex index, int maxRows) {
        int rows = Math.max(1, Math.min(maxRows, 32 - Integer.numberOfLeadingZeros(index.size())));
        return new Lane(key, label, kind, index, rows);
    }

    /** These lanes with only those whose keys are in {@code keys}, in the same order; {@link #all()} holds their events. */
    public Lanes only(java.util.Set<String> keys) {
        List<Lane> kept = new ArrayList<>();
        java.util.Set<Event> events = new java.util.HashSet<>();
        for (Lane lane : lanes) {
            if (keys.contains(lane.key())) {
                kept.add(lane);
                for (int i = 0; i < lane.index().size(); i++) {
                    events.add(lane.index().get(i));
                }
            }
        }
        return new Lanes(kept, EventIndex.of(new ArrayList<>(events)), mode, actorNames);
    }

    /** True when {@code e} belongs to one of the lanes with these keys. */
    public boolean inAnyLane(Event e, java.util.Set<String> keys) {
        return switch (mode) {
            case NONE -> keys.contains("all");
            case KIND -> keys.contains(e.kind().jsonName());
            case ACTOR -> e.actors().isEmpty() ? keys.contains(NO_ACTOR) : e.actors().stream().anyMatch(keys::contains);
        };
    }

    public List<Lane> lanes() {
        return lanes;
    }

    public EventIndex all() {
        return all;
    }

    public LaneMode mode() {
        return mode;
    }

    /** The names of the actors, by id, the lanes were built with. */
    public Map<String, String> actorNames() {
        return actorNames;
    }
}
