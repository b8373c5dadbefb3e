package io.annalist.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.annalist.model.Event;
import io.annalist.model.PlaceCondition;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The "Place" filter: a region drawn on the map — a box, or a lasso's outline — and the test
 * it makes of an event. An event with exact coordinates passes when they are inside the
 * region; one whose coordinates stand for a town's surroundings or a region passes when those
 * coordinates are inside; one known only by its country passes when the country overlaps the
 * region, since it may have happened there (the map draws it hollow, so the analyst sees how
 * little is known). An event with no place does not pass. Immutable; a value for the view
 * state and saved views (as the event filter's {@link PlaceCondition}); its test is safe to
 * run on several threads. {@link #encode()} and {@link #decode} keep it in the preferences.
 *
 * @param lats the region's outline: latitudes of its corners (a box has four)
 * @param lons longitudes, unwrapped: a region drawn across ±180° keeps going past it
 */
public record PlaceFilter(Shape shape, double[] lats, double[] lons) implements PlaceCondition {

    /** Drawn as a box or as a free outline. */
    public enum Shape { BOX, LASSO }

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    public PlaceFilter {
        if (lats.length != lons.length || lats.length < 3) {
            throw new IllegalArgumentException("a region needs at least three corners");
        }
        lats = lats.clone();
        lons = lons.clone();
    }

    /** The box between two corners; longitudes may run past ±180° when the box was drawn across it. */
    public static PlaceFilter box(double lat1, double lon1, double lat2, double lon2) {
        double s = Math.min(lat1, lat2);
        double n = Math.max(lat1, lat2);
        double w = Math.min(lon1, lon2);
        double e = Math.max(lon1, lon2);
        return new PlaceFilter(Shape.BOX, new double[]{s, s, n, n}, new double[]{w, e, e, w});
    }

    public static PlaceFilter box(GeoBox b) {
        double east = b.crossesAntimeridian() ? b.east() + 360 : b.east();
        return box(b.south(), b.west(), b.north(), east);
    }

    public static PlaceFilter lasso(double[] lats, double[] lons) {
        return new PlaceFilter(Shape.LASSO, lats, lons);
    }

    @Override
    public double[] lats() {
        return lats.clone();
    }

    @Override
    public double[] lons() {
        return lons.clone();
    }

    /** The region in degrees, cut at the antimeridian into pieces within ±180°. */
    public Geometry geometry() {
        List<Polygon> pieces = new ArrayList<>();
        for (Antimeridian.Ring r : Antimeridian.cut(new Antimeridian.Ring(lons, lats))) {
            Coordinate[] c = new Coordinate[r.size() + 1];
            for (int i = 0; i < r.size(); i++) {
                c[i] = new Coordinate(r.lon()[i], r.lat()[i]);
            }
            c[r.size()] = new Coordinate(c[0]);
            pieces.add(GEOMETRY.createPolygon(c));
        }
        return GEOMETRY.createMultiPolygon(pieces.toArray(new Polygon[0]));
    }

    /** The test on the bundled base map, for the event filter. */
    @Override
    public Predicate<Event> predicate() {
        return predicate(BaseMap.bundled());
    }

    /** The test this filter makes, prepared once for a pass over many events; thread-safe. */
    public Predicate<Event> predicate(BaseMap map) {
        Geometry region = geometry();
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(region);
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(region);
        Map<Country, Boolean> overlaps = new ConcurrentHashMap<>();
        return e -> {
            Placement p = Placement.of(e, map);
            if (p.kind() == Placement.Kind.NONE) {
                return false;
            }
            if (p.country() != null) {
                return overlaps.computeIfAbsent(p.country(), c -> overlaps(prepared, c));
            }
            return inside.locate(new Coordinate(normal(p.lon()), p.lat())) != Location.EXTERIOR;
        };
    }

    private static boolean overlaps(PreparedGeometry region, Country c) {
        // Prepared intersection tests segments and points, no overlay: it copes with Natural Earth's invalid rings.
        return region.intersects(c.shape());
    }

    private static double normal(double lon) {
        return lon >= -180 && lon <= 180 ? lon : ((lon + 540) % 360) - 180;
    }

    /**
     * The chip's words: "Place: 38.1–41.0° N, 124.2–129.9° E" for a box, "Place: area 22.0–48.0° N,
     * 109.0–146.0° E" for a lasso — the extent of its outline, so the chip says how far the region reaches.
     */
    @Override
    public String describe() {
        if (shape == Shape.BOX) {
            double w = normal(lons[0]);
            double e = normal(lons[1]);
            return "Place: " + new GeoBox(lats[0], w, lats[2], e).describe();
        }
        return "Place: area " + extent().describe();
    }

    /** The box holding the outline; every longitude when the outline goes all the way round. */
    public GeoBox extent() {
        double west = Arrays.stream(lons).min().orElse(0);
        double east = Arrays.stream(lons).max().orElse(0);
        double south = Arrays.stream(lats).min().orElse(0);
        double north = Arrays.stream(lats).max().orElse(0);
        return east - west >= 360 ? new GeoBox(south, -180, north, 180)
                : new GeoBox(south, normal(west), north, normal(east));
    }

    /** "box 38.0,124.0 38.0,131.0 ..." or "lasso ...": latitude,longitude pairs, to keep in preferences. */
    public String encode() {
        StringBuilder b = new StringBuilder(shape == Shape.BOX ? "box" : "lasso");
        for (int i = 0; i < lats.length; i++) {
            b.append(' ').append(lats[i]).append(',').append(lons[i]);
        }
        return b.toString();
    }

    /** The filter {@link #encode()} wrote, or null when the text is not one (a hand-edited preference). */
    public static PlaceFilter decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] t = text.strip().split(" ");
        try {
            double[] lats = new double[t.length - 1];
            double[] lons = new double[t.length - 1];
            for (int i = 1; i < t.length; i++) {
                String[] ll = t[i].split(",");
                lats[i - 1] = Double.parseDouble(ll[0]);
                lons[i - 1] = Double.parseDouble(ll[1]);
            }
            return switch (t[0]) {
                case "box" -> new PlaceFilter(Shape.BOX, lats, lons);
                case "lasso" -> new PlaceFilter(Shape.LASSO, lats, lons);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaceFilter f && f.shape == shape && Arrays.equals(f.lats, lats)
                && Arrays.equals(f.lons, lons);
    }

    @Override
    public int hashCode() {
        return shape.hashCode() * 31 * 31 + Arrays.hashCode(lats) * 31 + Arrays.hashCode(lons);
    }

    @Override
    public String toString() {
        return describe();
    }
}
