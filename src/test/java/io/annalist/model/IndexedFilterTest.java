package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.annalist.io.EventFileReader;
import io.annalist.io.EventGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A store with a text index filters exactly as one that reads every event. */
class IndexedFilterTest {
    private static Dataset data;

    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("g.json");
        new EventGenerator(11).write(file, 4000);
        data = new EventFileReader().read(file).dataset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"warned", "WARNED", "state 1", "State 3", "actor 4", "e12", "e1234", "a", "geneva",
        "type 5", "slbm", "talks on cooperation", "ch", "-", " ", "no such words anywhere", "consequences."})
    void sameEventsWithAndWithoutTheIndex(String text) {
        EventStore indexed = new EventStore(0);
        EventStore reading = new EventStore(Integer.MAX_VALUE);
        indexed.setDataset(data);
        reading.setDataset(data);
        indexed.textIndexReady().join();
        List<EventFilter> filters = List.of(EventFilter.NONE.withText(text),
                EventFilter.NONE.withText(text).withKinds(Set.of(EventKind.STATEMENT, EventKind.MEETING)),
                EventFilter.NONE.withText(text).withActors(Set.of("actor-0"), false));
        for (EventFilter f : filters) {
            // Set the filter twice: the first time the index may still be missing in a real window.
            indexed.setFilter(EventFilter.NONE);
            indexed.setFilter(f);
            reading.setFilter(f);
            assertEquals(reading.filteredEvents(), indexed.filteredEvents(), f.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"warned", "State 3"})
    void theTextFindsSomethingAndLeavesSomethingOut(String text) {
        EventStore indexed = new EventStore(0);
        indexed.setDataset(data);
        indexed.textIndexReady().join();
        indexed.setFilter(EventFilter.NONE.withText(text));
        assertFalse(indexed.filteredEvents().isEmpty());
        assertTrue(indexed.filteredEvents().size() < data.events().size());
    }
}
