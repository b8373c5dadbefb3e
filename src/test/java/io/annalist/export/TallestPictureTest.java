package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import io.annalist.export.svg.SvgSurface;
import io.annalist.io.EventFileReader;
import io.annalist.io.EventGenerator;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.model.PartialDate;
import io.annalist.timeline.Frame;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A picture as tall as its lanes would be taller than the largest picture (hundreds of lanes
 * at a day's zoom): it is settled as a fixed height is, so nothing runs off its foot — the
 * lanes that do not fit are named, the notes take their share and the rest are counted.
 */
@org.junit.jupiter.api.Tag("toolkit")
class TallestPictureTest {
    private static Palette palette;
    private static Dataset dataset;
    private static List<Event> events;
    private static EventStore store;

    @BeforeAll
    static void data(@TempDir Path dir) throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        palette = HeadlessFx.call(() -> Palettes.fromCss(false));
        Path file = dir.resolve("many-actors.json");
        new EventGenerator(5).write(file, 20_000);
        dataset = new EventFileReader().read(file).dataset();
        store = new EventStore(Integer.MAX_VALUE);
        store.setDataset(dataset);
        events = List.copyOf(store.filteredEvents());
    }

    private static SnapshotSpec aDay(int width, int scale) {
        TimeWindow day = new TimeWindow(PartialDate.parse("2010-06-15").start(), PartialDate.parse("2010-06-15").end());
        return SnapshotSpecBuilder.of(dataset, events, EventFilter.NONE, store.actorNames()).window(day)
                .size(width, SnapshotSpec.AUTO_HEIGHT, scale).lanes(LaneMode.ACTOR, java.util.Set.of()).build();
    }

    @Test
    void aPictureTallerThanTheLargestIsSettledAsAFixedHeightAndNothingRunsOffItsFoot() throws Exception {
        int scale = 4;
        SnapshotSpec spec = aDay(500, scale);
        Lanes lanes = HeadlessFx.call(() -> Lanes.build(events, spec.lanes(), store.actorNames()));
        SnapshotRenderer r = HeadlessFx.call(() -> SnapshotRenderer.fitted(spec, lanes, palette));
        int largest = SnapshotSpec.MAX_SIDE / scale;
        assertEquals(largest, r.spec().height(), "as tall as a picture may be");
        Frame f = HeadlessFx.call(() -> r.paint(new SvgSurface(500, largest)));
        assertTrue(f.lanesShown() < lanes.lanes().size(), f.lanesShown() + " of " + lanes.lanes().size());
        String foot = String.join(" ", r.footerLines());
        assertTrue(foot.contains(String.format("%d of %d lanes; left out, as they did not fit: ", f.lanesShown(),
                lanes.lanes().size())), foot);
        assertTrue(String.join(" ", r.captionCopy()).contains("Lanes left out, as they did not fit the tallest picture"
                + " there may be, 32,000 pixels tall: "), "the caption says why, at a height of auto: "
                + String.join("\n", r.captionCopy()));
        List<List<String>> notes = r.notesWrapped(10_000);
        String last = notes.get(notes.size() - 1).get(0);
        int counted = last.startsWith("… and ") ? Integer.parseInt(last.replaceAll("… and ([0-9,]+) more.*", "$1")
                .replace(",", "")) : 0;
        int listed = notes.size() - (counted > 0 ? 1 : 0);
        assertEquals(f.shortened().size(), listed + counted, "every title shortened is listed or counted");
        assertTrue(r.headerHeight() + r.neededFor(f) + r.footerHeight() <= largest,
                "the header, the lanes drawn and the footer fit the picture: " + r.headerHeight() + " + "
                        + r.neededFor(f) + " + " + r.footerHeight() + " > " + largest);
    }

    @Test
    void theNotesOfTheTallestPictureTakeTheirShareAndTheRestAreCounted() throws Exception {
        Dataset missiles = io.annalist.workspace.BundledData.NK_MISSILE_TESTS.load(new EventFileReader()).dataset();
        EventStore s = new EventStore(Integer.MAX_VALUE);
        s.setDataset(missiles);
        List<Event> all = List.copyOf(s.filteredEvents());
        int scale = 4;
        // Narrow and at 4×: its titles wrapped in one column would make a picture several times the largest.
        SnapshotSpec spec = SnapshotSpecBuilder.of(missiles, all, EventFilter.NONE, s.actorNames())
                .wholeRange(null, null, null).size(200, SnapshotSpec.AUTO_HEIGHT, scale).build();
        Lanes lanes = HeadlessFx.call(() -> Lanes.build(all, spec.lanes(), s.actorNames()));
        SnapshotRenderer r = HeadlessFx.call(() -> SnapshotRenderer.fitted(spec, lanes, palette));
        int largest = SnapshotSpec.MAX_SIDE / scale;
        assertEquals(largest, r.spec().height());
        Frame f = HeadlessFx.call(() -> r.paint(new SvgSurface(200, largest)));
        assertTrue(f.lanesShown() > 0, "a lane is drawn");
        List<List<String>> notes = r.notesWrapped(10_000);
        String last = notes.get(notes.size() - 1).get(0);
        assertTrue(last.matches("… and [0-9,]+ more titles not shown in full.*"), "the notes left out are counted: "
                + last);
        int more = Integer.parseInt(last.replaceAll("… and ([0-9,]+) more.*", "$1").replace(",", ""));
        assertEquals(f.shortened().size(), notes.size() - 1 + more, "every title shortened is listed or counted");
        assertTrue(r.headerHeight() + r.neededFor(f) + r.footerHeight() <= largest, "nothing runs off the foot: "
                + r.headerHeight() + " + " + r.neededFor(f) + " + " + r.footerHeight() + " > " + largest);
    }

    @Test
    void theMessageOfATallestPictureDoesNotOfferAHeightOfAuto() {
        List<String> out = List.of("Actor 7", "Actor 9");
        Exporter.Done tallest = new Exporter.Done(Path.of("x.png"), 3200, 32_000, 10, Counted.of(Frame.Tally.EMPTY, 0),
                498, 500, out, true);
        assertEquals("2 of 500 lanes did not fit the height and are left out: Actor 7, Actor 9 (the picture is as tall"
                + " as a picture may be, 32,000 pixels: choose fewer lanes or a lower scale)", tallest.leftOutWarning());
        Exporter.Done asked = new Exporter.Done(Path.of("x.png"), 3200, 1800, 10, Counted.of(Frame.Tally.EMPTY, 0),
                498, 500, out);
        assertTrue(asked.leftOutWarning().endsWith("(a height of auto fits them all)"), asked.leftOutWarning());
    }

    @Test
    void theTallestPictureAlsoKeepsToTheLargestNumberOfPixels() throws Exception {
        SnapshotSpec spec = aDay(1600, 4);
        Lanes lanes = HeadlessFx.call(() -> Lanes.build(events, spec.lanes(), store.actorNames()));
        SnapshotRenderer r = HeadlessFx.call(() -> SnapshotRenderer.fitted(spec, lanes, palette));
        long pixels = (long) r.spec().pixelWidth() * r.spec().pixelHeight();
        assertTrue(pixels <= SnapshotSpec.MAX_PIXELS, pixels + " pixels");
        assertTrue(pixels > SnapshotSpec.MAX_PIXELS - 1600L * 4 * 4, "and is as tall as they allow: " + pixels);
    }
}
