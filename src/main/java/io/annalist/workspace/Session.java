package io.annalist.workspace;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeScale;
import io.annalist.timeline.TimeWindow;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the analyst has open and how they look at it, without a single node: the events
 * ({@link EventStore}), the file they came from, and one immutable {@link ViewState} with its
 * history. The window's controls read the view from here and change it here; the store's
 * filter follows the view's. Back and Forward step through earlier views — time windows,
 * filters, lanes — with a burst of changes (a drag, typing, the wheel) as one step. FX thread.
 */
public final class Session {
    /** How a change of the view is remembered for Back and Forward. */
    public enum Change implements History.Kind {
        /** A step of its own: a filter chosen, lanes switched, a lane collapsed. */
        STEP(-1),
        /**
         * The time window. The timeline says where a move begins ({@link #markStep()}: a drag, a
         * burst of the wheel, a zoom, Fit all); everything until the next such mark is one step.
         */
        WINDOW(Long.MAX_VALUE),
        /** Typing a search: one step while the analyst keeps typing. */
        TEXT(2_000),
        /** Dragging a lane's lower edge: one step while the drag goes on. */
        ROWS(2_000),
        /** Not remembered at all: which event is selected. */
        UNTRACKED(-1);

        private final long mergeWithinMs;

        Change(long mergeWithinMs) {
            this.mergeWithinMs = mergeWithinMs;
        }

        @Override
        public long mergeWithinMs() {
            return mergeWithinMs;
        }
    }

    private static final int HISTORY_LIMIT = 200;

    private final EventStore store;
    private final LongSupplier clock;
    private final ReadOnlyObjectWrapper<DataLocation> location = new ReadOnlyObjectWrapper<>(this, "location");
    private final ReadOnlyObjectWrapper<ViewState> view;
    private final ReadOnlyObjectWrapper<EventFilter> filter;
    private final History<ViewState> history = new History<>(HISTORY_LIMIT);
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");

    /** A session over {@code store} starting with {@code start}, whose filter the store takes at once. */
    public Session(EventStore store, ViewState start) {
        this(store, start, System::currentTimeMillis);
    }

    Session(EventStore store, ViewState start, LongSupplier clock) {
        this.store = store;
        this.clock = clock;
        view = new ReadOnlyObjectWrapper<>(this, "view", start);
        filter = new ReadOnlyObjectWrapper<>(this, "filter", start.filter());
        store.setFilter(start.filter());
    }

    /** The events: all of them and those passing the view's filter. Change its filter through the session. */
    public EventStore store() {
        return store;
    }

    /** The file or bundled dataset on screen, or null before the first load. */
    public ReadOnlyObjectProperty<DataLocation> locationProperty() {
        return location.getReadOnlyProperty();
    }

    public DataLocation getLocation() {
        return location.get();
    }

    /** The view now: replaced whole on every change. */
    public ReadOnlyObjectProperty<ViewState> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ViewState getView() {
        return view.get();
    }

    /** The view's filter, changing only when the filter does. */
    public ReadOnlyObjectProperty<EventFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public EventFilter getFilter() {
        return filter.get();
    }

    // ---- changing the view -------------------------------------------------------------

    /** Changes the view as {@code edit} says, remembering the one before as {@code how} tells. */
    public void change(Change how, UnaryOperator<ViewState> edit) {
        ViewState before = view.get();
        ViewState after = edit.apply(before);
        if (after.equals(before)) {
            return;
        }
        if (how != Change.UNTRACKED) {
            // The selection is not a step: Back keeps the event the analyst is reading.
            history.changed(before, how, clock.getAsLong());
        }
        show(after);
    }

    /** A new filter; typing that only changes the search text is one step while it goes on. */
    public void setFilter(EventFilter f) {
        EventFilter now = getFilter();
        boolean typing = f != null && now.withText(f.text()).equals(f) && !now.text().equals(f.text());
        change(typing ? Change.TEXT : Change.STEP, v -> v.withFilter(f));
    }

    /**
     * A new date range for the filter ({@code null} ends open), and the view brought to the
     * events it keeps, within the range, as Fit all shows them: one step, which Back undoes
     * whole. The same range again changes nothing, so the view stays where the analyst moved it
     * since; no range at all (both ends open) leaves the view where it is, as removing the
     * range's chip does.
     */
    public void setDateRange(Long from, Long to) {
        EventFilter f = getFilter().withWindow(from, to);
        if (f.equals(getFilter())) {
            return;
        }
        change(Change.STEP, v -> v.withFilter(f));
        // The store has filtered by now: the window follows in the same step.
        TimeWindow w = from == null && to == null ? null : fitted(store.filteredEvents(), from, to);
        if (w != null) {
            change(Change.UNTRACKED, v -> v.withWindow(w));
        }
    }

    public void setWindow(TimeWindow w) {
        change(Change.WINDOW, v -> v.withWindow(w));
    }

    public void setLaneMode(LaneMode m) {
        change(Change.STEP, v -> v.withLaneMode(m));
    }

    public void setCollapsedLanes(Set<String> keys) {
        change(Change.STEP, v -> v.withCollapsedLanes(keys));
    }

    public void setRowLimits(Map<String, Integer> limits) {
        change(Change.ROWS, v -> v.withRowLimits(limits));
    }

    public void setCompressQuietPeriods(boolean on) {
        change(Change.STEP, v -> v.withCompressQuietPeriods(on));
    }

    /** Selects the event with {@code id} (null: none); not a step of the history. */
    public void select(String id) {
        change(Change.UNTRACKED, v -> v.withSelectedEventId(id));
    }

    /** The next change is a step of its own (the timeline calls this where a move begins). */
    public void markStep() {
        history.mark();
    }

    // ---- back and forward --------------------------------------------------------------

    /** Goes back to the view before; the selection stays. False when there is none. */
    public boolean back() {
        return step(history::back);
    }

    /** Goes forward again after {@link #back()}; the selection stays. False when there is no way forward. */
    public boolean forward() {
        return step(history::forward);
    }

    private boolean step(UnaryOperator<ViewState> move) {
        ViewState now = view.get();
        ViewState target = move.apply(now);
        if (target == null) {
            return false;
        }
        ViewState v = target.withSelectedEventId(now.selectedEventId());
        show(v.window() == null ? v.withWindow(now.window()) : v);
        return true;
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    // ---- data ----------------------------------------------------------------------------

    /**
     * Shows another dataset from {@code where} with {@code start} as its first view: the events
     * and the filter change in one step (the lists change once), and the history starts afresh,
     * for the views of another file are no way back. A start without a window shows all the
     * events that pass its filter.
     */
    public void open(DataLocation where, EventStore.Prepared data, ViewState start) {
        store.setDataset(data, start.filter());
        location.set(where);
        history.clear();
        show(start.window() == null ? start.withWindow(fitted(store.filteredEvents(), start.filter().from(),
                start.filter().to())) : start);
    }

    /**
     * The window that shows all of {@code events} (in time order) with a margin, as Fit all
     * does: within {@code from}–{@code to} (null ends open), the date range that let them
     * through. Null when there are none.
     */
    static TimeWindow fitted(List<Event> events, Long from, Long to) {
        if (events.isEmpty()) {
            return null;
        }
        long start = events.get(0).when().start();
        long end = start + 1;
        for (Event e : events) {
            end = Math.max(end, e.when().end());
        }
        return TimeScale.fit(new TimeWindow(start, end), from, to);
    }

    /** The same file read again: its new events under the same view, the history kept. */
    public void reload(DataLocation where, EventStore.Prepared data) {
        store.setDataset(data, getFilter());
        location.set(where);
        updateHistoryState();
    }

    private void show(ViewState next) {
        if (!Objects.equals(store.getFilter(), next.filter())) {
            store.setFilter(next.filter());
        }
        view.set(next);
        filter.set(next.filter());
        updateHistoryState();
    }

    private void updateHistoryState() {
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }
}
