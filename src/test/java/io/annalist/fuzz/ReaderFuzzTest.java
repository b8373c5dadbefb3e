package io.annalist.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.annalist.io.Format;
import io.annalist.io.Formats;
import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.model.DateFormatException;
import io.annalist.model.LoadReport;
import io.annalist.model.PartialDate;

/**
 * Every reader, fed any bytes: it returns a report — loaded, rejected, or the file refused
 * with a problem — and never throws, hangs or runs away with memory. {@code mvn verify}
 * replays the seed corpus in {@code src/test/resources/io/annalist/fuzz/ReaderFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest#ourJson} fuzzes one reader for real.
 */
class ReaderFuzzTest {

    private static void assertSane(LoadResult r) {
        assertNotNull(r);
        LoadReport rep = r.report();
        assertEquals(rep.read(), rep.loaded() + rep.rejected());
        assertEquals(rep.loaded(), r.dataset().events().size());
        if (rep.fatal()) {
            assertEquals(1, rep.problems().size());
            assertTrue(r.dataset().events().isEmpty());
        }
    }

    private static LoadResult viaFile(byte[] data, String name, Format format) throws IOException {
        Path dir = Files.createTempDirectory("annalist-fuzz");
        Path f = dir.resolve(name);
        try {
            Files.write(f, data);
            return Formats.read(f, format);
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void ourJson(byte[] data) {
        assertSane(new EventFileReader().read(new ByteArrayInputStream(data), "fuzz.json"));
    }

    @FuzzTest(maxDuration = "30s")
    void timelineJs(byte[] data) throws IOException {
        assertSane(viaFile(data, "fuzz.json", Format.TIMELINEJS));
    }

    @FuzzTest(maxDuration = "30s")
    void acledCsv(byte[] data) throws IOException {
        assertSane(viaFile(data, "fuzz.csv", Format.ACLED));
    }

    @FuzzTest(maxDuration = "30s")
    void plainCsv(byte[] data) throws IOException {
        assertSane(viaFile(data, "fuzz.csv", Format.CSV));
    }

    @FuzzTest(maxDuration = "30s")
    void dates(String text) {
        try {
            PartialDate d = PartialDate.parse(text);
            assertTrue(d.end() > d.start());
        } catch (DateFormatException expected) {
            assertNotNull(expected.getMessage());
        }
    }
}
