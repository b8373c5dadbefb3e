package io.annalist.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;
import org.junit.jupiter.api.Test;

/** Every event of the window is drawn alone, counted in a group, or counted as having no place. */
class ClustersTest {
    private final BaseMap map = BaseMap.bundled();
    private static final MapScale KOREA = MapScale.fit(new GeoBox(33, 124, 43, 131), 800, 600, 50);
    private static final long JUNE_2024 = io.annalist.model.PartialDate.parse("2024-06").start();
    private static final long END_OF_JUNE_2024 = io.annalist.model.PartialDate.parse("2024-06").end();

    @Test
    void everyEventInTheWindowIsDrawnCountedOrReported() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(MapFixtures.event("py" + i, EventKind.MEETING, "2024-06-" + (10 + i % 20),
                    new Place("Pyongyang", "KP", 39.03, 125.75), null));
        }
        events.add(MapFixtures.event("seoul", EventKind.VISIT, "2024-06-12", new Place("Seoul", "KR", 37.57, 126.98),
                null));
        events.add(MapFixtures.event("kp", EventKind.STATEMENT, "2024-06-12", new Place(null, "KP", null, null), null));
        events.add(MapFixtures.event("name", EventKind.OTHER, "2024-06-12", new Place("Kursk", null, null, null), null));
        events.add(MapFixtures.event("pole", EventKind.OTHER, "2024-06-12", new Place("Pole", null, 89.9, 0.0), null));
        events.add(MapFixtures.event("later", EventKind.OTHER, "2025-01-01", new Place("Seoul", null, 37.5, 127.0),
                null));
        PlacedEvents placed = PlacedEvents.of(events, map);
        assertEquals(1, placed.unplaced());
        assertEquals(1, placed.offMap());
        Clusters c = placed.cluster(KOREA, JUNE_2024, END_OF_JUNE_2024, false, 40);
        assertEquals(44, c.inWindow());
        assertEquals(1, c.unplaced());
        assertEquals(1, c.offMap());
        assertEquals(42, c.inView());
        int counted = c.singles();
        for (int g = 0; g < c.groups(); g++) {
            counted += c.groupCount(g);
        }
        assertEquals(c.inView(), counted, "alone or in a group, each once");
        int pyGroup = -1;
        for (int g = 0; g < c.groups(); g++) {
            if (c.groupCount(g) >= 40) {
                pyGroup = g;
            }
        }
        assertTrue(pyGroup >= 0, "forty events at one place are one count");
        assertFalse(c.groupHollow(pyGroup));
        int[] members = placed.members(c, c.groupCell(pyGroup));
        assertEquals(c.groupCount(pyGroup), members.length);
        for (int i = 1; i < members.length; i++) {
            assertTrue(members[i] > members[i - 1], "members in time order");
        }

        Clusters whole = placed.cluster(KOREA, JUNE_2024, END_OF_JUNE_2024, true, 40);
        assertEquals(43, whole.inView(), "the whole range shows the later event too");
        int inWin = whole.singles() == 0 ? 0 : 0;
        for (int g = 0; g < whole.groups(); g++) {
            inWin += whole.groupInWindow(g);
        }
        assertTrue(inWin <= 42);
    }

    @Test
    void withTheWholeRangeTheCountsAreOfEveryEventShown() {
        // One event of June with no place, one of the next year with none, one beyond 85°: the note of a map
        // showing the whole range counts all of them, not only the window's.
        List<Event> events = List.of(
                MapFixtures.event("june", EventKind.MEETING, "2024-06-12", new Place("Kursk", null, null, null), null),
                MapFixtures.event("later", EventKind.MEETING, "2025-01-01", new Place("Donbas", null, null, null), null),
                MapFixtures.event("pole", EventKind.OTHER, "2025-02-01", new Place("Pole", null, 89.9, 0.0), null),
                MapFixtures.event("seoul", EventKind.VISIT, "2024-06-12", new Place("Seoul", "KR", 37.57, 126.98),
                        null));
        PlacedEvents placed = PlacedEvents.of(events, map);
        Clusters window = placed.cluster(KOREA, JUNE_2024, END_OF_JUNE_2024, false, 40);
        assertEquals(1, window.unplaced());
        assertEquals(0, window.offMap());
        Clusters whole = placed.cluster(KOREA, JUNE_2024, END_OF_JUNE_2024, true, 40);
        assertEquals(2, whole.unplaced(), "both events with no place are left off the map shown");
        assertEquals(1, whole.offMap());
        PlacedEvents.Contents all = placed.contents(JUNE_2024, END_OF_JUNE_2024, true);
        assertEquals(2, all.unplaced());
        assertEquals(1, all.offMap());
        assertEquals(1, placed.contents(JUNE_2024, END_OF_JUNE_2024, false).unplaced());
    }

    @Test
    void zoomingInSplitsGroups() {
        List<Event> events = List.of(MapFixtures.at("a", 39.0, 125.70), MapFixtures.at("b", 39.0, 125.80));
        PlacedEvents placed = PlacedEvents.of(events, map);
        Clusters far = placed.cluster(MapScale.world(800, 600), Long.MIN_VALUE, Long.MAX_VALUE, false, 40);
        assertEquals(1, far.groups());
        assertEquals(0, far.singles());
        MapScale near = MapScale.fit(new GeoBox(38.9, 125.6, 39.1, 125.9), 800, 600, 5);
        Clusters close = placed.cluster(near, Long.MIN_VALUE, Long.MAX_VALUE, false, 40);
        assertEquals(0, close.groups());
        assertEquals(2, close.singles());
        assertEquals(Math.abs(close.singleX(0) - close.singleX(1)),
                near.screenX(Mercator.x(125.8)) - near.screenX(Mercator.x(125.7)), 0.1);
    }

    @Test
    void aGroupOfAreasOnlyIsHollowAndPlacesAcrossTheSeamAreSeen() {
        List<Event> events = List.of(
                MapFixtures.event("r1", EventKind.OTHER, "2024", new Place(null, null, -17.0, 179.9,
                        PlacePrecision.PROVINCE), null),
                MapFixtures.event("r2", EventKind.OTHER, "2024", new Place(null, null, -17.0, -179.9,
                        PlacePrecision.PROVINCE), null));
        PlacedEvents placed = PlacedEvents.of(events, map);
        MapScale fiji = MapScale.fit(GeoBox.covering(new double[]{-18, -16}, new double[]{177, -178}, 2), 800, 600, 5);
        Clusters c = placed.cluster(fiji, Long.MIN_VALUE, Long.MAX_VALUE, false, 40);
        assertEquals(2, c.inView(), "both sides of 180° in one view");
        Clusters world = placed.cluster(MapScale.world(800, 600), Long.MIN_VALUE, Long.MAX_VALUE, false, 40);
        int hollow = 0;
        for (int g = 0; g < world.groups(); g++) {
            hollow += world.groupHollow(g) ? world.groupCount(g) : 0;
        }
        assertEquals(2 - world.singles(), hollow);
        assertArrayEquals(new int[0], new int[0]);
    }

    @Test
    void theCirclesOfTwoCountsNeverOverlapNorTouchAtAnyZoom() {
        List<Event> events = new ArrayList<>();
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 3000; i++) {
            // Bursts around a few sites, as launches are, and a scatter between them.
            double lat = 36 + random.nextGaussian() * (i % 3 == 0 ? 2 : 0.3) + (i % 5);
            double lon = 125 + random.nextGaussian() * (i % 3 == 0 ? 2 : 0.3) + (i % 4);
            events.add(MapFixtures.event("e" + i, EventKind.MISSILE_TEST, "2024-06-12",
                    new Place("site", "KP", lat, lon), null));
        }
        PlacedEvents placed = PlacedEvents.of(events, map);
        int pairs = 0;
        for (double span : new double[]{40, 20, 9, 5, 2.5, 1.2, 0.6}) {
            for (double shift : new double[]{0, 0.37}) {
                MapScale s = MapScale.fit(new GeoBox(38 - span / 2 + shift, 127 - span / 2 + shift, 38 + span / 2 + shift,
                        127 + span / 2 + shift), 900, 560, 20);
                Clusters c = placed.cluster(s, Long.MIN_VALUE, Long.MAX_VALUE, true, 44);
                for (int a = 0; a < c.groups(); a++) {
                    for (int b = a + 1; b < c.groups(); b++) {
                        double d = Math.hypot(c.groupX(a) - c.groupX(b), c.groupY(a) - c.groupY(b));
                        assertTrue(d >= c.groupRadius(a) + c.groupRadius(b) + 2 * Clusters.GROUP_GAP - 1e-3,
                                "counts " + c.groupCount(a) + " and " + c.groupCount(b) + " overlap at a span of "
                                        + span + "°: " + d + " apart");
                        pairs++;
                    }
                    assertTrue(c.groupRadius(a) >= 8, "a count stays readable");
                }
            }
        }
        assertTrue(pairs > 50, "counts were drawn side by side: " + pairs);
    }

    @Test
    void aFrameOfManyEventsAddedUpByCellsGroupsAsReadingEveryEventDoes() {
        // Enough events for the frame to add up cells; places spread over the world and crowded in one region,
        // some known only by an area, some with no place or beyond the map's latitudes.
        java.util.Random random = new java.util.Random(7);
        EventKind[] kinds = EventKind.values();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < PlacedEvents.INDEXED_FROM + 5_000; i++) {
            int r = random.nextInt(100);
            Place where = r == 0 ? new Place("Kursk", null, null, null)
                    : r == 1 ? new Place("Pole", null, 89.5, 10.0)
                    : r < 40 ? new Place("p", null, 36 + random.nextDouble() * 8, 124 + random.nextDouble() * 8,
                    r < 10 ? PlacePrecision.PROVINCE : null)
                    : new Place("p", null, -70 + random.nextDouble() * 140, -180 + random.nextDouble() * 360);
            events.add(MapFixtures.event("e" + i, kinds[random.nextInt(kinds.length)],
                    (2000 + random.nextInt(25)) + "-0" + (1 + random.nextInt(9)), where, null));
        }
        PlacedEvents placed = PlacedEvents.of(events, map);
        MapScale[] views = {MapScale.world(1600, 900), MapScale.world(1600, 900).panBy(437, 13),
            MapScale.world(700, 200).panBy(-317, 0), new MapScale(0.53, 0.5, 300, 1200, 400), MapScale.fit(new GeoBox(20, 95, 50, 145), 1600, 900, 100),
            MapScale.fit(new GeoBox(20, 95, 50, 145), 1600, 900, 100).panBy(1234, -77),
            MapScale.fit(new GeoBox(-10, 170, 10, 190), 900, 600, 100)};
        for (MapScale s : views) {
            for (boolean whole : new boolean[]{false, true}) {
                Clusters added = Clusters.of(placed, s, Long.MIN_VALUE, Long.MAX_VALUE, whole, 44, -1);
                // A target cell no frame has: the frame reads every event.
                Clusters read = Clusters.of(placed, s, Long.MIN_VALUE, Long.MAX_VALUE, whole, 44, Integer.MAX_VALUE);
                String at = s + (whole ? ", whole range" : "");
                assertEquals(read.inView(), added.inView(), at);
                assertEquals(read.inWindow(), added.inWindow(), at);
                assertEquals(read.unplaced(), added.unplaced(), at);
                assertEquals(read.offMap(), added.offMap(), at);
                assertEquals(read.singles(), added.singles(), at);
                assertEquals(read.groups(), added.groups(), at);
                for (int i = 0; i < read.singles(); i++) {
                    assertEquals(read.singlePosition(i), added.singlePosition(i), at);
                    assertEquals(read.singleX(i), added.singleX(i), 1e-3, at);
                    assertEquals(read.singleY(i), added.singleY(i), 1e-3, at);
                }
                for (int g = 0; g < read.groups(); g++) {
                    assertEquals(read.groupCell(g), added.groupCell(g), at);
                    assertEquals(read.groupCount(g), added.groupCount(g), at);
                    assertEquals(read.groupInWindow(g), added.groupInWindow(g), at);
                    assertEquals(read.groupKinds(g), added.groupKinds(g), at);
                    assertEquals(read.groupHollow(g), added.groupHollow(g), at);
                    assertEquals(read.groupFirst(g), added.groupFirst(g), at);
                    assertEquals(read.groupX(g), added.groupX(g), 1e-3, at);
                    assertEquals(read.groupY(g), added.groupY(g), 1e-3, at);
                }
            }
        }
    }
}
