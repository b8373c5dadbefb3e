package io.annalist.map;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.annalist.model.Event;

/**
 * The events the map shows, prepared once per change of the filtered events: in start order,
 * each with its place in world units ({@link Mercator}) as primitive arrays, whether the place
 * is exact or stands for an area, its kind, and for the missile tests whose range and bearing
 * give one, the computed landing point. {@link #cluster} then answers each frame by one pass
 * over the events in the time window, touching no object — or, for a frame of many events
 * that shows every one, by adding up the cells of a {@link CellIndex} built for its zoom. Building reads every event: for a
 * large list, build off the FX thread. Immutable once built, safe to share between threads.
 */
public final class PlacedEvents {
    static final int AREA = 1 << 4;
    static final int OFF_MAP = 1 << 5;
    static final int KIND_MASK = 0xF;

    private final Event[] events;
    private final long[] starts;
    private final long[] ends;
    private final long[] maxEndUpTo;
    private final float[] xs;
    private final float[] ys;
    private final byte[] info;
    private final int[] landingOf;
    private final float[] landX;
    private final float[] landY;
    private final int unplaced;
    private final int offMap;
    private final long minEnd;
    /** By level, the events grouped by the cells of that level ({@link CellIndex}), or NOT_WORTH; built when asked. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Object> byLevel =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(48);
    private static final Object NOT_WORTH = new Object();
    /** Frames of at least this many events, every event shown, add up cells rather than read every event. */
    static final int INDEXED_FROM = 100_000;

    private PlacedEvents(Event[] sorted, BaseMap map) {
        int n = sorted.length;
        events = sorted;
        starts = new long[n];
        ends = new long[n];
        maxEndUpTo = new long[n];
        xs = new float[n];
        ys = new float[n];
        info = new byte[n];
        int[] landings = new int[16];
        float[] lx = new float[16];
        float[] ly = new float[16];
        int nl = 0;
        int none = 0;
        int off = 0;
        long maxEnd = Long.MIN_VALUE;
        long leastEnd = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Event e = sorted[i];
            starts[i] = e.when().start();
            ends[i] = e.when().end();
            maxEnd = Math.max(maxEnd, ends[i]);
            leastEnd = Math.min(leastEnd, ends[i]);
            maxEndUpTo[i] = maxEnd;
            Placement p = Placement.of(e, map);
            int bits = e.kind().ordinal() & KIND_MASK;
            if (p.kind() == Placement.Kind.NONE) {
                xs[i] = Float.NaN;
                ys[i] = Float.NaN;
                none++;
            } else if (!Mercator.shows(p.lat())) {
                xs[i] = Float.NaN;
                ys[i] = Float.NaN;
                bits |= OFF_MAP;
                off++;
            } else {
                xs[i] = (float) Mercator.x(p.lon());
                ys[i] = (float) Mercator.y(p.lat());
                if (p.kind() == Placement.Kind.AREA) {
                    bits |= AREA;
                }
                LatLon land = MissileLanding.of(e);
                if (land != null && Mercator.shows(land.lat())) {
                    if (nl == landings.length) {
                        landings = Arrays.copyOf(landings, nl * 2);
                        lx = Arrays.copyOf(lx, nl * 2);
                        ly = Arrays.copyOf(ly, nl * 2);
                    }
                    landings[nl] = i;
                    lx[nl] = (float) Mercator.x(land.lon());
                    ly[nl] = (float) Mercator.y(land.lat());
                    nl++;
                }
            }
            info[i] = (byte) bits;
        }
        landingOf = Arrays.copyOf(landings, nl);
        landX = Arrays.copyOf(lx, nl);
        landY = Arrays.copyOf(ly, nl);
        unplaced = none;
        offMap = off;
        minEnd = leastEnd;
    }

    /** True when every event lies in the time {@code t0}–{@code t1}: each starts before t1 and ends after t0. */
    boolean allWithin(long t0, long t1) {
        return starts.length > 0 && starts[starts.length - 1] < t1 && minEnd > t0;
    }

    /** The events by the cells of {@code level}, built when first asked for; null where that saves nothing. */
    CellIndex cellIndex(int level) {
        if (level < 0 || level >= byLevel.length()) {
            return null;
        }
        if (byLevel.get(level) == null) {
            CellIndex built = CellIndex.of(this, level);
            byLevel.compareAndSet(level, null, built == null ? NOT_WORTH : built);
        }
        return byLevel.get(level) instanceof CellIndex index ? index : null;
    }

    private static final Comparator<Event> BY_START = Comparator.comparingLong(e -> e.when().start());

    /** Prepares {@code events} (any order; a list already in time order is not sorted again). */
    public static PlacedEvents of(List<Event> events, BaseMap map) {
        Event[] a = events.toArray(new Event[0]);
        for (int i = 1; i < a.length; i++) {
            if (a[i].when().start() < a[i - 1].when().start()) {
                Arrays.parallelSort(a, BY_START);
                break;
            }
        }
        return new PlacedEvents(a, map);
    }

    public static PlacedEvents empty() {
        return new PlacedEvents(new Event[0], new BaseMap(List.of()));
    }

    public int size() {
        return events.length;
    }

    public Event get(int position) {
        return events[position];
    }

    /** How many events have no place on the map at all. */
    public int unplaced() {
        return unplaced;
    }

    /** How many events lie beyond the latitudes the map shows (±85°). */
    public int offMap() {
        return offMap;
    }

    /** True when the event at {@code position} has a place on the map. */
    public boolean placed(int position) {
        return !Float.isNaN(xs[position]);
    }

    /** True when its place stands for an area (drawn hollow), not an exact point. */
    public boolean area(int position) {
        return (info[position] & AREA) != 0;
    }

    public int kindOrdinal(int position) {
        return info[position] & KIND_MASK;
    }

    public double x(int position) {
        return xs[position];
    }

    public double y(int position) {
        return ys[position];
    }

    public long start(int position) {
        return starts[position];
    }

    public long end(int position) {
        return ends[position];
    }

    /** Index into the landing points of the event at {@code position}, or -1 when none was computed. */
    public int landing(int position) {
        int k = Arrays.binarySearch(landingOf, position);
        return k >= 0 ? k : -1;
    }

    /** The position of the event whose landing point is number {@code k}. */
    public int landingEvent(int k) {
        return landingOf[k];
    }

    public double landingX(int k) {
        return landX[k];
    }

    public double landingY(int k) {
        return landY[k];
    }

    /** How many events have a computed landing point. */
    public int landings() {
        return landingOf.length;
    }

    /** Position of {@code e}, or -1. O(log n + events sharing its start). */
    public int positionOf(Event e) {
        if (e == null) {
            return -1;
        }
        long s = e.when().start();
        int i = lowerBound(s);
        for (; i < starts.length && starts[i] == s; i++) {
            if (events[i] == e || events[i].equals(e)) {
                return i;
            }
        }
        return -1;
    }

    /** First position whose start is at or after {@code t}. */
    int lowerBound(long t) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First position from which an event may still end after {@code t} (the running maximum of ends passes it). */
    int firstEndingAfter(long t) {
        int lo = 0;
        int hi = maxEndUpTo.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEndUpTo[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Groups the events of {@code window} (all events when null) that fall in the view into
     * cells of about {@code cellPx} pixels aligned to the world, so clusters keep still while
     * the map pans. With {@code wholeRange}, every event is grouped and those in the window are
     * counted apart, for highlighting. One pass over the events concerned, no allocation per
     * event.
     */
    public Clusters cluster(MapScale scale, long t0, long t1, boolean wholeRange, double cellPx) {
        return Clusters.of(this, scale, t0, t1, wholeRange, cellPx, -1);
    }

    /**
     * The smallest box holding the places of the events overlapping [t0, t1), going the short
     * way round the world (longitudes binned to a tenth of a degree, the widest empty stretch
     * left out); null when none of them is placed. One pass over those events.
     */
    public GeoBox bounds(long t0, long t1) {
        int bins = 3600;
        boolean[] used = new boolean[bins];
        double north = Double.NEGATIVE_INFINITY;
        double south = Double.POSITIVE_INFINITY;
        int lo = firstEndingAfter(t0);
        int hi = lowerBound(t1);
        int any = 0;
        for (int i = lo; i < hi; i++) {
            if (ends[i] <= t0 || Float.isNaN(xs[i])) {
                continue;
            }
            any++;
            double x = xs[i] - Math.floor(xs[i]);
            used[Math.min(bins - 1, (int) (x * bins))] = true;
            north = Math.min(north == Double.NEGATIVE_INFINITY ? ys[i] : north, ys[i]);
            south = Math.max(south == Double.POSITIVE_INFINITY ? ys[i] : south, ys[i]);
        }
        // A missile test's computed landing point is part of what the map shows of it.
        for (int k = 0; k < landingOf.length; k++) {
            int i = landingOf[k];
            if (i >= lo && i < hi && ends[i] > t0) {
                double x = landX[k] - Math.floor(landX[k]);
                used[Math.min(bins - 1, (int) (x * bins))] = true;
                north = Math.min(north, landY[k]);
                south = Math.max(south, landY[k]);
            }
        }
        if (any == 0) {
            return null;
        }
        // Find the longest run of empty bins, going round; the box is the rest.
        int bestLen = -1;
        int bestStart = 0;
        int first = -1;
        for (int i = 0; i < bins; i++) {
            if (used[i]) {
                first = i;
                break;
            }
        }
        int run = 0;
        for (int k = 1; k <= bins; k++) {
            int i = (first + k) % bins;
            if (!used[i]) {
                run++;
            } else {
                if (run > bestLen) {
                    bestLen = run;
                    bestStart = (i - run + bins) % bins;
                }
                run = 0;
            }
        }
        double west = Mercator.lon(((bestStart + bestLen) % bins) / (double) bins);
        double east = Mercator.lon(((bestStart - 1 + bins) % bins + 1) / (double) bins - 1e-9);
        if (bestLen == 0) {
            west = -180;
            east = 180;
        }
        return new GeoBox(Mercator.lat(south), west, Mercator.lat(north), east);
    }

    /**
     * What a map of the time [t0, t1) holds, before it is drawn at any scale: how many events
     * it can place, how many have no place or lie beyond its latitudes, their kinds, and whether
     * any is placed only by an area or has a computed landing point. With {@code wholeRange},
     * every event is shown, those outside the window too, and counted. One pass.
     */
    public Contents contents(long t0, long t1, boolean wholeRange) {
        int n = events.length;
        int lo = wholeRange ? 0 : firstEndingAfter(t0);
        int hi = wholeRange ? n : lowerBound(t1);
        int placedCount = 0;
        int none = 0;
        int off = 0;
        int kinds = 0;
        boolean areas = false;
        boolean landings = false;
        for (int i = lo; i < hi; i++) {
            boolean inside = starts[i] < t1 && ends[i] > t0;
            if (!inside && !wholeRange) {
                continue;
            }
            if (Float.isNaN(xs[i])) {
                if ((info[i] & OFF_MAP) != 0) {
                    off++;
                } else {
                    none++;
                }
                continue;
            }
            placedCount++;
            kinds |= 1 << (info[i] & KIND_MASK);
            areas |= (info[i] & AREA) != 0;
            landings |= !landings && landing(i) >= 0;
        }
        return new Contents(placedCount, none, off, kinds, areas, landings);
    }

    /**
     * What a map of a time holds (see {@link #contents}).
     *
     * @param kinds one bit per {@link io.annalist.model.EventKind} ordinal of the placed events
     */
    public record Contents(int placed, int unplaced, int offMap, int kinds, boolean areas, boolean landings) {
    }

    /** The positions of the events {@link #cluster} put in cell {@code cell} of {@code c}, in time order. */
    public int[] members(Clusters c, int cell) {
        return Clusters.of(this, c.scale(), c.t0(), c.t1(), c.wholeRange(), c.cellPx(), cell).members();
    }

    float[] xs() {
        return xs;
    }

    float[] ys() {
        return ys;
    }

    byte[] info() {
        return info;
    }

    long[] starts() {
        return starts;
    }

    long[] ends() {
        return ends;
    }
}
