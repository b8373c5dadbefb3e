package io.annalist.workspace;

import java.util.Arrays;
import java.util.List;

import io.annalist.model.Event;
import io.annalist.model.EventStore;
import io.annalist.model.FacetCounts;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;

/**
 * The filter pane's counts of the events that pass the filter, per actor, kind and confidence,
 * counted again whenever the filtered events change: on the FX thread for a few events, as a
 * quiet task of the tracker for many (a newer count cancels the older; the counts on screen
 * stay until the new ones are ready). FX thread.
 */
final class FacetCounting {
    /** Above this many events shown, they are counted off the FX thread. */
    static final int COUNT_ASIDE_FROM = 50_000;

    private final ReadOnlyObjectWrapper<FacetCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            FacetCounts.NONE);

    FacetCounting(EventStore store, TaskTracker tasks) {
        store.filteredEvents().addListener((ListChangeListener<Event>) c -> count(store, tasks));
        count(store, tasks);
    }

    /** The counts of the events passing the filter. */
    ReadOnlyObjectProperty<FacetCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    private void count(EventStore store, TaskTracker tasks) {
        boolean aside = store.filteredEvents().size() > COUNT_ASIDE_FROM;
        List<Event> events = aside ? Arrays.asList(store.filteredEvents().toArray(new Event[0]))
                : store.filteredEvents();
        tasks.compute(TaskTracker.Kind.FACET_COUNTS, aside, () -> FacetCounts.of(events), counts::set);
    }
}
