package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LaneStackingTest {

    private static List<LaneStacking.Item> items(int n, double width, long seed) {
        Random r = new Random(seed);
        List<LaneStacking.Item> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = r.nextDouble() * width;
            boolean span = r.nextInt(5) == 0;
            double w = span ? 10 + r.nextDouble() * 200 : 10;
            double label = 30 + r.nextDouble() * 150;
            list.add(new LaneStacking.Item(i, x, x + w, label, span && w > label + 12));
        }
        list.sort(Comparator.comparingDouble(LaneStacking.Item::x0));
        return list;
    }

    @Test
    void noTwoMarksOrTitlesOverlapInARow() {
        for (int n : new int[]{3, 20, 80, 400}) {
            for (int rows = 1; rows <= 6; rows++) {
                List<LaneStacking.Item> items = items(n, 1200, n * 31L + rows);
                LaneStacking.Result res = LaneStacking.stack(items, rows, 3, 44);
                int clustered = res.clusters().stream().mapToInt(LaneStacking.Cluster::count).sum();
                assertEquals(n, res.placed().size() + clustered, "every item is placed or clustered");
                for (int row = 0; row < rows; row++) {
                    int r = row;
                    List<LaneStacking.Placed> inRow = res.placed().stream().filter(p -> p.row() == r)
                            .sorted(Comparator.comparingDouble(p -> p.item().x0())).toList();
                    for (int i = 1; i < inRow.size(); i++) {
                        LaneStacking.Placed a = inRow.get(i - 1);
                        LaneStacking.Placed b = inRow.get(i);
                        assertTrue(a.item().x1() + 3 <= b.item().x0() + 1e-9, "marks overlap in row " + row);
                        if (!a.item().labelInside() && a.labelRoom() > 0) {
                            double labelEnd = a.item().x1() + LaneStacking.LABEL_OFFSET
                                    + Math.min(a.labelRoom(), a.item().labelWidth());
                            assertTrue(labelEnd <= b.item().x0() - 3 + 1e-9, "a title runs into the next mark");
                        }
                        assertTrue(a.labelRoom() == 0 || a.labelRoom() >= LaneStacking.MIN_LABEL
                                || a.labelRoom() >= a.item().labelWidth(), "no stub titles");
                    }
                }
            }
        }
    }

    @Test
    void overflowBecomesClustersThatZoomingSplits() {
        List<LaneStacking.Item> dense = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            dense.add(new LaneStacking.Item(i, 100 + i * 0.5, 110 + i * 0.5, 80, false));
        }
        LaneStacking.Result crowded = LaneStacking.stack(dense, 3, 3, 44);
        assertEquals(6, crowded.placed().size(), "two marks fit one after the other in each row");
        assertEquals(1, crowded.clusters().size());
        assertEquals(44, crowded.clusters().get(0).count());

        List<LaneStacking.Item> spread = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            spread.add(new LaneStacking.Item(i, 100 + i * 40, 110 + i * 40, 80, false));
        }
        LaneStacking.Result zoomedIn = LaneStacking.stack(spread, 3, 3, 44);
        assertEquals(50, zoomedIn.placed().size());
        assertTrue(zoomedIn.clusters().isEmpty());
    }

    @Test
    void aTitleIsElidedBeforeTheNextMarkOrLeftOut() {
        List<LaneStacking.Item> two = List.of(new LaneStacking.Item(0, 0, 10, 200, false),
                new LaneStacking.Item(1, 100, 110, 50, false));
        LaneStacking.Result res = LaneStacking.stack(two, 1, 3, 44);
        assertEquals(2, res.placed().size());
        assertEquals(100 - 3 - (10 + LaneStacking.LABEL_OFFSET), res.placed().get(0).labelRoom(), 1e-9);

        List<LaneStacking.Item> tight = List.of(new LaneStacking.Item(0, 0, 10, 200, false),
                new LaneStacking.Item(1, 30, 40, 50, false));
        LaneStacking.Result none = LaneStacking.stack(tight, 2, 3, 44);
        assertEquals(1, none.placed().get(1).row(), "with a second row, the next mark goes there and the title stays");
    }
}
