package io.annalist.model;

import java.util.List;

/**
 * One missile launch: which missile, of which class, from where, how high and how far,
 * with what outcome. Numbers the source does not give are null, never guessed; a number
 * the source marks not applicable (no apogee for a missile that failed at launch) is
 * {@link Double#NaN}.
 *
 * @param salvoPosition n in "n of m" for a salvo, or null
 * @param salvoSize     m in "n of m", or null
 * @param testOfYear    the n-th weapons test of its year as reported, or null
 * @param claims        the launching state's own words, quoted
 */
public record MissileTest(String missile, MissileClass missileClass, Integer salvoPosition, Integer salvoSize,
                          String launchSite, String landingArea, Double apogeeKm, Double rangeKm,
                          Double bearingDeg, String maneuver, Outcome outcome, String claims,
                          Integer testOfYear) implements EventDetails {

    @Override
    public EventKind kind() {
        return EventKind.MISSILE_TEST;
    }

    @Override
    public List<String> actorIds() {
        return List.of();
    }

    /** "123 km", "unknown" or "n/a". */
    public static String km(Double value) {
        if (value == null) {
            return "unknown";
        }
        if (value.isNaN()) {
            return "n/a";
        }
        return (value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString()) + " km";
    }

    /** "1 of 2", or null outside a salvo. */
    public String salvo() {
        if (salvoPosition == null) {
            return null;
        }
        return salvoSize == null ? salvoPosition + " of ?" : salvoPosition + " of " + salvoSize;
    }
}
