package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.export.HeadlessFx;
import io.annalist.export.Palettes;
import io.annalist.io.EventFileReader;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.When;
import io.annalist.workspace.BundledData;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Frames drawn by the painter and probed: titles that never overlap, spans that fade, a strip that shows where events are. */
@org.junit.jupiter.api.Tag("toolkit")
class PictureTest {
    private static Palette palette;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        palette = HeadlessFx.call(() -> Palettes.fromCss(false));
    }

    private record Drawn(Frame frame, WritableImage image) {
    }

    private static Drawn draw(PaintRequest r) throws Exception {
        return HeadlessFx.call(() -> {
            Canvas c = new Canvas(r.width(), r.height());
            Frame f = new TimelinePainter().paint(c.getGraphicsContext2D(), r);
            return new Drawn(f, c.snapshot(null, null));
        });
    }

    private static PaintRequest request(Lanes lanes, TimeWindow w, double width, double height) {
        return new PaintRequest(width, height, w, lanes, 0, Set.of(), null, null, palette, lanes.all().range(), true,
                true, true, true, true);
    }

    private static Lanes bundled(BundledData data, LaneMode mode) {
        var r = data.load(new EventFileReader());
        Map<String, String> names = new HashMap<>();
        r.dataset().actors().forEach(a -> names.put(a.id(), a.name()));
        return Lanes.build(r.dataset().events(), mode, names);
    }

    private static void assertNoTitleOverlapsOrRunsOff(Frame f) {
        List<Frame.Title> t = f.titles();
        double right = f.layout().timeX0() + f.layout().timeWidth();
        for (int i = 0; i < t.size(); i++) {
            Frame.Title a = t.get(i);
            assertTrue(a.x() >= f.layout().timeX0() - 0.5 && a.x() + a.w() <= right + 0.5,
                    "a title runs off the picture: " + a.event().displayTitle());
            for (int j = i + 1; j < t.size(); j++) {
                Frame.Title b = t.get(j);
                assertFalse(a.overlaps(b), "titles overlap: " + a.event().displayTitle() + " / "
                        + b.event().displayTitle());
                boolean sameRow = a.y() < b.y() + b.h() && b.y() < a.y() + a.h();
                double gap = Math.max(b.x() - (a.x() + a.w()), a.x() - (b.x() + b.w()));
                assertTrue(!sameRow || gap >= 6, "titles run together (" + Math.round(gap) + " px apart): "
                        + a.event().displayTitle() + " / " + b.event().displayTitle());
            }
            for (TimeScale.Break k : f.scale().breaks()) {
                assertTrue(a.x() + a.w() <= k.x() + 0.5 || a.x() >= k.x() + k.w() - 0.5,
                        "a title crosses a break: " + a.event().displayTitle());
            }
        }
    }

    private static void assertNoBadgesOverlap(Frame f) {
        List<Frame.Hit> badges = f.hits().stream().filter(h -> h.isBadge() && h.name() == null).toList();
        double right = f.layout().timeX0() + f.layout().timeWidth();
        for (int i = 0; i < badges.size(); i++) {
            Frame.Hit a = badges.get(i);
            assertTrue(a.x() + a.w() <= right + 0.5, "a badge runs off the picture");
            for (int j = i + 1; j < badges.size(); j++) {
                Frame.Hit b = badges.get(j);
                boolean apart = a.x() + a.w() + LanePainter.BADGE_GAP - 0.5 <= b.x()
                        || b.x() + b.w() + LanePainter.BADGE_GAP - 0.5 <= a.x() || a.y() + a.h() <= b.y()
                        || b.y() + b.h() <= a.y();
                assertTrue(apart, "badges overlap: +" + a.clusterCount() + " at " + a.x() + " and +"
                        + b.clusterCount() + " at " + b.x());
            }
        }
    }

    /** Draws {@code r} on a canvas, telling {@code calls} of every drawing call made, by name, with its arguments. */
    private static Frame drawRecording(PaintRequest r, java.util.function.BiConsumer<String, Object[]> calls)
            throws Exception {
        return HeadlessFx.call(() -> {
            Canvas c = new Canvas(r.width(), r.height());
            io.annalist.draw.Surface fx = new io.annalist.draw.FxSurface(c.getGraphicsContext2D());
            io.annalist.draw.Surface recording = (io.annalist.draw.Surface) java.lang.reflect.Proxy.newProxyInstance(
                    PictureTest.class.getClassLoader(), new Class<?>[]{io.annalist.draw.Surface.class}, (proxy, m, args) -> {
                        calls.accept(m.getName(), args == null ? new Object[0] : args);
                        try {
                            return m.invoke(fx, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            return new TimelinePainter().paint(recording, r);
        });
    }

    @Test
    void anExportsLegendExplainsOnlyTheLooksItsMarksTake() throws Exception {
        List<Event> events = new ArrayList<>(List.of(
                NothingHiddenTest.event(1, When.at(PartialDate.parse("2024-02-03")), EventKind.VISIT),
                NothingHiddenTest.event(2, When.at(PartialDate.parse("2024-06-19")), EventKind.VISIT),
                NothingHiddenTest.event(3, When.at(PartialDate.parse("2024-10-01")), EventKind.MEETING)));
        TimeWindow w = new TimeWindow(PartialDate.parse("2024-01").start(), PartialDate.parse("2025-01").start());
        java.util.function.Function<List<Event>, List<String>> legend = es -> {
            Lanes lanes = Lanes.build(es, LaneMode.KIND, Map.of());
            PaintRequest r = new PaintRequest(1200, 400, w, lanes, 0, Set.of(), null, null, palette,
                    lanes.all().range(), true, true, false, true, false);
            List<String> texts = new ArrayList<>();
            try {
                drawRecording(r, (name, args) -> {
                    if (name.equals("fillText")) {
                        texts.add((String) args[0]);
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return texts;
        };
        List<String> exact = legend.apply(events);
        assertTrue(exact.contains("exact date"), exact.toString());
        for (String absent : List.of("not to the day", "span", "approximate", "too close to show apart")) {
            assertFalse(exact.contains(absent), absent + " explained with no such mark: " + exact);
        }
        events.add(NothingHiddenTest.event(4, When.at(PartialDate.parse("2024-08")), EventKind.VISIT));
        events.add(NothingHiddenTest.event(5, When.span(PartialDate.parse("2024-03-01"), PartialDate.parse("2024-04-30"),
                true, null, null), EventKind.MILITARY_EXERCISE));
        List<String> more = legend.apply(events);
        for (String present : List.of("exact date", "not to the day", "span", "approximate")) {
            assertTrue(more.contains(present), present + " missing: " + more);
        }
    }

    @Test
    void linesJoiningAnEventsMarksAcrossLanesStrikeNoTitleThrough() throws Exception {
        Lanes lanes = bundled(BundledData.RUSSIA_NORTH_KOREA, LaneMode.ACTOR);
        TimeWindow whole = TimeScale.fit(lanes.all().range());
        for (boolean compress : new boolean[]{false, true}) {
            PaintRequest r = request(lanes, whole, 1600, 1400).withCompress(compress);
            List<double[]> lines = new ArrayList<>();
            Object[] stroke = {null};
            // Every vertical line drawn in the connectors' colour, as drawn.
            Frame f = drawRecording(r, (name, args) -> {
                if (name.equals("setStroke")) {
                    stroke[0] = args[0];
                } else if (name.equals("strokeLine") && palette.connector().equals(stroke[0])
                        && (double) args[0] == (double) args[2]) {
                    lines.add(new double[]{(double) args[0], Math.min((double) args[1], (double) args[3]),
                            Math.max((double) args[1], (double) args[3])});
                }
            });
            assertTrue(lines.size() > 5, "events in several lanes are joined: " + lines.size());
            int crossings = 0;
            for (double[] line : lines) {
                for (Frame.Title t : f.titles()) {
                    if (line[0] > t.x() && line[0] < t.x() + t.w() && line[1] < t.y() + t.h() && line[2] > t.y()) {
                        crossings++;
                    }
                }
            }
            assertEquals(0, crossings, "lines through titles (compressed " + compress + ")");
        }
    }

    @Test
    void aTallLaneScrolledPartlyOutOfViewKeepsItsNameInSight() throws Exception {
        // One lane of 60 events a day apart, every row shown, scrolled 300 pixels down.
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(NothingHiddenTest.event(i, When.at(PartialDate.parse(String.format("2024-03-%02d", 1 + i % 28))),
                    EventKind.MEETING));
        }
        Lanes lanes = Lanes.build(many, LaneMode.NONE, Map.of());
        TimeWindow w = new TimeWindow(PartialDate.parse("2024-02-25").start(), PartialDate.parse("2024-04-03").start());
        PaintRequest r = new PaintRequest(800, 400, w, lanes, 300, Set.of(), null, null, palette, lanes.all().range(),
                true, true, false, true, true).withRows(Map.of("all", TimelineView.ALL_LANE_ROWS), 8);
        List<Double> ys = new ArrayList<>();
        Frame f = drawRecording(r, (name, args) -> {
            if (name.equals("fillText") && ((String) args[0]).contains(lanes.lanes().get(0).label())) {
                ys.add((double) args[2]);
            }
        });
        assertEquals(1, ys.size(), "the lane's name is drawn once");
        assertTrue(ys.get(0) >= f.layout().lanesTop(), "in sight: " + ys + " below the top at " + f.layout().lanesTop());
    }

    @Test
    void aSpanBegunBeforeTheTimeShownSaysSoAtTheEdge() throws Exception {
        java.util.function.Function<String, Integer> chevrons = start -> {
            Event span = NothingHiddenTest.event(1, When.span(PartialDate.parse(start), PartialDate.parse("2024-11-30"),
                    false, null, null), EventKind.TROOP_DEPLOYMENT);
            Lanes lanes = Lanes.build(List.of(span), LaneMode.NONE, Map.of());
            TimeWindow w = new TimeWindow(PartialDate.parse("2024-01").start(), PartialDate.parse("2025-01").start());
            int[] n = {0};
            try {
                drawRecording(request(lanes, w, 1200, 300), (name, args) -> {
                    if (name.equals("fillPolygon") && (int) args[2] == 3) {
                        double[] xs = (double[]) args[0];
                        double[] ys = (double[]) args[1];
                        if (xs[1] == xs[2] && xs[0] < xs[1] && ys[1] < ys[0] && ys[0] < ys[2]) {
                            n[0]++; // a triangle pointing left
                        }
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return n[0];
        };
        assertEquals(1, chevrons.apply("2023-03-01"), "begun a year before: a ◂ at the edge");
        assertEquals(0, chevrons.apply("2024-03-01"), "begun in view: its own start shows");
    }

    @Test
    void theLineJoiningABarInTwoLanesRunsFromItsShapeAtTheBarsStart() throws Exception {
        // A meeting known only to its month, zoomed in so far that March is a wide bar.
        Event meeting = new Event("m", EventKind.MEETING, "Talks", When.at(PartialDate.parse("2024-03")), null,
                List.of("a", "b"), null, List.of("s"), null, List.of(), null, Map.of(), 0, List.of());
        Lanes lanes = Lanes.build(List.of(meeting), LaneMode.ACTOR, Map.of("a", "Side A", "b", "Side B"));
        TimeWindow w = new TimeWindow(PartialDate.parse("2024-02-20").start(), PartialDate.parse("2024-04-10").start());
        List<Double> xs = new ArrayList<>();
        Object[] stroke = {null};
        drawRecording(request(lanes, w, 1200, 400), (name, args) -> {
            if (name.equals("setStroke")) {
                stroke[0] = args[0];
            } else if (name.equals("strokeLine") && palette.connector().equals(stroke[0])
                    && (double) args[0] == (double) args[2]) {
                xs.add((double) args[0]);
            }
        });
        assertFalse(xs.isEmpty(), "the two marks are joined");
        for (double x : xs) {
            // March starts a fifth into the time shown and its middle past half: the shape, and the line, at its start.
            assertTrue(x < 0.35 * 1200, "joined at x " + x);
        }
    }

    @Test
    void noTwoTitlesOverlapAndNoneRunsOffTheBundledDataAtAnyZoom() throws Exception {
        int titles = 0;
        for (BundledData data : BundledData.all()) {
            for (LaneMode mode : new LaneMode[]{LaneMode.ACTOR, LaneMode.KIND}) {
                Lanes lanes = bundled(data, mode);
                TimeWindow whole = TimeScale.fit(lanes.all().range());
                long c = lanes.all().get(lanes.all().size() - 3).when().start();
                long day = 86_400_000L;
                for (TimeWindow w : new TimeWindow[]{whole, new TimeWindow(c - 200 * day, c + 165 * day),
                        new TimeWindow(c - 20 * day, c + 10 * day), new TimeWindow(c - day, c + day)}) {
                    for (boolean compress : new boolean[]{false, true}) {
                        Frame f = draw(request(lanes, w, 1600, 900).withCompress(compress)).frame();
                        assertNoTitleOverlapsOrRunsOff(f);
                        assertNoBadgesOverlap(draw(request(lanes, w, 420, 500).withCompress(compress)).frame());
                        titles += f.titles().size();
                    }
                }
            }
        }
        assertTrue(titles > 200, "titles were drawn: " + titles);
    }

    @Test
    void aSpanKnownOnlyToTheMonthFadesInAcrossItsFirstMonth() throws Exception {
        Event span = NothingHiddenTest.event(1, When.span(PartialDate.parse("2024-03"), PartialDate.parse("2024-08"),
                false, null, null), EventKind.MILITARY_EXERCISE);
        Event exact = NothingHiddenTest.event(2, When.span(PartialDate.parse("2024-03-01"),
                PartialDate.parse("2024-08-31"), false, null, null), EventKind.MILITARY_EXERCISE);
        TimeWindow w = new TimeWindow(PartialDate.parse("2024-02").start(), PartialDate.parse("2024-10").start());
        for (Event e : new Event[]{span, exact}) {
            Drawn d = draw(request(Lanes.build(List.of(e), LaneMode.NONE, Map.of()), w, 1200, 400));
            Frame.Hit hit = d.frame().hitOf(e);
            assertNotNull(hit);
            double y = hit.y() + 2.5 + 4 + 3;
            double early = lightness(d.image(), d.frame().scale().xOf(PartialDate.parse("2024-03-04").start()), y);
            double middle = lightness(d.image(), d.frame().scale().xOf(PartialDate.parse("2024-06").start()), y);
            if (e == span) {
                assertTrue(early > middle + 0.08, "faded at its uncertain start: " + early + " vs " + middle);
            } else {
                assertEquals(middle, early, 0.03, "an exact start does not fade");
            }
        }
    }

    @Test
    void theDensityStripIsDarkWhereEventsAre() throws Exception {
        Event e = NothingHiddenTest.event(1, When.at(PartialDate.parse("2024-06-19")), EventKind.VISIT);
        TimeWindow w = new TimeWindow(PartialDate.parse("2024-01").start(), PartialDate.parse("2025-01").start());
        Drawn d = draw(request(Lanes.build(List.of(e), LaneMode.NONE, Map.of()), w, 1200, 400));
        FrameLayout l = d.frame().layout();
        double y = l.densityTop() + l.densityHeight() / 2;
        double xe = d.frame().scale().xOf(e.when().start());
        double x = l.timeX0() + Math.floor((xe - l.timeX0()) / 2) * 2 + 1;
        assertTrue(lightness(d.image(), x, y) < 0.8, "the strip marks the event");
        assertTrue(lightness(d.image(), x - 200, y) > 0.95, "and nothing where there is none");
    }

    @Test
    void lanesThatCountEventsInBadgesGetTheRowsTheViewHasToSpare() throws Exception {
        List<Event> burst = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            burst.add(NothingHiddenTest.event(i, When.at(PartialDate.parse("2024-06-19")), EventKind.MEETING));
        }
        Lanes lanes = Lanes.build(burst, LaneMode.NONE, Map.of());
        TimeWindow w = new TimeWindow(PartialDate.parse("2024-06").start(), PartialDate.parse("2024-07").start());
        Frame shortView = draw(request(lanes, w, 1200, 300)).frame();
        Frame tallView = draw(request(lanes, w, 1200, 1100)).frame();
        assertEquals(0, shortView.extraRows());
        assertTrue(tallView.extraRows() > 0, "spare room becomes rows");
        assertTrue(tallView.eventsDrawn() > shortView.eventsDrawn() + 10, tallView.eventsDrawn() + " vs "
                + shortView.eventsDrawn());
        assertEquals(30, tallView.eventsDrawn(), "all of them, one a row");
    }

    @Test
    void quietPeriodsBecomeBreaksAndMarksStayWhereTheScaleSays() throws Exception {
        Lanes lanes = bundled(BundledData.RUSSIA_NORTH_KOREA, LaneMode.ACTOR);
        TimeWindow whole = TimeScale.fit(lanes.all().range());
        Frame linear = draw(request(lanes, whole, 1600, 900)).frame();
        Frame compressed = draw(request(lanes, whole, 1600, 900).withCompress(true)).frame();
        assertTrue(linear.scale().breaks().isEmpty());
        assertEquals(1, compressed.scale().breaks().size(), "the quiet years between the talks and the arms supply");
        TimeScale.Break b = compressed.scale().breaks().get(0);
        assertEquals("3 years", QuietPeriods.describe(b.duration()));
        for (Frame.Hit h : compressed.hits()) {
            if (h.event() != null) {
                double x = compressed.scale().xOf(h.event().when().start());
                assertTrue(x < b.x() || x > b.x() + b.w(), "no event lies in a break");
            }
        }
        Event shoigu = lanes.all().get(lanes.all().size() - 2);
        double x = compressed.scale().xOf((shoigu.when().start() + shoigu.when().end()) / 2.0);
        // Nearly all the width the quiet years gave up goes to the rest: a day grows by close to
        // whole / (whole - quiet), less only the break's own few pixels.
        double gain = (double) whole.duration() / (whole.duration() - b.duration());
        assertTrue(compressed.scale().pixels(86_400_000L) > 0.9 * gain * linear.scale().pixels(86_400_000L),
                "the events get the width the quiet years gave up: a day is " + compressed.scale().pixels(86_400_000L)
                        + " px, was " + linear.scale().pixels(86_400_000L) + "; quiet " + b.duration() / 86_400_000L
                        + " of " + whole.duration() / 86_400_000L + " days");
        assertEquals((shoigu.when().start() + shoigu.when().end()) / 2.0, compressed.scale().timeAt(x), 1,
                "time and x map both ways across the break");
        LayoutQuality.Figures figures = HeadlessFx.call(() -> LayoutQuality.measure(lanes, whole, 1600, 900, palette,
                true));
        assertEquals(18, figures.visible());
        assertEquals(1.0, figures.ownMarkShare(), "Fit all on the seed data: every event its own mark");
        assertTrue(figures.fullTitleShare() >= 0.9, "and nine titles in ten whole: " + figures);
    }

    @Test
    void inANarrowViewTheQuietYearsStayWhereTheyHoldTheTitlesBesideThem() throws Exception {
        Lanes lanes = bundled(BundledData.RUSSIA_NORTH_KOREA, LaneMode.ACTOR);
        TimeWindow whole = TimeScale.fit(lanes.all().range());
        // About what a laptop window gives the timeline: the break would take the room the 2023-2025 titles go in.
        Frame narrow = draw(request(lanes, whole, 900, 900).withCompress(true)).frame();
        TimeScale full = QuietPeriods.compress(lanes.all(), whole, narrow.scale().x0(), narrow.scale().width());
        assertTrue(narrow.scale().breaks().isEmpty() || narrow.scale().breaks().get(0).duration()
                < full.breaks().get(0).duration(), "the break keeps room beside it for the titles");
        LayoutQuality.Figures figures = HeadlessFx.call(() -> LayoutQuality.measure(lanes, whole, 900, 900, palette,
                true));
        assertEquals(1.0, figures.ownMarkShare());
        assertTrue(figures.fullTitleShare() >= 0.9, "nine titles in ten whole at 900 pixels: " + figures);
        // Wide, the quiet years still shrink to a break.
        assertEquals(1, draw(request(lanes, whole, 1600, 900).withCompress(true)).frame().scale().breaks().size());
    }

    @Test
    void badgesNearTheRightEdgeKeepApart() throws Exception {
        long hour = 3_600_000L;
        TimeWindow w = new TimeWindow(0, 1000 * hour);
        FrameLayout l = FrameLayout.of(420, 500, palette.font().getSize(), true, true, true);
        double msPerPx = w.duration() / l.timeWidth();
        List<Event> events = new ArrayList<>();
        // A crowd of over a thousand a little before the right edge, and a few right at it.
        long crowd = (long) (w.end() - 60 * msPerPx);
        long edge = (long) (w.end() - 12 * msPerPx);
        for (int i = 0; i < 1200; i++) {
            events.add(NothingHiddenTest.event(i, When.at(PartialDate.parse(
                    java.time.Instant.ofEpochMilli(crowd).toString().substring(0, 16) + "Z")), EventKind.MEETING));
        }
        for (int i = 1200; i < 1230; i++) {
            events.add(NothingHiddenTest.event(i, When.at(PartialDate.parse(
                    java.time.Instant.ofEpochMilli(edge).toString().substring(0, 16) + "Z")), EventKind.VISIT));
        }
        Lanes lanes = Lanes.build(events, LaneMode.NONE, Map.of());
        Frame f = draw(request(lanes, w, 420, 500).withRows(Map.of("all", 1), 1)).frame();
        assertTrue(f.hits().stream().filter(Frame.Hit::isBadge).count() >= 2, "two badges at the edge");
        assertNoBadgesOverlap(f);
    }

    @Test
    void theAxisUnitStaysInTheHeaderColumnAtNarrowWidths() throws Exception {
        for (double width : new double[]{240, 300, 420, 600, 1600}) {
            FrameLayout l = FrameLayout.of(width, 600, palette.font().getSize(), true, true, false);
            for (String unit : new String[]{"every 2 years", "decades", "quarters", "every 6 hours", "weeks"}) {
                Chrome.UnitLabel u = HeadlessFx.call(() -> Chrome.unitLabel("UTC · " + unit, l.headerWidth() - 10,
                        palette.font()));
                assertTrue(u.lines().size() <= 2, unit + " at " + width + ": " + u.lines());
                TextMeasure tm = HeadlessFx.call(() -> new TextMeasure(u.font()));
                for (String line : u.lines()) {
                    double w = HeadlessFx.call(() -> tm.width(line));
                    assertTrue(w <= l.headerWidth() - 10 + 0.5, "\"" + line + "\" runs into the ticks at " + width);
                }
                assertEquals("UTC · " + unit, String.join(" ", u.lines()), "nothing of it is cut");
            }
        }
    }

    private static double lightness(WritableImage img, double x, double y) {
        Color c = img.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }
}
