package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Earlier visits, running totals and the troop scale, as plain queries over a file's events. */
class RelatedEventsTest {
    private static Event event(String id, String date, EventDetails d) {
        EventKind kind = d instanceof Visit ? EventKind.VISIT : d instanceof TroopDeployment
                ? EventKind.TROOP_DEPLOYMENT : EventKind.OTHER;
        return new Event(id, kind, id, When.at(PartialDate.parse(date)), null, List.of(), null, List.of("s"), null,
                List.of(), d, Map.of(), 0);
    }

    private static Event visit(String id, String date, String... visitors) {
        return event(id, date, new Visit(List.of(visitors), List.of("host"), null, null, null, null));
    }

    private static Event troops(String id, String date, String from, String to, Estimate n) {
        return event(id, date, new TroopDeployment(from, to, n, List.of(), null, null));
    }

    private static RelatedEvents of(Event... events) {
        List<Event> inTime = new ArrayList<>(List.of(events));
        inTime.sort(TimeOrder.EVENTS);
        return RelatedEvents.of(inTime);
    }

    @Test
    void earlierVisitsAreThoseOfAnyOfTheVisitorsBeforeInTimeOrder() {
        Event a = visit("a", "2018-06-12", "kim");
        Event b = visit("b", "2019-02-27", "kim", "choe");
        Event c = visit("c", "2019-04-25", "putin");
        Event d = visit("d", "2024-06-19", "choe");
        Event e = visit("e", "2024-06-19", "kim");
        RelatedEvents r = of(e, d, c, b, a);
        assertEquals(List.of(a, b), r.earlierVisits(e), "not the one of the same day");
        assertEquals(List.of(b), r.earlierVisits(d));
        assertEquals(List.of(), r.earlierVisits(a));
        assertEquals(List.of(), r.earlierVisits(troops("t", "2024", "x", "y", null)));
    }

    @Test
    void aRunningTotalAddsTheRangesOfTheSameRouteUpToTheDeployment() {
        Event autumn = troops("autumn", "2024-10", "north-korea", "russia", new Estimate(10_000, 12_000));
        Event unknown = troops("unknown", "2024-12", "north-korea", "russia", null);
        Event early = troops("early", "2025-02", "north-korea", "russia", new Estimate(1_000, 3_000));
        Event back = troops("back", "2025-01", "russia", "north-korea", Estimate.exactly(500));
        RelatedEvents r = of(early, back, unknown, autumn);
        RelatedEvents.RunningTotal t = r.runningTotal(early);
        assertEquals(new Estimate(11_000, 15_000), t.troops());
        assertEquals(2, t.counted());
        assertEquals(1, t.unknown());
        assertEquals(1, r.runningTotal(autumn).counted());
        assertEquals(Estimate.exactly(500), r.runningTotal(back).troops(), "the other way is another route");
        assertNull(r.runningTotal(visit("v", "2024", "kim")));
    }

    @Test
    void oneTroopScaleForTheFileAboveItsLargestCount() {
        RelatedEvents r = of(troops("a", "2024-10", "x", "y", new Estimate(10_000, 12_000)),
                troops("b", "2025-02", "x", "y", new Estimate(1_000, 3_000)));
        assertEquals(20_000, r.troopScale(), "both bars on 0–20,000: 1,000–3,000 is the shorter");
        assertEquals(1, RelatedEvents.NONE.troopScale());
        assertEquals(5_000, RelatedEvents.niceAbove(5_000));
        assertEquals(50, RelatedEvents.niceAbove(21));
        assertEquals(100, RelatedEvents.niceAbove(51));
    }
}
