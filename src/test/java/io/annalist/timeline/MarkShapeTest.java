package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.When;
import org.junit.jupiter.api.Test;

/** Where a mark's kind shape is drawn — and so where the line joining its lanes runs. */
class MarkShapeTest {
    private static final Event E = new Event("e", EventKind.MILITARY_EXERCISE, "Exercise",
            When.at(PartialDate.parse("2024-06-19")), null, List.of(), null, List.of("s"), null, List.of(), null,
            Map.of(), 0);
    private static final double R = 5;
    private static final double TIME_X0 = 50;

    private static double shapeX(double x0, double x1, double markX, boolean bar, boolean thin) {
        return new LanePlan.Mark(E, x0, x1, markX, 0, bar, bar, thin, LaneStacking.Label.NONE, 0).shapeX(TIME_X0, R);
    }

    @Test
    void aPointsShapeIsOnItsTime() {
        assertEquals(222, shapeX(217, 227, 222, false, false));
    }

    @Test
    void aBarsShapeIsAtItsStartAfterTheLeftEdgeOfTheTimeShown() {
        assertEquals(100 + R + 2, shapeX(100, 400, 250, true, false));
        // Begun before the time shown: after the edge and the ◂ that says so.
        assertEquals(TIME_X0 + R + 2 + LaneStacking.CONTINUES, shapeX(-100, 400, 150, true, false));
        // A bar too short for the lead: the shape as far in as the bar allows.
        assertEquals(100 + R, shapeX(100, 108, 104, true, false));
    }

    @Test
    void aThinBarsSmallShapeIsAtItsStart() {
        assertEquals(103.5, shapeX(100, 400, 250, true, true));
        assertEquals(TIME_X0 + 3.5, shapeX(20, 400, 210, true, true));
    }
}
