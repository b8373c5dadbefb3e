package io.annalist.map;

import io.annalist.model.Event;
import io.annalist.model.MissileTest;

/**
 * Where a missile test's range and bearing put it down: the point that distance away from the
 * launch site along the great circle of that bearing. Only when the source gives all three —
 * the launch site's coordinates, drawn as a point on the map ({@link Placement#isPoint}), a range and a bearing — and never from a value marked
 * unknown or not applicable; the result is a computation, not a reported landing point, and is
 * drawn and described as such.
 */
public final class MissileLanding {
    private MissileLanding() {
    }

    /** The computed point, or null when the data does not give everything it needs. */
    public static LatLon of(Event e) {
        if (!(e.details() instanceof MissileTest m) || e.where() == null || !e.where().hasCoordinates()
                || !Placement.isPoint(e.where().precision())) {
            return null;
        }
        Double range = m.rangeKm();
        Double bearing = m.bearingDeg();
        if (range == null || bearing == null || range.isNaN() || bearing.isNaN() || range <= 0) {
            return null;
        }
        return destination(e.where().lat(), e.where().lon(), bearing, range);
    }

    /** The point {@code km} from (lat, lon) along the great circle that leaves it at {@code bearingDeg}. */
    public static LatLon destination(double lat, double lon, double bearingDeg, double km) {
        double phi1 = Math.toRadians(lat);
        double lambda1 = Math.toRadians(lon);
        double theta = Math.toRadians(bearingDeg);
        double delta = km / Mercator.EARTH_RADIUS_KM;
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
        double lon2 = Math.toDegrees(lambda2);
        lon2 = ((lon2 + 540) % 360) - 180;
        return new LatLon(Math.toDegrees(phi2), lon2);
    }

    /** Great-circle distance in km, for checks. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * Mercator.EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
