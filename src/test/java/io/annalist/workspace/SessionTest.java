package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.annalist.io.EventFileReader;
import io.annalist.model.Dataset;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.model.EventStore;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeScale;
import io.annalist.timeline.TimeWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session without a window: one view, changed step by step, and Back and Forward through it. */
class SessionTest {
    private static final long DAY = 86_400_000L;
    private static final TimeWindow YEARS = new TimeWindow(0, 3650 * DAY);

    private final AtomicLong clock = new AtomicLong(1_000_000);
    private EventStore store;
    private Session session;
    private Dataset data;

    @BeforeEach
    void open() {
        data = BundledData.DEFAULT.load(new EventFileReader()).dataset();
        store = new EventStore();
        session = new Session(store, ViewState.START, clock::get);
        session.open(new DataLocation.Bundled(BundledData.DEFAULT), EventStore.prepare(data),
                ViewState.START.withWindow(YEARS));
    }

    private void later(long ms) {
        clock.addAndGet(ms);
    }

    @Test
    void backUndoesAFilterChangeAndForwardRedoesIt() {
        EventFilter shoigu = EventFilter.NONE.withActors(Set.of("shoigu"), false);
        session.setFilter(shoigu);
        assertEquals(5, store.filteredEvents().size(), "the store follows the view's filter");
        assertTrue(session.canGoBackProperty().get());
        assertTrue(session.back());
        assertEquals(EventFilter.NONE, session.getFilter());
        assertEquals(18, store.filteredEvents().size());
        assertTrue(session.canGoForwardProperty().get());
        assertTrue(session.forward());
        assertEquals(shoigu, session.getFilter());
        assertEquals(5, store.filteredEvents().size());
        assertFalse(session.forward(), "nothing further");
    }

    @Test
    void backUndoesALaneChangeAndACollapsedLane() {
        session.setLaneMode(LaneMode.KIND);
        session.setCollapsedLanes(Set.of("visit"));
        session.back();
        assertEquals(LaneMode.KIND, session.getView().laneMode());
        assertEquals(Set.of(), session.getView().collapsedLanes());
        session.back();
        assertEquals(LaneMode.ACTOR, session.getView().laneMode());
    }

    @Test
    void typingIsOneStepWhileItGoesOn() {
        session.setFilter(EventFilter.NONE.withKinds(Set.of(EventKind.VISIT)));
        for (String typed : List.of("h", "ha", "han", "hano", "hanoi")) {
            later(300);
            session.setFilter(session.getFilter().withText(typed));
        }
        session.back();
        assertEquals("", session.getFilter().text(), "Back goes to before the typing, not one letter back");
        assertEquals(Set.of(EventKind.VISIT), session.getFilter().kinds(), "and no further");
        session.forward();
        later(5_000);
        session.setFilter(session.getFilter().withText("hanoi summit"));
        session.back();
        assertEquals("hanoi", session.getFilter().text(), "after a pause, typing again is a new step");
    }

    @Test
    void aMoveOfTheWindowIsOneStepUntilTheTimelineSaysANewOneBegins() {
        session.markStep();
        for (int i = 1; i <= 20; i++) {
            later(10);
            session.setWindow(YEARS.movedTo(i * DAY));
        }
        session.markStep();
        session.setWindow(new TimeWindow(0, DAY));
        session.back();
        assertEquals(YEARS.movedTo(20 * DAY), session.getView().window());
        session.back();
        assertEquals(YEARS, session.getView().window(), "the whole drag was one step");
    }

    @Test
    void theSelectionIsNoStepAndBackKeepsIt() {
        session.setFilter(EventFilter.NONE.withKinds(Set.of(EventKind.VISIT)));
        session.select("hanoi-summit");
        session.back();
        assertEquals(EventFilter.NONE, session.getFilter(), "Back went past the selection to the filter");
        assertEquals("hanoi-summit", session.getView().selectedEventId(), "the event read stays selected");
    }

    @Test
    void anotherFileStartsAHistoryOfItsOwn() {
        session.setFilter(EventFilter.NONE.withText("summit"));
        session.open(new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS),
                EventStore.prepare(BundledData.NK_MISSILE_TESTS.load(new EventFileReader()).dataset()),
                ViewState.START.withWindow(YEARS));
        assertFalse(session.canGoBackProperty().get());
        assertFalse(session.back());
        assertEquals(339, store.filteredEvents().size());
    }

    @Test
    void aNewFileAndItsFilterChangeTheListsOnce() {
        int[] changes = {0};
        store.filteredEvents().addListener((javafx.collections.ListChangeListener<io.annalist.model.Event>) c ->
                changes[0]++);
        session.open(new DataLocation.Bundled(BundledData.DEFAULT), EventStore.prepare(data),
                ViewState.START.withFilter(EventFilter.NONE.withActors(Set.of("shoigu"), false)));
        assertEquals(1, changes[0]);
        assertEquals(5, store.filteredEvents().size());
    }

    @Test
    void aReloadKeepsTheViewAndItsHistory() {
        session.setFilter(EventFilter.NONE.withActors(Set.of("shoigu"), false));
        ViewState before = session.getView();
        session.reload(session.getLocation(), EventStore.prepare(data));
        assertEquals(before, session.getView());
        assertEquals(5, store.filteredEvents().size());
        assertTrue(session.back());
    }

    @Test
    void nothingChangedIsNoStep() {
        session.setFilter(EventFilter.NONE);
        session.setRowLimits(Map.of());
        assertFalse(session.canGoBackProperty().get());
        assertNull(session.getView().selectedEventId());
    }

    // ---- a date range brings the view to it ------------------------------------------------

    @Test
    void aDateRangeBringsTheViewToTheEventsItKeepsAsOneStep() {
        long from = io.annalist.model.PartialDate.parse("2023-03").start();
        long to = io.annalist.model.PartialDate.parse("2024").end();
        session.setDateRange(from, to);
        TimeWindow w = session.getView().window();
        assertEquals(TimeScale.fit(new TimeWindow(from, to)), w,
                "the events kept reach beyond the range both ways: the view shows the range, with Fit all's margin");
        for (var e : store.filteredEvents()) {
            assertTrue(w.overlaps(e.when().start(), e.when().end()), e.id());
        }
        assertTrue(session.back(), "one step");
        assertEquals(YEARS, session.getView().window(), "Back brings the view back with the filter");
        assertNull(session.getFilter().from());
        assertTrue(session.forward());
        assertEquals(w, session.getView().window());
        assertEquals(from, session.getFilter().from());
    }

    @Test
    void anOpenEndedRangeFitsTheEventsOnThatSideAndTheSameRangeAgainLeavesTheView() {
        long from = io.annalist.model.PartialDate.parse("2024-06").start();
        session.setDateRange(from, null);
        long lastEnd = store.filteredEvents().stream().mapToLong(e -> e.when().end()).max().orElseThrow();
        assertEquals(TimeScale.fit(new TimeWindow(from, lastEnd)), session.getView().window(),
                "the events from the range's start on, with Fit all's margin");
        session.setWindow(YEARS);
        session.setDateRange(from, null);
        assertEquals(YEARS, session.getView().window(), "nothing changed, so the view stays where it was moved");
        session.setDateRange(null, null);
        assertEquals(YEARS, session.getView().window(), "no range at all leaves the view");
        assertEquals(18, store.filteredEvents().size());
    }
}
