package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** One order of events in time: by start, then the shorter first, then by id. */
class TimeOrderTest {
    private static Event event(String id, String when) {
        return new Event(id, EventKind.OTHER, id, When.at(PartialDate.parse(when)), null, List.of(), null,
                List.of("s"), null, List.of(), null, java.util.Map.of(), 0);
    }

    @Test
    void byStartThenEndThenId() {
        Event day = event("b", "2024-06-01");
        Event month = event("a", "2024-06");
        Event sameDay = event("a", "2024-06-01");
        Event later = event("a", "2024-07");
        List<Event> events = new ArrayList<>(List.of(later, month, day, sameDay));
        events.sort(TimeOrder.EVENTS);
        assertEquals(List.of(sameDay, day, month, later), events);
        assertEquals(Integer.signum(TimeOrder.compare(day, month)), Integer.signum(TimeOrder.compare(
                day.when().start(), day.when().end(), day.id(), month.when().start(), month.when().end(), month.id())));
    }

    @Test
    void eventsAtOneMinuteGoInTheOrderTheirIdsCountThem() {
        List<Event> events = new ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            events.add(event("kn25-2026-03-14-" + i, "2026-03-14T04:24Z"));
        }
        events.sort(TimeOrder.EVENTS);
        assertEquals("kn25-2026-03-14-1", events.get(0).id());
        assertEquals("kn25-2026-03-14-2", events.get(1).id());
        assertEquals("kn25-2026-03-14-10", events.get(9).id());
        assertEquals("kn25-2026-03-14-12", events.get(11).id());
    }

    @Test
    void idsNeverTieAndTheirOrderIsATotalOrder() {
        org.junit.jupiter.api.Assertions.assertNotEquals(0, TimeOrder.compareIds("a1", "a01"), "ids that read the same");
        assertEquals(0, TimeOrder.compareIds("x7", "x7"));
        java.util.Random r = new java.util.Random(3);
        String[] parts = {"a", "b", "0", "1", "2", "10", "01", "-", "9"};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0, n = r.nextInt(4); k <= n; k++) {
                b.append(parts[r.nextInt(parts.length)]);
            }
            ids.add(b.toString());
        }
        for (String a : ids) {
            for (String b : ids) {
                int ab = Integer.signum(TimeOrder.compareIds(a, b));
                assertEquals(-ab, Integer.signum(TimeOrder.compareIds(b, a)), a + " / " + b);
                assertEquals(a.equals(b), ab == 0, a + " / " + b);
            }
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(TimeOrder::compareIds);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                // Sorted by a consistent order, no later id compares before an earlier one (transitivity).
                assertEquals(true, TimeOrder.compareIds(sorted.get(i), sorted.get(j)) <= 0,
                        sorted.get(i) + " / " + sorted.get(j));
            }
        }
    }
}
