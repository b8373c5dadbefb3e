package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.annalist.cli.Cli;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.When;
import io.annalist.timeline.Frame;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshots as a brief's reader gets them: the right size, the right marks, the metadata, no half-written files. */
@org.junit.jupiter.api.Tag("toolkit")
class ExportTest {
    @TempDir
    Path dir;

    private static final Event VISIT = new Event("v", EventKind.VISIT, "Putin meets Kim Jong Un",
            When.at(PartialDate.parse("2024-06-19")), null, List.of("putin"), null, List.of("s"), null, List.of(), null,
            Map.of(), 0);
    private static final TimeWindow WINDOW = new TimeWindow(PartialDate.parse("2024-06-09").start(),
            PartialDate.parse("2024-06-30").start());

    @BeforeAll
    static void toolkit() throws Exception {
        // Start JavaFX the way the other test classes do, so they can share it in one JVM.
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static Palette light() throws Exception {
        return HeadlessFx.call(() -> Palettes.fromCss(false));
    }

    private static SnapshotSpec spec(int w, int h, int scale) {
        return SnapshotSpec.brief(WINDOW, "Test", "Actors: Vladimir Putin · Kinds: visit", "Sources: test")
                .withSize(w, h, scale).withLanes(LaneMode.NONE, Set.of());
    }

    @Test
    void theImageHasTheRequestedSizeTimesTheScaleAndTheMarkWhereTheScalePutsIt() throws Exception {
        SnapshotSpec spec = spec(800, 400, 2);
        Palette palette = light();
        SnapshotRenderer.Snapshot s = HeadlessFx.call(() -> new SnapshotRenderer(spec, List.of(VISIT),
                Map.of("putin", "Vladimir Putin"), palette)).render(p -> { }).get(30, TimeUnit.SECONDS);
        assertEquals(1600, s.image().getWidth());
        assertEquals(800, s.image().getHeight());
        assertEquals(1, s.eventsShown());
        Frame f = s.frame();
        double x = f.scale().xOf((VISIT.when().start() + VISIT.when().end()) / 2.0);
        Frame.Hit hit = f.hitOf(VISIT);
        double y = s.timelineTop() + hit.y() + hit.h() / 2;
        int argb = s.image().getRGB((int) Math.round(x * 2), (int) Math.round(y * 2));
        Color expected = palette.kind(EventKind.VISIT);
        Color got = Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255);
        assertEquals(expected.getRed(), got.getRed(), 0.08, "red of " + got);
        assertEquals(expected.getGreen(), got.getGreen(), 0.08, "green of " + got);
        assertEquals(expected.getBlue(), got.getBlue(), 0.08, "blue of " + got);
        int left = s.image().getRGB((int) Math.round((x - 40) * 2), (int) Math.round(y * 2));
        assertTrue(((left >> 16) & 255) > 200, "away from the mark is background");
    }

    @Test
    void aStarredEventCarriesItsStarInTheExportAsOnScreenAndNothingElseChanges() throws Exception {
        Palette palette = light();
        Map<String, String> names = Map.of("putin", "Vladimir Putin");
        SnapshotSpec plain = spec(800, 400, 1);
        SnapshotSpec starred = plain.withMarks(io.annalist.marks.AttachedMarks.attach(
                io.annalist.marks.Marks.NONE.withStar(List.of(VISIT), true), List.of(VISIT)), false);
        SnapshotRenderer.Snapshot before = HeadlessFx.call(() -> new SnapshotRenderer(plain, List.of(VISIT), names,
                palette)).render(p -> { }).get(30, TimeUnit.SECONDS);
        SnapshotRenderer.Snapshot after = HeadlessFx.call(() -> new SnapshotRenderer(starred, List.of(VISIT), names,
                palette)).render(p -> { }).get(30, TimeUnit.SECONDS);
        Frame.Hit hit = after.frame().hitOf(VISIT);
        double top = after.timelineTop();
        int changed = 0;
        for (int y = 0; y < 400; y++) {
            for (int x = 0; x < 800; x++) {
                if (before.image().getRGB(x, y) != after.image().getRGB(x, y)) {
                    changed++;
                    assertTrue(x >= hit.x() - 2 && x <= hit.x() + hit.w() + 2 && y >= top + hit.y() - 8
                            && y <= top + hit.y() + hit.h() + 2, "changed away from the starred mark: " + x + "," + y);
                }
            }
        }
        assertTrue(changed > 12, "the star is drawn: " + changed + " pixels changed");
    }

    @Test
    void thePngCarriesTheFiltersInItsMetadata() throws Exception {
        Path out = dir.resolve("brief.png");
        Exporter.Done done = Exporter.export(spec(800, 400, 1), List.of(VISIT), Map.of("putin", "Vladimir Putin"),
                light(), out, p -> { }, Runnable::run).get(30, TimeUnit.SECONDS);
        assertEquals(800, done.width());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(400, img.getHeight());
        Map<String, String> text = PngWriter.readText(out);
        assertEquals("Actors: Vladimir Putin · Kinds: visit", text.get("Description"));
        assertEquals("Test", text.get("Title"));
        assertTrue(text.get("Time range").startsWith("9 June 2024 – 29 June 2024"), text.get("Time range"));
        assertTrue(text.get("Software").startsWith("Annalist "));
        assertEquals(List.of("brief.png"), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
                "no temporary file is left");
    }

    @Test
    void aFailedWriteLeavesNoFileAndThePreviousOneAsItWas() throws Exception {
        BufferedImage img = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        IOException gone = assertThrows(IOException.class, () -> PngWriter.write(img, dir.resolve("no/such/x.png"),
                Map.of()));
        assertTrue(gone.getMessage().contains("does not exist"), gone.getMessage());
        assertFalse(Files.exists(dir.resolve("no")));

        Path previous = dir.resolve("old.png");
        Files.writeString(previous, "the previous file");
        // An image that fails while the encoder reads it: the failure comes after the temporary file exists,
        // as a full disk would.
        BufferedImage broken = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB) {
            @Override
            public java.awt.image.Raster getData(java.awt.Rectangle r) {
                throw new IllegalStateException("No space left on device");
            }

            @Override
            public java.awt.image.Raster getData() {
                throw new IllegalStateException("No space left on device");
            }

            @Override
            public java.awt.image.WritableRaster getRaster() {
                throw new IllegalStateException("No space left on device");
            }
        };
        IOException failed = assertThrows(IOException.class, () -> PngWriter.write(broken, previous, Map.of()));
        assertTrue(failed.getMessage().contains("the disk is full"), failed.getMessage());
        assertTrue(failed.getMessage().startsWith("cannot write " + previous), failed.getMessage());
        assertEquals("the previous file", Files.readString(previous));
        assertEquals(1, Files.list(dir).count(), "no partial file is left");
    }

    @Test
    void aVeryWideImageIsDrawnInTiles() throws Exception {
        Path out = dir.resolve("wide.png");
        Exporter.Done done = Exporter.export(spec(12_000, 1_000, 1), List.of(VISIT), Map.of(), light(), out, p -> { },
                Runnable::run).get(60, TimeUnit.SECONDS);
        assertEquals(12_000, done.width());
        assertEquals(1_000, done.height());
        assertTrue(12_000 > SnapshotRenderer.TILE * 2, "three tiles across");
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(12_000, img.getWidth());
    }

    @Test
    void theCaptionSaysWhichFiltersMadeIt() {
        EventFilter f = EventFilter.NONE.withActors(Set.of("russia", "north-korea"), false)
                .withKinds(Set.of(EventKind.VISIT, EventKind.TROOP_DEPLOYMENT))
                .withWindow(PartialDate.parse("2023-01").start(), PartialDate.parse("2025-06").end());
        String c = FilterCaption.of(f, Map.of("russia", "Russia", "north-korea", "North Korea"), null);
        assertEquals("Actors: North Korea, Russia · Kinds: visit, troop deployment · Dates: 1 January 2023 – 30 June 2025",
                c);
        assertEquals("All events", FilterCaption.of(EventFilter.NONE, Map.of(), null));
        assertEquals("Sources: Ukrainska Pravda; Reuters, Talks end", FilterCaption.sources(List.of(
                new io.annalist.model.Source("a", "Ukrainska Pravda", "Ukrainska Pravda", null, null, null),
                new io.annalist.model.Source("b", "Talks end", "Reuters", null, null, null))),
                "a publisher that is its own title is named once");
    }

    private static int cli(StringWriter out, StringWriter err, String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void theCommandLineExportsBothBundledDatasets() throws Exception {
        for (String file : new String[]{"russia-north-korea-2018-2025.json", "nk-missile-tests-1984-2026.json"}) {
            Path out = dir.resolve(file.replace(".json", ".png"));
            StringWriter o = new StringWriter();
            StringWriter e = new StringWriter();
            int code = cli(o, e, "export", "data/" + file, "--out", out.toString());
            assertEquals(0, code, e.toString());
            assertTrue(o.toString().startsWith(out + ": 1600 × "), o.toString());
            assertFalse(o.toString().contains("lanes fit"), "the height grows to show every lane: " + o);
            assertEquals("", e.toString());
            BufferedImage img = ImageIO.read(out.toFile());
            assertEquals(1600, img.getWidth());
            assertTrue(img.getHeight() > 300, "as tall as its lanes: " + img.getHeight());
        }
        StringWriter o = new StringWriter();
        Path filtered = dir.resolve("filtered.png");
        assertEquals(0, cli(o, new StringWriter(), "export", "data/russia-north-korea-2018-2025.json", "--out",
                filtered.toString(), "--from", "2023", "--to", "2025", "--actor", "russia", "--actor", "north-korea",
                "--kind", "visit", "--kind", "troop_deployment", "--scale", "2", "--theme", "dark", "--lanes", "kind"));
        assertTrue(o.toString().contains("6 events drawn"), o.toString());
        assertTrue(o.toString().contains("3200 × "), o.toString());
        assertEquals(7559, PngWriter.readPixelsPerMetre(filtered), "192 dpi for a 2× image");
        assertTrue(PngWriter.readText(filtered).get("Description").startsWith(
                "Actors: North Korea, Russia · Kinds: visit, troop deployment · Dates: 1 January 2023 – 31 December 2025"));
    }

    @Test
    void badArgumentsAndUnwritableOutputsExitTwoWithOneLine() {
        String[][] bad = {
                {"export", "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("x.png").toString(), "--kind", "parade"},
                {"export", "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("x.png").toString(), "--actor", "nobody"},
                {"export", "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("x.png").toString(), "--from", "2024-13"},
                {"export", "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("x.png").toString(), "--width", "50"},
                {"export", "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("gone/x.png").toString()},
                {"export", "data/no-such-file.json", "--out", dir.resolve("x.png").toString()},
                {"export", "data/russia-north-korea-2018-2025.json"},
                {"export", "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("x.png").toString(), "--lanes", "diagonal"},
                {"export", "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("x.png").toString(), "--theme", "sepia"},
                {"export", "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("x.jpg").toString()},
                {"export", "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("x.png").toString(), "--height", "tall"},
        };
        for (String[] args : bad) {
            StringWriter err = new StringWriter();
            assertEquals(2, cli(new StringWriter(), err, args), String.join(" ", args));
            assertEquals(1, err.toString().lines().count(), err.toString());
            assertTrue(err.toString().startsWith("annalist: "), err.toString());
        }
        assertFalse(Files.exists(dir.resolve("x.png")));
        assertFalse(Files.exists(dir.resolve("x.jpg")));
    }

    @Test
    void cancelStopsTheDrawingBeforeTheNextTileAndNothingIsWritten() throws Exception {
        // 12,000 pixels wide: three tiles. Cancel comes once the first is drawn.
        SnapshotSpec wide = spec(12_000, 400, 1);
        io.annalist.timeline.Lanes lanes = io.annalist.timeline.Lanes.build(List.of(VISIT), wide.lanes(), Map.of());
        Palette palette = light();
        List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        Path out = dir.resolve("cancelled.png");
        var done = Exporter.exportFromTask(wide, lanes, palette, out, progress::add, Runnable::run,
                () -> progress.stream().anyMatch(p -> p > 0));
        var e = assertThrows(java.util.concurrent.ExecutionException.class, () -> done.get(60, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof java.util.concurrent.CancellationException, e.toString());
        double drawn = progress.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        assertTrue(drawn > 0 && drawn < 0.7 * 2 / 3 + 1e-9, "one tile of three drawn: " + progress);
        assertFalse(Files.exists(out));
    }

    @Test
    void aPictureIsLaidOutOffTheFxThreadAndAnInterruptStopsTheLayout() throws Exception {
        SnapshotSpec fixed = spec(800, 400, 1);
        io.annalist.timeline.Lanes lanes = io.annalist.timeline.Lanes.build(List.of(VISIT), fixed.lanes(), Map.of());
        Palette palette = light();
        // On this test's own thread, as the window's export task lays a picture out.
        assertEquals(800, SnapshotRenderer.fitted(fixed, lanes, palette).spec().width());
        Thread.currentThread().interrupt();
        try {
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> SnapshotRenderer.fitted(fixed, lanes, palette));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theLineWrittenTellsEventsInBadgesFromThoseInACrowdedLane() throws Exception {
        // 3,000 events in three weeks: one lane too crowded to draw one by one, drawn as a histogram.
        List<Event> many = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(new Event("e" + i, EventKind.MEETING, "Meeting " + i, When.at(PartialDate.parse(
                    String.format("2024-06-%02d", 10 + i % 19))), null, List.of("putin"), null, List.of("s"), null,
                    List.of(), null, Map.of(), 0));
        }
        Path out = dir.resolve("crowded.png");
        Exporter.Done done = Exporter.export(spec(800, 400, 1), many, Map.of(), light(), out, p -> { },
                Runnable::run).get(60, TimeUnit.SECONDS);
        assertEquals(3000, done.counted().inLanes(), done.summary());
        assertEquals(0, done.counted().inBadges(), done.summary());
        assertTrue(done.summary().endsWith(", 3,000 counted in collapsed or crowded lanes"), done.summary());
        assertEquals(", 5 counted in badges, 7 in collapsed or crowded lanes", new Counted(5, 7, 0).phrase());
        assertEquals(", 5 counted in badges", new Counted(5, 0, 0).phrase());
        assertEquals(", 2 only in lanes left out", new Counted(0, 0, 2).phrase());
    }

    @Test
    void aFixedHeightThatCannotHoldEveryLaneSaysWhichAreLeftOutAndCutsNoneInHalf() throws Exception {
        Path out = dir.resolve("short.png");
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        assertEquals(0, cli(o, e, "export", "data/russia-north-korea-2018-2025.json", "--out", out.toString(),
                "--height", "500"));
        assertTrue(e.toString().startsWith("annalist: warning: "), e.toString());
        // The first eight by name, the rest counted (hundreds of names would bury the terminal and the status line).
        assertTrue(e.toString().contains("11 of 12 lanes did not fit the height and are left out: Kim Jong Un, ")
                && e.toString().contains(" and 3 more, named at the foot of the picture")
                && !e.toString().contains("Ukraine"), e.toString());
        int h = ImageIO.read(out.toFile()).getHeight();
        assertTrue(h == 500 || e.toString().contains("holds no lane whole; the picture grew to " + h), e.toString());
        // The line that names the file accounts for every event: those only in the lanes left out too.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]+) events drawn, ([0-9]+) counted in"
                + " badges, ([0-9]+) only in lanes left out").matcher(o.toString());
        assertTrue(m.find(), o.toString());
        assertEquals(18, Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) + Integer.parseInt(m.group(3)),
                o.toString());
    }

    @Test
    void thePngHasItsResolutionAndTheModeTheUmaskGives() throws Exception {
        Path out = dir.resolve("dpi.png");
        Exporter.export(spec(800, 400, 1), List.of(VISIT), Map.of(), light(), out, p -> { }, Runnable::run)
                .get(30, TimeUnit.SECONDS);
        assertEquals(3780, PngWriter.readPixelsPerMetre(out), "96 dpi at 1×");
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out),
                "the same mode as any new file here");
    }

    @Test
    void aHalfOpenDateRangeReadsFromOrUntil() {
        long from = PartialDate.parse("2023").start();
        assertEquals("Dates: from 1 January 2023", FilterCaption.of(EventFilter.NONE.withWindow(from, null), Map.of(),
                null));
        assertEquals("Dates: until 31 December 2025", FilterCaption.of(EventFilter.NONE.withWindow(null,
                PartialDate.parse("2025").end()), Map.of(), null));
    }

    @Test
    void theFooterWrapsAndNeverCutsTheSourcesOrTheExportTime() throws Exception {
        String footer = Exporter.footer("Sources: " + "A very long list of publishers and titles; ".repeat(12));
        List<String> lines = HeadlessFx.call(() -> SnapshotRenderer.wrap(footer, light().font(), 600));
        assertTrue(lines.size() > 2);
        assertEquals(footer, String.join(" ", lines), "every word is there");
        assertTrue(lines.get(lines.size() - 1).contains("Annalist"));
    }

    @Test
    void everyTileIsDrawnInItsOwnPlace() throws Exception {
        // The mark lies in the third tile across: a tile drawn at x = 0 would leave it out.
        TimeWindow w = new TimeWindow(PartialDate.parse("2024-06-01").start(), PartialDate.parse("2024-06-23").start());
        SnapshotSpec wide = SnapshotSpec.brief(w, "T", "", "").withSize(11_000, 300, 1).withLanes(LaneMode.NONE,
                Set.of()).withIncludes(false, false, false, true, true, false);
        Palette palette = light();
        SnapshotRenderer.Snapshot s = HeadlessFx.call(() -> new SnapshotRenderer(wide, List.of(VISIT), Map.of(),
                palette)).render(p -> { }).get(60, TimeUnit.SECONDS);
        double x = s.frame().scale().xOf((VISIT.when().start() + VISIT.when().end()) / 2.0);
        assertTrue(x > 2 * SnapshotRenderer.TILE, "in the third tile: " + x);
        Frame.Hit hit = s.frame().hitOf(VISIT);
        int argb = s.image().getRGB((int) Math.round(x), (int) Math.round(s.timelineTop() + hit.y() + hit.h() / 2));
        Color expected = palette.kind(EventKind.VISIT);
        assertEquals(expected.getBlue(), (argb & 255) / 255.0, 0.1, "the mark is drawn where the scale puts it: "
                + Integer.toHexString(argb));
        assertEquals(expected.getRed(), ((argb >> 16) & 255) / 255.0, 0.1, Integer.toHexString(argb));
        int beside = s.image().getRGB((int) Math.round(x - 60), (int) Math.round(s.timelineTop() + hit.y() + 2));
        assertTrue((beside & 255) > 200, "and around it the background: " + Integer.toHexString(beside));
    }
}
