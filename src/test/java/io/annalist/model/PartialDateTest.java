package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialDateTest {

    private static long ms(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @ParameterizedTest
    @CsvSource({
            "2024, YEAR, 2024-01-01T00:00:00Z, 2025-01-01T00:00:00Z",
            "2024-06, MONTH, 2024-06-01T00:00:00Z, 2024-07-01T00:00:00Z",
            "2024-02, MONTH, 2024-02-01T00:00:00Z, 2024-03-01T00:00:00Z",
            "2024-06-19, DAY, 2024-06-19T00:00:00Z, 2024-06-20T00:00:00Z",
            "2024-06-19T10Z, HOUR, 2024-06-19T10:00:00Z, 2024-06-19T11:00:00Z",
            "2024-06-19T10:00Z, MINUTE, 2024-06-19T10:00:00Z, 2024-06-19T10:01:00Z",
            "2024-06-19T10:00:30Z, SECOND, 2024-06-19T10:00:30Z, 2024-06-19T10:00:31Z",
            "2024-06-19T19:00+09:00, MINUTE, 2024-06-19T10:00:00Z, 2024-06-19T10:01:00Z",
    })
    void coversTheWholeUnitOfItsPrecision(String text, Precision precision, String start, String end) {
        PartialDate d = PartialDate.parse(text);
        assertEquals(precision, d.precision());
        assertEquals(ms(start), d.start());
        assertEquals(ms(end), d.end());
    }

    @Test
    void refusesDaysThatDoNotExist() {
        DateFormatException e = assertThrows(DateFormatException.class, () -> PartialDate.parse("2024-02-30"));
        assertTrue(e.getMessage().contains("February 2024 has 29 days"), e.getMessage());
        assertThrows(DateFormatException.class, () -> PartialDate.parse("2023-02-29"));
        PartialDate.parse("2024-02-29");
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThrows(DateFormatException.class, () -> PartialDate.parse("last autumn"));
        assertThrows(DateFormatException.class, () -> PartialDate.parse("2024-13"));
        assertThrows(DateFormatException.class, () -> PartialDate.parse("2024-06-19T25:00Z"));
        assertThrows(DateFormatException.class, () -> PartialDate.parse(""));
        assertThrows(DateFormatException.class, () -> PartialDate.parse("24-06-19"));
    }

    @Test
    void aTimeWithoutZoneIsReadAsUtcAndSaysSo() {
        PartialDate d = PartialDate.parse("2024-06-19T10:00");
        assertFalse(d.zoneGiven());
        assertEquals(ms("2024-06-19T10:00:00Z"), d.start());
        assertTrue(PartialDate.parse("2024-06-19T10:00Z").zoneGiven());
    }

    @Test
    void writesItselfBackAtItsOwnPrecision() {
        assertEquals("2024-06", PartialDate.parse("2024-06").toIsoText());
        assertEquals("1984", PartialDate.parse("1984").toIsoText());
        assertEquals("2026-04-18T21:10Z", PartialDate.parse("2026-04-18T21:10Z").toIsoText());
    }
}
