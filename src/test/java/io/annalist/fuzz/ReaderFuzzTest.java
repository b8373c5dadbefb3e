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
import io.annalist.io.SplitReads;
import io.annalist.model.DateFormatException;
import io.annalist.model.LoadReport;
import io.annalist.model.PartialDate;

/**
 * Every reader, fed any bytes: it returns a report — loaded, rejected, or the file refused
 * with a problem — and never throws, hangs or runs away with memory. {@code mvn verify}
 * replays the seed corpus in {@code src/test/resources/io/annalist/fuzz/ReaderFuzzTestInputs};
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ReaderFuzzTest#ourJson} fuzzes one reader for real. The
 * split reader is fuzzed too: any bytes read in small blocks on several threads, and
 * compressed, give what a one-thread read gives.
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

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    /** What a reader may allocate for any input: buffers and tables of its own ... */
    static final long FIXED_BYTES = 16L << 20;
    /**
     * ... and this many bytes per byte of input. While fuzzing, the coverage hooks in the
     * readers allocate on the same thread as they run (seen: 23 MB for a 1.4 kB CSV that
     * allocates 0.5 MB when replayed), so the allowance there is larger; replaying the corpus
     * in {@code mvn verify} holds every kept input to the tight one.
     */
    static final long BYTES_PER_INPUT_BYTE = System.getenv("JAZZER_FUZZ") == null ? 200 : 200 * 64;

    /**
     * Reads and checks that the reader allocated no more than its allowance for {@code size}
     * bytes. The first read along a path also loads classes and fills static tables, once per
     * run: an input over the allowance is read a second time, and that read must keep to it.
     */
    private static LoadResult bounded(int size, java.util.concurrent.Callable<LoadResult> read) throws Exception {
        long allowed = FIXED_BYTES + BYTES_PER_INPUT_BYTE * size;
        long before = THREADS.getCurrentThreadAllocatedBytes();
        LoadResult r = read.call();
        long used = THREADS.getCurrentThreadAllocatedBytes() - before;
        if (used > allowed) {
            before = THREADS.getCurrentThreadAllocatedBytes();
            r = read.call();
            used = THREADS.getCurrentThreadAllocatedBytes() - before;
        }
        assertTrue(used <= allowed, "allocated " + used + " bytes for an input of " + size);
        return r;
    }

    private static LoadResult viaFile(byte[] data, String name, Format format) throws Exception {
        Path dir = Files.createTempDirectory("annalist-fuzz");
        Path f = dir.resolve(name);
        try {
            Files.write(f, data);
            return bounded(data.length, () -> Formats.read(f, format));
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void ourJson(byte[] data) throws Exception {
        EventFileReader reader = new EventFileReader();
        assertSane(bounded(data.length, () -> reader.read(new ByteArrayInputStream(data), "fuzz.json")));
    }

    @FuzzTest(maxDuration = "30s")
    void timelineJs(byte[] data) throws Exception {
        assertSane(viaFile(data, "fuzz.json", Format.TIMELINEJS));
    }

    @FuzzTest(maxDuration = "30s")
    void acledCsv(byte[] data) throws Exception {
        assertSane(viaFile(data, "fuzz.csv", Format.ACLED));
    }

    @FuzzTest(maxDuration = "30s")
    void plainCsv(byte[] data) throws Exception {
        assertSane(viaFile(data, "fuzz.csv", Format.CSV));
    }

    @FuzzTest(maxDuration = "30s")
    void gdelt(byte[] data) throws Exception {
        assertSane(viaFile(data, "fuzz.export.CSV", Format.GDELT));
    }

    @FuzzTest(maxDuration = "30s")
    void ucdp(byte[] data) throws Exception {
        assertSane(viaFile(data, "fuzz.csv", Format.UCDP));
    }

    @FuzzTest(maxDuration = "30s")
    void icews(byte[] data) throws Exception {
        assertSane(viaFile(data, "fuzz.tab", Format.ICEWS));
    }

    /**
     * The split reader: any bytes read as ACLED, plain CSV, GDELT and TimelineJS on one thread
     * (within the allocation bound) and in 64-byte blocks on three threads give the same result,
     * and gzip-compressed the same again.
     */
    @FuzzTest(maxDuration = "30s")
    void splitRead(byte[] data) throws Exception {
        Path dir = Files.createTempDirectory("annalist-fuzz");
        Path f = dir.resolve("fuzz.csv");
        Path gz = dir.resolve("fuzz.csv.gz");
        try {
            Files.write(f, data);
            try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
                o.write(data);
            }
            for (Format format : new Format[]{Format.ACLED, Format.CSV, Format.GDELT, Format.TIMELINEJS}) {
                LoadResult one = bounded(data.length, () -> SplitReads.read(f, format, 1, 1 << 20));
                assertSane(one);
                LoadResult many = SplitReads.read(f, format, 3, 64);
                assertEquals(one.report(), many.report(), format.toString());
                assertEquals(one.dataset(), many.dataset(), format.toString());
                LoadResult zipped = SplitReads.read(gz, format, 3, 64);
                assertEquals(one.dataset(), zipped.dataset(), format + " compressed");
                assertEquals(one.report().read(), zipped.report().read());
            }
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(gz);
            Files.deleteIfExists(dir);
        }
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
