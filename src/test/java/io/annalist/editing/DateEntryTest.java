package io.annalist.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.annalist.model.Precision;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;

/** The form's date field reads what the format takes, at the precision written, and says how it read it. */
class DateEntryTest {

    @Test
    void aMonthStaysAMonth() {
        DateEntry.Reading r = DateEntry.read("2024-06");
        assertTrue(r.ok());
        assertEquals("month, June 2024", r.description());
        assertEquals(Precision.MONTH, r.when().startPrecision());
        assertEquals("\"2024-06\"", r.json());
    }

    @Test
    void eachPrecisionIsTheOneWritten() {
        assertEquals("year, 2024", DateEntry.read("2024").description());
        assertEquals("day, 19 June 2024", DateEntry.read("2024-06-19").description());
        assertEquals("minute, 19 June 2024 10:00 UTC", DateEntry.read("2024-06-19T19:00+09:00").description());
        assertEquals("\"2024-06-19T10:00Z\"", DateEntry.read("2024-06-19T19:00+09:00").json());
    }

    @Test
    void aSpanApproximateWithTheSourcesWords() {
        DateEntry.Reading r = DateEntry.read("2024-09/2024-11", true, "last autumn", "The article says \"last autumn\".");
        assertTrue(r.ok());
        assertEquals("span of months, September 2024 to November 2024, approximate; shown as \"last autumn\"",
                r.description());
        assertEquals("{\"start\":\"2024-09\",\"end\":\"2024-11\",\"approximate\":true,\"display\":\"last autumn\","
                + "\"note\":\"The article says \\\"last autumn\\\".\"}", r.json());
        assertEquals("last autumn", r.when().label());
    }

    @Test
    void endsOfDifferentPrecisionAreEachSaid() {
        assertEquals("span, 15 September 2024 (day) to 2025 (year)", DateEntry.read("2024-09-15 / 2025").description());
        assertEquals("span of days, 1 March 2025 to 3 March 2025", DateEntry.read("2025-03-01 to 2025-03-03").description());
    }

    @Test
    void anEndBeforeTheStartIsTheReadersError() {
        DateEntry.Reading r = DateEntry.read("2024-06/2024-05");
        assertFalse(r.ok());
        assertEquals("the span ends (2024-05) before it starts (2024-06)", r.problems().get(0).message());
        assertEquals("{\"start\":\"2024-06\",\"end\":\"2024-05\"}", r.json(), "kept as typed, for the check");
    }

    @Test
    void aTimeWithoutAZoneIsReadAsUtcWithTheReadersWarning() {
        DateEntry.Reading r = DateEntry.read("2024-06-19T10:00");
        assertTrue(r.ok());
        assertEquals(Severity.WARNING, r.problems().get(0).severity());
        assertEquals("\"2024-06-19T10:00\" has a time of day but no time zone; read as UTC", r.problems().get(0).message());
    }

    @Test
    void emptyAndTooManyDates() {
        assertEquals("the event has no \"when\"", DateEntry.read("  ").problems().get(0).message());
        assertFalse(DateEntry.read("2024/2025/2026").ok());
    }

    @Test
    void aPlaceOnTheTimelineGivesTheDateAtTheChosenPrecision() {
        long june19 = java.time.Instant.parse("2024-06-19T10:30:00Z").toEpochMilli();
        assertEquals("2024-06", DateEntry.textAt(june19, Precision.MONTH));
        assertEquals("2024-06-19", DateEntry.textAt(june19, Precision.DAY));
    }
}
