package io.annalist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Mercator and the map scale: every conversion goes there and back. */
class ProjectionTest {

    @Test
    void latitudeAndLongitudeRoundTrip() {
        for (double lat = -85; lat <= 85; lat += 0.7) {
            for (double lon = -180; lon < 180; lon += 1.3) {
                assertEquals(lat, Mercator.lat(Mercator.y(lat)), 1e-9, "lat " + lat);
                assertEquals(lon, Mercator.lon(Mercator.x(lon)), 1e-9, "lon " + lon);
            }
        }
    }

    @Test
    void theWorldIsOneUnitSquareAndTheEquatorInItsMiddle() {
        assertEquals(0.5, Mercator.y(0), 1e-12);
        assertEquals(0, Mercator.y(Mercator.MAX_LAT), 1e-9);
        assertEquals(1, Mercator.y(-Mercator.MAX_LAT), 1e-9);
        assertEquals(0, Mercator.x(-180), 1e-12);
        assertEquals(1, Mercator.x(180), 1e-12);
        assertEquals(-180, Mercator.lon(1), 1e-12, "180° E and 180° W are one meridian");
        // Conformal: at 60° a degree of longitude is half as long as at the equator, and so is a degree of latitude.
        double dyEquator = Mercator.y(0) - Mercator.y(0.01);
        double dy60 = Mercator.y(60) - Mercator.y(60.01);
        assertEquals(2, dy60 / dyEquator, 1e-3);
    }

    @Test
    void screenAndWorldRoundTripAtEveryZoom() {
        for (double ppu : new double[]{1000, 12_345, 400_000, MapScale.MAX_PIXELS_PER_UNIT}) {
            MapScale s = new MapScale(Mercator.x(126), Mercator.y(39), ppu, 1000, 700).clamped();
            for (double sx = 0; sx <= 1000; sx += 97) {
                for (double sy = 0; sy <= 700; sy += 61) {
                    double lat = s.latAt(sy);
                    double lon = s.lonAt(sx);
                    assertEquals(sx, s.screenX(Mercator.x(lon)), 1e-6);
                    assertEquals(sy, s.screenY(Mercator.y(lat)), 1e-6);
                }
            }
        }
    }

    @Test
    void zoomKeepsThePlaceUnderThePointer() {
        MapScale s = MapScale.world(1200, 800);
        MapScale z = s.zoomAt(700, 300, 8);
        assertEquals(s.lonAt(700), z.lonAt(700), 1e-9);
        assertEquals(s.latAt(300), z.latAt(300), 1e-9);
        assertEquals(8 * s.pixelsPerUnit(), z.pixelsPerUnit(), 1e-6);
    }

    @Test
    void viewsWrapEastAndWestButNotPastThePoles() {
        MapScale s = new MapScale(Mercator.x(170), Mercator.y(0), 5000, 1000, 600).clamped();
        MapScale east = s.panBy(500, 0);
        assertTrue(east.centreX() >= 0 && east.centreX() < 1);
        assertEquals(170 + 500 / 5000.0 * 360 - 360, Mercator.lon(east.centreX()), 1e-9, "crossed 180° into the west");
        // A place just west of 180° and one just east of it are neighbours on screen.
        double a = east.screenX(Mercator.x(179.5));
        double b = east.screenX(Mercator.x(-179.5));
        assertEquals(5000 / 360.0, b - a, 1e-6);
        MapScale north = s.panBy(0, -1e9);
        assertEquals(0, north.top(), 1e-12, "the top edge of the world stops the pan");
        MapScale out = s.zoomAt(500, 300, 1e-9);
        assertEquals(600, out.pixelsPerUnit(), 1e-9, "never zoomed out beyond the whole world fitting both ways");
        assertEquals(0.5, out.centreY(), 1e-12, "the whole world's height in view");
    }

    @Test
    void fitShowsTheBoxAndSingleplacesWithSurroundings() {
        GeoBox korea = new GeoBox(37.5, 124.5, 42.5, 130.5);
        MapScale s = MapScale.fit(korea, 900, 600, 50);
        assertTrue(s.screenX(Mercator.x(124.5)) > 0 && s.screenX(Mercator.x(130.5)) < 900);
        assertTrue(s.screenY(Mercator.y(42.5)) > 0 && s.screenY(Mercator.y(37.5)) < 600);
        MapScale one = MapScale.fit(new GeoBox(39, 125.7, 39, 125.7), 900, 600, 200);
        // The part inside the margins is 200 km across; the whole map a little more.
        double across = one.kmPerPixel() * 900;
        assertTrue(across >= 200 && across < 240, "a single place: " + across + " km across");
    }

    @Test
    void coveringGoesTheShortWayRound() {
        GeoBox b = GeoBox.covering(new double[]{-17, -16}, new double[]{178, -179}, 2);
        assertTrue(b.crossesAntimeridian());
        assertEquals(3, b.widthDegrees(), 1e-9);
        assertTrue(b.contains(-16.5, 179.5));
        assertTrue(b.contains(-16.5, -179.5));
        GeoBox k = GeoBox.covering(new double[]{39, 40}, new double[]{125, 129}, 2);
        assertEquals(4, k.widthDegrees(), 1e-9);
        MapScale s = MapScale.fit(b, 800, 600, 10);
        assertTrue(Math.abs(s.screenX(Mercator.x(178)) - s.screenX(Mercator.x(-179))) < 800);
    }

    /** Kilometres the view spans across its width and its height, at its middle. */
    private static double[] kmAcross(MapScale s) {
        double km = Mercator.kmPerUnit(s.latAt(s.height() / 2));
        return new double[]{s.spanX() * km, s.spanY() * km};
    }

    @Test
    void oneOrAFewPlacesAreShownWithTheirCountryAndItsNeighbours() {
        // Every visit since 2023 was in Pyongyang: the fit shows Korea and its borders, not a bare coast.
        GeoBox pyongyang = new GeoBox(39.0, 125.7, 39.05, 125.8);
        for (double[] size : new double[][]{{1600, 900}, {600, 450}, {400, 900}, {1000, 260}}) {
            MapScale s = MapScale.fit(pyongyang, size[0], size[1], MapScale.LEAST_FIT_KM, 30, 70, 36);
            double[] km = kmAcross(s);
            assertTrue(Math.max(km[0], km[1]) >= MapScale.LEAST_FIT_KM, "at " + size[0] + " × " + size[1]
                    + " the map spans " + Math.round(km[0]) + " × " + Math.round(km[1]) + " km");
            // Not the world either: the neighbours' borders, at most a few times the least extent.
            assertTrue(Math.max(km[0], km[1]) <= 3 * MapScale.LEAST_FIT_KM, Math.round(km[0]) + " km across");
            assertTrue(s.lonAt(0) < 124.3 && s.lonAt(s.width()) > 129.9 || s.latAt(0) > 43 && s.latAt(s.height()) < 38,
                    "the Yalu and the Sea of Japan, or the Tumen and the DMZ, are in view");
        }
    }

    @Test
    void aLowStripOfMapStillFitsItsEventsToItsShape() {
        // Below the timeline in a small window the map is a strip 380 × 95; the note and the scale bar take 71 of its
        // pixels. From Singapore to Korea the events are fitted to most of the strip's height, not to the 24 pixels
        // the overlays leave, which was the world three times over with every event in one count.
        GeoBox events = new GeoBox(1.3, 103.8, 39.0, 125.8);
        MapScale s = MapScale.fit(events, 380, 95, MapScale.LEAST_FIT_KM, 30, 41, 36);
        double top = s.screenY(Mercator.y(39.0));
        double bottom = s.screenY(Mercator.y(1.3));
        assertTrue(bottom - top >= 30, "the events span " + (bottom - top) + " of the strip's 95 pixels");
        assertTrue(top >= 0 && bottom <= 95, "and are in it: " + top + " to " + bottom);
        assertTrue(s.spanX() < 2, "not the world over and over: " + s.spanX());
        assertEquals(190, s.screenX(Mercator.x(114.8)), 1, "their middle is the strip's");
    }
}
