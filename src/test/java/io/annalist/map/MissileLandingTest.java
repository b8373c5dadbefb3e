package io.annalist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A landing point is computed only from a launch site, a range and a bearing the data gives. */
class MissileLandingTest {

    @Test
    void destinationAlongAGreatCircle() {
        double degree = Math.PI * Mercator.EARTH_RADIUS_KM / 180;
        LatLon east = MissileLanding.destination(0, 0, 90, degree);
        assertEquals(0, east.lat(), 1e-9);
        assertEquals(1, east.lon(), 1e-9);
        LatLon north = MissileLanding.destination(10, 20, 0, 5 * degree);
        assertEquals(15, north.lat(), 1e-9);
        assertEquals(20, north.lon(), 1e-9);
        LatLon across = MissileLanding.destination(0, 179.5, 90, degree);
        assertEquals(-179.5, across.lon(), 1e-9, "past 180° the longitude wraps");
        LatLon far = MissileLanding.destination(39.0, 125.0, 70, 1000);
        assertEquals(1000, MissileLanding.distanceKm(39.0, 125.0, far.lat(), far.lon()), 1e-6);
    }

    @Test
    void computedOnlyWhenSiteRangeAndBearingAreKnown() {
        assertNotNull(MissileLanding.of(MapFixtures.missile("ok", 39.0, 125.0, 1000.0, 70.0)));
        assertNull(MissileLanding.of(MapFixtures.missile("no bearing", 39.0, 125.0, 1000.0, null)));
        assertNull(MissileLanding.of(MapFixtures.missile("no range", 39.0, 125.0, null, 70.0)));
        assertNull(MissileLanding.of(MapFixtures.missile("n/a range", 39.0, 125.0, Double.NaN, 70.0)));
        assertNull(MissileLanding.of(MapFixtures.missile("no site", null, null, 1000.0, 70.0)));
        assertNull(MissileLanding.of(MapFixtures.missile("zero", 39.0, 125.0, 0.0, 70.0)));
        assertNull(MissileLanding.of(MapFixtures.at("meeting", 39.0, 125.0)), "not a missile test");
    }

    @Test
    void notComputedFromASiteKnownOnlyRoughly() {
        io.annalist.model.Event m = MapFixtures.missile("near", 39.0, 125.0, 1000.0, 70.0);
        io.annalist.model.Event near = MapFixtures.event("near", m.kind(), "2022-03-24", new io.annalist.model.Place(
                "site", "KP", 39.0, 125.0, io.annalist.model.PlacePrecision.NEAR), m.details());
        assertNull(MissileLanding.of(near), "a site drawn hollow is no point to measure a range from");
    }
}
