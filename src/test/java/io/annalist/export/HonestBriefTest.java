package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.annalist.export.svg.SvgSurface;
import io.annalist.io.EventFileReader;
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
import io.annalist.workspace.BundledData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An exported picture says what it shows and cuts nothing it cannot lead back to: the counts
 * tell marks from badges, collapsed lanes are named with their events, the title, the legend
 * and the lane names are whole, a cut title carries its footnote number, a small fixed height
 * still draws a lane, and a single-lane export names its lane.
 */
@org.junit.jupiter.api.Tag("toolkit")
class HonestBriefTest {
    private static Palette palette;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        palette = HeadlessFx.call(() -> Palettes.fromCss(false));
    }

    private record Data(Dataset dataset, List<Event> events, EventStore store) {
    }

    private static Data load(BundledData which) {
        Dataset d = which.load(new EventFileReader()).dataset();
        EventStore store = new EventStore(Integer.MAX_VALUE);
        store.setDataset(d);
        return new Data(d, List.copyOf(store.filteredEvents()), store);
    }

    private static SnapshotSpecBuilder builder(Data d, int width, int height) {
        return SnapshotSpecBuilder.of(d.dataset(), d.events(), EventFilter.NONE, d.store().actorNames())
                .wholeRange(null, null, null).size(width, height, 1);
    }

    private static SnapshotRenderer renderer(Data d, SnapshotSpec spec) throws Exception {
        if (spec.autoHeight()) {
            return HeadlessFx.call(() -> SnapshotRenderer.fitted(spec,
                    Lanes.build(d.events(), spec.lanes(), d.store().actorNames()), palette));
        }
        return HeadlessFx.call(() -> new SnapshotRenderer(spec, d.events(), d.store().actorNames(), palette));
    }

    /** Every text the picture draws, as an SVG of it holds them. */
    private static List<String> texts(SnapshotRenderer r) throws Exception {
        List<String> out = new ArrayList<>();
        placedTexts(r).forEach(t -> out.add((String) t[1]));
        return out;
    }

    @Test
    void theCountsTellMarksFromBadgesAndAddUpToTheEventsInTheTimeShown() throws Exception {
        Data d = load(BundledData.NK_MISSILE_TESTS);
        SnapshotRenderer r = renderer(d, builder(d, 1600, SnapshotSpec.AUTO_HEIGHT).build());
        Frame f = HeadlessFx.call(r::wholeFrame);
        Frame.Tally t = f.tally();
        assertTrue(t.inBadges().size() > 0, "the missile data at the whole range has events in badges");
        assertEquals(d.events().size(), t.marked().size() + t.inBadges().size() + t.inBins().size(),
                "every event is a mark or counted, once");
        String counts = String.join(" ", r.footerLines());
        assertTrue(counts.contains(String.format("%,d events in the time shown: %,d drawn as their own mark",
                d.events().size(), t.marked().size())), counts);
        assertTrue(counts.contains(String.format("%,d counted in badges", t.inBadges().size())), counts);
        assertFalse(counts.contains("events shown"), "no count claims as shown what a badge holds: " + counts);
    }

    @Test
    void collapsedLanesAreNamedWithTheirEventsAndCountedAsSuch() throws Exception {
        Data d = load(BundledData.RUSSIA_NORTH_KOREA);
        SnapshotRenderer r = renderer(d, builder(d, 1600, SnapshotSpec.AUTO_HEIGHT)
                .lanes(LaneMode.ACTOR, Set.of("russia")).build());
        Frame f = HeadlessFx.call(r::wholeFrame);
        String counts = String.join(" ", r.footerLines());
        assertTrue(counts.contains("Collapsed lanes: Russia (9 events)"), counts);
        assertEquals(List.of(new Frame.CollapsedLane("Russia", 9)), f.tally().collapsed());
    }

    @Test
    void aNarrowExportCutsNeitherItsTitleNorItsLegendNorItsLaneNames() throws Exception {
        Data d = load(BundledData.RUSSIA_NORTH_KOREA);
        SnapshotRenderer r = renderer(d, builder(d, 500, SnapshotSpec.AUTO_HEIGHT).build());
        List<String> texts = texts(r);
        String all = String.join(" ", texts);
        assertTrue(all.replace(" ", "").contains(d.dataset().title().replace(" ", "")), "the whole title");
        for (String kind : new String[]{"Visit", "Troop deployment", "Missile test", "Military exercise", "Meeting",
                "Agreement", "Statement", "Other", "approximate"}) {
            assertTrue(texts.stream().anyMatch(s -> s.contains(kind)), "the legend names " + kind);
        }
        for (Lanes.Lane lane : Lanes.build(d.events(), LaneMode.ACTOR, d.store().actorNames()).lanes()) {
            assertTrue(all.replace(" ", "").contains(lane.label().replace(" ", "")), "lane name whole: "
                    + lane.label());
        }
        // The lane grows to hold its name's lines: a one-event lane with a long name is taller than its row.
        Frame f = HeadlessFx.call(r::wholeFrame);
        Frame.LaneBounds kcna = f.lanes().stream().filter(b -> b.key().equals("kcna")).findFirst().orElseThrow();
        long lines = texts.stream().filter(t -> List.of("KCNA (North", "Korean state", "news agency)").contains(t))
                .count();
        assertEquals(3, lines, "the name in three lines: " + texts.stream().filter(t -> t.contains("KCNA")).toList());
        assertTrue(kcna.height() >= 3 * 16, "tall enough for three lines: " + kcna.height());
    }

    /** Every text the picture draws with where it starts ({x, text}), as an SVG of it holds them. */
    private static List<Object[]> placedTexts(SnapshotRenderer r) throws Exception {
        String svg = HeadlessFx.call(() -> {
            SvgSurface s = new SvgSurface(r.spec().width(), r.spec().height());
            r.paint(s);
            return s.document("t", "d");
        });
        List<Object[]> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text x=\"([-0-9.]+)\"[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            out.add(new Object[]{Double.parseDouble(m.group(1)), m.group(2).replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")});
        }
        return out;
    }

    @Test
    void atAFixedHeightTheLanesNamedAsLeftOutAreExactlyTheLanesNotDrawn() throws Exception {
        Data d = load(BundledData.RUSSIA_NORTH_KOREA);
        List<Lanes.Lane> all = Lanes.build(d.events(), LaneMode.ACTOR, d.store().actorNames()).lanes();
        int tried = 0;
        int capped = 0;
        for (int h = 500; h <= 1300; h += 40) {
            SnapshotSpec spec = builder(d, 1600, h).build();
            // As annalist export does: a height too small for even the first lane grows until it holds one.
            int holding = HeadlessFx.call(() -> SnapshotRenderer.heightHolding(spec,
                    Lanes.build(d.events(), spec.lanes(), d.store().actorNames()), palette));
            SnapshotRenderer r = renderer(d, spec.withSize(1600, holding, 1));
            Frame f = HeadlessFx.call(() -> r.paint(new SvgSurface(1600, r.spec().height())));
            String text = String.join(" ", texts(r)).replace("  ", " ");
            int shown = f.lanesShown();
            String footer = String.join(" ", r.footerLines());
            if (shown < all.size()) {
                tried++;
                String named = all.subList(shown, all.size()).stream().map(Lanes.Lane::label)
                        .collect(java.util.stream.Collectors.joining(", "));
                List<String> out = all.subList(shown, all.size()).stream().map(Lanes.Lane::label).toList();
                String underTitle = out.size() <= SnapshotRenderer.CAPTION_LANES ? named
                        : String.join(", ", out.subList(0, SnapshotRenderer.CAPTION_LANES)) + " and "
                        + (out.size() - SnapshotRenderer.CAPTION_LANES) + " more, named at the foot";
                assertTrue(text.contains("Lanes left out, as they did not fit the height: " + underTitle),
                        "at " + h + " px: " + shown + " lanes drawn, the caption names: " + text);
                assertTrue(footer.contains(shown + " of " + all.size() + " lanes; left out, as they did not fit: "
                        + named), "at " + h + " px, " + shown + " drawn, the footer: " + footer);
            } else {
                assertFalse(text.contains("Lanes left out"), "at " + h + " px");
            }
            if (text.contains("Lanes drawn with at most")) {
                // Thin rows of small marks show under the titled rows: the caption must not say "at most 1 row" bare.
                assertTrue(text.matches(".*Lanes drawn with at most \\d+ rows? of titled marks each to fit the height"
                        + " \\(small marks below them\\).*"), text);
                capped++;
            }
        }
        assertTrue(tried > 3);
        assertTrue(capped > 0);
    }

    @Test
    void anExportOfAWindowCountsAndExplainsOnlyWhatItShows() throws Exception {
        Data d = load(BundledData.RUSSIA_NORTH_KOREA);
        TimeWindow talks = new TimeWindow(PartialDate.parse("2018").start(), PartialDate.parse("2019").end());
        SnapshotRenderer r = renderer(d, builder(d, 1600, SnapshotSpec.AUTO_HEIGHT).window(talks).build());
        List<String> texts = texts(r);
        Lanes lanes = Lanes.build(d.events(), LaneMode.ACTOR, d.store().actorNames());
        Lanes.Lane nk = lanes.lanes().stream().filter(l -> l.label().equals("North Korea")).findFirst().orElseThrow();
        int inTime = nk.index().countOverlapping(talks.start(), talks.end());
        assertTrue(inTime > 0 && inTime < nk.index().size(), "North Korea has events in and after the talks");
        assertTrue(texts.contains(String.valueOf(inTime)), "the lane counts its events in the time shown: " + texts);
        assertFalse(texts.contains(String.valueOf(nk.index().size())), "not all its events: " + texts);
        java.util.Set<io.annalist.model.EventKind> shownKinds = java.util.EnumSet.noneOf(
                io.annalist.model.EventKind.class);
        for (Event e : d.events()) {
            if (e.when().start() < talks.end() && e.when().end() > talks.start()) {
                shownKinds.add(e.kind());
            }
        }
        for (io.annalist.model.EventKind k : lanes.kinds()) {
            assertEquals(shownKinds.contains(k), texts.contains(k.label()),
                    "the legend explains " + k.label() + " only when the picture has one: " + texts);
        }
    }

    @Test
    void theLegendOfAPictureThatLeavesLanesOutExplainsOnlyTheKindsOfTheLanesDrawn() throws Exception {
        Data d = load(BundledData.RUSSIA_NORTH_KOREA);
        Lanes lanes = Lanes.build(d.events(), LaneMode.ACTOR, d.store().actorNames());
        SnapshotSpec spec = builder(d, 1600, 300).build();
        int holding = HeadlessFx.call(() -> SnapshotRenderer.heightHolding(spec, lanes, palette));
        SnapshotRenderer r = renderer(d, spec.withSize(1600, holding, 1));
        Frame f = HeadlessFx.call(() -> r.paint(new SvgSurface(1600, r.spec().height())));
        assertTrue(f.lanesShown() > 0 && f.lanesShown() < lanes.lanes().size(), "lanes left out: " + f.lanesShown());
        java.util.Set<io.annalist.model.EventKind> drawn = java.util.EnumSet.noneOf(io.annalist.model.EventKind.class);
        for (Lanes.Lane lane : lanes.lanes().subList(0, f.lanesShown())) {
            for (int i = 0; i < lane.index().size(); i++) {
                drawn.add(lane.index().get(i).kind());
            }
        }
        assertTrue(drawn.size() < lanes.kinds().size(), "the lanes left out hold kinds the lanes drawn do not");
        List<String> texts = texts(r);
        for (io.annalist.model.EventKind k : lanes.kinds()) {
            assertEquals(drawn.contains(k), texts.contains(k.label()),
                    "the legend explains " + k.label() + " only when a lane drawn has one: " + texts);
        }
    }

    @Test
    void aNarrowExportKeepsTheWordsOfLaneNamesWhole() throws Exception {
        Data d = load(BundledData.RUSSIA_NORTH_KOREA);
        int broken = 0;
        for (int width = 300; width <= 700; width += 50) {
            SnapshotRenderer r = renderer(d, builder(d, width, SnapshotSpec.AUTO_HEIGHT).build());
            List<String> header = placedTexts(r).stream().filter(t -> (double) t[0] == 6).map(t -> (String) t[1])
                    .toList();
            for (Lanes.Lane lane : Lanes.build(d.events(), LaneMode.ACTOR, d.store().actorNames()).lanes()) {
                for (String word : lane.label().split(" ")) {
                    if (header.stream().noneMatch(line -> java.util.Arrays.asList(line.split(" ")).contains(word))) {
                        broken++;
                        assertTrue(false, "at " + width + " px the word '" + word + "' of " + lane.label()
                                + " is broken: " + header);
                    }
                }
            }
        }
        assertEquals(0, broken);
    }

    @Test
    void onlyTitlesCutShortAreNumberedAndTitlesLeftOutAreListedWithADash() throws Exception {
        Data d = load(BundledData.NK_MISSILE_TESTS);
        SnapshotRenderer r = renderer(d, builder(d, 1200, SnapshotSpec.AUTO_HEIGHT).build());
        Frame f = HeadlessFx.call(r::wholeFrame);
        java.util.Map<Event, Integer> numbers = f.titleNumbers();
        java.util.Set<Event> cut = new java.util.HashSet<>();
        f.titles().stream().filter(Frame.Title::elided).forEach(t -> cut.add(t.event()));
        assertTrue(!cut.isEmpty() && f.shortened().size() > cut.size(), "titles both cut and left out");
        List<List<String>> notes = r.notesWrapped(10_000);
        int expected = 1;
        int dashes = 0;
        for (int i = 0; i < notes.size() && i < f.shortened().size(); i++) {
            String first = notes.get(i).get(0);
            Event e = f.shortened().get(i);
            if (cut.contains(e)) {
                assertTrue(first.startsWith(expected + "  "), "numbered in order: " + first);
                assertEquals(expected, numbers.get(e));
                expected++;
            } else {
                assertTrue(first.startsWith("–  "), "a title left out has no number: " + first);
                dashes++;
            }
        }
        assertEquals(cut.size() + 1, expected, "every cut title is numbered");
        assertTrue(dashes > 0);
        String heading = String.join(" ", r.notesHeading(1200 - 24));
        assertTrue(heading.contains("by number") && heading.contains("–"), heading);
    }

    @Test
    void aFewNotesTakeTheWholeWidthNotAColumnOfIt() throws Exception {
        Data d = load(BundledData.DEFAULT);
        int few = 0;
        for (int width = 800; width <= 1600; width += 100) {
            SnapshotRenderer r = renderer(d, builder(d, width, SnapshotSpec.AUTO_HEIGHT).build());
            HeadlessFx.call(r::wholeFrame);
            List<List<String>> notes = r.notesAsDrawn();
            if (notes.isEmpty() || notes.size() > 2) {
                continue;
            }
            few++;
            List<List<String>> oneColumn = r.notesWrapped(width - 40);
            for (int i = 0; i < notes.size(); i++) {
                if (oneColumn.get(i).size() == 1) {
                    assertEquals(1, notes.get(i).size(), width + " px: a note shorter than the picture is on one line: "
                            + notes.get(i));
                }
            }
        }
        assertTrue(few > 0, "some width has one or two notes");
    }

    @Test
    void aShortQuietStretchIsNotShrunkAtTheCostOfATitle() throws Exception {
        Data d = load(BundledData.NK_MISSILE_TESTS);
        // September to late November 2017 is quiet; shrunk to a break, it left the year's last launch
        // (Hwasong-15, 28 November) no room for its title.
        SnapshotSpec spec = SnapshotSpecBuilder.of(d.dataset(), d.events(), EventFilter.NONE, d.store().actorNames())
                .wholeRange(io.annalist.model.PartialDate.parse("2017").start(),
                        io.annalist.model.PartialDate.parse("2017").end(), null)
                .size(1600, SnapshotSpec.AUTO_HEIGHT, 1).build();
        assertTrue(spec.compress());
        Frame f = HeadlessFx.call(renderer(d, spec)::wholeFrame);
        assertTrue(f.shortened().isEmpty(), "every title of 2017 whole: " + f.shortened());
    }

    @Test
    void atAFixedHeightTitlesLeftOutGiveWayToLanesButNumberedTitlesAreAllListed() throws Exception {
        Data d = load(BundledData.NK_MISSILE_TESTS);
        int height = 1200;
        SnapshotSpec spec = builder(d, 1600, height).build();
        SnapshotRenderer r = HeadlessFx.call(() -> SnapshotRenderer.fitted(spec,
                Lanes.build(d.events(), spec.lanes(), d.store().actorNames()), palette));
        assertEquals(height, r.spec().height());
        Frame f = HeadlessFx.call(() -> r.paint(new SvgSurface(1600, height)));
        assertEquals(1, f.lanesShown());
        List<String> notes = new ArrayList<>();
        r.notesWrapped(10_000).forEach(n -> notes.add(n.get(0)));
        assertFalse(notes.isEmpty());
        String last = notes.get(notes.size() - 1);
        long dashed = notes.stream().filter(n -> n.startsWith("–")).count();
        long leftOut = f.shortened().size() - f.titleNumbers().size();
        assertTrue(dashed < leftOut, "titles left out are listed only as far as the room holds: " + dashed + " of "
                + leftOut);
        assertTrue(last.matches("… and [0-9,]+ more titles not shown in full.*"), last);
        int more = Integer.parseInt(last.replaceAll("… and ([0-9,]+) more.*", "$1").replace(",", ""));
        assertEquals(f.shortened().size(), notes.size() - 1 + more, "every shortened title is listed or counted");
        for (Integer number : f.titleNumbers().values()) {
            assertTrue(notes.stream().anyMatch(n -> n.startsWith(number + "  ")), "numbered title " + number
                    + " is listed");
        }
        // Titles left out give way first; numbered titles may take more than the quarter, as each leads from the picture.
        double noteLines = r.footerHeight() / r.textLineHeight() - r.footerLines().size();
        assertTrue(dashed == 0 || noteLines * r.textLineHeight() <= height * FixedHeight.NOTE_SHARE
                + 2 * r.textLineHeight(), "notes take at most a quarter of the height: " + noteLines + " lines");
    }

    @Test
    void aHeightThatMustGrowGrowsWithoutLeavingRoomBlank() throws Exception {
        Data d = load(BundledData.NK_MISSILE_TESTS);
        SnapshotSpec spec = builder(d, 1600, 600).build();
        SnapshotRenderer r = HeadlessFx.call(() -> SnapshotRenderer.fitted(spec,
                Lanes.build(d.events(), spec.lanes(), d.store().actorNames()), palette));
        assertTrue(r.spec().height() > 600, "the sources and numbered titles of the missile data leave 600 px no lane");
        assertTrue(r.slack() < 2 * r.textLineHeight(), "room left blank below the legend: " + r.slack());
        // It grows no more than it must: not to the height that lists every title (2,866 pixels), and a few
        // pixels less would not hold the lane.
        int grown = r.spec().height();
        int every = HeadlessFx.call(() -> SnapshotRenderer.fitted(builder(d, 1600, SnapshotSpec.AUTO_HEIGHT).build(),
                Lanes.build(d.events(), spec.lanes(), d.store().actorNames()), palette).spec().height());
        assertTrue(grown < every * 0.5, grown + " of " + every);
        SnapshotRenderer less = HeadlessFx.call(() -> new SnapshotRenderer(spec.withSize(1600, grown - 10, 1),
                Lanes.build(d.events(), spec.lanes(), d.store().actorNames()), palette));
        assertEquals(0, less.lanesFit(), "10 pixels less holds no lane");
        assertTrue(r.notesWrapped(10_000).stream().anyMatch(n -> n.get(0).startsWith("… and")),
                "the titles beyond a quarter of the height are counted, as at any height asked for");
    }

    @Test
    void everyCutTitleCarriesTheNumberOfItsFootnote() throws Exception {
        Data d = load(BundledData.RUSSIA_NORTH_KOREA);
        int cut = 0;
        for (int width = 500; width <= 1600; width += 100) {
            SnapshotRenderer r = renderer(d, builder(d, width, SnapshotSpec.AUTO_HEIGHT).build());
            Frame f = HeadlessFx.call(r::wholeFrame);
            java.util.Map<Event, Integer> numbers = f.titleNumbers();
            for (Frame.Title t : f.titles()) {
                if (t.elided()) {
                    cut++;
                    assertTrue(numbers.containsKey(t.event()) && f.shortened().contains(t.event()),
                            "a cut title with no footnote: " + t.event().displayTitle());
                }
            }
        }
        assertTrue(cut > 0, "titles are cut");
    }

    @Test
    void aMarkAtTheEndOfTheTimeShownIsDrawnWholeInsideThePicture() throws Exception {
        Data d = load(BundledData.NK_MISSILE_TESTS);
        Event last = d.events().stream().filter(e -> e.when().start() >= PartialDate.parse("2022-12").start()
                && !e.when().isSpan()).findFirst().orElseThrow();
        long to = last.when().end();
        SnapshotRenderer r = renderer(d, builder(d, 1200, SnapshotSpec.AUTO_HEIGHT)
                .window(new TimeWindow(to - 60L * 86_400_000L, to)).build());
        Frame f = HeadlessFx.call(r::wholeFrame);
        Frame.Hit mark = f.hits().stream().filter(h -> h.event() == last).findFirst().orElseThrow();
        assertTrue(mark.x() + mark.w() <= 1200, "the mark ends at " + (mark.x() + mark.w()) + " in a 1200-px picture");
        assertTrue(f.layout().timeX0() + f.layout().timeWidth() + f.layout().rightPad() <= 1200);
    }

    @Test
    void noTitleOfAnEventOutsideTheTimeShownIsDrawn() throws Exception {
        Data d = load(BundledData.NK_MISSILE_TESTS);
        // The window ends a minute before a launch: close enough for its mark to reach into the picture.
        Event next = d.events().stream().filter(e -> e.when().start() >= PartialDate.parse("2022-05").start())
                .findFirst().orElseThrow();
        long to = next.when().start() - 60_000;
        long from = to - 90L * 86_400_000L;
        SnapshotRenderer r = renderer(d, builder(d, 1200, SnapshotSpec.AUTO_HEIGHT)
                .window(new TimeWindow(from, to)).build());
        Frame f = HeadlessFx.call(r::wholeFrame);
        assertFalse(f.titles().isEmpty());
        for (Frame.Hit h : f.hits()) {
            if (h.event() != null) {
                assertTrue(h.event().when().start() < to && h.event().when().end() > from,
                        "drawn, though outside the time shown: " + h.event().displayTitle());
            }
        }
    }

    @Test
    void aSmallFixedHeightStillDrawsALaneAndSaysWhatItLeavesOut() throws Exception {
        Data d = load(BundledData.RUSSIA_NORTH_KOREA);
        SnapshotSpec spec = builder(d, 1600, 400).build();
        Lanes lanes = Lanes.build(d.events(), spec.lanes(), d.store().actorNames());
        int h = HeadlessFx.call(() -> SnapshotRenderer.heightHolding(spec, lanes, palette));
        assertTrue(h >= 400);
        SnapshotRenderer r = renderer(d, spec.withSize(1600, h, 1));
        Frame f = HeadlessFx.call(() -> r.paint(new SvgSurface(1600, h)));
        assertTrue(f.lanesShown() >= 1, "a lane is drawn at a height of 400 (grown to " + h + ")");
        assertTrue(String.join(" ", r.footerLines()).contains("left out, as they did not fit: Kim Jong Un"),
                String.join(" ", r.footerLines()));
    }

    @Test
    void aSingleLaneExportNamesItsLaneInTheCaptionAndTheSources() {
        Data d = load(BundledData.RUSSIA_NORTH_KOREA);
        SnapshotSpec spec = builder(d, 1600, 900).onlyLanes(Set.of("ukraine"), true).build();
        assertTrue(spec.caption().startsWith("Lane: Ukraine · "), spec.caption());
        assertTrue(spec.footer().startsWith("Lane Ukraine — Sources: "), spec.footer());
        assertFalse(spec.footer().contains("Daily Beast"), "only the sources of the lane's events: "
                + spec.footer());
        assertEquals(Set.of("ukraine"), spec.onlyLanes());
    }
}
