package io.annalist.map;

/**
 * The map's projection: spherical Mercator, in "world units" where the whole world is one
 * unit wide (x = 0 at 180° W, 1 at 180° E) and one unit tall (y = 0 at {@link #MAX_LAT} north,
 * 1 at {@link #MAX_LAT} south). Chosen because it is conformal — the Korean peninsula, a coast
 * or the line from a launch site to a landing point keep their shape at every zoom where
 * analysts read a map — and because meridians and parallels stay straight, so panning is a
 * translation, a dragged box is a latitude–longitude box, and the inverse is exact. What it
 * costs: areas grow towards the poles (Russia looks larger than it is at world zoom), the scale
 * bar holds at one latitude only (it says which), and latitudes beyond ±85.05° are not shown.
 * Pure arithmetic, no UI.
 */
public final class Mercator {
    /** The latitude where the square world ends: atan(sinh(π)). */
    public static final double MAX_LAT = Math.toDegrees(Math.atan(Math.sinh(Math.PI)));
    /** The sphere's radius, km (the mean Earth radius). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Mercator() {
    }

    /** x in world units of a longitude in degrees; longitudes outside ±180 continue past 0 and 1. */
    public static double x(double lon) {
        return (lon + 180) / 360;
    }

    /** y in world units of a latitude in degrees, clamped to ±{@link #MAX_LAT}. */
    public static double y(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
        return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
    }

    /** The longitude of x, in [-180, 180). */
    public static double lon(double x) {
        double wrapped = x - Math.floor(x);
        return wrapped * 360 - 180;
    }

    /** The latitude of y. */
    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }

    /** True when the latitude is on the map (within ±{@link #MAX_LAT}). */
    public static boolean shows(double lat) {
        return lat >= -MAX_LAT && lat <= MAX_LAT;
    }

    /** Kilometres one world unit spans along the parallel at {@code lat}. */
    public static double kmPerUnit(double lat) {
        return 2 * Math.PI * EARTH_RADIUS_KM * Math.cos(Math.toRadians(lat));
    }
}
