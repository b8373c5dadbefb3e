package io.annalist.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The contents of one event file: its title and description, the actors and sources it
 * defines, and the events that loaded. Immutable.
 */
public record Dataset(String title, String description, List<Actor> actors, List<Source> sources,
                      List<Event> events, Map<String, String> extra) {

    public Dataset {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        events = List.copyOf(events);
        extra = Map.copyOf(extra);
    }

    /** The same dataset with its events in time order ({@link TimeOrder}); itself when they already are. */
    public Dataset sortedByTime() {
        for (int i = 1; i < events.size(); i++) {
            if (TimeOrder.compare(events.get(i - 1), events.get(i)) > 0) {
                // The times are copied out beside each event, so that comparing two of them reads
                // numbers side by side instead of following two references each time.
                Keyed[] keyed = new Keyed[events.size()];
                for (int k = 0; k < keyed.length; k++) {
                    Event e = events.get(k);
                    keyed[k] = new Keyed(e.when().start(), e.when().end(), e);
                }
                java.util.Arrays.parallelSort(keyed, Keyed::compare);
                Event[] a = new Event[keyed.length];
                for (int k = 0; k < a.length; k++) {
                    a[k] = keyed[k].event;
                }
                return new Dataset(title, description, actors, sources, java.util.Arrays.asList(a), extra);
            }
        }
        return this;
    }

    /** An event with its time beside it, for sorting in {@link TimeOrder}. */
    private record Keyed(long start, long end, Event event) {
        static int compare(Keyed a, Keyed b) {
            return TimeOrder.compare(a.start, a.end, a.event.id(), b.start, b.end, b.event.id());
        }
    }

    public static Dataset empty() {
        return new Dataset("", "", List.of(), List.of(), List.of(), Map.of());
    }

    /** Actors by id. */
    public Map<String, Actor> actorsById() {
        Map<String, Actor> map = new HashMap<>();
        actors.forEach(a -> map.put(a.id(), a));
        return map;
    }

    /** Sources by id. */
    public Map<String, Source> sourcesById() {
        Map<String, Source> map = new HashMap<>();
        sources.forEach(s -> map.put(s.id(), s));
        return map;
    }
}
