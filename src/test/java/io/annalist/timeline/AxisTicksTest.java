package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisTicksTest {
    private static final ToDoubleFunction<String> SEVEN_PX = s -> 7.0 * s.length();
    private static final long HOUR = 3_600_000L;
    private static final long T0 = Instant.parse("2024-06-19T10:17:00Z").toEpochMilli();

    private static void assertNoOverlap(List<AxisTicks.Tick> row, String what) {
        double lastEnd = Double.NEGATIVE_INFINITY;
        long lastTime = Long.MIN_VALUE;
        for (AxisTicks.Tick t : row) {
            assertTrue(t.time() > lastTime, what + ": ticks go forward");
            lastTime = t.time();
            if (t.label() == null) {
                continue;
            }
            assertTrue(t.labelX() >= lastEnd, what + ": label '" + t.label() + "' at " + t.labelX()
                    + " overlaps the previous, which ends at " + lastEnd);
            lastEnd = t.labelX() + t.labelWidth();
        }
    }

    @Test
    void labelsNeverOverlapFromAnHourToACentury() {
        for (double width : new double[]{300, 800, 1600, 3840}) {
            for (double span = HOUR; span <= 120.0 * 365 * 24 * HOUR; span *= 1.23) {
                TimeScale s = TimeScale.of(new TimeWindow(T0, T0 + (long) span), 120, width);
                AxisTicks.Rows rows = AxisTicks.compute(s, SEVEN_PX);
                String what = "span " + Math.round(span / HOUR) + " h at " + width + " px (" + rows.unitName() + ")";
                assertFalse(rows.minor().isEmpty(), what + ": no ticks");
                assertNoOverlap(rows.minor(), what + " minor");
                assertNoOverlap(rows.major(), what + " major");
                for (AxisTicks.Tick t : rows.major()) {
                    if (t.label() != null) {
                        assertTrue(t.labelX() >= 120 && t.labelX() + t.labelWidth() <= 120 + width, what
                                + ": major label inside the axis");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"6, hour", "72, 3 hours", "720, day", "8760, month", "87600, year", "876000, 5 years"})
    void picksAReadableUnit(long hours, String unit) {
        TimeScale s = TimeScale.of(new TimeWindow(T0, T0 + hours * HOUR), 0, 1200);
        assertEquals(unit, AxisTicks.compute(s, SEVEN_PX).unitName());
    }

    @Test
    void aCenturyOnTheUpperRowIsNamedAsACenturyNotAsADecade() {
        TimeScale s = TimeScale.of(new TimeWindow(Instant.parse("1890-01-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2030-01-01T00:00:00Z").toEpochMilli()), 0, 1200);
        AxisTicks.Rows rows = AxisTicks.compute(s, SEVEN_PX);
        List<String> major = rows.major().stream().map(AxisTicks.Tick::label).toList();
        assertTrue(major.contains("20th century") || major.contains("20th c."), major.toString());
        assertTrue(major.stream().noneMatch(l -> l.equals("1900s") || l.equals("2000s")), major.toString());
        assertEquals("1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 101st 111th", String.join(" ",
                java.util.stream.IntStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111).mapToObj(AxisTicks::ordinal)
                        .toList()));
    }

    @Test
    void yearsBeforeTheEraAreRoundAsReadersCountThem() {
        // 600 to 450 BCE: ISO years -599 to -449.
        long from = java.time.ZonedDateTime.of(-599, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC).toInstant()
                .toEpochMilli();
        long to = java.time.ZonedDateTime.of(-449, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC).toInstant()
                .toEpochMilli();
        AxisTicks.Rows rows = AxisTicks.compute(TimeScale.of(new TimeWindow(from, to), 0, 1200), SEVEN_PX);
        List<String> minor = rows.minor().stream().map(AxisTicks.Tick::label).filter(l -> l != null).toList();
        assertFalse(minor.isEmpty());
        for (String label : minor) {
            assertTrue(label.matches("\\d*0 BCE"), "a round year before the era: " + label + " in " + minor);
        }
        List<String> major = rows.major().stream().map(AxisTicks.Tick::label).filter(l -> l != null).toList();
        assertTrue(major.contains("6th century BCE") || major.contains("5th century BCE"), major.toString());
        assertEquals(-559, AxisTicks.alignYear(-559, 10), "560 BCE begins a decade");
        assertEquals(-569, AxisTicks.alignYear(-565, 10), "566 BCE lies in the decade from 570 BCE");
        assertEquals(2010, AxisTicks.alignYear(2017, 10));
    }

    @Test
    void monthsSitUnderTheirYear() {
        TimeScale s = TimeScale.of(new TimeWindow(Instant.parse("2023-11-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2024-09-01T00:00:00Z").toEpochMilli()), 0, 1200);
        AxisTicks.Rows rows = AxisTicks.compute(s, SEVEN_PX);
        assertEquals("month", rows.unitName());
        assertEquals("November", rows.minor().get(0).label());
        assertEquals(List.of("2023", "2024"), rows.major().stream().map(AxisTicks.Tick::label).toList());
        assertEquals(0, rows.major().get(0).labelX(), 3.1, "the year sticks to the left edge");
        AxisTicks.Tick y2024 = rows.major().get(1);
        assertNotNull(y2024.label());
        assertEquals(s.xOf(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli()), y2024.x(), 1e-6);
    }
}
