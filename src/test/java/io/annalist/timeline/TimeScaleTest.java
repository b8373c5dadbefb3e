package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TimeScaleTest {
    private static final long DAY = 86_400_000L;
    private static final long T0 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
    private final TimeScale scale = TimeScale.of(new TimeWindow(T0, T0 + 100 * DAY), 150, 1000);

    @Test
    void aDateRangeIsShownWithinItself() {
        long day = 86_400_000L;
        long from = Instant.parse("2025-03-20T00:00:00Z").toEpochMilli();
        long to = from + 3 * day;
        // Events on the 20th and the 21st: the three days asked for, not the week around them.
        TimeWindow data = new TimeWindow(from + 10 * 3_600_000L, from + day + 12 * 3_600_000L);
        TimeWindow w = TimeScale.fit(data, from, to);
        long margin = data.duration() / 40 + 1;
        assertTrue(w.start() >= from - margin && w.end() <= to + margin, "the range and Fit all's margin: " + w);
        assertTrue(w.start() <= data.start() && w.end() >= data.end(), "every event of the range in view");
        // One day: that day.
        TimeWindow one = TimeScale.fit(new TimeWindow(from + 3_600_000L, from + 2 * 3_600_000L), from, from + day);
        assertEquals((double) from, (double) one.start(), 120_000.0);
        assertEquals((double) (from + day), (double) one.end(), 120_000.0);
        // A range that ends just after its last event keeps a margin for that event's mark.
        TimeWindow edge = TimeScale.fit(new TimeWindow(from, from + 10 * day), null, from + 10 * day + 1);
        assertTrue(edge.end() > from + 10 * day + day / 10, "room after the last mark: " + edge);
        // No range: the padded fit.
        assertEquals(TimeScale.fit(data), TimeScale.fit(data, null, null));
    }

    @Test
    void mapsTimeToPixelsAndBack() {
        assertEquals(150, scale.xOf(T0), 1e-9);
        assertEquals(1150, scale.xOf(T0 + 100 * DAY), 1e-6);
        assertEquals(650, scale.xOf(T0 + 50 * DAY), 1e-6);
        for (double x = 150; x <= 1150; x += 37.5) {
            assertEquals(x, scale.xOf(scale.timeAt(x)), 1e-6);
        }
        assertEquals(10, scale.pixels(DAY), 1e-9);
    }

    @Test
    void zoomKeepsTheTimeUnderThePointer() {
        double x = 421.5;
        double before = scale.timeAt(x);
        TimeScale in = scale.zoomAt(x, 0.37, TimeScale.MIN_MAX_SPAN_MS);
        assertEquals(before, in.timeAt(x), 1.0);
        assertEquals(scale.msPerPixel() * 0.37, in.msPerPixel(), 1e-6);
        TimeScale out = in.zoomAt(x, 4, TimeScale.MIN_MAX_SPAN_MS);
        assertEquals(before, out.timeAt(x), 1.0);
    }

    @Test
    void zoomStopsAtAnHourAndAtTheWidestSpan() {
        TimeScale s = scale;
        for (int i = 0; i < 100; i++) {
            s = s.zoomAt(500, 0.5, TimeScale.MIN_MAX_SPAN_MS);
        }
        assertEquals(TimeScale.MIN_SPAN_MS, s.window().duration(), 2);
        for (int i = 0; i < 100; i++) {
            s = s.zoomAt(500, 2, TimeScale.MIN_MAX_SPAN_MS);
        }
        assertEquals(TimeScale.MIN_MAX_SPAN_MS, s.window().duration(), 2);
        long forty2Years = 42L * 365 * DAY;
        long max = TimeScale.maxSpanFor(new TimeWindow(T0, T0 + 10 * forty2Years));
        assertTrue(max > 10 * forty2Years, "long data may be seen whole, with a margin");
    }

    @Test
    void panningMovesByPixels() {
        TimeScale p = scale.panBy(100);
        assertEquals(T0 + 10 * DAY, p.timeAt(150), 1);
        assertEquals(scale.window().duration(), p.window().duration(), 1);
    }

    @Test
    void windowsClampToTheLimitsAroundTheirCentre() {
        TimeWindow tiny = new TimeWindow(T0, T0 + 1000);
        TimeWindow clamped = TimeScale.clampWindow(tiny, TimeScale.MIN_MAX_SPAN_MS);
        assertEquals(TimeScale.MIN_SPAN_MS, clamped.duration());
        assertEquals(tiny.centre(), clamped.centre(), 1);
    }
}
