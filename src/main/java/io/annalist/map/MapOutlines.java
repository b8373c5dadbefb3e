package io.annalist.map;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The base map's shapes made ready for drawing: each polygon's rings projected to world units
 * ({@link Mercator}) as float arrays with their bounds, and simplified for each zoom so that a
 * frame draws about as many points as the screen can show (under a pixel of error): the whole
 * world at world zoom costs a few thousand points, not the 120,000 of the full borders.
 * Levels are made on first use; safe to share between threads.
 */
public final class MapOutlines {
    /** The zoom of level 0, in pixels per world unit; each level doubles it. */
    private static final double LEVEL0 = 512;
    private static final int LEVELS = 14;
    /** Largest error a simplified outline may have on screen, in pixels. */
    private static final double TOLERANCE_PX = 0.6;
    private static final GeometryFactory LINES = new GeometryFactory();

    /** One polygon: its country's index in the base map, its bounds, and its rings (x, y pairs), shell first. */
    public record Shape(int country, double minX, double minY, double maxX, double maxY, float[][] rings) {
    }

    private final List<Shape> shapes;
    private final float[][][][] levels = new float[LEVELS][][][];

    private MapOutlines(List<Shape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    /** Projects every polygon of {@code map}. */
    public static MapOutlines of(BaseMap map) {
        List<Shape> shapes = new ArrayList<>();
        List<Country> countries = map.countries();
        for (int c = 0; c < countries.size(); c++) {
            var mp = countries.get(c).shape();
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                Polygon p = (Polygon) mp.getGeometryN(i);
                float[][] rings = new float[1 + p.getNumInteriorRing()][];
                rings[0] = project(p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings[1 + h] = project(p.getInteriorRingN(h));
                }
                double minX = Double.POSITIVE_INFINITY;
                double minY = Double.POSITIVE_INFINITY;
                double maxX = Double.NEGATIVE_INFINITY;
                double maxY = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < rings[0].length; k += 2) {
                    minX = Math.min(minX, rings[0][k]);
                    maxX = Math.max(maxX, rings[0][k]);
                    minY = Math.min(minY, rings[0][k + 1]);
                    maxY = Math.max(maxY, rings[0][k + 1]);
                }
                shapes.add(new Shape(c, minX, minY, maxX, maxY, rings));
            }
        }
        return new MapOutlines(shapes);
    }

    private static float[] project(LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        int n = cs.length - 1;
        float[] xy = new float[2 * n];
        for (int i = 0; i < n; i++) {
            xy[2 * i] = (float) Mercator.x(cs[i].x);
            xy[2 * i + 1] = (float) Mercator.y(cs[i].y);
        }
        return xy;
    }

    public List<Shape> shapes() {
        return shapes;
    }

    /** The level to draw at {@code pixelsPerUnit}: error under {@link #TOLERANCE_PX}; -1 for the full outlines. */
    public static int levelFor(double pixelsPerUnit) {
        int level = (int) Math.ceil(Math.log(pixelsPerUnit / LEVEL0) / Math.log(2));
        return level >= LEVELS ? -1 : Math.max(0, level);
    }

    /** The rings of shape {@code s} at {@code level} (see {@link #levelFor}); x, y pairs in world units. */
    public float[][] rings(int s, int level) {
        if (level < 0) {
            return shapes.get(s).rings();
        }
        float[][][] l = levels[level];
        if (l == null) {
            l = simplify(level);
            levels[level] = l;
        }
        return l[s];
    }

    /** Total points drawn for the whole world at {@code level}, for measuring. */
    public int points(int level) {
        int n = 0;
        for (int s = 0; s < shapes.size(); s++) {
            for (float[] r : rings(s, level)) {
                n += r.length / 2;
            }
        }
        return n;
    }

    private float[][][] simplify(int level) {
        double tolerance = TOLERANCE_PX / (LEVEL0 * Math.scalb(1.0, level));
        float[][][] out = new float[shapes.size()][][];
        for (int s = 0; s < shapes.size(); s++) {
            float[][] rings = shapes.get(s).rings();
            List<float[]> kept = new ArrayList<>();
            for (float[] r : rings) {
                float[] simple = simplify(r, tolerance);
                if (simple != null) {
                    kept.add(simple);
                } else if (kept.isEmpty()) {
                    // A shell smaller than a pixel is still land: keep a dot of it so islands do not vanish.
                    kept.add(new float[]{r[0], r[1], r[0], r[1], r[0], r[1]});
                }
            }
            out[s] = kept.toArray(new float[0][]);
        }
        return out;
    }

    /** The ring simplified within {@code tolerance}, or null when it collapses below three points. */
    private static float[] simplify(float[] ring, double tolerance) {
        int n = ring.length / 2;
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            cs[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
        }
        cs[n] = cs[0];
        Coordinate[] s = DouglasPeuckerSimplifier.simplify(LINES.createLineString(cs), tolerance).getCoordinates();
        if (s.length < 4) {
            return null;
        }
        float[] out = new float[2 * (s.length - 1)];
        for (int i = 0; i < s.length - 1; i++) {
            out[2 * i] = (float) s[i].x;
            out[2 * i + 1] = (float) s[i].y;
        }
        return out;
    }
}
