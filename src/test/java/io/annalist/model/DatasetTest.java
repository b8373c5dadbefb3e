package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DatasetTest {
    private static Event event(String id, String when) {
        return new Event(id, EventKind.OTHER, id, When.at(PartialDate.parse(when)), null, List.of(), null,
                List.of("s"), null, List.of(), null, Map.of(), 0);
    }

    private static Dataset of(List<Event> events) {
        return new Dataset("t", "", List.of(), List.of(), events, Map.of());
    }

    @Test
    void sortsByStartThenEndThenId() {
        List<Event> events = new ArrayList<>();
        String[] whens = {"2024", "2024-01", "2024-01-01", "2023-12-31", "2024-06", "2025"};
        for (int i = 0; i < 300; i++) {
            events.add(event("e" + (i % 7) + "-" + i, whens[i % whens.length]));
        }
        Collections.shuffle(events, new Random(3));
        List<Event> sorted = of(events).sortedByTime().events();
        List<Event> expected = new ArrayList<>(events);
        expected.sort(io.annalist.model.TimeOrder.EVENTS);
        assertEquals(expected, sorted);
        // Same start, different end: the shorter first ("2024-01-01" before "2024-01" before "2024").
        assertEquals("2023-12-31", sorted.get(0).when().toIsoText());
        assertEquals("2024-01-01", sorted.get(50).when().toIsoText());
    }

    @Test
    void anOrderedDatasetIsItself() {
        Dataset d = of(List.of(event("a", "2020"), event("b", "2020"), event("a", "2021")));
        assertSame(d, d.sortedByTime());
    }
}
