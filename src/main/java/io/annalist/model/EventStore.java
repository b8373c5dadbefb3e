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

/**
 * The events on screen: every loaded event, in time order, and the ones that pass the
 * current {@link EventFilter}, still in time order. One chain: all → filtered. Events are
 * put in time order once, when a dataset is set; a new filter is applied to all events in
 * parallel and the filtered list replaced in one change, so a million events filter in a
 * few tens of milliseconds. Once views are bound to it, call it on the JavaFX application
 * thread only.
 */
public final class EventStore {
    /** By start, then end, then id, so the order is total and stable. */
    public static final Comparator<Event> BY_TIME = Comparator.comparing(Event::when).thenComparing(Event::id);

    private final ObservableList<Event> all = FXCollections.observableArrayList();
    private final ObservableList<Event> filtered = FXCollections.observableArrayList();
    private final ObservableList<Event> filteredView = FXCollections.unmodifiableObservableList(filtered);
    private Event[] allArray = new Event[0];
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset",
            Dataset.empty());
    private Map<String, String> actorNames = Map.of();
    private Map<String, List<String>> affiliates = Map.of();

    public EventStore() {
        filter.addListener((obs, old, f) -> applyFilter());
    }

    /**
     * Replaces everything with {@code d}'s events in one change, keeping the current filter.
     * Events not yet in time order are sorted here; {@link Dataset#sortedByTime()} does it
     * off the FX thread beforehand.
     */
    public void setDataset(Dataset d) {
        d = d.sortedByTime();
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
        allArray = d.events().toArray(new Event[0]);
        all.setAll(d.events());
        applyFilter();
        dataset.set(d);
    }

    private void applyFilter() {
        EventFilter f = filter.get() == null ? EventFilter.NONE : filter.get();
        if (f.isEmpty()) {
            filtered.setAll(allArray);
            return;
        }
        java.util.function.Predicate<Event> test = f.predicate(actorNames, affiliates);
        java.util.stream.Stream<Event> s = java.util.Arrays.stream(allArray);
        if (allArray.length > 20_000) {
            s = s.parallel();
        }
        filtered.setAll(s.filter(test).toArray(Event[]::new));
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

    /** Events passing the filter, by time, read-only. */
    public ObservableList<Event> filteredEvents() {
        return filteredView;
    }

    /** The same list as {@link #filteredEvents()}: events passing the filter, by time. */
    public ObservableList<Event> sortedEvents() {
        return filteredView;
    }
}
