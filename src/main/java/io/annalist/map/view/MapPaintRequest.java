package io.annalist.map.view;

import io.annalist.map.BaseMap;
import io.annalist.map.MapOutlines;
import io.annalist.map.MapScale;
import io.annalist.map.PlaceFilter;
import io.annalist.map.PlacedEvents;
import io.annalist.model.Event;

/**
 * Everything one map frame is drawn from. The window and the PNG export both draw through
 * {@link MapPainter} with one of these.
 *
 * @param t0         first instant of the time window (Long.MIN_VALUE for no window)
 * @param t1         first instant after it (Long.MAX_VALUE for no window)
 * @param wholeRange draw every event, those outside the window faded
 * @param region     the Place filter's region to outline, or null
 * @param legend     draw the legend strip at the bottom
 */
public record MapPaintRequest(double width, double height, MapScale scale, BaseMap map, MapOutlines outlines,
                              PlacedEvents events, long t0, long t1, boolean wholeRange, Event selected,
                              Event hovered, PlaceFilter region, MapPalette palette, boolean legend) {
}
