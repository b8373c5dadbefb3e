package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.When;
import org.junit.jupiter.api.Test;

class EventIndexTest {
    static Event event(String id, long start, long end, EventKind kind, String... actors) {
        When w = end - start <= 86_400_000L ? When.at(new PartialDate(start, end, io.annalist.model.Precision.DAY, true))
                : When.span(new PartialDate(start, start + 86_400_000L, io.annalist.model.Precision.DAY, true),
                new PartialDate(end - 86_400_000L, end, io.annalist.model.Precision.DAY, true), false, null, null);
        return new Event(id, kind, "Event " + id, w, null, List.of(actors), null, List.of("s"), null, List.of(), null,
                Map.of(), 0);
    }

    static List<Event> random(int n, long seed) {
        Random r = new Random(seed);
        List<Event> list = new ArrayList<>();
        long day = 86_400_000L;
        for (int i = 0; i < n; i++) {
            long start = r.nextInt(20_000) * day;
            long len = r.nextInt(10) == 0 ? (1 + r.nextInt(3000)) * day : day;
            list.add(event("e" + i, start, start + len, EventKind.values()[r.nextInt(8)], "a" + r.nextInt(5)));
        }
        return list;
    }

    @Test
    void overlapQueriesMatchAFullScan() {
        List<Event> events = random(5000, 7);
        EventIndex index = EventIndex.of(events);
        Random r = new Random(11);
        long day = 86_400_000L;
        for (int q = 0; q < 300; q++) {
            long t0 = (r.nextInt(22_000) - 1000) * day;
            long t1 = t0 + (1 + r.nextInt(q % 3 == 0 ? 20_000 : 50)) * day;
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < index.size(); i++) {
                if (index.start(i) < t1 && index.end(i) > t0) {
                    expected.add(index.get(i).id());
                }
            }
            List<String> got = new ArrayList<>();
            index.forEachOverlapping(t0, t1, p -> got.add(index.get(p).id()));
            assertEquals(expected, got, "query " + t0 + ".." + t1);
            long starting = events.stream().filter(e -> e.when().start() >= t0 && e.when().start() < t1).count();
            assertEquals(starting, index.countStartingIn(t0, t1));
        }
    }

    @Test
    void findsPositionsAndRange() {
        List<Event> events = random(100, 3);
        EventIndex index = EventIndex.of(events);
        for (Event e : events) {
            assertEquals(e, index.get(index.positionOf(e)));
        }
        long min = events.stream().mapToLong(e -> e.when().start()).min().orElseThrow();
        long max = events.stream().mapToLong(e -> e.when().end()).max().orElseThrow();
        assertEquals(new TimeWindow(min, max), index.range());
        assertNull(EventIndex.empty().range());
        assertEquals(0, EventIndex.empty().countOverlapping(0, 10));
    }
}
