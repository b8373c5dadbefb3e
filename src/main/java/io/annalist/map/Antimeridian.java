package io.annalist.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts rings that cross ±180° into pieces that each stay on one side, so that no edge runs
 * the long way round the world (drawn, such an edge is a streak across the whole map; tested,
 * it puts points in the wrong country). A ring that goes once round a pole (Antarctica) is
 * closed through that pole first. Works on rings as they are, valid or not: each piece is the
 * ring clipped to one 360° strip of its unwrapped longitudes, then moved back into
 * [−180, 180]. Pure arithmetic.
 */
public final class Antimeridian {
    private Antimeridian() {
    }

    /** A ring of points: longitudes and latitudes in degrees, first point not repeated at the end. */
    public record Ring(double[] lon, double[] lat) {
        public int size() {
            return lon.length;
        }

        /**
         * The widest step in longitude between neighbouring points, the closing edge included;
         * edges along a pole (where a ring round the pole was closed) are not steps across the map.
         */
        public double widestStep() {
            double max = 0;
            for (int i = 0; i < lon.length; i++) {
                int j = (i + 1) % lon.length;
                boolean alongPole = Math.abs(lat[i]) >= 90 - POLE && Math.abs(lat[j]) >= 90 - POLE;
                if (!alongPole) {
                    max = Math.max(max, Math.abs(lon[j] - lon[i]));
                }
            }
            return max;
        }

        /** True when every point is within a hundredth of a degree of a pole: a line, not an area. */
        public boolean atPole() {
            for (double la : lat) {
                if (Math.abs(la) < 90 - POLE) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final double POLE = 0.01;

    /**
     * True when the ring goes once round a pole (its longitudes, followed step by step, add up
     * to a full turn): on a flat map it then stands for everything between it and that pole.
     */
    public static boolean circlesPole(Ring ring) {
        int n = ring.size();
        double turn = 0;
        for (int i = 0; i < n; i++) {
            turn += step(ring.lon()[(i + 1) % n] - ring.lon()[i]);
        }
        return Math.abs(turn) > 180;
    }

    /** The ring cut at the antimeridian: itself when it does not cross, else two or more pieces. */
    public static List<Ring> cut(Ring ring) {
        int n = ring.size();
        if (n < 3) {
            return List.of();
        }
        double[] u = new double[n];
        u[0] = ring.lon()[0];
        for (int i = 1; i < n; i++) {
            u[i] = u[i - 1] + step(ring.lon()[i] - ring.lon()[i - 1]);
        }
        double turn = u[n - 1] + step(ring.lon()[0] - ring.lon()[n - 1]) - u[0];
        List<double[]> pts = new ArrayList<>(n + 3);
        for (int i = 0; i < n; i++) {
            pts.add(new double[]{u[i], ring.lat()[i]});
        }
        if (Math.abs(turn) > 180) {
            // The ring goes round a pole: close it through the pole it encloses.
            double sum = 0;
            for (double la : ring.lat()) {
                sum += la;
            }
            double pole = sum < 0 ? -90 : 90;
            double end = u[0] + turn;
            pts.add(new double[]{end, ring.lat()[0]});
            pts.add(new double[]{end, pole});
            pts.add(new double[]{u[0], pole});
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] p : pts) {
            min = Math.min(min, p[0]);
            max = Math.max(max, p[0]);
        }
        if (min >= -180 && max <= 180 && Math.abs(turn) <= 180) {
            return List.of(toRing(pts, 0));
        }
        List<Ring> pieces = new ArrayList<>();
        int first = (int) Math.floor((min + 180) / 360);
        int last = (int) Math.floor((max + 180) / 360);
        for (int k = first; k <= last; k++) {
            double lo = -180 + 360.0 * k;
            List<double[]> piece = clip(clip(pts, lo, true), lo + 360, false);
            if (piece.size() >= 3 && Math.abs(area(piece)) > 1e-12) {
                pieces.add(toRing(piece, -360.0 * k));
            }
        }
        return pieces;
    }

    private static double step(double d) {
        if (d > 180) {
            return d - 360;
        }
        if (d < -180) {
            return d + 360;
        }
        return d;
    }

    /** Sutherland–Hodgman against one vertical line: keeps x ≥ at ({@code keepAbove}) or x ≤ at. */
    private static List<double[]> clip(List<double[]> in, double at, boolean keepAbove) {
        List<double[]> out = new ArrayList<>(in.size() + 4);
        int n = in.size();
        for (int i = 0; i < n; i++) {
            double[] a = in.get(i);
            double[] b = in.get((i + 1) % n);
            boolean ain = keepAbove ? a[0] >= at : a[0] <= at;
            boolean bin = keepAbove ? b[0] >= at : b[0] <= at;
            if (ain) {
                out.add(a);
            }
            if (ain != bin) {
                double t = (at - a[0]) / (b[0] - a[0]);
                out.add(new double[]{at, a[1] + t * (b[1] - a[1])});
            }
        }
        return out;
    }

    private static double area(List<double[]> pts) {
        double s = 0;
        for (int i = 0, n = pts.size(); i < n; i++) {
            double[] a = pts.get(i);
            double[] b = pts.get((i + 1) % n);
            s += a[0] * b[1] - b[0] * a[1];
        }
        return s / 2;
    }

    private static Ring toRing(List<double[]> pts, double shift) {
        double[] lon = new double[pts.size()];
        double[] lat = new double[pts.size()];
        for (int i = 0; i < lon.length; i++) {
            lon[i] = Math.max(-180, Math.min(180, pts.get(i)[0] + shift));
            lat[i] = pts.get(i)[1];
        }
        return new Ring(lon, lat);
    }
}
