package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.export.HeadlessFx;
import io.annalist.export.Palettes;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.When;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A file with hundreds of lanes: a frame of the window places the events of the lanes it shows
 * and no others, and the lanes it shows are drawn where they would be if every lane had been
 * planned — after scrolling, and after zooming while scrolled away from the top.
 */
@org.junit.jupiter.api.Tag("toolkit")
class ManyLanesTest {
    private static final int LANES = 300;
    private static Palette palette;
    private static Lanes lanes;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        palette = HeadlessFx.call(() -> Palettes.fromCss(false));
        List<Event> events = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        long t0 = PartialDate.parse("2024-01-01").start();
        for (int a = 0; a < LANES; a++) {
            names.put("a" + a, "Actor " + a);
            // Lanes of different heights: actor a has 1 + a % 7 events on the same days.
            for (int i = 0; i <= a % 7; i++) {
                long t = t0 + (a % 11) * 86_400_000L;
                events.add(new Event("e" + a + "-" + i, EventKind.MEETING, "Meeting " + a + " number " + i,
                        When.at(PartialDate.parse(java.time.Instant.ofEpochMilli(t).toString().substring(0, 10))),
                        null, List.of("a" + a), null, List.of("s"), null, List.of(), null, Map.of(), 0));
            }
        }
        lanes = Lanes.build(events, LaneMode.ACTOR, names);
    }

    private static PaintRequest request(double scroll, TimeWindow w) {
        return new PaintRequest(1200, 600, w, lanes, scroll, Set.of(), null, null, palette, lanes.all().range(),
                true, true, true, true, true);
    }

    private static TimeWindow month() {
        return new TimeWindow(PartialDate.parse("2023-12-25").start(), PartialDate.parse("2024-01-20").start());
    }

    /** Each event drawn in the frame with the height on screen of its mark. */
    private static Map<String, Double> marks(Frame f) {
        Map<String, Double> out = new HashMap<>();
        for (Frame.Hit h : f.hits()) {
            if (h.event() != null) {
                out.put(h.event().id() + "@" + Math.round(h.x()), h.y());
            }
        }
        return out;
    }

    private static void everyLaneInViewDrawsAllItsEvents(Frame f, TimeWindow w) {
        int checked = 0;
        for (Frame.LaneBounds b : f.lanes()) {
            double top = b.top() - 6000 + f.layout().lanesTop();
            if (top >= f.layout().lanesTop() && top + b.height() <= f.layout().lanesBottom()) {
                Lanes.Lane lane = lanes.lanes().stream().filter(l -> l.key().equals(b.key())).findFirst().orElseThrow();
                long drawn = f.hits().stream().filter(h -> h.event() != null && h.event().actors().contains(b.key()))
                        .map(h -> h.event().id()).distinct().count();
                assertEquals(lane.index().countOverlapping(w.start(), w.end()), drawn, "lane " + b.key());
                checked++;
            }
        }
        assertTrue(checked >= 2, "lanes wholly in view: " + checked);
    }

    @Test
    void aFrameOfTheWindowPlacesOnlyTheLanesInView() throws Exception {
        TimelinePainter painter = new TimelinePainter();
        Frame f = HeadlessFx.call(() -> painter.paint(
                new javafx.scene.canvas.Canvas(1200, 600).getGraphicsContext2D(), request(0, month())));
        int planned = painter.lanesPlanned();
        assertTrue(planned >= 2 && planned < 40, "lanes planned for a 600-pixel view of 300 lanes: " + planned);
        assertTrue(f.hits().stream().anyMatch(h -> h.event() != null), "the lanes in view are drawn");
        assertEquals(LANES, f.lanes().size(), "every lane has a place in the column, planned or not");
    }

    @Test
    void lanesInViewAreWhereAFullPlanPutsThemAfterScrollingAndZooming() throws Exception {
        TimelinePainter scrolled = new TimelinePainter();
        TimeWindow wide = new TimeWindow(PartialDate.parse("2023-10-01").start(), PartialDate.parse("2024-04-01").start());
        // A user scrolls down in steps at one zoom, then zooms while far from the top.
        Frame last = null;
        for (double s = 0; s <= 6000; s += 450) {
            double at = s;
            last = HeadlessFx.call(() -> scrolled.paint(
                    new javafx.scene.canvas.Canvas(1200, 600).getGraphicsContext2D(), request(at, month())));
        }
        for (TimeWindow w : List.of(month(), wide)) {
            Frame seen = HeadlessFx.call(() -> scrolled.paint(
                    new javafx.scene.canvas.Canvas(1200, 600).getGraphicsContext2D(), request(6000, w)));
            Frame fresh = HeadlessFx.call(() -> new TimelinePainter().paint(
                    new javafx.scene.canvas.Canvas(1200, 600).getGraphicsContext2D(), request(6000, w)));
            assertTrue(!marks(fresh).isEmpty(), "events in view at 6000 px down");
            if (w.equals(month())) {
                assertEquals(marks(fresh), marks(seen), "after scrolling there, the same marks at the same places");
            } else {
                // Zoomed while away from the top: the lanes above keep the heights they were last drawn with,
                // so what is in view does not jump; every lane in view still draws all its events.
                everyLaneInViewDrawsAllItsEvents(seen, w);
            }
        }
        assertTrue(last != null && last.lanesHeight() > 6000);
    }
}
