package io.annalist.workspace;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.annalist.model.Event;
import io.annalist.timeline.EventIndex;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimelineView;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;

/**
 * Keeps the timeline on the session's view, and the session's view on what the analyst does
 * in the timeline: the time window, the collapsed lanes, the rows per lane, quiet periods
 * compressed or not, and the selection. Back and Forward in the timeline (Alt+Left,
 * Alt+Right) go through the session's history, and the timeline tells it where a move
 * begins. FX thread.
 */
final class TimelineSync {
    private final Session session;
    private final TimelineView timeline;
    /** True while the timeline is being set from the view: its echoes are not changes of the analyst's. */
    private boolean applying;

    private TimelineSync(Session session, TimelineView timeline) {
        this.session = session;
        this.timeline = timeline;
    }

    static void bind(Session session, TimelineView timeline) {
        TimelineSync sync = new TimelineSync(session, timeline);
        sync.apply(session.getView());
        session.viewProperty().addListener((obs, o, v) -> sync.apply(v));
        sync.listen();
    }

    private void listen() {
        timeline.visibleWindowProperty().addListener((obs, o, w) -> {
            if (!applying && w != null) {
                session.setWindow(w);
            }
        });
        timeline.getCollapsedLanes().addListener((SetChangeListener<String>) c -> {
            if (!applying) {
                session.setCollapsedLanes(Set.copyOf(timeline.getCollapsedLanes()));
            }
        });
        timeline.getLaneRowLimits().addListener((MapChangeListener<String, Integer>) c -> {
            if (!applying) {
                session.setRowLimits(Map.copyOf(timeline.getLaneRowLimits()));
            }
        });
        timeline.compressQuietPeriodsProperty().addListener((obs, o, on) -> {
            if (!applying) {
                session.setCompressQuietPeriods(on);
            }
        });
        timeline.selectedEventProperty().addListener((obs, o, e) -> {
            if (!applying) {
                session.select(e == null ? null : e.id());
            }
        });
        timeline.setNavigation(new TimelineView.Navigation() {
            @Override
            public void leaving(TimeWindow current) {
                session.markStep();
            }

            @Override
            public boolean back() {
                return session.back();
            }

            @Override
            public boolean forward() {
                return session.forward();
            }
        });
    }

    private void apply(ViewState v) {
        applying = true;
        try {
            if (v.window() != null && !v.window().equals(timeline.getVisibleWindow())) {
                timeline.setVisibleWindow(v.window());
            }
            if (!timeline.getCollapsedLanes().equals(v.collapsedLanes())) {
                timeline.getCollapsedLanes().retainAll(v.collapsedLanes());
                timeline.getCollapsedLanes().addAll(v.collapsedLanes());
            }
            if (!timeline.getLaneRowLimits().equals(v.rowLimits())) {
                timeline.getLaneRowLimits().keySet().retainAll(v.rowLimits().keySet());
                timeline.getLaneRowLimits().putAll(v.rowLimits());
            }
            timeline.setCompressQuietPeriods(v.compressQuietPeriods());
            timeline.setFitRange(v.filter().from(), v.filter().to());
            Event selected = timeline.getSelectedEvent();
            if (!Objects.equals(selected == null ? null : selected.id(), v.selectedEventId())) {
                timeline.setSelectedEvent(find(timeline.getLanes().all(), v.selectedEventId()));
            }
        } finally {
            applying = false;
        }
    }

    /** The event with {@code id} among those on the timeline, or null. */
    static Event find(EventIndex events, String id) {
        if (id != null) {
            for (int i = 0; i < events.size(); i++) {
                if (events.get(i).id().equals(id)) {
                    return events.get(i);
                }
            }
        }
        return null;
    }
}
