package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void keepsTheRangeAsReported() {
        Estimate e = new Estimate(10_000, 12_000);
        assertFalse(e.isExact());
        assertEquals("10,000–12,000", e.describe());
        assertTrue(Estimate.exactly(500).isExact());
        assertEquals("500", Estimate.exactly(500).describe());
    }

    @Test
    void runningTotalsStayRanges() {
        assertEquals(new Estimate(11_000, 15_000), new Estimate(10_000, 12_000).plus(new Estimate(1_000, 3_000)));
    }

    @Test
    void refusesImpossibleRanges() {
        assertThrows(IllegalArgumentException.class, () -> new Estimate(5, 3));
        assertThrows(IllegalArgumentException.class, () -> new Estimate(-1, 3));
    }
}
