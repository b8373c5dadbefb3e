package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Open dialog asks how numeric dates are written only when the file's first lines hold one
 * whose order of day and month matters: one that reads two ways, or one that reads only one way
 * (25/12/2020), for the file's later dates may then read two ways.
 */
class DatesReadingTwoWaysTest {
    @TempDir
    Path dir;

    @Test
    void onlyADateThatReadsAsTwoDaysNeedsTheOrder() {
        assertTrue(LenientDates.orderMatters("id,date\n1,03/04/2020\n"));
        assertTrue(LenientDates.orderMatters("id,date\n1,25/04/2020\n2,3.4.2020\n"));
        assertFalse(LenientDates.orderMatters("id,date\n1,2020-04-03\n2,2015-05-31\n"), "ISO dates");
        assertTrue(LenientDates.orderMatters("id,date\n1,25/04/2020\n2,04/04/2020\n"),
                "25/04/2020 reads only day first: the file's later dates may read two ways");
        assertTrue(LenientDates.orderMatters("id,date\n1,12/25/2020\n"), "only month first");
        assertFalse(LenientDates.orderMatters("id,date\n1,04/04/2020\n2,2020/04/05\n"),
                "the same day either way, and a year written first");
        assertFalse(LenientDates.orderMatters("id,coordinates\n1,12.5,30.25\n"), "numbers are not dates");
    }

    /** An export sorted newest first whose first megabyte holds only days after the 12th: its later rows need the order. */
    @Test
    void aFileWhoseFirstDatesReadOneWayIsAskedToo() throws IOException {
        StringBuilder b = new StringBuilder("event_id_cnty,event_date,event_type,actor1\n");
        for (int i = 0; i < 20_000; i++) {
            b.append("UKR").append(i).append(',').append(31 - i * 19 / 20_000).append("/12/2023,Battles,A\n");
        }
        Path f = Files.writeString(dir.resolve("acled-resaved.csv"), b.toString());
        assertTrue(Files.size(f) > 1 << 19);
        assertTrue(Formats.dateOrderMatters(f, ImportOptions.NONE));
    }

    @Test
    void aUcdpReleaseWithIsoDatesIsNotAskedAbout() throws IOException {
        Path iso = Files.writeString(dir.resolve("ged.csv"), "id,date_start,date_end\n900001,2015-04-09,2015-04-09\n");
        Path slashed = Files.writeString(dir.resolve("other.csv"), "id,date\n1,03/04/2020\n");
        assertFalse(Formats.dateOrderMatters(iso, ImportOptions.NONE));
        assertTrue(Formats.dateOrderMatters(slashed, ImportOptions.NONE));
    }
}
