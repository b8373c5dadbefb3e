package io.annalist.timeline;

import java.util.List;
import java.util.Set;

import io.annalist.model.Event;

/**
 * What a frame drew, for hit-testing, scrolling and checking: the scale it used, its regions,
 * the bounds of every mark, badge and lane header (topmost last), every title drawn, the rows
 * every lane was given beyond its limit ({@code extraRows}), how many lanes were drawn whole,
 * and the events whose titles are not shown in full (listed in an export's footnotes; those cut
 * short carry a number there, see {@link #titleNumbers()}).
 */
public record Frame(TimeScale scale, FrameLayout layout, List<Hit> hits, double lanesHeight, int eventsDrawn,
                    int extraRows, int lanesShown, List<Title> titles, List<Event> shortened,
                    List<LaneBounds> lanes, Tally tally) {

    /**
     * What became of the events in the time shown, each counted once however many lanes hold it:
     * drawn as their own mark, counted in a badge, or counted in the bins of a collapsed or
     * crowded lane; and the lanes drawn collapsed with how many events of the time shown each holds.
     * Events in view that are in none of the three are off the picture (lanes left out).
     */
    public record Tally(Set<Event> marked, Set<Event> inBadges, Set<Event> inBins, List<CollapsedLane> collapsed) {
        public static final Tally EMPTY = new Tally(Set.of(), Set.of(), Set.of(), List.of());
    }

    /**
     * The number each title cut short carries beside it and in the footnotes: the shortened
     * titles in time order, counting only those drawn cut (a title left out has no place to carry
     * a number; the footnotes list it with a dash); none past the {@code max}-th footnote.
     */
    public static java.util.Map<Event, Integer> numberCutTitles(List<Event> shortened, Set<Event> cut, int max) {
        java.util.Map<Event, Integer> numbers = new java.util.IdentityHashMap<>();
        int n = 0;
        for (int i = 0; i < Math.min(max, shortened.size()); i++) {
            if (cut.contains(shortened.get(i))) {
                numbers.put(shortened.get(i), ++n);
            }
        }
        return numbers;
    }

    /** The numbers this frame's cut titles carry, as {@link #numberCutTitles} gives them. */
    public java.util.Map<Event, Integer> titleNumbers() {
        Set<Event> cut = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Title t : titles) {
            if (t.elided()) {
                cut.add(t.event());
            }
        }
        return numberCutTitles(shortened, cut, TimelinePainter.MAX_NOTES);
    }

    /** A lane drawn collapsed: its name and how many events of the time shown it holds. */
    public record CollapsedLane(String label, int events) {
    }

    /** Where a lane lies among all the lanes, from the top of the first (scrolling leaves this as it is). */
    public record LaneBounds(String key, double top, double height) {
    }

    /**
     * Something drawn that a click can land on: an event, a badge (its events listed in
     * {@code members}, the time they start in as {@code cluster}, a bin's calendar name as
     * {@code name}), or a lane header.
     */
    public record Hit(double x, double y, double w, double h, Event event, TimeWindow cluster, int clusterCount,
                      String laneKey, List<Event> members, String name) {
        public Hit(double x, double y, double w, double h, Event event, TimeWindow cluster, int clusterCount,
                   String laneKey) {
            this(x, y, w, h, event, cluster, clusterCount, laneKey, List.of(), null);
        }

        boolean contains(double px, double py, double slop) {
            return px >= x - slop && px <= x + w + slop && py >= y - slop && py <= y + h + slop;
        }

        /** True for a badge or a histogram bin. */
        public boolean isBadge() {
            return event == null && cluster != null;
        }
    }

    /** A title drawn: its box, its event, and whether it was cut short. */
    public record Title(double x, double y, double w, double h, Event event, boolean elided) {
        boolean overlaps(Title o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    /** The topmost thing under (x, y), preferring exact hits to near ones, or null. */
    public Hit hitAt(double x, double y) {
        for (double slop : new double[]{0, 3}) {
            for (int i = hits.size() - 1; i >= 0; i--) {
                if (hits.get(i).contains(x, y, slop)) {
                    return hits.get(i);
                }
            }
        }
        return null;
    }

    /** Where {@code e} was drawn (its first mark), or null when it was not drawn on its own. */
    public Hit hitOf(Event e) {
        for (Hit h : hits) {
            if (h.event() == e) {
                return h;
            }
        }
        return null;
    }

    public static Frame empty(TimeScale scale, FrameLayout layout) {
        return new Frame(scale, layout, List.of(), 0, 0, 0, 0, List.of(), List.of(), List.of(), Tally.EMPTY);
    }
}
