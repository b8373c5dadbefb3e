package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.annalist.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The date filter's From and To as typed: spelled as dates are written, open when empty, swapped when reversed. */
class DateRangeEntryTest {

    @Test
    void looseMonthsAndDaysAreWrittenAsDates() {
        assertEquals("2023-03", DateRangeEntry.normalise("2023-3"));
        assertEquals("2024-06-09", DateRangeEntry.normalise(" 2024/6/9 "));
        assertEquals("2024-06-19", DateRangeEntry.normalise("2024.06.19"));
        assertEquals("2024", DateRangeEntry.normalise("2024"));
        assertEquals("2024-06-19T10:00Z", DateRangeEntry.normalise("2024-06-19T10:00Z"), "left to the reader");
        DateRangeEntry r = DateRangeEntry.read("2023-3", "2024-6-9");
        assertTrue(r.ok());
        assertEquals("2023-03", r.fromText());
        assertEquals("2024-06-09", r.toText());
        assertEquals(PartialDate.parse("2023-03").start(), r.from());
        assertEquals(PartialDate.parse("2024-06-09").end(), r.to());
        assertNull(r.note());
    }

    @Test
    void anEmptyFieldLeavesItsEndOpen() {
        DateRangeEntry r = DateRangeEntry.read("", " ");
        assertTrue(r.ok());
        assertNull(r.from());
        assertNull(r.to());
        DateRangeEntry to = DateRangeEntry.read("", "2024");
        assertNull(to.from());
        assertEquals(PartialDate.parse("2024").end(), to.to());
    }

    @Test
    void aFromAfterTheToIsSwappedAndSaidSo() {
        DateRangeEntry r = DateRangeEntry.read("2025", "2023-3");
        assertTrue(r.ok());
        assertEquals("2023-03", r.fromText());
        assertEquals("2025", r.toText());
        assertEquals(PartialDate.parse("2023-03").start(), r.from());
        assertEquals(PartialDate.parse("2025").end(), r.to());
        assertEquals("From was after To; swapped: 2023-03 to 2025.", r.note());
        DateRangeEntry inside = DateRangeEntry.read("2024-06-10", "2024-06");
        assertNull(inside.note(), "a day inside the month To names is no reversal");
        assertEquals(PartialDate.parse("2024-06").end(), inside.to());
    }

    @Test
    void whatIsNoDateIsRefusedNamingTheField() {
        DateRangeEntry r = DateRangeEntry.read("2023", "2024-13");
        assertFalse(r.ok());
        assertTrue(r.error().startsWith("To: \"2024-13\" has month 13"), r.error());
        assertNull(r.from());
        assertTrue(DateRangeEntry.read("last spring", "").error().startsWith("From: \"last spring\" is not a date"));
    }
}
