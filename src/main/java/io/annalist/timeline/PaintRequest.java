package io.annalist.timeline;

import java.util.Map;
import java.util.Set;

import io.annalist.model.Event;
import io.annalist.model.MarkLookup;

/**
 * Everything one frame is drawn from: the size, the time window, the lanes, the vertical
 * scroll of the lanes, which lanes are collapsed and how many rows each may use, whether
 * quiet periods are compressed, the selection and the colours. The window and the PNG
 * export both draw through {@link TimelinePainter} with one of these.
 *
 * @param dataRange  the whole data's range, for the overview bar (may be null)
 * @param laneScroll pixels of lanes scrolled off the top
 * @param axis       false to leave out the axis and the density strip (an export may)
 * @param controls   true in the window: lane headers show their collapse arrows; false in an export,
 *                   which draws only the lanes that fit whole and numbers shortened titles for its footnotes
 * @param rowLimits  full rows per lane key where the analyst chose them; others get {@code defaultRows}
 * @param compress   true to shrink long stretches with no events to a narrow break
 * @param marks      the analyst's marks: a starred event gets a star on its mark
 * @param starNumbers an export's numbers of the starred events (by id) listed at its foot: each title carries
 *                    its number ("★3") on the side of its mark; empty for none
 */
public record PaintRequest(double width, double height, TimeWindow window, Lanes lanes, double laneScroll,
                           Set<String> collapsed, Event selected, Event hovered, Palette palette,
                           TimeWindow dataRange, boolean headers, boolean legend, boolean overview, boolean axis,
                           boolean controls, Map<String, Integer> rowLimits, int defaultRows, boolean compress,
                           MarkLookup marks, Map<String, Integer> starNumbers) {

    public PaintRequest {
        collapsed = Set.copyOf(collapsed);
        rowLimits = Map.copyOf(rowLimits);
        marks = marks == null ? MarkLookup.NONE : marks;
        starNumbers = Map.copyOf(starNumbers);
    }

    /** A request that draws no star. */
    public PaintRequest(double width, double height, TimeWindow window, Lanes lanes, double laneScroll,
                        Set<String> collapsed, Event selected, Event hovered, Palette palette, TimeWindow dataRange,
                        boolean headers, boolean legend, boolean overview, boolean axis, boolean controls,
                        Map<String, Integer> rowLimits, int defaultRows, boolean compress) {
        this(width, height, window, lanes, laneScroll, collapsed, selected, hovered, palette, dataRange, headers,
                legend, overview, axis, controls, rowLimits, defaultRows, compress, MarkLookup.NONE, Map.of());
    }

    /** A request with every lane at its default rows and no compression. */
    public PaintRequest(double width, double height, TimeWindow window, Lanes lanes, double laneScroll,
                        Set<String> collapsed, Event selected, Event hovered, Palette palette, TimeWindow dataRange,
                        boolean headers, boolean legend, boolean overview, boolean axis, boolean controls) {
        this(width, height, window, lanes, laneScroll, collapsed, selected, hovered, palette, dataRange, headers,
                legend, overview, axis, controls, Map.of(), LanePlan.DEFAULT_ROWS, false);
    }

    /** The same request with lanes limited to {@code rows} full rows unless chosen otherwise. */
    public PaintRequest withRows(Map<String, Integer> limits, int rows) {
        return new PaintRequest(width, height, window, lanes, laneScroll, collapsed, selected, hovered, palette,
                dataRange, headers, legend, overview, axis, controls, limits, rows, compress, marks,
                starNumbers);
    }

    /** The same request with quiet periods compressed or not. */
    public PaintRequest withCompress(boolean on) {
        return new PaintRequest(width, height, window, lanes, laneScroll, collapsed, selected, hovered, palette,
                dataRange, headers, legend, overview, axis, controls, rowLimits, defaultRows, on, marks,
                starNumbers);
    }

    /** The same request drawing a star on the marks of the events {@code m} says are starred. */
    public PaintRequest withMarks(MarkLookup m) {
        return new PaintRequest(width, height, window, lanes, laneScroll, collapsed, selected, hovered, palette,
                dataRange, headers, legend, overview, axis, controls, rowLimits, defaultRows, compress, m,
                starNumbers);
    }

    /** The same request numbering the starred events {@code numbers} (event id to number) beside their marks. */
    public PaintRequest withStarNumbers(Map<String, Integer> numbers) {
        return new PaintRequest(width, height, window, lanes, laneScroll, collapsed, selected, hovered, palette,
                dataRange, headers, legend, overview, axis, controls, rowLimits, defaultRows, compress, marks,
                numbers);
    }

    /** The number a starred event carries beside its mark ("★3"), or "" when it carries none. */
    String starLabel(Event e) {
        Integer n = starNumbers.get(e.id());
        return n == null ? "" : "★" + n;
    }

    /** The title as placed beside the mark: with its star's number in front when it carries one. */
    String placedTitle(Event e) {
        String star = starLabel(e);
        return star.isEmpty() ? e.displayTitle() : star + " " + e.displayTitle();
    }

    /** The full rows lane {@code key} may use. */
    int rowLimit(String key) {
        return rowLimits.getOrDefault(key, defaultRows);
    }
}
