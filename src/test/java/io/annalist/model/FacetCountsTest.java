package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FacetCountsTest {
    private static Event event(EventKind kind, Confidence confidence, String... actors) {
        return new Event("e", kind, "t", When.at(PartialDate.parse("2024")), null, List.of(actors), null,
                List.of("s"), confidence, List.of(), null, Map.of(), 0);
    }

    @Test
    void countsTheEventsOfEachActorKindAndConfidence() {
        FacetCounts c = FacetCounts.of(List.of(event(EventKind.VISIT, Confidence.CONFIRMED, "russia", "north-korea"),
                event(EventKind.VISIT, null, "russia"), event(EventKind.MISSILE_TEST, Confidence.ESTIMATED,
                        "north-korea")));
        assertEquals(3, c.events());
        assertEquals(Map.of("russia", 2, "north-korea", 2), c.actors());
        assertEquals(Map.of(EventKind.VISIT, 2, EventKind.MISSILE_TEST, 1), c.kinds());
        assertEquals(Map.of(Confidence.CONFIRMED, 1, Confidence.ESTIMATED, 1), c.confidences());
        assertEquals(FacetCounts.NONE.actors(), FacetCounts.of(List.of()).actors());
    }

    @Test
    void aCountReadsShownOfAllWhenSomeAreHidden() {
        assertEquals("2 / 15", FacetCounts.shownOf(2, 15, true));
        assertEquals("1,234 / 10,000", FacetCounts.shownOf(1234, 10_000, true));
        assertEquals("15", FacetCounts.shownOf(15, 15, false));
    }
}
