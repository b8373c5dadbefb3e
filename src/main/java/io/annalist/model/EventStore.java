package io.annalist.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * The events on screen: every loaded event, in time order, and the ones that pass the
 * current {@link EventFilter}, still in time order. One chain: all → filtered. Events are
 * put in time order once, when a dataset is set; a new filter is applied to all events in
 * parallel and the filtered list replaced in one change, so a million events filter in a
 * few tens of milliseconds. The analyst's marks ({@link #marksProperty()}) take part in the
 * filter: its marks facet, and its text, which also finds the analyst's tags and notes. Once
 * views are bound to it, call it on the JavaFX application thread only.
 */
public final class EventStore {
    // Both lists are read-only and replaced whole: handed out as they are.
    private final EventList all = new EventList();
    private final EventList filtered = new EventList();
    /** The dataset on show, with its events in time order and its positions and counts. */
    private Prepared prepared = new Prepared(Dataset.empty());
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObjectProperty<MarkLookup> marks = new SimpleObjectProperty<>(this, "marks", MarkLookup.NONE);
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset",
            Dataset.empty());
    private Map<String, String> actorNames = Map.of();
    private Map<String, List<String>> affiliates = Map.of();

    /** Datasets with at least this many events get a {@link TextIndex}. */
    public static final int TEXT_INDEX_FROM = 20_000;
    private static final java.util.concurrent.Executor INDEXING = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "annalist-text-index");
                t.setDaemon(true);
                return t;
            });

    /** A text index and the events it was built from. */
    private record Indexed(Event[] events, TextIndex index) {
    }

    private final int textIndexFrom;
    private volatile Indexed indexed;
    private java.util.concurrent.CompletableFuture<?> indexing = java.util.concurrent.CompletableFuture.completedFuture(
            null);

    public EventStore() {
        this(TEXT_INDEX_FROM);
    }

    /** A store that indexes the words of datasets of at least {@code textIndexFrom} events. */
    public EventStore(int textIndexFrom) {
        this.textIndexFrom = textIndexFrom;
        filter.addListener((obs, old, f) -> applyFilter());
        marks.addListener((obs, old, m) -> {
            EventFilter f = filter.get();
            // Only a filter that looks at marks, or a text (which finds notes), can change with them.
            if (f != null && (!f.marks().isEmpty() || !f.text().isEmpty())) {
                applyFilter();
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
        private final Map<String, int[]> byActor;
        private final int[][] byKind;
        private final Map<Confidence, Integer> byConfidence;
        private final long start;
        private final long end;

        private Prepared(Dataset d) {
            dataset = d.sortedByTime();
            events = dataset.events().toArray(new Event[0]);
            byActor = positionsByActor(events);
            byKind = positionsByKind(events);
            int[] perConfidence = new int[Confidence.values().length];
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (Event e : events) {
                if (e.confidence() != null) {
                    perConfidence[e.confidence().ordinal()]++;
                }
                lo = Math.min(lo, e.when().start());
                hi = Math.max(hi, e.when().end());
            }
            Map<Confidence, Integer> confidences = new java.util.EnumMap<>(Confidence.class);
            for (Confidence c : Confidence.values()) {
                if (perConfidence[c.ordinal()] > 0) {
                    confidences.put(c, perConfidence[c.ordinal()]);
                }
            }
            byConfidence = confidences;
            start = lo;
            end = hi;
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

    /**
     * Replaces everything with the prepared dataset's events in one change, keeping the
     * current filter. Touches no event one by one.
     */
    public void setDataset(Prepared prepared) {
        Dataset d = prepared.dataset;
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
        this.prepared = prepared;
        startIndexing(prepared.events);
        all.replaceWith(prepared.events);
        applyFilter();
        dataset.set(d);
    }

    /**
     * Builds the text index of {@code events} in the background; until it is ready a text
     * filter reads every event, with the same result.
     */
    private void startIndexing(Event[] events) {
        indexed = null;
        if (events.length < textIndexFrom) {
            indexing = java.util.concurrent.CompletableFuture.completedFuture(null);
            return;
        }
        indexing = java.util.concurrent.CompletableFuture.runAsync(() -> {
            TextIndex index = TextIndex.build(events);
            indexed = new Indexed(events, index);
        }, INDEXING);
    }

    /** Completes when the text index of the current events is ready (or none is built). */
    public java.util.concurrent.CompletableFuture<?> textIndexReady() {
        return indexing;
    }

    private void applyFilter() {
        Event[] allArray = prepared.events;
        EventFilter f = filter.get() == null ? EventFilter.NONE : filter.get();
        if (f.isEmpty()) {
            filtered.replaceWith(allArray);
            return;
        }
        MarkLookup lookup = marks.get() == null ? MarkLookup.NONE : marks.get();
        java.util.function.Predicate<Event> test = f.predicate(actorNames, affiliates, lookup);
        java.util.BitSet candidates = candidates(f, lookup);
        Indexed ix = indexed;
        if (!f.text().isEmpty() && ix != null && ix.events() == allArray) {
            String needle = f.text().toLowerCase(java.util.Locale.ROOT);
            TextIndex.Match m = ix.index().find(needle);
            if (m != null) {
                java.util.BitSet withText = eventsWithText(m, needle);
                // The index holds the data's words; the analyst's tags and notes are looked at here.
                for (Event e : lookup.markedEvents()) {
                    if (lookup.anyText(e.id(), s -> EventFilter.contains(s, needle))) {
                        int p = position(e);
                        if (p >= 0) {
                            withText.set(p);
                        }
                    }
                }
                if (candidates == null) {
                    candidates = withText;
                } else {
                    candidates.and(withText);
                }
                if (m.exact()) {
                    // The index answered the text exactly: only the other conditions are left to test.
                    test = f.withText("").predicate(actorNames, affiliates, lookup);
                }
            }
        }
        java.util.stream.Stream<Event> s = candidates == null ? java.util.Arrays.stream(allArray)
                : candidates.stream().mapToObj(i -> allArray[i]);
        if ((candidates == null ? allArray.length : candidates.cardinality()) > 20_000) {
            s = s.parallel();
        }
        filtered.replaceWith(s.filter(test).toArray(Event[]::new));
    }

    /**
     * The events that can pass {@code f} at all, from the per-actor and per-kind positions:
     * choosing one actor among five hundred then looks at that actor's events only. Null when
     * the filter has no actor or kind to narrow by. The full test still runs on each one.
     */
    private java.util.BitSet candidates(EventFilter f, MarkLookup lookup) {
        int n = prepared.events.length;
        java.util.BitSet byMarks = null;
        if (!f.marks().isEmpty()) {
            // Marked events are few: the facet narrows to them before anything else is tested.
            byMarks = new java.util.BitSet(n);
            for (Event e : lookup.markedEvents()) {
                int p = f.marks().test(e.id(), lookup) ? position(e) : -1;
                if (p >= 0) {
                    byMarks.set(p);
                }
            }
        }
        java.util.BitSet byActor = null;
        if (!f.actors().isEmpty()) {
            Map<String, java.util.Set<String>> groups = f.groups(affiliates);
            Map<String, int[]> index = prepared.byActor;
            for (java.util.Set<String> group : groups.values()) {
                java.util.BitSet g = new java.util.BitSet(n);
                for (String id : group) {
                    int[] pos = index.get(id);
                    if (pos != null) {
                        for (int p : pos) {
                            g.set(p);
                        }
                    }
                }
                if (byActor == null) {
                    byActor = g;
                } else if (f.allActors()) {
                    byActor.and(g);
                } else {
                    byActor.or(g);
                }
            }
        }
        java.util.BitSet byKind = null;
        if (!f.kinds().isEmpty()) {
            int[][] index = prepared.byKind;
            byKind = new java.util.BitSet(n);
            for (EventKind k : f.kinds()) {
                for (int p : index[k.ordinal()]) {
                    byKind.set(p);
                }
            }
        }
        java.util.BitSet out = null;
        for (java.util.BitSet b : new java.util.BitSet[]{byMarks, byActor, byKind}) {
            if (b != null) {
                if (out == null) {
                    out = b;
                } else {
                    out.and(b);
                }
            }
        }
        return out;
    }

    /** Where {@code e} is among the events in time order, or -1 when it is not one of them. */
    private int position(Event e) {
        Event[] events = prepared.events;
        int p = java.util.Arrays.binarySearch(events, e, TimeOrder.EVENTS);
        if (p >= 0 && events[p].id().equals(e.id())) {
            return p;
        }
        // An event of an earlier load with the same id but another time: find it by id.
        for (int i = 0; i < events.length; i++) {
            if (events[i].id().equals(e.id())) {
                return i;
            }
        }
        return -1;
    }

    /** The events the index found, plus those of every actor whose name contains the text. */
    private java.util.BitSet eventsWithText(TextIndex.Match m, String needle) {
        java.util.BitSet out = new java.util.BitSet(prepared.events.length);
        m.events().forEach((org.roaringbitmap.IntConsumer) out::set);
        for (Map.Entry<String, int[]> e : prepared.byActor.entrySet()) {
            if (EventFilter.contains(actorNames.getOrDefault(e.getKey(), e.getKey()), needle)) {
                for (int p : e.getValue()) {
                    out.set(p);
                }
            }
        }
        return out;
    }

    /** How many events each actor takes part in. */
    public Map<String, Integer> actorCounts() {
        Map<String, Integer> out = new HashMap<>();
        prepared.byActor.forEach((id, pos) -> out.put(id, pos.length));
        return out;
    }

    /** How many events there are of each kind (kinds with none left out). */
    public Map<EventKind, Integer> kindCounts() {
        Map<EventKind, Integer> out = new java.util.EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            if (prepared.byKind[k.ordinal()].length > 0) {
                out.put(k, prepared.byKind[k.ordinal()].length);
            }
        }
        return out;
    }

    /** How many events there are of each confidence (those without one left out). */
    public Map<Confidence, Integer> confidenceCounts() {
        return java.util.Collections.unmodifiableMap(prepared.byConfidence);
    }

    /** The first instant of any event, or {@link Long#MAX_VALUE} when there are none. */
    public long dataStart() {
        return prepared.start;
    }

    /** The last instant of any event, or {@link Long#MIN_VALUE} when there are none. */
    public long dataEnd() {
        return prepared.end;
    }

    /** Where each actor's events are in time order. */
    private static Map<String, int[]> positionsByActor(Event[] events) {
        // One look-up per actor named: each id gets a number, and the second pass counts by number.
        Map<String, Integer> codes = new HashMap<>();
        List<String> ids = new java.util.ArrayList<>();
        int named = 0;
        for (Event e : events) {
            named += e.actors().size();
        }
        int[] code = new int[named];
        int[] counts = new int[16];
        int k = 0;
        for (Event e : events) {
            List<String> actors = e.actors();
            for (int i = 0; i < actors.size(); i++) {
                Integer c = codes.get(actors.get(i));
                if (c == null) {
                    c = ids.size();
                    codes.put(actors.get(i), c);
                    ids.add(actors.get(i));
                    if (c == counts.length) {
                        counts = java.util.Arrays.copyOf(counts, c * 2);
                    }
                }
                code[k++] = c;
                counts[c]++;
            }
        }
        int[][] positions = new int[ids.size()][];
        for (int c = 0; c < positions.length; c++) {
            positions[c] = new int[counts[c]];
        }
        int[] fill = new int[ids.size()];
        k = 0;
        for (int p = 0; p < events.length; p++) {
            for (int i = 0, n = events[p].actors().size(); i < n; i++) {
                int c = code[k++];
                positions[c][fill[c]++] = p;
            }
        }
        Map<String, int[]> index = new HashMap<>();
        for (int c = 0; c < positions.length; c++) {
            index.put(ids.get(c), positions[c]);
        }
        return index;
    }

    private static int[][] positionsByKind(Event[] events) {
        int[] counts = new int[EventKind.values().length];
        for (Event e : events) {
            counts[e.kind().ordinal()]++;
        }
        int[][] index = new int[counts.length][];
        for (int k = 0; k < counts.length; k++) {
            index[k] = new int[counts[k]];
        }
        int[] fill = new int[counts.length];
        for (int p = 0; p < events.length; p++) {
            int k = events[p].kind().ordinal();
            index[k][fill[k]++] = p;
        }
        return index;
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
