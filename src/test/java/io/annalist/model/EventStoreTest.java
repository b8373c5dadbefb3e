package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store and its filter, without a toolkit. */
class EventStoreTest {
    private EventStore store;
    private int changes;

    private static Event event(String id, EventKind kind, String when, Confidence c, String title, String... actors) {
        return new Event(id, kind, title, When.at(PartialDate.parse(when)), new Place("Pyongyang", "KP", null, null),
                List.of(actors), "summary of " + id, List.of("s"), c, List.of(), null, Map.of(), 0);
    }

    @BeforeEach
    void setUp() {
        Event a = event("a", EventKind.VISIT, "2024-06-19", Confidence.CONFIRMED, "Putin visits", "russia", "putin",
                "north-korea");
        Event b = event("b", EventKind.TROOP_DEPLOYMENT, "2024-10", Confidence.ESTIMATED, "Troops", "north-korea",
                "russia");
        Event c = event("c", EventKind.MISSILE_TEST, "2023", Confidence.REPORTED, "Launch", "north-korea");
        Event d = new Event("d", EventKind.STATEMENT, "Warning", When.at(PartialDate.parse("2025-03")), null,
                List.of("nk-defence-ministry"), null, List.of("s"), null, List.of(), new Statement(
                "nk-defence-ministry", List.of(), "dire consequences"), Map.of(), 0);
        Dataset ds = new Dataset("t", "", List.of(new Actor("putin", "Vladimir Putin", ActorKind.PERSON, "russia",
                List.of())), List.of(), List.of(b, d, a, c), Map.of());
        store = new EventStore();
        store.sortedEvents().addListener((javafx.collections.ListChangeListener<Event>) ch -> changes++);
        store.setDataset(ds);
        changes = 0;
    }

    private List<String> shown() {
        return store.sortedEvents().stream().map(Event::id).collect(Collectors.toList());
    }

    @Test
    void sortsByTime() {
        assertEquals(List.of("c", "a", "b", "d"), shown());
    }

    @Test
    void filtersByKindAndConfidence() {
        store.setFilter(EventFilter.NONE.withKinds(Set.of(EventKind.VISIT, EventKind.MISSILE_TEST)));
        assertEquals(List.of("c", "a"), shown());
        store.setFilter(store.getFilter().withConfidences(Set.of(Confidence.CONFIRMED)));
        assertEquals(List.of("a"), shown());
    }

    @Test
    void actorsAnyOrAll() {
        store.setFilter(EventFilter.NONE.withActors(Set.of("russia", "putin"), false));
        assertEquals(List.of("a", "b"), shown());
        store.setFilter(EventFilter.NONE.withActors(Set.of("russia", "putin"), true));
        assertEquals(List.of("a"), shown());
    }

    @Test
    void aTimeWindowKeepsWhatOverlapsIt() {
        long from = PartialDate.parse("2024-10-15").start();
        long to = PartialDate.parse("2025-01").start();
        store.setFilter(EventFilter.NONE.withWindow(from, to));
        assertEquals(List.of("b"), shown(), "a month-precision event overlaps a window inside its month");
        store.setFilter(EventFilter.NONE.withWindow(null, from));
        assertEquals(List.of("c", "a", "b"), shown());
    }

    @Test
    void textMatchesTitlesActorNamesPlacesAndQuotes() {
        store.setFilter(EventFilter.NONE.withText("VLADIMIR"));
        assertEquals(List.of("a"), shown(), "an actor's name, case-insensitive");
        store.setFilter(EventFilter.NONE.withText("dire conseq"));
        assertEquals(List.of("d"), shown(), "a quote");
        store.setFilter(EventFilter.NONE.withText("pyongyang"));
        assertEquals(List.of("c", "a", "b"), shown(), "a place");
        store.setFilter(EventFilter.NONE.withText("nothing like this"));
        assertTrue(shown().isEmpty());
    }

    @Test
    void aNewDatasetIsOneChangeAndKeepsTheFilter() {
        store.setFilter(EventFilter.NONE.withKinds(Set.of(EventKind.MISSILE_TEST)));
        changes = 0;
        Event e = event("z", EventKind.MISSILE_TEST, "2026", Confidence.REPORTED, "Another launch", "north-korea");
        Event v = event("y", EventKind.VISIT, "2026", Confidence.REPORTED, "A visit", "north-korea");
        store.setDataset(new Dataset("t2", "", List.of(), List.of(), List.of(e, v), Map.of()));
        assertEquals(List.of("z"), shown());
        assertEquals(2, store.allEvents().size());
        assertTrue(changes <= 2, "one change for the data, at most one for the filter: " + changes);
    }

    @Test
    void countsAndRangeComeReadyWithTheDataset() {
        assertEquals(Map.of("russia", 2, "putin", 1, "north-korea", 3, "nk-defence-ministry", 1), store.actorCounts());
        assertEquals(Map.of(EventKind.VISIT, 1, EventKind.TROOP_DEPLOYMENT, 1, EventKind.MISSILE_TEST, 1,
                EventKind.STATEMENT, 1), store.kindCounts());
        assertEquals(Map.of(Confidence.CONFIRMED, 1, Confidence.ESTIMATED, 1, Confidence.REPORTED, 1),
                store.confidenceCounts());
        assertEquals(PartialDate.parse("2023").start(), store.dataStart());
        assertEquals(PartialDate.parse("2025-03").end(), store.dataEnd());
        EventStore.Prepared ahead = EventStore.prepare(store.getDataset());
        EventStore other = new EventStore();
        other.setDataset(ahead);
        assertEquals(store.allEvents(), other.allEvents());
        assertEquals(store.actorCounts(), other.actorCounts());
    }
}
