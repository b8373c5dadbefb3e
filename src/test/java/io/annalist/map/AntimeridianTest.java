package io.annalist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** Shapes that cross ±180° are cut, never drawn as streaks across the world. */
class AntimeridianTest {

    private static double area(Antimeridian.Ring r) {
        double s = 0;
        for (int i = 0; i < r.size(); i++) {
            int j = (i + 1) % r.size();
            s += r.lon()[i] * r.lat()[j] - r.lon()[j] * r.lat()[i];
        }
        return Math.abs(s / 2);
    }

    @Test
    void aRingAcrossTheAntimeridianBecomesTwoPiecesOneEachSide() {
        Antimeridian.Ring square = new Antimeridian.Ring(new double[]{170, -170, -170, 170},
                new double[]{-10, -10, 10, 10});
        List<Antimeridian.Ring> pieces = Antimeridian.cut(square);
        assertEquals(2, pieces.size());
        double total = 0;
        for (Antimeridian.Ring p : pieces) {
            assertTrue(p.widestStep() <= 180, "no edge runs the long way round");
            double min = java.util.Arrays.stream(p.lon()).min().orElseThrow();
            double max = java.util.Arrays.stream(p.lon()).max().orElseThrow();
            assertTrue(max <= 180 && min >= -180);
            assertEquals(10, max - min, 1e-9, "each piece is the 10° on its side");
            total += area(p);
        }
        assertEquals(400, total, 1e-9, "nothing lost, nothing added");
    }

    @Test
    void aRingThatDoesNotCrossIsLeftAlone() {
        Antimeridian.Ring r = new Antimeridian.Ring(new double[]{120, 130, 130}, new double[]{30, 30, 40});
        List<Antimeridian.Ring> pieces = Antimeridian.cut(r);
        assertEquals(1, pieces.size());
        assertEquals(List.of(120.0, 130.0, 130.0), java.util.Arrays.stream(pieces.get(0).lon()).boxed().toList());
    }

    @Test
    void aRingRoundThePoleIsClosedThroughIt() {
        // Like Antarctica: a coast that goes once round the South Pole.
        double[] lon = new double[36];
        double[] lat = new double[36];
        for (int i = 0; i < 36; i++) {
            lon[i] = -175 + 10 * i;
            lat[i] = -70;
        }
        List<Antimeridian.Ring> pieces = Antimeridian.cut(new Antimeridian.Ring(lon, lat));
        double total = pieces.stream().mapToDouble(AntimeridianTest::area).sum();
        assertEquals(360 * 20, total, 1e-6, "the whole cap from 70° S to the pole");
        for (Antimeridian.Ring p : pieces) {
            assertTrue(p.widestStep() <= 180);
        }
    }

    @Test
    void noBundledBorderRunsTheLongWayRound() {
        for (Country c : BaseMap.bundled().countries()) {
            for (int i = 0; i < c.shape().getNumGeometries(); i++) {
                Polygon p = (Polygon) c.shape().getGeometryN(i);
                Coordinate[] cs = p.getExteriorRing().getCoordinates();
                double[] lon = new double[cs.length - 1];
                double[] lat = new double[cs.length - 1];
                for (int k = 0; k < lon.length; k++) {
                    lon[k] = cs[k].x;
                    lat[k] = cs[k].y;
                }
                // Edges along the pole (Antarctica closed through it) lie on the map's edge, not across it.
                assertTrue(new Antimeridian.Ring(lon, lat).widestStep() <= 180, c + " has an edge across the map");
            }
        }
    }

    @Test
    void russiaFijiAndAntarcticaHavePlacesOnBothSidesOfTheAntimeridian() {
        BaseMap map = BaseMap.bundled();
        assertSame(map.country("RU"), map.countryAt(65.5, 176.0), "Chukotka west of 180°");
        assertSame(map.country("RU"), map.countryAt(67.0, -178.0), "Chukotka east of 180°");
        assertSame(map.country("FJ"), map.countryAt(-17.8, 178.0), "Viti Levu");
        assertSame(map.country("FJ"), map.countryAt(-16.75, -179.9), "Taveuni, east of 180°");
        Geometry antarctica = map.country("AQ").shape();
        assertNotNull(antarctica);
        assertSame(map.country("AQ"), map.countryAt(-89, 0), "the South Pole is in Antarctica");
        assertSame(map.country("AQ"), map.countryAt(-85, 179.99));
        assertSame(map.country("AQ"), map.countryAt(-85, -179.99));
    }
}
