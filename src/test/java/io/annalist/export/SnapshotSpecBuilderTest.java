package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.io.EventFileReader;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.model.PartialDate;
import io.annalist.model.When;
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
        // The caption gives the events' own first and last day, not the margin the picture adds around them.
        assertEquals("Actors: Sergei Shoigu · Events: " + io.annalist.model.DateText.human(first,
                io.annalist.model.Precision.DAY) + " – " + io.annalist.model.DateText.human(last - 1,
                io.annalist.model.Precision.DAY) + " (UTC)", spec.caption());
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
        assertEquals("All events · No events match", spec.caption());
    }

    @Test
    void aWholeRangeOfEverythingSaysSoAndAChosenWindowSaysWhatItShows() {
        EventStore store = filtered(EventFilter.NONE);
        var b = SnapshotSpecBuilder.of(DATA, store.filteredEvents(), store.getFilter(), store.actorNames());
        // The first event is known only to its year, the last to its month: the caption says so.
        assertEquals("All events: 2018 – March 2025 (UTC)", b.build().caption());
        // A last date with its time of day names UTC already: the caption says so once.
        Event timed = new Event("t", io.annalist.model.EventKind.MISSILE_TEST, "Launch",
                When.at(PartialDate.parse("2026-04-18T21:10Z")), null, List.of(), null, List.of("s"), null, List.of(),
                null, Map.of(), 0);
        List<Event> withTime = new java.util.ArrayList<>(store.filteredEvents());
        withTime.add(timed);
        String caption = SnapshotSpecBuilder.of(DATA, withTime, EventFilter.NONE, store.actorNames()).build().caption();
        assertEquals(1, caption.split("UTC", -1).length - 1, caption);
        long from = PartialDate.parse("2020").start();
        long to = PartialDate.parse("2021").end();
        assertEquals("All events · No events match", SnapshotSpecBuilder.of(DATA, store.filteredEvents(),
                store.getFilter(), store.actorNames()).wholeRange(from, to, null).build().caption()
                .replaceAll(" · Shown: .*\\(UTC\\)", ""));
        TimeWindow visible = new TimeWindow(PartialDate.parse("2024").start(), PartialDate.parse("2024").end());
        assertEquals("All events · Shown: " + visible.describe() + " (UTC)", b.window(visible).build().caption());
    }

    @Test
    void aPictureOfChosenLanesSpansTheirEvents() {
        EventStore store = filtered(EventFilter.NONE);
        List<Event> ukraine = store.filteredEvents().stream().filter(e -> e.actors().contains("ukraine")).toList();
        assertTrue(!ukraine.isEmpty());
        SnapshotSpec spec = SnapshotSpecBuilder.of(DATA, store.filteredEvents(), store.getFilter(), store.actorNames())
                .onlyLanes(Set.of("ukraine"), true).build();
        long first = ukraine.stream().mapToLong(e -> e.when().start()).min().orElseThrow();
        long last = ukraine.stream().mapToLong(e -> e.when().end()).max().orElseThrow();
        assertEquals(TimeScale.fit(new TimeWindow(first, last)), spec.window(), "not the whole file's range");
        assertTrue(spec.caption().startsWith("Lane: Ukraine · All events: "), spec.caption());
    }

    @Test
    void theFooterCitesOnlyTheSourcesOfEventsInTheTimeShown() {
        EventStore store = filtered(EventFilter.NONE);
        List<Event> all = store.filteredEvents();
        var b = SnapshotSpecBuilder.of(DATA, all, store.getFilter(), store.actorNames());
        // 2018–2019 only: the talks, not the 2023–2025 reporting.
        TimeWindow talks = new TimeWindow(PartialDate.parse("2018").start(), PartialDate.parse("2019").end());
        String footer = b.window(talks).build().footer();
        java.util.Set<String> inTime = new java.util.HashSet<>();
        java.util.Set<String> outside = new java.util.HashSet<>();
        for (Event e : all) {
            boolean in = e.when().start() < talks.end() && e.when().end() > talks.start();
            (in ? inTime : outside).addAll(e.sources());
        }
        outside.removeAll(inTime);
        assertTrue(!inTime.isEmpty() && !outside.isEmpty(), "the seed cites other sources after 2019");
        for (String id : outside) {
            String title = DATA.sourcesById().get(id).title();
            assertTrue(!footer.contains(title), "cites " + title + " though none of its events is shown: " + footer);
        }
        for (String id : inTime) {
            assertTrue(footer.contains(DATA.sourcesById().get(id).title()), footer);
        }
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
