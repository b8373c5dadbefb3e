package io.annalist.map.view;

import java.util.ArrayList;
import java.util.List;

import io.annalist.map.Clusters;
import io.annalist.map.MapScale;
import io.annalist.map.PlacedEvents;
import io.annalist.timeline.TimeWindow;

/** What a map fitted to its events must hold: every located event, and every mark drawn, inside its clear part. */
public final class FitChecks {
    private FitChecks() {
    }

    private static void whole(List<String> problems, String what, double x, double y, double r, MapFrame f) {
        MapScale s = f.scale();
        if (x - r < 0 || x + r > s.width() || y - r < f.clearTop() || y + r > f.mapHeight()) {
            problems.add(String.format("%s of radius %.1f at (%.0f, %.0f) sticks out of %.0f × %.0f–%.0f", what, r, x, y,
                    s.width(), f.clearTop(), f.mapHeight()));
        }
    }

    /**
     * What is wrong with the frame {@code view} last drew, as a fit: located events of its time
     * not at least a ring's width inside the part of the map clear of the note and the legend,
     * marks or counts not wholly inside it. Empty when all is well. FX thread.
     */
    public static List<String> problems(MapView view) {
        List<String> problems = new ArrayList<>();
        MapFrame f = view.lastFrame();
        if (f == null) {
            problems.add("no frame drawn");
            return problems;
        }
        MapScale s = f.scale();
        PlacedEvents p = view.getPlaced();
        TimeWindow w = view.getShowWholeRange() ? null : view.timeWindowProperty().get();
        double m = MapPainter.MARK_R + 4;
        int located = 0;
        for (int i = 0; i < p.size(); i++) {
            boolean inTime = w == null || p.start(i) < w.end() && p.end(i) > w.start();
            if (!inTime || !p.placed(i)) {
                continue;
            }
            located++;
            double x = s.screenX(p.x(i));
            double y = s.screenY(p.y(i));
            if (x < m || x > s.width() - m || y < f.clearTop() + m || y > f.mapHeight() - m) {
                problems.add(String.format("%s at (%.0f, %.0f) is not inside %.0f × %.0f–%.0f with a margin of %.0f",
                        p.get(i).title(), x, y, s.width(), f.clearTop(), f.mapHeight(), m));
            }
        }
        // As drawn: a count's circle and its outline, a mark, the dotted ring round a place known as an area.
        Clusters c = f.clusters();
        for (int g = 0; g < c.groups(); g++) {
            whole(problems, "a count", c.groupX(g), c.groupY(g), c.groupRadius(g) + 1, f);
        }
        for (int i = 0; i < c.singles(); i++) {
            boolean area = p.area(c.singlePosition(i));
            whole(problems, area ? "a ringed mark" : "a mark", c.singleX(i), c.singleY(i),
                    MapPainter.MARK_R + (area ? 5 : 1), f);
        }
        for (MapFrame.Hit h : f.hits()) {
            whole(problems, "a mark", h.x(), h.y(), h.r(), f);
        }
        if (f.onMap() != located) {
            problems.add("the note says " + f.onMap() + " events on the map, " + located + " are located");
        }
        if (f.outside() != 0) {
            problems.add(f.outside() + " said to be outside the view");
        }
        return problems;
    }
}
