package io.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import options on the command line, compressed files, and running out of memory as one line. */
@org.junit.jupiter.api.Tag("toolkit")
class ImportCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String fixture(String name) {
        return "src/test/resources/fixtures/" + name;
    }

    @Test
    void dateOrderAndGdeltOptionsChangeWhatLoadsAndSaySo() {
        Run plain = run("validate", fixture("numeric-dates.csv"));
        assertEquals(1, plain.code());
        assertTrue(plain.out().contains("numeric-dates.csv:4:1: error: \"03/04/2020\" can be read as 3 April 2020 (dmy)"
                + " or 4 March 2020 (mdy)"), plain.out());
        Run dmy = run("validate", "--date-order", "dmy", fixture("numeric-dates.csv"));
        assertTrue(dmy.out().contains("5 events: 3 loaded, 2 rejected"), dmy.out());
        Run bad = run("validate", "--date-order", "dym", fixture("numeric-dates.csv"));
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--date-order must be dmy, mdy or ymd"), bad.err());

        Run all = run("validate", fixture("gdelt2.export.CSV"));
        assertTrue(all.out().contains("8 events: 7 loaded, 1 rejected, 0 warnings"), all.out());
        Run root = run("validate", "--root-only", "--min-sources", "2", fixture("gdelt2.export.CSV"));
        assertTrue(root.out().contains("8 events: 2 loaded, 0 rejected, 6 left out by import options"), root.out());
        assertTrue(root.out().contains("6 rows left out by the import options: 1 not a root event"), root.out());
    }

    @Test
    void convertReadsAZipEntryAndWritesClashes() throws Exception {
        Path zip = dir.resolve("ged.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : new String[]{"ucdp-ged-release.csv", "icews-events.tab"}) {
                z.putNextEntry(new ZipEntry(name));
                z.write(Files.readAllBytes(Path.of(fixture(name))));
            }
        }
        Path out = dir.resolve("ged.json");
        Run refused = run("convert", zip.toString(), "--out", out.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("2 data files: ucdp-ged-release.csv, icews-events.tab"), refused.err());
        assertFalse(Files.exists(out));
        Run r = run("convert", zip.toString(), "--entry", "ucdp-ged-release.csv", "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        LoadResult back = new EventFileReader().read(out);
        assertEquals(4, back.report().loaded(), back.report().problems().toString());
        assertTrue(Files.readString(out).contains("\"kind\" : \"clash\""));
    }

    /** Rows of a large ACLED export, written for the test. */
    private static void writeLarge(Path f, int rows) throws Exception {
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(f))) {
            o.write(("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,location,notes\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < rows; i++) {
                o.write(("E" + i + ",2020-01-" + (1 + i % 28) + ",Battles,Armed clash,Side " + (i % 5000) + ",Other "
                        + (i % 7000) + ",Town " + i + ",\"" + "Notes of a clash, unique " + i + " ".repeat(60)
                        + "\"\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void runningOutOfMemoryIsOneLineNeverAStackTrace() throws Exception {
        Path f = dir.resolve("large.csv");
        writeLarge(f, 400_000);
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                "io.annalist.Annalist", "validate", f.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertTrue(output.contains("not enough memory for the events of " + f), output);
        assertTrue(output.contains(" rows read before memory ran out, of about "), output);
        assertTrue(output.contains("a smaller export from ACLED"), output);
        assertTrue(output.contains("-Xmx"), output);
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), output);
        assertEquals(2, p.exitValue(), output);
    }
}
