package io.annalist.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The events on screen: every loaded event, in time order, and the ones that pass the
 * current {@link EventFilter}, still in time order. One chain: all → filtered. Events are
 * put in time order once, when a dataset is set; a new filter is run by a {@link FilterPlan}
 * (narrowed by actor, kind, marks and the text index, in parallel when many are left) and
 * the filtered list replaced in one change, so a million events filter in a few tens of
 * milliseconds. The text index of a large dataset has a life of its own
 * ({@link #textIndex()}). The analyst's marks ({@link #marksProperty()}) take part in the
 * filter: its marks facet, and its text, which also finds the analyst's tags and notes. Once
 * views are bound to it, call it on the JavaFX application thread only.
 */
public final class EventStore {
    /** Datasets with at least this many events get a {@link TextIndex}. */
    public static final int TEXT_INDEX_FROM = TextIndexSlot.FROM;

    // Both lists are read-only and replaced whole: handed out as they are.
    private final EventList all = new EventList();
    private final EventList filtered = new EventList();
    /** The dataset on show, with its events in time order and its positions and counts. */
    private Prepared prepared = new Prepared(Dataset.empty());
    private final ReadOnlyObjectWrapper<EventFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter",
            EventFilter.NONE);
    private final ObjectProperty<MarkLookup> marks = new SimpleObjectProperty<>(this, "marks", MarkLookup.NONE);
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset",
            Dataset.empty());
    private Map<String, String> actorNames = Map.of();
    private Map<String, List<String>> affiliates = Map.of();
    private final TextIndexSlot textIndex;

    public EventStore() {
        this(TEXT_INDEX_FROM);
    }

    /** A store that indexes the words of datasets of at least {@code textIndexFrom} events. */
    public EventStore(int textIndexFrom) {
        textIndex = new TextIndexSlot(textIndexFrom);
        marks.addListener((obs, old, m) -> {
            EventFilter f = filter.get();
            // Only a filter that looks at marks, or a text (which finds notes), can change with them.
            if (!f.marks().isEmpty() || !f.text().isEmpty()) {
                applyFilter(f);
            }
        });
    }

    /**
     * A dataset made ready for the store: its events in time order, where each actor's and
     * each kind's events are, and its counts. Making it reads every event, so for a large
     * file do it off the FX thread ({@link #prepare}) and hand the result to
     * {@link #setDataset(Prepared)}.
     */
    public static final class Prepared {
        private final Dataset dataset;
        private final Event[] events;
        private final EventPositions positions;

        private Prepared(Dataset d) {
            dataset = d.sortedByTime();
            events = dataset.events().toArray(new Event[0]);
            positions = new EventPositions(events);
        }

        public Dataset dataset() {
            return dataset;
        }
    }

    /** Prepares {@code d} for {@link #setDataset(Prepared)}; safe on any thread. */
    public static Prepared prepare(Dataset d) {
        return new Prepared(d);
    }

    /** Replaces everything with {@code d}'s events; see {@link #setDataset(Prepared)}. */
    public void setDataset(Dataset d) {
        setDataset(prepare(d));
    }

    /** Replaces everything with the prepared dataset's events in one change, keeping the current filter. */
    public void setDataset(Prepared prepared) {
        setDataset(prepared, filter.get());
    }

    /**
     * Replaces everything with the prepared dataset's events under filter {@code f}: each list
     * changes once, whether or not the filter changes too. Touches no event one by one.
     */
    public void setDataset(Prepared prepared, EventFilter f) {
        Dataset d = prepared.dataset;
        Map<String, String> names = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (Actor a : d.actors()) {
            names.put(a.id(), a.name());
            if (a.affiliation() != null) {
                children.computeIfAbsent(a.affiliation(), k -> new ArrayList<>()).add(a.id());
            }
        }
        actorNames = Map.copyOf(names);
        affiliates = Map.copyOf(children);
        this.prepared = prepared;
        textIndex.eventsChanged(prepared.events);
        all.replaceWith(prepared.events);
        EventFilter next = f == null ? EventFilter.NONE : f;
        applyFilter(next);
        filter.set(next);
        dataset.set(d);
    }

    /** The text index's life: who builds it, and when it is ready. */
    public TextIndexSlot textIndex() {
        return textIndex;
    }

    /** Completes when the text index of the current events is ready (or none is built). */
    public CompletableFuture<?> textIndexReady() {
        return textIndex.ready();
    }

    /** Replaces the filtered list with the events passing {@code f}, before anyone hears of the new filter. */
    private void applyFilter(EventFilter f) {
        MarkLookup lookup = marks.get() == null ? MarkLookup.NONE : marks.get();
        Event[] events = prepared.events;
        FilterPlan plan = new FilterPlan(events, prepared.positions, actorNames, affiliates, lookup);
        filtered.replaceWith(plan.run(f, textIndex.indexOf(events)));
    }

    /** How many events each actor takes part in. */
    public Map<String, Integer> actorCounts() {
        Map<String, Integer> out = new HashMap<>();
        prepared.positions.byActor.forEach((id, pos) -> out.put(id, pos.length));
        return out;
    }

    /** How many events there are of each kind (kinds with none left out). */
    public Map<EventKind, Integer> kindCounts() {
        Map<EventKind, Integer> out = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            int n = prepared.positions.byKind[k.ordinal()].length;
            if (n > 0) {
                out.put(k, n);
            }
        }
        return out;
    }

    /** How many events there are of each confidence (those without one left out). */
    public Map<Confidence, Integer> confidenceCounts() {
        return Collections.unmodifiableMap(prepared.positions.byConfidence);
    }

    /** The first instant of any event, or {@link Long#MAX_VALUE} when there are none. */
    public long dataStart() {
        return prepared.positions.start;
    }

    /** The last instant of any event, or {@link Long#MIN_VALUE} when there are none. */
    public long dataEnd() {
        return prepared.positions.end;
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

    /**
     * The analyst's marks on these events, which the filter's marks facet and its text look at.
     * Set a new value when the marks or the dataset change; the filter is applied again when it
     * depends on them.
     */
    public ObjectProperty<MarkLookup> marksProperty() {
        return marks;
    }

    public MarkLookup getMarks() {
        return marks.get();
    }

    public void setMarks(MarkLookup m) {
        marks.set(m);
    }

    /** The filter the lists follow; change it with {@link #setFilter}. */
    public ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    /** Filters the events again with {@code f} (null: none); nothing happens when it is the same filter. */
    public void setFilter(EventFilter f) {
        EventFilter next = f == null ? EventFilter.NONE : f;
        if (!next.equals(filter.get())) {
            applyFilter(next);
            filter.set(next);
        }
    }

    /** Every loaded event, unfiltered, read-only. */
    public ObservableList<Event> allEvents() {
        return all;
    }

    /** Events passing the filter, by time. Read-only by contract: the store replaces its contents. */
    public ObservableList<Event> filteredEvents() {
        return filtered;
    }

    /** The same list as {@link #filteredEvents()}: events passing the filter, by time. */
    public ObservableList<Event> sortedEvents() {
        return filtered;
    }
}
