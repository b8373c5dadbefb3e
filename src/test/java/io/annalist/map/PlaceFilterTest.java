package io.annalist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Predicate;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;
import org.junit.jupiter.api.Test;

/** The Place filter on the model alone, no toolkit. */
class PlaceFilterTest {
    private final BaseMap map = BaseMap.bundled();
    private final PlaceFilter northOf38 = PlaceFilter.box(38.0, 124.0, 43.0, 131.0);

    private static Event place(String id, Place p) {
        return MapFixtures.event(id, EventKind.MEETING, "2024", p, null);
    }

    @Test
    void exactPointsPassWhenInside() {
        Predicate<Event> test = northOf38.predicate(map);
        assertTrue(test.test(MapFixtures.at("pyongyang", 39.03, 125.75)));
        assertFalse(test.test(MapFixtures.at("seoul", 37.57, 126.98)));
        assertFalse(test.test(MapFixtures.at("tokyo", 35.68, 139.69)));
    }

    @Test
    void aCountryAlonePassesWhenItOverlapsTheRegion() {
        Predicate<Event> test = northOf38.predicate(map);
        assertTrue(test.test(place("kp", new Place(null, "KP", null, null))), "North Korea may be where it happened");
        assertTrue(test.test(place("kr", new Place(null, "KR", null, null))), "South Korea reaches north of 38°");
        assertFalse(test.test(place("jp", new Place(null, "JP", null, null))));
        Predicate<Event> small = PlaceFilter.box(38.9, 125.6, 39.2, 125.9).predicate(map);
        assertTrue(small.test(place("kp", new Place(null, "KP", null, null))), "a box inside the country");
        assertFalse(small.test(place("ru", new Place(null, "RU", null, null))));
    }

    @Test
    void regionCoordinatesPassWhenInsideAndNoPlaceNeverPasses() {
        Predicate<Event> test = northOf38.predicate(map);
        assertTrue(test.test(place("r", new Place(null, null, 40.0, 127.0, PlacePrecision.PROVINCE))));
        assertFalse(test.test(place("r", new Place(null, null, 36.0, 127.0, PlacePrecision.DISTRICT))));
        assertFalse(test.test(place("name", new Place("Kursk", null, null, null))));
        assertFalse(test.test(place("none", null)));
    }

    @Test
    void aBoxAcrossTheAntimeridianHoldsBothSides() {
        PlaceFilter fiji = PlaceFilter.box(-19, 177, -15, 182);
        Predicate<Event> test = fiji.predicate(map);
        assertTrue(test.test(MapFixtures.at("west", -17.8, 178.0)));
        assertTrue(test.test(MapFixtures.at("east", -16.75, -179.9)));
        assertFalse(test.test(MapFixtures.at("further", -16.75, -177.0)));
        assertTrue(test.test(place("fj", new Place(null, "FJ", null, null))));
        assertEquals("Place: 15.0–19.0° S, 177.0° E – 178.0° W", fiji.describe());
    }

    @Test
    void aLassoIsItsOutlineNotItsBox() {
        // A triangle over the peninsula's west: Pyongyang in, Wonsan (east coast) out though inside its box.
        PlaceFilter lasso = PlaceFilter.lasso(new double[]{38.0, 41.0, 38.0}, new double[]{124.5, 125.5, 128.5});
        Predicate<Event> test = lasso.predicate(map);
        assertTrue(test.test(MapFixtures.at("pyongyang", 39.03, 125.75)));
        assertFalse(test.test(MapFixtures.at("wonsan", 39.15, 127.44)));
        assertEquals("Place: area 38.0–41.0° N, 124.5–128.5° E", lasso.describe());
    }

    @Test
    void aLassosChipSaysHowFarItReaches() {
        // Drawn round the Yellow Sea and Japan: the chip gives the outline's extent, not a point in its middle.
        PlaceFilter wide = PlaceFilter.lasso(new double[]{22, 48, 40, 25}, new double[]{109, 120, 146, 130});
        assertEquals("Place: area 22.0–48.0° N, 109.0–146.0° E", wide.describe());
        // Across ±180° the longitudes run on past it, and the chip says where the area crosses.
        PlaceFilter pacific = PlaceFilter.lasso(new double[]{-20, -15, -18}, new double[]{175, 182, 186});
        assertEquals("Place: area 15.0–20.0° S, 175.0° E – 174.0° W", pacific.describe());
    }

    @Test
    void filtersAreValues() {
        assertEquals(PlaceFilter.box(38, 124, 43, 131), PlaceFilter.box(43, 131, 38, 124));
        assertEquals(PlaceFilter.box(38, 124, 43, 131).hashCode(), PlaceFilter.box(43, 131, 38, 124).hashCode());
        assertNotEquals(PlaceFilter.box(38, 124, 43, 131), PlaceFilter.box(38, 124, 43, 132));
        assertEquals("Place: 38.0–43.0° N, 124.0–131.0° E", northOf38.describe());
    }
}
