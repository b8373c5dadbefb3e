package io.annalist.map;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.algorithm.locate.PointOnGeometryLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * One country (or territory) of the base map: its ISO 3166-1 alpha-2 code (null for the few
 * Natural Earth shapes that have none, such as Kosovo or Somaliland), its ISO numeric code,
 * its name, its shape in degrees (x longitude, y latitude; already cut at the antimeridian),
 * and the point a mark stands for the whole country: inside it, on its largest part.
 * Immutable; the point locator is built on first use and safe to share between threads.
 */
public final class Country {
    private final String code;
    private final String numeric;
    private final String name;
    private final MultiPolygon shape;
    private final double labelLat;
    private final double labelLon;
    private volatile PointOnGeometryLocator locator;

    public Country(String code, String numeric, String name, MultiPolygon shape, double labelLat, double labelLon) {
        this.code = code;
        this.numeric = numeric;
        this.name = name;
        this.shape = shape;
        this.labelLat = labelLat;
        this.labelLon = labelLon;
    }

    public String code() {
        return code;
    }

    public String numeric() {
        return numeric;
    }

    public String name() {
        return name;
    }

    public MultiPolygon shape() {
        return shape;
    }

    public double labelLat() {
        return labelLat;
    }

    public double labelLon() {
        return labelLon;
    }

    /**
     * Whether (lat, lon) lies in the country or on its border. Uses a locator that counts ray
     * crossings, so it gives sensible answers on Natural Earth's few invalid polygons (self-
     * touching rings at small scales) where an overlay-based {@code covers} would throw.
     */
    public boolean contains(double lat, double lon) {
        if (!shape.getEnvelopeInternal().covers(lon, lat)) {
            return false;
        }
        PointOnGeometryLocator l = locator;
        if (l == null) {
            l = new IndexedPointInAreaLocator(shape);
            locator = l;
        }
        return l.locate(new Coordinate(lon, lat)) != Location.EXTERIOR;
    }

    @Override
    public String toString() {
        return name + (code == null ? "" : " (" + code + ")");
    }
}
