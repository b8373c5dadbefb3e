package io.annalist.map;

import java.util.Arrays;
import java.util.Locale;

/**
 * A latitude–longitude box in degrees. {@code west} greater than {@code east} means the box
 * crosses the antimeridian (from 170° E to 170° W is west 170, east −170). Immutable.
 */
public record GeoBox(double south, double west, double north, double east) {

    public GeoBox {
        if (!(south <= north) || Double.isNaN(west) || Double.isNaN(east)) {
            throw new IllegalArgumentException("not a box: " + south + ".." + north + ", " + west + ".." + east);
        }
    }

    /** True when the box crosses ±180°. */
    public boolean crossesAntimeridian() {
        return west > east;
    }

    public boolean contains(double lat, double lon) {
        if (lat < south || lat > north) {
            return false;
        }
        return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
    }

    /** Width in degrees of longitude. */
    public double widthDegrees() {
        return west <= east ? east - west : 360 - west + east;
    }

    /**
     * The smallest box holding every point, going the short way round: points at 170° E and
     * 170° W give a box 20° wide across the antimeridian, not 340° wide across Greenwich.
     * Null when there are no points.
     */
    public static GeoBox covering(double[] lats, double[] lons, int n) {
        if (n == 0) {
            return null;
        }
        double south = Double.POSITIVE_INFINITY;
        double north = Double.NEGATIVE_INFINITY;
        double[] sorted = Arrays.copyOf(lons, n);
        for (int i = 0; i < n; i++) {
            south = Math.min(south, lats[i]);
            north = Math.max(north, lats[i]);
        }
        Arrays.sort(sorted);
        // The box leaves out the widest gap between neighbouring longitudes, counting the one across ±180.
        double gap = sorted[0] + 360 - sorted[n - 1];
        int after = 0;
        for (int i = 1; i < n; i++) {
            double g = sorted[i] - sorted[i - 1];
            if (g > gap) {
                gap = g;
                after = i;
            }
        }
        double west = sorted[after];
        double east = sorted[(after + n - 1) % n];
        return new GeoBox(south, west, north, east);
    }

    /** "38.1–41.0° N, 124.2–129.9° E" */
    public String describe() {
        return range(south, north, "N", "S") + ", " + range(west, east, "E", "W");
    }

    private static String range(double a, double b, String positive, String negative) {
        if (a >= 0 && b >= 0) {
            return String.format(Locale.ROOT, "%.1f–%.1f° %s", a, b, positive);
        }
        if (a <= 0 && b <= 0 && a <= b) {
            return String.format(Locale.ROOT, "%.1f–%.1f° %s", -b, -a, negative);
        }
        return degrees(a, positive, negative) + " – " + degrees(b, positive, negative);
    }

    private static String degrees(double v, String positive, String negative) {
        return String.format(Locale.ROOT, "%.1f° %s", Math.abs(v), v >= 0 ? positive : negative);
    }
}
