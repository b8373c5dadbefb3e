package io.annalist.workspace;

import java.util.Arrays;
import java.util.List;

import io.annalist.model.Event;
import io.annalist.model.EventStore;
import io.annalist.model.RelatedEvents;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The {@link RelatedEvents} of the data on screen — earlier visits, running totals, the troop
 * scale — made again for each new dataset: on the FX thread for a few events, as a quiet task
 * of the tracker for many (the details show none of them until it is done). FX thread.
 */
final class RelatedEventsFollower {
    /** Above this many events, they are read off the FX thread. */
    static final int READ_ASIDE_FROM = 50_000;

    private final ReadOnlyObjectWrapper<RelatedEvents> related = new ReadOnlyObjectWrapper<>(this, "related",
            RelatedEvents.NONE);

    RelatedEventsFollower(EventStore store, TaskTracker tasks) {
        store.datasetProperty().addListener((obs, o, d) -> follow(store, tasks));
        follow(store, tasks);
    }

    ReadOnlyObjectProperty<RelatedEvents> relatedProperty() {
        return related.getReadOnlyProperty();
    }

    private void follow(EventStore store, TaskTracker tasks) {
        boolean aside = store.allEvents().size() > READ_ASIDE_FROM;
        if (aside) {
            related.set(RelatedEvents.NONE);
        }
        List<Event> events = aside ? Arrays.asList(store.allEvents().toArray(new Event[0])) : store.allEvents();
        tasks.compute(TaskTracker.Kind.RELATED_EVENTS, aside, () -> RelatedEvents.of(events), related::set);
    }
}
