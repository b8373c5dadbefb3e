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
}
