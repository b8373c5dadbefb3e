package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class WhenTest {

    private static When span(String a, String b, boolean approx) {
        return When.span(PartialDate.parse(a), PartialDate.parse(b), approx, null, null);
    }

    @Test
    void oneDayIsNamedOnceAndARangeOfDaysByBothEnds() {
        long june3 = PartialDate.parse("1998-06-03").start();
        assertEquals("3 June 1998", DateText.humanDays(june3, june3 + 86_400_000L));
        assertEquals("3 June 1998 – 4 June 1998", DateText.humanDays(june3, june3 + 2 * 86_400_000L));
    }

    @Test
    void aMonthPointCoversTheMonthAndIsVague() {
        When w = When.at(PartialDate.parse("2024-06"));
        assertEquals(Instant.parse("2024-06-01T00:00:00Z").toEpochMilli(), w.start());
        assertEquals(Instant.parse("2024-07-01T00:00:00Z").toEpochMilli(), w.end());
        assertTrue(w.isVague());
        assertFalse(w.isSpan());
        assertEquals("June 2024", w.describe());
    }

    @Test
    void aDateKnownToTheWeekCoversItsSevenDaysAndIsWrittenAsTheirSpan() {
        long may6 = PartialDate.parse("2020-05-06").start();
        When w = When.at(new PartialDate(may6, Precision.WEEK.endOfUnit(may6), Precision.WEEK, true));
        assertEquals(PartialDate.parse("2020-05-13").start(), w.end());
        assertTrue(w.isVague(), "drawn as the band of its week");
        assertFalse(w.isSpan());
        assertEquals("6–12 May 2020", w.describe());
        assertEquals("2020-05-06/2020-05-12", w.toIsoText());
        When days = w.inDays();
        assertTrue(days.isSpan());
        assertEquals(Precision.DAY, days.startPrecision());
        assertEquals(Precision.DAY, days.endPrecision());
        assertEquals(w.start(), days.start());
        assertEquals(w.end(), days.end());
        assertEquals(w.describe(), days.describe());

        long dec29 = PartialDate.parse("2019-12-29").start();
        When turn = When.at(new PartialDate(dec29, Precision.WEEK.endOfUnit(dec29), Precision.WEEK, true));
        assertEquals("29 Dec 2019 – 4 Jan 2020", turn.describe());
        When plain = When.at(PartialDate.parse("2020-05-06"));
        assertEquals(plain, plain.inDays(), "a date with no week in it is written as it is");
    }

    @Test
    void aListUnderAPictureGivesTheFilesWordingWhenItNamesItsYear() {
        When korean = When.span(PartialDate.parse("2015-04-02T00:00+09:00"), PartialDate.parse("2015-04-02T23:59+09:00"),
                false, "2015-04-02 (Korean date)", null);
        assertEquals("2015-04-02 (Korean date)", korean.listed());
        assertTrue(korean.describe().contains("UTC"), korean.describe());
        When autumn = When.span(PartialDate.parse("2024-09"), PartialDate.parse("2024-11"), true, "last autumn", null);
        assertEquals("last autumn (Sept–Nov 2024, approx.)", autumn.listed());
        assertEquals("June 2024", When.at(PartialDate.parse("2024-06")).listed());
    }

    @Test
    void aWordingThatSaysJustWhatWasReadIsShownOnce() {
        When years = When.span(PartialDate.parse("2018"), PartialDate.parse("2019"), false, "2018–2019", null);
        assertEquals("2018–2019", years.writtenAndRead(), "not \"2018–2019 (2018–2019)\"");
        When hyphen = When.span(PartialDate.parse("2018"), PartialDate.parse("2019"), true, "2018 - 2019", null);
        assertEquals("2018–2019 (approx.)", hyphen.writtenAndRead());
        When autumn = When.span(PartialDate.parse("2024-09"), PartialDate.parse("2024-11"), true, "last autumn", null);
        assertEquals("last autumn (Sept–Nov 2024, approx.)", autumn.writtenAndRead(), "other words keep the reading");
    }

    @Test
    void aSpanKeepsThePrecisionOfEachEnd() {
        When w = span("2024-09", "2024-11", true);
        assertEquals(Instant.parse("2024-09-01T00:00:00Z").toEpochMilli(), w.start());
        assertEquals(Instant.parse("2024-12-01T00:00:00Z").toEpochMilli(), w.end());
        assertEquals(Instant.parse("2024-10-01T00:00:00Z").toEpochMilli(), w.startUnitEnd());
        assertEquals(Instant.parse("2024-11-01T00:00:00Z").toEpochMilli(), w.endUnitStart());
        assertEquals("Sept–Nov 2024 (approx.)", w.describe());
        assertEquals("2024-09/2024-11", w.toIsoText());

        When mixed = span("2024-09-15", "2025", false);
        assertEquals(Precision.DAY, mixed.startPrecision());
        assertEquals(Precision.YEAR, mixed.endPrecision());
        assertEquals("15 Sept 2024 – 2025", mixed.describe());
    }

    @Test
    void describesAsPreciselyAsKnown() {
        assertEquals("19 June 2024", When.at(PartialDate.parse("2024-06-19")).describe());
        assertEquals("19 June 2024 10:00 UTC", When.at(PartialDate.parse("2024-06-19T10:00Z")).describe());
        assertEquals("2023", When.at(PartialDate.parse("2023")).describe());
        assertEquals("27–28 Feb 2019", span("2019-02-27", "2019-02-28", false).describe());
        assertEquals("2018–2019", span("2018", "2019", false).describe());
        assertEquals("June 2018 – Feb 2019", span("2018-06", "2019-02", false).describe());
    }

    @Test
    void theFilesWordsWinForTheLabel() {
        When w = When.span(PartialDate.parse("2024-09"), PartialDate.parse("2024-11"), true, "autumn 2024", null);
        assertEquals("autumn 2024", w.label());
        assertEquals("Sept–Nov 2024 (approx.)", w.describe());
    }

    @Test
    void aSpanCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> span("2024-06", "2024-05", false));
        assertThrows(IllegalArgumentException.class, () -> span("2024-06-20", "2024-06-19", false));
        span("2024-06-19", "2024-06-19", false);
    }
}
