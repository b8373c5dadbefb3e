package io.annalist.map.view;

import java.util.List;

import io.annalist.map.Clusters;
import io.annalist.map.MapScale;

/**
 * What a map frame drew, for hit-testing and for saying what it left out: the scale, the
 * grouping, the bounds of every mark, count and computed landing point (topmost last), where
 * the map is clear of the note above and the legend below ({@code clearTop} to
 * {@code mapHeight}), and how many events are on it ({@code onMap}: drawn by their mark, in a
 * count, or by their computed landing point alone) or, of the timeline's window, outside the
 * part of the world in view ({@code outside}).
 */
public record MapFrame(MapScale scale, Clusters clusters, List<Hit> hits, double mapHeight, double clearTop, int onMap,
                       int outside) {

    /** Something a click can land on: an event's mark (or its computed landing point), or a group's count. */
    public record Hit(double x, double y, double r, int position, int group, boolean landing) {
        boolean contains(double px, double py, double slop) {
            double dx = px - x;
            double dy = py - y;
            return dx * dx + dy * dy <= (r + slop) * (r + slop);
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
}
