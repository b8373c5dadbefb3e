package io.annalist.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the details say of an event by looking at the others of its file: the earlier visits of
 * the same visitor, the running total of troops sent between the same two actors up to a
 * deployment, and one scale for every troop (and fatality) bar of the file, so that
 * "1,000–3,000" never looks larger than "10,000–12,000". Built once per dataset from its events
 * in time order — reading every event, so off the FX thread for a large file — and then
 * answered without reading them again. Immutable.
 */
public final class RelatedEvents {
    /** Before anything is known: no earlier visits, no totals, a scale of 1. */
    public static final RelatedEvents NONE = new RelatedEvents(List.of());

    /** The total of the deployments between two actors up to one of them, still a range. */
    public record RunningTotal(Estimate troops, int counted, int unknown) {
    }

    private record Route(String from, String to) {
    }

    private final Map<String, List<Event>> visitsByVisitor = new HashMap<>();
    private final Map<Route, List<Event>> deploymentsByRoute = new HashMap<>();
    private final long troopTop;
    private final long fatalityTop;

    private RelatedEvents(List<Event> inTimeOrder) {
        long troops = 0;
        long fatalities = 0;
        for (Event e : inTimeOrder) {
            if (e.details() instanceof Visit v) {
                for (String visitor : new LinkedHashSet<>(v.visitors())) {
                    visitsByVisitor.computeIfAbsent(visitor, k -> new ArrayList<>()).add(e);
                }
            } else if (e.details() instanceof TroopDeployment t) {
                deploymentsByRoute.computeIfAbsent(new Route(t.from(), t.to()), k -> new ArrayList<>()).add(e);
                if (t.troops() != null) {
                    troops = Math.max(troops, t.troops().max());
                }
            } else if (e.details() instanceof Clash c && c.fatalities() != null) {
                fatalities = Math.max(fatalities, c.fatalities().max());
            }
        }
        troopTop = niceAbove(troops);
        fatalityTop = niceAbove(fatalities);
    }

    /** Reads {@code eventsInTimeOrder} (as {@link TimeOrder} orders them); any thread. */
    public static RelatedEvents of(List<Event> eventsInTimeOrder) {
        return new RelatedEvents(eventsInTimeOrder);
    }

    /** The visits before {@code visit} by any of its visitors, in time order. */
    public List<Event> earlierVisits(Event visit) {
        if (!(visit.details() instanceof Visit v)) {
            return List.of();
        }
        Set<Event> earlier = new LinkedHashSet<>();
        for (String visitor : v.visitors()) {
            for (Event other : visitsByVisitor.getOrDefault(visitor, List.of())) {
                if (other.when().start() >= visit.when().start()) {
                    break;
                }
                if (!other.equals(visit)) {
                    earlier.add(other);
                }
            }
        }
        List<Event> out = new ArrayList<>(earlier);
        out.sort(TimeOrder.EVENTS);
        return Collections.unmodifiableList(out);
    }

    /**
     * The troops of every deployment from and to the same actors as {@code deployment} that
     * started no later than it, or null when it is no deployment or none of them gives a number.
     */
    public RunningTotal runningTotal(Event deployment) {
        if (!(deployment.details() instanceof TroopDeployment t)) {
            return null;
        }
        Estimate total = null;
        int counted = 0;
        int unknown = 0;
        for (Event other : deploymentsByRoute.getOrDefault(new Route(t.from(), t.to()), List.of())) {
            if (other.when().start() > deployment.when().start()) {
                break;
            }
            Estimate n = ((TroopDeployment) other.details()).troops();
            if (n == null) {
                unknown++;
            } else {
                total = total == null ? n : total.plus(n);
                counted++;
            }
        }
        return total == null ? null : new RunningTotal(total, counted, unknown);
    }

    /** The end of the one scale of the file's troop bars: a round number at or above its largest count. */
    public long troopScale() {
        return troopTop;
    }

    /** The end of the one scale of the file's fatality bars. */
    public long fatalityScale() {
        return fatalityTop;
    }

    /** 1, 2 or 5 times a power of ten, at or above {@code n} (1 for nothing). */
    static long niceAbove(long n) {
        long p = 1;
        while (true) {
            for (long m : new long[]{1, 2, 5}) {
                if (m * p >= n) {
                    return m * p;
                }
            }
            if (p > Long.MAX_VALUE / 100) {
                return n;
            }
            p *= 10;
        }
    }
}
