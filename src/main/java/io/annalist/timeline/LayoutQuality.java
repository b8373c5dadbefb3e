package io.annalist.timeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.annalist.model.Event;

/**
 * Two figures that say how much of a picture an analyst can read: the share of the events in
 * view that are drawn as their own mark (rather than counted in a badge), and the share whose
 * full title is shown. Every expanded lane is planned as if scrolled into view, and an event
 * in several lanes counts once: as its own mark, or with its full title, in any of them.
 */
public final class LayoutQuality {
    private LayoutQuality() {
    }

    /** The figures of one frame: events in view, drawn as their own mark, shown with their full title. */
    public record Figures(int visible, int ownMarks, int fullTitles) {
        public double ownMarkShare() {
            return visible == 0 ? 1 : ownMarks / (double) visible;
        }

        public double fullTitleShare() {
            return visible == 0 ? 1 : fullTitles / (double) visible;
        }
    }

    /** Tallies events as the painter plans them. */
    static final class Counts {
        /** Per event: 0 in view only, 1 drawn as its own mark, 2 drawn with its full title. */
        private final Map<Event, Integer> state = new HashMap<>();

        void visible(Event e) {
            state.putIfAbsent(e, 0);
        }

        void drawn(Event e, boolean fullTitle) {
            state.merge(e, fullTitle ? 2 : 1, Math::max);
        }

        Figures figures() {
            int own = 0;
            int full = 0;
            for (int s : state.values()) {
                own += s >= 1 ? 1 : 0;
                full += s >= 2 ? 1 : 0;
            }
            return new Figures(state.size(), own, full);
        }
    }

    /**
     * The figures for {@code lanes} shown over {@code window} in a {@code width} × {@code height}
     * window, every lane at its default rows, quiet periods compressed or not. FX thread.
     */
    public static Figures measure(Lanes lanes, TimeWindow window, double width, double height, Palette palette,
                                  boolean compress) {
        PaintRequest r = new PaintRequest(width, height, window, lanes, 0, Set.of(), null, null, palette,
                lanes.all().range(), true, true, true, true, true).withCompress(compress);
        return new TimelinePainter().measureLayout(r).figures();
    }

}
