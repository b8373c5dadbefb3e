package io.annalist.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The events on screen: every loaded event, the ones that pass the current
 * {@link EventFilter}, and those sorted by time. One chain: all → filtered (the predicate
 * is swapped when the filter changes) → sorted. Once views are bound to it, call it on the
 * JavaFX application thread only.
 */
public final class EventStore {
    /** By start, then end, then id, so the order is total and stable. */
    public static final Comparator<Event> BY_TIME = Comparator.comparing(Event::when).thenComparing(Event::id);

    private final ObservableList<Event> all = FXCollections.observableArrayList();
    private final FilteredList<Event> filtered = new FilteredList<>(all);
    private final SortedList<Event> sorted = new SortedList<>(filtered, BY_TIME);
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset",
            Dataset.empty());
    private Map<String, String> actorNames = Map.of();
    private Map<String, List<String>> affiliates = Map.of();

    public EventStore() {
        filter.addListener((obs, old, f) -> applyFilter());
    }

    /** Replaces everything with {@code d}'s events in one change, keeping the current filter. */
    public void setDataset(Dataset d) {
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (Actor a : d.actors()) {
            names.put(a.id(), a.name());
            if (a.affiliation() != null) {
                children.computeIfAbsent(a.affiliation(), k -> new java.util.ArrayList<>()).add(a.id());
            }
        }
        actorNames = Map.copyOf(names);
        affiliates = Map.copyOf(children);
        all.setAll(d.events());
        applyFilter();
        dataset.set(d);
    }

    private void applyFilter() {
        EventFilter f = filter.get() == null ? EventFilter.NONE : filter.get();
        Map<String, String> names = actorNames;
        Map<String, java.util.Set<String>> groups = f.groups(affiliates);
        filtered.setPredicate(f.isEmpty() ? null : e -> f.matches(e, names, groups));
    }

    /** For each actor id, the ids of the actors affiliated with it (Russia → Putin, Shoigu). */
    public Map<String, List<String>> affiliates() {
        return affiliates;
    }

    /** Actor names by id for the current dataset. */
    public Map<String, String> actorNames() {
        return actorNames;
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    public void setFilter(EventFilter f) {
        filter.set(f);
    }

    /** Every loaded event, unfiltered, read-only. */
    public ObservableList<Event> allEvents() {
        return FXCollections.unmodifiableObservableList(all);
    }

    /** Events passing the filter, in file order. */
    public ObservableList<Event> filteredEvents() {
        return filtered;
    }

    /** Events passing the filter, by time. */
    public SortedList<Event> sortedEvents() {
        return sorted;
    }
}
