package io.annalist.timeline;

import java.util.List;

import io.annalist.model.Event;

/**
 * What a frame drew, for hit-testing and scrolling: the scale it used, its regions, the
 * bounds of every mark, cluster badge and lane header (topmost last), and the rows every
 * lane was given beyond its own ({@code extraRows}).
 */
public record Frame(TimeScale scale, FrameLayout layout, List<Hit> hits, double lanesHeight, int eventsDrawn,
                    int extraRows, int lanesShown) {

    /** Something drawn that a click can land on: an event, a cluster of events, or a lane header. */
    public record Hit(double x, double y, double w, double h, Event event, TimeWindow cluster, int clusterCount,
                      String laneKey) {
        boolean contains(double px, double py, double slop) {
            return px >= x - slop && px <= x + w + slop && py >= y - slop && py <= y + h + slop;
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
        return new Frame(scale, layout, List.of(), 0, 0, 0, 0);
    }
}
