package io.annalist.timeline;

import java.util.Set;

import io.annalist.model.Event;

/**
 * Everything one frame is drawn from: the size, the time window, the lanes, the vertical
 * scroll of the lanes, which lanes are collapsed, the selection and the colours. The window
 * and the PNG export both draw through {@link TimelinePainter} with one of these.
 *
 * @param dataRange  the whole data's range, for the overview bar (may be null)
 * @param laneScroll pixels of lanes scrolled off the top
 * @param axis       false to leave out the axis and the density strip (an export may)
 * @param controls   true in the window: lane headers show their collapse arrows; false in an export
 */
public record PaintRequest(double width, double height, TimeWindow window, Lanes lanes, double laneScroll,
                           Set<String> collapsed, Event selected, Event hovered, Palette palette,
                           TimeWindow dataRange, boolean headers, boolean legend, boolean overview, boolean axis, boolean controls) {

    public PaintRequest {
        collapsed = Set.copyOf(collapsed);
    }
}
