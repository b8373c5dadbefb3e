package io.annalist.workspace;

import java.util.ArrayList;
import java.util.List;

import io.annalist.model.Event;
import io.annalist.timeline.TimelineView;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The timeline's context menu: the sections the window's parts add (the analyst's marks, the
 * editing of events), each given the event right-clicked (or null) and the place on the
 * timeline (the time and the lane), in the order they were added, apart by a separator. FX thread.
 */
final class TimelineContextMenu {
    /** The items one part offers for a right-click; empty for none. */
    interface Section {
        List<MenuItem> items(Event at, TimelineView.Spot spot);
    }

    private final List<Section> sections = new ArrayList<>();

    private TimelineContextMenu(TimelineView timeline) {
        timeline.setOnContextMenuRequested(e -> {
            if (timeline.laneHeaderAt(e.getX(), e.getY()) != null) {
                return; // a lane's header has its own menu: all rows, fit rows, compact, collapse
            }
            Event at = timeline.getHoveredEvent();
            TimelineView.Spot spot = timeline.spotAt(e.getX(), e.getY());
            List<MenuItem> items = new ArrayList<>();
            for (Section s : sections) {
                List<MenuItem> more = s.items(at, spot);
                if (!more.isEmpty() && !items.isEmpty()) {
                    items.add(new SeparatorMenuItem());
                }
                items.addAll(more);
            }
            if (!items.isEmpty()) {
                new ContextMenu(items.toArray(MenuItem[]::new)).show(timeline, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    /** The context menu of {@code timeline}, made the first time it is asked for. */
    static TimelineContextMenu of(TimelineView timeline) {
        return (TimelineContextMenu) timeline.getProperties().computeIfAbsent(TimelineContextMenu.class,
                k -> new TimelineContextMenu(timeline));
    }

    void add(Section s) {
        sections.add(s);
    }
}
