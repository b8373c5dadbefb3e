package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.annalist.model.EventFilter;
import io.annalist.model.PartialDate;
import io.annalist.timeline.TimeScale;
import io.annalist.timeline.TimeWindow;
import org.junit.jupiter.api.Test;

/** The name an export proposes: after the time the picture covers and the view on screen, not the file's range. */
class ExportNameTest {
    private static final String TITLE = "Russia–North Korea military cooperation, 2018–2025";

    private static TimeWindow between(String from, String to) {
        return new TimeWindow(PartialDate.parse(from).start(), PartialDate.parse(to).end());
    }

    @Test
    void theNameSaysTheTimeCoveredAsPreciselyAsItsLengthCallsFor() {
        assertEquals("russia-north-korea-military-cooperation-2018-2025.png",
                ExportName.of(TITLE, null, between("2018", "2025"), ".png"));
        assertEquals("russia-north-korea-military-cooperation-2023-03-to-2024-06.pdf",
                ExportName.of(TITLE, null, between("2023-03", "2024-06"), ".pdf"));
        assertEquals("russia-north-korea-military-cooperation-2024-06-19-to-2024-06-20.svg",
                ExportName.of(TITLE, null, between("2024-06-19", "2024-06-20"), ".svg"));
        assertEquals("russia-north-korea-military-cooperation-2024-06-19.png",
                ExportName.of(TITLE, null, between("2024-06-19", "2024-06-19"), ".png"));
    }

    @Test
    void aSavedViewOnScreenIsNamedAndABlankTitleIsATimeline() {
        assertEquals("russia-north-korea-military-cooperation-summits-2018-2019.png",
                ExportName.of(TITLE, "Summits", between("2018", "2019"), ".png"));
        assertEquals("north-korea-missile-tests-2022-map.png",
                ExportName.of("North Korea missile tests, 1984–2026", null, between("2022-01", "2022-12"),
                        "-map.png"));
        assertEquals("timeline-2020-03-to-2020-06.png", ExportName.of(" ", null, between("2020-03", "2020-06"), ".png"));
    }

    @Test
    void numbersInTheTitleAreKeptWholeOnlyYearsAtItsEndGo() {
        assertEquals("synthetic-events-200000-2024-06-19.png",
                ExportName.of("Synthetic events (200000)", null, between("2024-06-19", "2024-06-19"), ".png"));
        assertEquals("flights-12024-2024.png", ExportName.of("Flights 12024", null, between("2024", "2024"), ".png"));
        assertEquals("north-korea-missile-tests-2022.png",
                ExportName.of("North Korea missile tests (1984–2026)", null, between("2022", "2022"), ".png"));
        assertEquals("summits-2019.png", ExportName.of("Summits 2018", null, between("2019", "2019"), ".png"));
    }

    @Test
    void thePictureCoversTheViewKeptToTheEventsShownWithinTheDateRange() {
        List<io.annalist.model.Event> events = BundledData.DEFAULT.load(new io.annalist.io.EventFileReader())
                .dataset().events();
        List<io.annalist.model.Event> sorted = events.stream().sorted(io.annalist.model.TimeOrder.EVENTS).toList();
        TimeWindow all = new TimeWindow(sorted.get(0).when().start(), sorted.stream()
                .mapToLong(e -> e.when().end()).max().orElseThrow());
        assertEquals(all, ExportName.covered(TimeScale.fit(all), sorted, EventFilter.NONE),
                "Fit all's margin names no year of its own");
        assertEquals(all, ExportName.covered(null, sorted, EventFilter.NONE), "the whole range");
        TimeWindow narrow = between("2024-06", "2024-09");
        assertEquals(narrow, ExportName.covered(narrow, sorted, EventFilter.NONE));
        EventFilter from2023 = EventFilter.NONE.withWindow(PartialDate.parse("2023").start(), null);
        assertEquals(PartialDate.parse("2023").start(), ExportName.covered(null, sorted, from2023).start(),
                "the whole range of a date filter starts at the range, not at an event that began before it");
        TimeWindow empty = between("1990", "1991");
        assertEquals(empty, ExportName.covered(empty, sorted, EventFilter.NONE), "no events: the view as it is");
    }
}
