package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import org.junit.jupiter.api.Test;

class LanesTest {
    private static final long DAY = 86_400_000L;
    private final List<Event> events = List.of(
            EventIndexTest.event("a", 0, DAY, EventKind.VISIT, "russia", "north-korea"),
            EventIndexTest.event("b", 5 * DAY, 6 * DAY, EventKind.MISSILE_TEST, "north-korea"),
            EventIndexTest.event("c", 9 * DAY, 10 * DAY, EventKind.MISSILE_TEST),
            EventIndexTest.event("d", 2 * DAY, 3 * DAY, EventKind.STATEMENT, "north-korea"));

    @Test
    void byActorAnEventIsInEachOfItsActorsLanes() {
        Lanes lanes = Lanes.build(events, LaneMode.ACTOR, Map.of("north-korea", "North Korea", "russia", "Russia"));
        assertEquals(List.of("North Korea", "Russia", "(no actor)"), lanes.lanes().stream().map(Lanes.Lane::label).toList());
        assertEquals(3, lanes.lanes().get(0).index().size());
        assertEquals(1, lanes.lanes().get(1).index().size());
        assertEquals(4, lanes.all().size());
        assertEquals(2, lanes.lanes().get(0).rows(), "three events need two rows");
        assertEquals(1, lanes.lanes().get(1).rows());
    }

    @Test
    void byKindAndSingle() {
        Lanes byKind = Lanes.build(events, LaneMode.KIND, Map.of());
        assertEquals(List.of("Visit", "Missile test", "Statement"), byKind.lanes().stream().map(Lanes.Lane::label).toList());
        assertEquals(java.util.Set.of(EventKind.VISIT, EventKind.MISSILE_TEST, EventKind.STATEMENT), byKind.kinds());
        Lanes one = Lanes.build(events, LaneMode.NONE, Map.of());
        assertEquals(1, one.lanes().size());
        assertEquals(4, one.lanes().get(0).index().size());
    }
}
