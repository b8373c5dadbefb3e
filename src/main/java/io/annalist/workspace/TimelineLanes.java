package io.annalist.workspace;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.annalist.model.Event;
import io.annalist.model.EventStore;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.TimelineView;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;

/**
 * Builds the timeline's lanes once per change of what they are made of: the events that pass
 * the filter, the actors' names and the lane mode. A new dataset brings its events and its
 * names together, so a load builds the lanes once, with the new names. Many events are
 * arranged as a task through the tracker, the old lanes staying on screen until the new ones
 * are ready; a newer request cancels an older one. FX thread.
 */
final class TimelineLanes {
    /** From this many events the lanes are built off the FX thread. */
    static final int BACKGROUND_FROM = 50_000;

    private final Session session;
    private final TimelineView timeline;
    private final TaskTracker tasks;
    /** Goes up each time the filtered list is replaced. */
    private long eventsVersion;
    /** What the lanes on screen (or on their way) were built from: that version of the list, and the mode. */
    private long builtVersion = -1;
    private LaneMode builtMode;

    private TimelineLanes(Session session, TimelineView timeline, TaskTracker tasks) {
        this.session = session;
        this.timeline = timeline;
        this.tasks = tasks;
    }

    /** Keeps {@code timeline}'s lanes built from the session's filtered events and lane mode. */
    static void follow(Session session, TimelineView timeline, TaskTracker tasks) {
        TimelineLanes lanes = new TimelineLanes(session, timeline, tasks);
        session.store().filteredEvents().addListener((ListChangeListener<Event>) c -> {
            lanes.eventsVersion++;
            lanes.rebuild();
        });
        session.viewProperty().addListener((obs, o, v) -> lanes.rebuild());
        lanes.rebuild();
    }

    private void rebuild() {
        LaneMode mode = session.getView().laneMode();
        if (mode == builtMode && eventsVersion == builtVersion) {
            return;
        }
        builtVersion = eventsVersion;
        builtMode = mode;
        EventStore store = session.store();
        // The names come with the events: the store changes both in one step when a dataset arrives.
        Map<String, String> names = store.actorNames();
        Event[] events = store.filteredEvents().toArray(new Event[0]);
        List<Event> list = Arrays.asList(events);
        tasks.cancel(TaskTracker.Kind.LANES);
        if (events.length < BACKGROUND_FROM) {
            timeline.setArranging(false);
            timeline.setLanes(Lanes.build(list, mode, names));
            return;
        }
        Task<Lanes> task = new Task<>() {
            {
                updateMessage(String.format("Arranging %,d events in lanes…", events.length));
            }

            @Override
            protected Lanes call() {
                return Lanes.build(list, mode, names);
            }
        };
        task.setOnSucceeded(e -> {
            timeline.setArranging(false);
            timeline.setLanes(task.getValue());
        });
        task.setOnFailed(e -> {
            // Out of memory, most likely: the lanes before stay, and the next change tries again.
            timeline.setArranging(false);
            builtVersion = -1;
        });
        timeline.setArranging(true);
        tasks.run(TaskTracker.Kind.LANES, task);
    }
}
