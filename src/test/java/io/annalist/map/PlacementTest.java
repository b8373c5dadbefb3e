package io.annalist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;

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
    void everyPrecisionIsDrawnAsTheModelSaysItIsKnown() {
        // The exact spot, a town's coordinates and a file that does not say are points; "near" and coarser never.
        Map<PlacePrecision, Placement.Kind> expected = new EnumMap<>(PlacePrecision.class);
        expected.put(PlacePrecision.EXACT, Placement.Kind.POINT);
        expected.put(PlacePrecision.TOWN, Placement.Kind.POINT);
        for (PlacePrecision pr : new PlacePrecision[]{PlacePrecision.NEAR, PlacePrecision.DISTRICT,
                PlacePrecision.PROVINCE, PlacePrecision.AREA, PlacePrecision.COUNTRY, PlacePrecision.WATER}) {
            expected.put(pr, Placement.Kind.AREA);
        }
        assertEquals(PlacePrecision.values().length, expected.size(), "every precision has its treatment");
        for (PlacePrecision pr : PlacePrecision.values()) {
            Placement p = of(new Place("Mariupol", "UA", 47.0971, 37.5434, pr));
            assertEquals(expected.get(pr), p.kind(), pr.toString());
            assertFalse(pr.area() && p.kind() == Placement.Kind.POINT, pr + ": an area is never a point");
            assertFalse(p.kind() == Placement.Kind.AREA && p.describe().contains("exact"), pr + ": " + p.describe());
        }
        assertEquals(Placement.Kind.POINT, of(new Place("Mariupol", "UA", 47.0971, 37.5434)).kind());
    }

    @Test
    void nearAPlaceIsHollowAndSaysSo() {
        // ACLED geo_precision 2 and UCDP where_prec 2: somewhere around the named place.
        Placement p = of(new Place("Mariupol", "UA", 47.0971, 37.5434, PlacePrecision.NEAR));
        assertEquals(Placement.Kind.AREA, p.kind());
        assertEquals(47.0971, p.lat());
        assertTrue(p.describe().startsWith("near these coordinates"), p.describe());
        assertEquals("at its exact coordinates", of(new Place(null, null, 39.0, 125.0, PlacePrecision.EXACT)).describe());
        assertFalse(of(new Place("Kharkiv", "UA", 49.99, 36.23, PlacePrecision.TOWN)).describe().contains("exact"));
        assertFalse(of(new Place("Pyongyang", "KP", 39.03, 125.75)).describe().contains("exact"),
                "a file that does not say how precisely is not said to be exact");
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
