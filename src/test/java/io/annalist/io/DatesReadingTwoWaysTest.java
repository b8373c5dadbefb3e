package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Open dialog asks how numeric dates are written only when the file holds one that reads two ways. */
class DatesReadingTwoWaysTest {
    @TempDir
    Path dir;

    @Test
    void onlyADateThatReadsAsTwoDaysNeedsTheOrder() {
        assertTrue(LenientDates.hasDateReadingTwoWays("id,date\n1,03/04/2020\n"));
        assertTrue(LenientDates.hasDateReadingTwoWays("id,date\n1,25/04/2020\n2,3.4.2020\n"));
        assertFalse(LenientDates.hasDateReadingTwoWays("id,date\n1,2020-04-03\n2,2015-05-31\n"), "ISO dates");
        assertFalse(LenientDates.hasDateReadingTwoWays("id,date\n1,25/04/2020\n2,04/04/2020\n"), "one way each");
        assertFalse(LenientDates.hasDateReadingTwoWays("id,coordinates\n1,12.5,30.25\n"), "numbers are not dates");
    }

    @Test
    void aUcdpReleaseWithIsoDatesIsNotAskedAbout() throws IOException {
        Path iso = Files.writeString(dir.resolve("ged.csv"), "id,date_start,date_end\n900001,2015-04-09,2015-04-09\n");
        Path slashed = Files.writeString(dir.resolve("other.csv"), "id,date\n1,03/04/2020\n");
        assertFalse(Formats.hasDatesReadingTwoWays(iso, ImportOptions.NONE));
        assertTrue(Formats.hasDatesReadingTwoWays(slashed, ImportOptions.NONE));
    }
}
