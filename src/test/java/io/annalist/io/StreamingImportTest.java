package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.annalist.model.Event;
import io.annalist.model.LoadReport;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Imports read as streams, in blocks on several threads, give exactly what a one-thread
 * read gives — on clean, broken, cut-off and compressed files — and a broken row costs only
 * itself and the rows a runaway quote swallowed.
 */
class StreamingImportTest {
    @TempDir
    Path dir;

    /** An ACLED-like export of {@code rows} rows written for the test, with names that collide as slugs. */
    static String acled(int rows, long seed) {
        Random r = new Random(seed);
        String[] actors = {"Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)",
                "military forces of russia 2000", "Wagner Group", "Civilians (Ukraine)", "Protesters (Ukraine)"};
        String[] types = {"Battles,Armed clash", "Explosions/Remote violence,Shelling/artillery/missile attack",
                "Explosions/Remote violence,Air/drone strike", "Protests,Peaceful protest",
                "Strategic developments,Agreement"};
        StringBuilder b = new StringBuilder("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,"
                + "actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,"
                + "timestamp\n");
        for (int i = 0; i < rows; i++) {
            // Late rows name actors whose slugs collide with earlier names: ids must not depend on the blocks.
            String a1 = actors[(i * 7 + r.nextInt(2)) % (i > rows / 2 ? actors.length : 3 - 1)];
            String a2 = actors[r.nextInt(actors.length)];
            String notes = "Report " + i + (r.nextInt(5) == 0 ? ", with \"quotes\"\nand a second line" : "");
            b.append("UKR").append(i).append(',').append(2014 + r.nextInt(10)).append('-')
                    .append(String.format("%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))).append(",0,")
                    .append(1 + r.nextInt(3)).append(',').append(types[r.nextInt(types.length)]).append(',')
                    .append(a1).append(',').append(a2).append(",Ukraine,Donetsk,Town ").append(r.nextInt(50))
                    .append(',').append(47 + r.nextDouble()).append(',').append(37 + r.nextDouble()).append(',')
                    .append(1 + r.nextInt(3)).append(",Source ").append(r.nextInt(40)).append(",\"")
                    .append(notes.replace("\"", "\"\"")).append("\",").append(r.nextInt(20)).append(',')
                    .append(1600000000 + i).append('\n');
        }
        return b.toString();
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static LoadResult oneThread(Path file, Format format) {
        return Formats.read(file, format, ImportOptions.NONE, ReadProgress.NONE, 1, 1 << 20);
    }

    /** Reads on one thread in one block and on three threads in small blocks; asserts both give the same. */
    private static LoadResult assertSameSplit(Path file, Format format) {
        LoadResult one = oneThread(file, format);
        for (int block : new int[]{200, 4096}) {
            LoadResult many = Formats.read(file, format, ImportOptions.NONE, ReadProgress.NONE, 3, block);
            assertEquals(one.report(), many.report(), "blocks of " + block);
            assertEquals(one.dataset(), many.dataset(), "blocks of " + block);
        }
        LoadReport rep = one.report();
        assertEquals(rep.read(), rep.loaded() + rep.rejected() + rep.excluded());
        return one;
    }

    @Test
    void aCleanExportReadInBlocksOnThreadsIsTheSame() throws IOException {
        LoadResult r = assertSameSplit(write("clean.csv", acled(3000, 1)), Format.ACLED);
        assertEquals(3000, r.report().loaded(), r.report().problems().toString());
        assertEquals(3000, r.report().read(), "rows in the file");
        assertTrue(r.dataset().actors().stream().anyMatch(a -> a.id().endsWith("-2")),
                "names whose slugs collide get -2: " + r.dataset().actors());
    }

    @Test
    void brokenRowsRejectOnlyThemselves() throws IOException {
        List<String> lines = new java.util.ArrayList<>(acled(400, 2).lines().toList());
        // A bad date, a duplicate id, and a stray quote that swallows lines until the next quoted field.
        int bad = indexOfRowStart(lines, "UKR100,");
        lines.set(bad, lines.get(bad).replaceFirst("UKR100,[^,]*,", "UKR100,not a date,"));
        int dup = indexOfRowStart(lines, "UKR300,");
        lines.set(dup, lines.get(dup).replaceFirst("UKR300,", "UKR5,"));
        int stray = indexOfRowStart(lines, "UKR200,");
        lines.set(stray, lines.get(stray).replaceFirst(",Ukraine,", ",\"Ukraine,").replace(",\"Report 200\",",
                ",Report 200,"));
        int sameLine = indexOfRowStart(lines, "UKR250,");
        lines.set(sameLine, lines.get(sameLine).replace(",\"Report 250", ",\"Report\" 250"));
        Path f = write("broken.csv", String.join("\n", lines) + "\n");
        LoadResult r = assertSameSplit(f, Format.ACLED);
        assertFalse(r.failed());
        assertTrue(r.report().loaded() > 380, r.report().summary());
        Problem runaway = r.report().problems().stream().filter(p -> p.message().contains("a stray quote"))
                .findFirst().orElseThrow(() -> new AssertionError(r.report().problems().toString()));
        assertEquals(stray + 1, runaway.line());
        assertTrue(r.report().problems().stream().anyMatch(p -> p.line() == stray + 2
                && p.message().contains("inside the quoted field opened at line " + (stray + 1))),
                "the swallowed lines are listed by line");
        assertTrue(r.report().problems().stream().anyMatch(p -> p.line() == dup + 1 && p.message().contains("twice")));
        assertTrue(r.report().problems().stream().anyMatch(p -> p.line() == sameLine + 1
                && p.message().contains("text follows the closing quote")), r.report().problems().toString());
        assertTrue(r.dataset().events().stream().noneMatch(e -> e.id().equals("UKR250")));
        assertTrue(r.report().problems().stream().anyMatch(p -> p.line() == bad + 1
                && p.message().contains("not a date")));
        assertTrue(r.dataset().events().stream().anyMatch(e -> e.id().equals("UKR199")), "the row before loads");
        assertTrue(r.dataset().events().stream().anyMatch(e -> e.id().equals("UKR399")), "rows after load");
    }

    private static int indexOfRowStart(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void aDownloadCutShortInAQuotedFieldKeepsEveryRowBefore() throws IOException {
        String all = acled(2000, 3);
        int cut = all.indexOf("UKR1500,");
        cut = all.indexOf(",\"Report", cut) + 10;
        Path f = write("cut.csv", all.substring(0, cut));
        LoadResult r = assertSameSplit(f, Format.ACLED);
        assertFalse(r.failed());
        assertEquals(1500, r.report().loaded(), "every row before the cut");
        assertEquals(1501, r.report().read(), "the rows before the cut and the row it cut");
        Problem p = r.report().problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertTrue(p.message().contains("the file ends inside it"), p.message());
        assertEquals(r.report().read(), r.report().loaded() + r.report().rejected());
    }

    @Test
    void aQuoteRunningToTheEndCountsTheLinesItSwallowedAndNoMore() throws IOException {
        for (String end : new String[]{"", "\n", "\r\n"}) {
            Path f = write("runaway.csv", "date,title,kind\n2020-05-09,\"Kyiv talks,meeting\n2020-05-10,Other,meeting"
                    + end);
            LoadResult r = assertSameSplit(f, Format.CSV);
            assertEquals(2, r.report().read(), "two rows in the file, ending with " + end.length() + " break bytes");
            assertEquals(2, r.report().rejected());
            assertEquals(List.of(2, 3), r.report().problems().stream().map(Problem::line).toList());
        }
    }

    @Test
    void memoryNearlyFullAfterACollectionStopsTheReadWithTheOutOfMemoryMessage() throws IOException {
        Path f = write("big.csv", acled(2000, 9));
        for (Format format : new Format[]{Format.ACLED, null}) {
            LoadResult r = Formats.read(f, format, ImportOptions.NONE, ReadProgress.NONE, 2, 1 << 12, () -> true);
            assertTrue(r.failed(), "nothing half-read is shown");
            String told = r.report().problems().get(0).message();
            assertTrue(told.startsWith("not enough memory for the events of"), told);
        }
        LoadResult fine = Formats.read(f, Format.ACLED, ImportOptions.NONE, ReadProgress.NONE, 2, 1 << 12, () -> false);
        assertEquals(2000, fine.report().loaded());
    }

    @Test
    void runningOutOfMemorySaysWhatWasCountedAndOnlyTheWayOutThatTheFormatHas() throws IOException {
        Path f = write("big.csv", acled(2000, 9));
        int[] checks = {0};
        // Memory "runs out" at the fourth block: three blocks' rows were read.
        LoadResult r = Formats.read(f, Format.ACLED, ImportOptions.NONE, ReadProgress.NONE, 2, 1 << 12,
                () -> ++checks[0] > 3);
        String told = r.report().problems().get(0).message();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([\\d,]+) rows read before memory ran out,"
                + " of about ([\\d,]+) in the file\\)").matcher(told);
        assertTrue(m.find(), told);
        long read = Long.parseLong(m.group(1).replace(",", ""));
        long inAll = Long.parseLong(m.group(2).replace(",", ""));
        assertTrue(read > 0 && read < 2000, told);
        assertTrue(inAll > 1500 && inAll < 2500, "the 2,000 rows judged from the share of the file read: " + told);
        assertTrue(told.contains("a smaller export from ACLED"), told);
        assertFalse(told.contains("root events") || told.contains("sources") || told.contains("filter on import"),
                "ACLED has no import filter: " + told);

        Path g = write("big.export.CSV", Files.readString(Path.of("src/test/resources/fixtures/gdelt2.export.CSV"),
                StandardCharsets.UTF_8));
        String gdelt = Formats.read(g, null, ImportOptions.NONE, ReadProgress.NONE, 2, 1 << 12, () -> true).report()
                .problems().get(0).message();
        assertTrue(gdelt.contains("--root-only") && gdelt.contains("--min-sources"), gdelt);

        // Before any entry was counted, the count is a guess from the size, and says so.
        String json = OutOfMemory.message("big.json", Format.TIMELINEJS, 0, 132_989, 66L << 20);
        assertTrue(json.contains("(about 132,989 events, judged from its size of 66 MB)")
                && json.contains("split the file"), json);
        assertFalse(json.contains("root events"), json);
    }

    @Test
    void gzipAndZipGiveWhatThePlainFileGives() throws IOException {
        String text = acled(1500, 4);
        Path plain = write("events.csv", text);
        Path gz = dir.resolve("events.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Path zip = dir.resolve("events.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("__MACOSX/._events.csv"));
            z.write(new byte[]{1, 2});
            z.putNextEntry(new ZipEntry("export/events.csv"));
            z.write(text.getBytes(StandardCharsets.UTF_8));
        }
        LoadResult expected = oneThread(plain, null);
        for (Path f : new Path[]{gz, zip}) {
            LoadResult r = assertSameSplit(f, null);
            assertEquals(expected.dataset().events(), r.dataset().events(), f.toString());
            assertEquals(expected.report().loaded(), r.report().loaded());
        }
        // A cut-off gzip file: every row it still holds is read; the cut is reported.
        byte[] bytes = Files.readAllBytes(gz);
        Path cutGz = dir.resolve("cut.csv.gz");
        Files.write(cutGz, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        LoadResult cut = oneThread(cutGz, null);
        assertFalse(cut.failed(), "the rows before the cut stand: " + cut.report().summary());
        int n = cut.dataset().events().size();
        assertTrue(n > 0 && n < expected.dataset().events().size(), cut.report().summary());
        assertEquals(expected.dataset().events().subList(0, n), cut.dataset().events(),
                "the events before the cut, as the whole file has them");
        assertTrue(cut.report().problems().stream().anyMatch(p -> p.message().equals("the compressed file ends early"
                + " (cut short?): the lines before the cut are loaded; the line it cut and the rest of the file are missing")),
                "the cut is reported, in our words: " + cut.report().problems());
    }

    /** A gzipped "Unicode text" (UTF-16) download cut short loads the lines before the cut, and nothing made of half a character. */
    @Test
    void aCutShortGzipOfUnicodeTextLoadsTheLinesBeforeTheCut() throws IOException {
        StringBuilder text = new StringBuilder("Date\tTitle\tKind\r\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(String.format("2024-06-%02d\tTalks number %d in Pyongyang\tmeeting\r\n", 1 + i % 28, i));
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bytes)) {
            o.write(new byte[]{(byte) 0xFF, (byte) 0xFE});
            o.write(text.toString().getBytes(StandardCharsets.UTF_16LE));
        }
        byte[] gz = bytes.toByteArray();
        Path cut = dir.resolve("unicode-text.txt.gz");
        Files.write(cut, java.util.Arrays.copyOf(gz, gz.length / 2));
        LoadResult r = assertSameSplit(cut, null);
        assertFalse(r.failed(), r.report().summary());
        assertTrue(r.report().loaded() > 1000, r.report().summary());
        assertEquals(0, r.report().rejected(), "no row of half a character: " + r.report().problems());
        assertTrue(r.report().problems().stream().anyMatch(p -> p.message().startsWith("the compressed file ends early")));
    }

    @Test
    void aZipWithSeveralDataFilesSaysWhichAndReadsTheOneChosen() throws IOException {
        Path zip = dir.resolve("two.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("a.csv"));
            z.write(acled(5, 5).getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("b.csv"));
            z.write(acled(7, 6).getBytes(StandardCharsets.UTF_8));
        }
        LoadResult r = Formats.read(zip, null);
        assertTrue(r.failed());
        assertTrue(r.report().problems().get(0).message().contains("2 data files: a.csv, b.csv"),
                r.report().problems().toString());
        assertEquals(List.of("a.csv", "b.csv"), Formats.choices(zip));
        LoadResult b = Formats.read(zip, null, ImportOptions.NONE.withEntry("b.csv"), ReadProgress.NONE);
        assertEquals(7, b.report().loaded());
    }

    @Test
    void aProblemInAZipsDataFileNamesTheFileInTheArchive() throws IOException {
        Path zip = dir.resolve("one.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("export/ged.csv"));
            z.write((acled(3, 5) + "UKR-BAD,not a date,0,1,Protests,Peaceful protest,A,B,Ukraine,Kyiv,Kyiv,50,30,1,S,Note,0,1\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        LoadResult r = Formats.read(zip, null);
        assertEquals(1, r.report().rejected(), r.report().problems().toString());
        assertTrue(r.report().problems().stream().allMatch(p -> p.file().equals(zip + "!export/ged.csv")),
                r.report().problems().toString());
    }

    @Test
    void notUtf8BytesAreReadAsWindows1252FromWhereTheyAre() throws IOException {
        String text = acled(300, 7);
        byte[] utf8 = text.replace("Town 3,", "Zürich,").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "UKR9999,2020-01-01,0,1,Protests,Peaceful protest,A,B,Ukraine,Kyiv,Caf\u00e9,50,30,1,S,Note,0,1\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = java.util.Arrays.copyOf(utf8, utf8.length + tail.length);
        System.arraycopy(tail, 0, all, utf8.length, tail.length);
        Path f = dir.resolve("mixed.csv");
        Files.write(f, all);
        LoadResult r = assertSameSplit(f, Format.ACLED);
        assertEquals(301, r.report().loaded());
        Event last = r.dataset().events().stream().filter(e -> e.id().equals("UKR9999")).findFirst().orElseThrow();
        assertTrue(last.title().endsWith("Café"), last.title());
        assertTrue(r.dataset().events().stream().anyMatch(e -> e.where() != null && e.where().name().startsWith("Zürich")));
        assertTrue(r.report().problems().stream().anyMatch(p -> p.message().contains("Windows-1252")
                && p.severity() == Severity.WARNING));
    }

    /** A TimelineJS file of {@code n} entries, one a line, each with an id of its own. */
    static String timelineJs(int n) {
        StringBuilder b = new StringBuilder("{\"title\": {\"text\": {\"headline\": \"Test\"}},\n \"events\": [\n");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",\n").append("{\"unique_id\": \"e").append(i)
                    .append("\", \"start_date\": {\"year\": ").append(1990 + i % 30)
                    .append("}, \"text\": {\"headline\": \"<b>Event</b> ").append(i).append("\"}, \"group\": \"G")
                    .append(i % 7).append("\"}");
        }
        return b.append("]}\n").toString();
    }

    /**
     * A TimelineJS download cut short keeps every entry before the cut, as a CSV does: the entry
     * the cut went through is rejected where it starts, and counted; a cut between two entries
     * costs none. Broken JSON inside an entry stops the reading there, keeping those before it.
     */
    @Test
    void aTimelineJsFileCutShortKeepsEveryEntryBefore() throws IOException {
        String all = timelineJs(300);
        int entry = all.indexOf("{\"unique_id\": \"e200\"");
        LoadResult cut = assertSameSplit(write("cut.json", all.substring(0, entry + 40)), Format.TIMELINEJS);
        assertFalse(cut.failed(), cut.report().problems().toString());
        assertEquals(200, cut.report().loaded());
        assertEquals(201, cut.report().read(), "the entries before the cut and the one it cut");
        Problem p = cut.report().problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst()
                .orElseThrow();
        assertEquals(203, p.line(), p.format());
        assertEquals(1, p.column(), p.format());
        assertEquals("$.events[200]", p.path());
        assertTrue(p.message().contains("the file ends inside this entry (cut short?)"), p.message());
        assertEquals(cut.dataset().events(), oneThread(write("whole.json", all), Format.TIMELINEJS).dataset().events()
                .subList(0, 200), "the entries before the cut, as the whole file has them");

        Path gz = dir.resolve("cut.json.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(all.substring(0, entry + 40).getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(cut.dataset().events(), assertSameSplit(gz, null).dataset().events(), "gzipped, detected");

        LoadResult between = assertSameSplit(write("between.json", all.substring(0, entry - 2)), Format.TIMELINEJS);
        assertEquals(200, between.report().loaded());
        assertEquals(200, between.report().read(), "no entry was cut");
        assertTrue(between.report().problems().stream().anyMatch(x -> x.severity() == Severity.ERROR
                && x.message().contains("the file ends")), between.report().problems().toString());

        String broken = all.replace("\"unique_id\": \"e150\",", "\"unique_id\": \"e150\",,");
        LoadResult stopped = assertSameSplit(write("broken.json", broken), Format.TIMELINEJS);
        assertEquals(150, stopped.report().loaded());
        assertEquals(151, stopped.report().read());
        Problem s = stopped.report().problems().stream().filter(x -> x.severity() == Severity.ERROR).findFirst()
                .orElseThrow();
        assertEquals(153, s.line());
        assertTrue(s.message().contains("reading stops here"), s.message());
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"GDELT", "UCDP", "ICEWS", "CSV", "TIMELINEJS"})
    void everyImporterIsTheSameInBlocks(Format format) throws IOException {
        String fixture = switch (format) {
            case GDELT -> "gdelt2.export.CSV";
            case UCDP -> "ucdp-ged-release.csv";
            case ICEWS -> "icews-events.tab";
            case CSV -> "numeric-dates.csv";
            default -> "timelinejs3.json";
        };
        String text = Files.readString(Path.of("src/test/resources/fixtures", fixture), StandardCharsets.UTF_8);
        // The fixture many times over, each copy with its own ids.
        StringBuilder b = new StringBuilder();
        int rowsPerCopy = 0;
        if (format == Format.TIMELINEJS) {
            b.append(timelineJs(300));
        } else {
            String[] lines = text.split("\n");
            int header = format == Format.GDELT ? 0 : 1;
            rowsPerCopy = lines.length - header;
            for (int i = 0; i < header; i++) {
                b.append(lines[i]).append('\n');
            }
            for (int copy = 0; copy < 200; copy++) {
                for (int i = header; i < lines.length; i++) {
                    // Each copy with ids of its own; the spreadsheet has none, and makes them from the content.
                    b.append(format == Format.CSV ? "" : copy + "x").append(lines[i]).append('\n');
                }
            }
        }
        LoadResult r = assertSameSplit(write("many-" + fixture, b.toString()), format);
        assertTrue(r.report().loaded() >= 300, r.report().summary());
        if (format == Format.TIMELINEJS) {
            assertEquals(300, r.report().read(), "entries in the file");
            return;
        }
        int rows = 200 * rowsPerCopy;
        assertEquals(rows, r.report().read(), "rows in the file: " + r.report().summary());
        // Broken, cut off and compressed, each read in blocks on threads as on one thread.
        String clean = b.toString();
        int mid = clean.indexOf('\n', clean.length() / 2) + 1;
        LoadResult broken = assertSameSplit(write("broken-" + fixture, clean.substring(0, mid)
                + "a row of nothing that fits\n" + clean.substring(mid)), format);
        assertEquals(r.report().loaded(), broken.report().loaded(), "a broken row costs only itself");
        assertEquals(r.report().rejected() + 1, broken.report().rejected(), broken.report().summary());
        assertEquals(rows + 1, broken.report().read(), "rows in the broken file");
        LoadResult half = assertSameSplit(write("half-" + fixture, clean.substring(0, mid)), format);
        int halfRows = (int) clean.substring(0, mid).chars().filter(c -> c == '\n').count() - (format == Format.GDELT
                ? 0 : 1);
        assertEquals(halfRows, half.report().read(), "rows in the first half");
        LoadResult cut = assertSameSplit(write("cut-" + fixture, clean.substring(0, mid + 25)), format);
        assertTrue(cut.report().loaded() >= half.report().loaded(), "every whole row before the cut loads: "
                + cut.report().summary());
        assertEquals(halfRows + 1, cut.report().read(), "the rows before the cut and the row it cut");
        Path gz = dir.resolve("many-" + fixture + ".gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(clean.getBytes(StandardCharsets.UTF_8));
        }
        LoadResult zipped = assertSameSplit(gz, format);
        assertEquals(r.dataset().events(), zipped.dataset().events(), "gzip as plain");
        assertEquals(rows, zipped.report().read());
        Path zip = dir.resolve("many-" + fixture + ".zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry(fixture));
            z.write(clean.getBytes(StandardCharsets.UTF_8));
        }
        LoadResult archived = assertSameSplit(zip, format);
        assertEquals(r.dataset().events(), archived.dataset().events(), "zip as plain");
        assertEquals(rows, archived.report().read());
    }
}
