package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.annalist.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The overview bar names the data's range at the precision that tells its ends apart. */
class OverviewLabelTest {
    private static TimeWindow range(String from, String to) {
        return new TimeWindow(PartialDate.parse(from).start(), PartialDate.parse(to).end());
    }

    @Test
    void yearsMonthsOrDaysNeverTheSameWordTwice() {
        assertEquals("2017 – 2025", Chrome.rangeLabel(range("2017-02-12", "2025-03-21")));
        assertEquals("June 2024 – August 2024", Chrome.rangeLabel(range("2024-06-01", "2024-08-15")));
        assertEquals("3 June 2024 – 19 June 2024", Chrome.rangeLabel(range("2024-06-03", "2024-06-19")));
        assertEquals("3 June 2024", Chrome.rangeLabel(range("2024-06-03", "2024-06-03")));
    }
}
