package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.annalist.timeline.LaneStacking.Item;
import io.annalist.timeline.LaneStacking.Placed;
import io.annalist.timeline.LaneStacking.Side;
import io.annalist.timeline.LaneStacking.Tier;
import org.junit.jupiter.api.Test;

class LaneStackingTest {
    private static final double LEFT = 0;
    private static final double RIGHT = 1200;

    private static List<Item> items(int n, long seed) {
        Random r = new Random(seed);
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = r.nextDouble() * RIGHT;
            boolean bar = r.nextInt(4) == 0;
            double w = bar ? 10 + r.nextDouble() * 300 : 10;
            double label = 30 + r.nextDouble() * 150;
            Tier tier = bar && w > 30 || r.nextInt(6) == 0 ? Tier.LOOSE : Tier.PRECISE;
            list.add(new Item(i, x, x + w, label, bar, tier));
        }
        return list;
    }

    private static double[] labelBox(Placed p) {
        return new double[]{p.label().x(), p.label().x() + p.label().width(), p.label().row()};
    }

    @Test
    void everyItemIsPlacedOrCountedAndNothingOverlaps() {
        for (int n : new int[]{3, 20, 80, 400}) {
            for (int rows = 1; rows <= 6; rows++) {
                List<Item> items = items(n, n * 31L + rows);
                LaneStacking.Result res = LaneStacking.stack(items, rows, 2, LEFT, RIGHT, 44);
                int clustered = res.clusters().stream().mapToInt(LaneStacking.Cluster::count).sum();
                assertEquals(n, res.placed().size() + clustered, "every item is placed or counted in a badge");
                List<Placed> full = res.placed().stream().filter(p -> !p.thin()).toList();
                for (int i = 0; i < res.placed().size(); i++) {
                    for (int j = i + 1; j < res.placed().size(); j++) {
                        Placed a = res.placed().get(i);
                        Placed b = res.placed().get(j);
                        if (a.thin() == b.thin() && a.row() == b.row()) {
                            assertFalse(a.item().x0() < b.item().x1() && b.item().x0() < a.item().x1(),
                                    "marks overlap in a row");
                        }
                    }
                }
                for (Placed p : full) {
                    if (!p.label().shown()) {
                        continue;
                    }
                    double[] l = labelBox(p);
                    assertTrue(l[0] >= LEFT - 1e-9 && l[1] <= RIGHT + 1e-9, "a title runs off the picture");
                    assertTrue(p.label().width() >= LaneStacking.MIN_LABEL || !p.label().elided(), "no stubs");
                    assertTrue(p.label().elided() || p.label().width() >= p.item().labelWidth() - 1e-9);
                    for (Placed q : full) {
                        if (q == p) {
                            continue;
                        }
                        if (q.label().shown() && p.label().side() != Side.INSIDE && q.label().side() != Side.INSIDE) {
                            double[] m = labelBox(q);
                            assertFalse(l[2] == m[2] && l[0] < m[1] && m[0] < l[1], "two titles overlap");
                        }
                        if (p.label().side() != Side.INSIDE && q.row() == p.label().row()) {
                            assertFalse(l[0] < q.item().x1() && q.item().x0() < l[1], "a title covers a mark: " + p + " " + q);
                        }
                    }
                }
            }
        }
    }

    @Test
    void overflowBecomesBadgesThatZoomingSplits() {
        List<Item> dense = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            dense.add(new Item(i, 100 + i * 0.5, 110 + i * 0.5, 80, false, Tier.PRECISE));
        }
        LaneStacking.Result crowded = LaneStacking.stack(dense, 3, 0, LEFT, RIGHT, 44);
        assertEquals(6, crowded.placed().size(), "two marks fit one after the other in each row");
        assertEquals(1, crowded.clusters().size());
        assertEquals(44, crowded.clusters().get(0).count());

        List<Item> spread = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            spread.add(new Item(i, 10 + i * 23, 20 + i * 23, 80, false, Tier.PRECISE));
        }
        LaneStacking.Result zoomedIn = LaneStacking.stack(spread, 3, 0, LEFT, RIGHT, 44);
        assertEquals(50, zoomedIn.placed().size());
        assertTrue(zoomedIn.clusters().isEmpty());
    }

    @Test
    void longBandsDoNotStarvePointsOfTheirRow() {
        // Two month bands and a long span cover the whole lane; a day-precise point comes last in time order.
        List<Item> items = List.of(new Item(0, 0, 1200, 200, true, Tier.LOOSE),
                new Item(1, 50, 1100, 150, true, Tier.LOOSE), new Item(2, 600, 610, 120, false, Tier.PRECISE));
        LaneStacking.Result res = LaneStacking.stack(items, 1, 2, LEFT, RIGHT, 44);
        Placed point = res.placed().stream().filter(p -> p.item().id() == 2).findFirst().orElseThrow();
        assertFalse(point.thin(), "the point has the full row");
        assertEquals(Side.RIGHT, point.label().side());
        assertFalse(point.label().elided());
        assertTrue(res.placed().stream().filter(p -> p.item().id() != 2).allMatch(Placed::thin),
                "the bands went to thin rows");
        assertTrue(res.clusters().isEmpty());
    }

    @Test
    void aLongBarAtTheRightEdgeKeepsItsCutTitleInside() {
        // A span from 900 to the edge, its title 500 wide; a mark just before it takes the room on the left.
        List<Item> items = List.of(new Item(0, 850, 860, 40, false, Tier.PRECISE),
                new Item(1, 900, 1195, 500, true, Tier.SPAN));
        LaneStacking.Result res = LaneStacking.stack(items, 1, 0, LEFT, RIGHT, 44);
        Placed bar = res.placed().stream().filter(p -> p.item().id() == 1).findFirst().orElseThrow();
        assertFalse(bar.thin());
        assertEquals(Side.INSIDE, bar.label().side(), bar.toString());
        assertTrue(bar.label().elided());
        assertTrue(bar.label().x() >= 900 && bar.label().x() + bar.label().width() <= 1195, bar.toString());
    }

    @Test
    void theLatestMarkTakesARowWithRoomOnItsLeftRatherThanCutItsTitle() {
        // A mark with a long title to the right of 700 fills row 0's left of the edge mark; the mark at the
        // edge, whose title cannot go right, goes into a row where its whole title fits on its left.
        List<Item> items = List.of(new Item(0, 700, 710, 300, false, Tier.PRECISE),
                new Item(1, 1150, 1160, 300, false, Tier.PRECISE));
        LaneStacking.Result res = LaneStacking.stack(items, 4, 0, LEFT, RIGHT, 44);
        Placed edge = res.placed().stream().filter(p -> p.item().id() == 1).findFirst().orElseThrow();
        assertEquals(Side.LEFT, edge.label().side(), edge.toString());
        assertFalse(edge.label().elided(), edge.toString());
        assertEquals(300, edge.label().width(), 1e-9);
        Placed first = res.placed().stream().filter(p -> p.item().id() == 0).findFirst().orElseThrow();
        assertFalse(first.label().elided(), first.toString());
    }

    @Test
    void aTitleGoesLeftAtTheRightEdgeThenBesideThenIsCut() {
        LaneStacking.Result atEdge = LaneStacking.stack(List.of(new Item(0, 1150, 1160, 200, false, Tier.PRECISE)),
                1, 0, LEFT, RIGHT, 44);
        LaneStacking.Label l = atEdge.placed().get(0).label();
        assertEquals(Side.LEFT, l.side());
        assertEquals(1150 - LaneStacking.LABEL_OFFSET - 200, l.x(), 1e-9);

        // A mark right after the first leaves no room on either side in its row: the title goes to the next row.
        List<Item> tight = List.of(new Item(0, 0, 10, 50, false, Tier.PRECISE), new Item(1, 100, 110, 300, false,
                Tier.PRECISE), new Item(2, 30, 40, 200, false, Tier.PRECISE));
        LaneStacking.Result beside = LaneStacking.stack(tight, 2, 0, LEFT, RIGHT, 44);
        Placed third = beside.placed().stream().filter(p -> p.item().id() == 2).findFirst().orElseThrow();
        assertFalse(third.label().elided(), "placed whole: " + third);
        assertTrue(third.label().side() == Side.RIGHT || third.label().row() != third.row(), third.toString());

        // One row only and marks on both sides: cut on the roomier side.
        List<Item> boxed = List.of(new Item(0, 100, 110, 20, false, Tier.PRECISE), new Item(1, 150, 160, 500, false,
                Tier.PRECISE), new Item(2, 260, 270, 20, false, Tier.PRECISE));
        LaneStacking.Result cut = LaneStacking.stack(boxed, 1, 0, LEFT, RIGHT, 44);
        Placed middle = cut.placed().stream().filter(p -> p.item().id() == 1).findFirst().orElseThrow();
        assertTrue(middle.label().elided());
        assertEquals(Side.RIGHT, middle.label().side());
        assertTrue(middle.label().x() + middle.label().width() <= 260 - LaneStacking.GAP + 1e-9);
    }

    @Test
    void aLongBarKeepsItsTitleInside() {
        LaneStacking.Result res = LaneStacking.stack(List.of(new Item(0, 100, 700, 120, true, Tier.LOOSE)), 1, 0,
                LEFT, RIGHT, 44);
        assertEquals(Side.INSIDE, res.placed().get(0).label().side());
        assertEquals(100 + LaneStacking.BAR_LEAD, res.placed().get(0).label().x(), 1e-9);
    }
}
