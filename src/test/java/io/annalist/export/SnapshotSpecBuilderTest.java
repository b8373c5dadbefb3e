package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import io.annalist.io.EventFileReader;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.model.PartialDate;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeScale;
import io.annalist.timeline.TimeWindow;
import org.junit.jupiter.api.Test;

/** One builder makes the snapshot for the window and for the command line. */
class SnapshotSpecBuilderTest {
    private static final Dataset DATA = new EventFileReader().read(Path.of("data/russia-north-korea-2018-2025.json"))
            .dataset();

    private static EventStore filtered(EventFilter f) {
        EventStore store = new EventStore(Integer.MAX_VALUE);
        store.setDataset(DATA);
        store.setFilter(f);
        return store;
    }

    @Test
    void theWholeRangeIsTheFittedRangeOfTheEventsShown() {
        EventStore store = filtered(EventFilter.NONE.withActors(Set.of("shoigu"), false));
        List<Event> shown = store.filteredEvents();
        SnapshotSpec spec = SnapshotSpecBuilder.of(DATA, shown, store.getFilter(), store.actorNames()).build();
        long first = shown.get(0).when().start();
        long last = shown.stream().mapToLong(e -> e.when().end()).max().orElseThrow();
        assertEquals(TimeScale.fit(new TimeWindow(first, last)), spec.window());
        assertEquals(1600, spec.width());
        assertEquals(LaneMode.ACTOR, spec.lanes());
        assertTrue(spec.caption().startsWith("Actors: Sergei Shoigu · Shown: "), spec.caption());
        assertTrue(spec.footer().startsWith("Sources: "), spec.footer());
        assertEquals(DATA.title(), spec.title(), "the dataset's title when none is given");
    }

    @Test
    void boundsReplaceEitherEndAndAGivenWindowIsKept() {
        EventStore store = filtered(EventFilter.NONE);
        long from = PartialDate.parse("2023").start();
        long to = PartialDate.parse("2025").end();
        var b = SnapshotSpecBuilder.of(DATA, store.filteredEvents(), store.getFilter(), store.actorNames());
        assertEquals(new TimeWindow(from, to), b.wholeRange(from, to, null).build().window());
        TimeWindow fitted = b.wholeRange(null, null, null).build().window();
        assertEquals(new TimeWindow(from, fitted.end()), b.wholeRange(from, null, null).build().window());
        TimeWindow visible = new TimeWindow(from, from + 86_400_000L);
        assertEquals(visible, b.window(visible).build().window());
    }

    @Test
    void nothingShownFallsBackToTheGivenWindow() {
        TimeWindow visible = new TimeWindow(0, 86_400_000L * 3);
        SnapshotSpec spec = SnapshotSpecBuilder.of(DATA, List.of(), EventFilter.NONE, java.util.Map.of())
                .wholeRange(null, null, visible).build();
        assertEquals(visible, spec.window());
        assertEquals("All events · Shown: " + visible.describe() + " (UTC)", spec.caption());
    }

    @Test
    void titlesSizesAndIncludes() {
        var b = SnapshotSpecBuilder.of(Dataset.empty(), List.of(), EventFilter.NONE, java.util.Map.of());
        assertEquals("events.json", b.title(" ", "events.json").build().title());
        assertEquals("Brief", b.title("Brief", "events.json").build().title());
        SnapshotSpec spec = b.size(800, 400, 2).lanes(LaneMode.KIND, Set.of("visit")).dark(true)
                .includes(false, true, false, true, false, true).build();
        assertEquals(1600, spec.pixelWidth());
        assertEquals(Set.of("visit"), spec.collapsedLanes());
        assertTrue(spec.dark() && !spec.showTitle() && spec.showCaption() && !spec.showLegend() && spec.showAxis()
                && !spec.showLaneHeaders() && spec.showFooter());
        assertThrows(IllegalArgumentException.class, () -> b.size(50, 400, 1).build());
    }
}
