package io.annalist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.annalist.model.EventKind;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;
import org.junit.jupiter.api.Test;

/** An imprecise place is never drawn as a precise point; nothing is placed that has no place. */
class PlacementTest {
    private final BaseMap map = BaseMap.bundled();

    private Placement of(Place p) {
        return Placement.of(MapFixtures.event("e", EventKind.MEETING, "2024", p, null), map);
    }

    @Test
    void exactCoordinatesAreAPoint() {
        Placement p = of(new Place("Pyongyang", "KP", 39.03, 125.75));
        assertEquals(Placement.Kind.POINT, p.kind());
        assertEquals(39.03, p.lat());
        assertEquals(Placement.Kind.POINT, of(new Place(null, null, 39.0, 125.0, PlacePrecision.EXACT)).kind());
    }

    @Test
    void coordinatesThatStandForSomethingLargerAreAnArea() {
        for (PlacePrecision pr : new PlacePrecision[]{PlacePrecision.DISTRICT, PlacePrecision.PROVINCE,
                PlacePrecision.COUNTRY}) {
            Placement p = of(new Place("Donetsk oblast", "UA", 48.0, 37.8, pr));
            assertEquals(Placement.Kind.AREA, p.kind(), pr.toString());
            assertNotEquals(Placement.Kind.POINT, p.kind());
        }
        assertSame(map.country("UA"), of(new Place(null, "UA", 48.0, 37.8, PlacePrecision.COUNTRY)).country());
        assertSame(map.country("UA"), of(new Place(null, null, 48.0, 37.8, PlacePrecision.COUNTRY)).country(),
                "the country found from the coordinates when no code is given");
        assertNull(of(new Place(null, "UA", 48.0, 37.8, PlacePrecision.PROVINCE)).country());
    }

    @Test
    void aCountryAloneIsAnAreaAtTheCountrysMark() {
        Placement p = of(new Place(null, "KP", null, null));
        assertEquals(Placement.Kind.AREA, p.kind());
        assertSame(map.country("KP"), p.country());
        assertEquals(map.country("KP").labelLat(), p.lat());
        assertEquals("somewhere in North Korea", p.describe());
    }

    @Test
    void aNameAloneOrAnUnknownCountryHasNoPlace() {
        assertEquals(Placement.Kind.NONE, of(new Place("Kursk", null, null, null)).kind());
        assertEquals(Placement.Kind.NONE, of(new Place("Atlantis", "XX", null, null)).kind());
        assertEquals(Placement.Kind.NONE, of(null).kind());
    }
}
