package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.annalist.model.Event;
import io.annalist.model.LoadReport;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad value names the same place in every importer: the file, the line, the 1-based
 * character column where its field starts in that line (at the opening quote of a quoted
 * field), and the field by the name the file gives it.
 */
class ProblemPlacesTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    /** Reads {@code text}, written to a file called {@code name}, as {@code format} (null: detected). */
    private LoadResult read(Format format, String name, String text) throws Exception {
        return Formats.read(write(name, text), format);
    }

    private static Problem problem(LoadResult r, String text) {
        return r.report().problems().stream().filter(p -> p.message().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem with '" + text + "': " + r.report().problems()));
    }

    /** The 1-based column of {@code what} in {@code line}, counted in characters. */
    private static int columnOf(String line, String what) {
        int i = line.indexOf(what);
        assertTrue(i >= 0, what + " in " + line);
        return line.codePointCount(0, i) + 1;
    }

    private static void assertAt(Problem p, int line, int column, String field) {
        assertEquals(line, p.line(), p.format());
        assertEquals(column, p.column(), p.format());
        assertEquals(field, p.path(), p.format());
        assertTrue(p.format().contains(":" + line + ":" + column + ": "), p.format());
    }

    /** The same file read in tiny blocks on several threads places its problems alike. */
    private static void assertSameOnThreads(Path f, Format format, LoadResult one) {
        LoadResult split = SplitReads.read(f, format, 3, 64);
        assertEquals(one.report().problems(), split.report().problems());
    }

    @Test
    void acledBadDateIsPlacedAtItsField() throws Exception {
        String bad = "UKR2,Кременчук,\"31 Febr\nuary 2020\",Battles,Armed clash";
        Path f = write("acled.csv", "event_id_cnty,location,event_date,event_type,sub_event_type,actor1\n"
                + "UKR1,Авдіївка,2020-05-09,Battles,Armed clash,Russia\n" + bad + ",Russia\n");
        LoadResult r = Formats.read(f, Format.ACLED);
        assertEquals(1, r.report().loaded());
        Problem p = problem(r, "31 Febr");
        assertEquals(Severity.ERROR, p.severity());
        // Characters, not bytes: the Cyrillic place before it is 8 characters of 16 bytes.
        assertAt(p, 3, columnOf(bad, "\"31 Febr"), "event_date");
        assertSameOnThreads(f, Format.ACLED, r);
    }

    @Test
    void acledWithUpperCaseHeaderNamesTheFieldAsTheFileDoes() throws Exception {
        Problem p = problem(read(Format.ACLED, "old.csv", "EVENT_ID_CNTY,EVENT_DATE,EVENT_TYPE\nUKR1,yesterday,Battles\n"),
                "yesterday");
        assertAt(p, 2, 6, "EVENT_DATE");
    }

    /** A GDELT 1.0 row with SOURCEURL (58 fields) from the test fixture, with field {@code i} set to {@code value}. */
    private static String gdeltRow(int i, String value) throws Exception {
        String row = Files.readAllLines(Path.of("src/test/resources/fixtures/gdelt1.export.CSV")).get(0);
        String[] f = row.split("\t", -1);
        assertEquals(58, f.length);
        f[i] = value;
        return String.join("\t", f);
    }

    @Test
    void gdeltBadValuesArePlacedByCharacterAndNamedByGdeltsFieldName() throws Exception {
        String badDay = gdeltRow(1, "20131345");
        String badCode = gdeltRow(26, "9x9");
        Path f = write("20130501.export.CSV", gdeltRow(1, "20130501") + "\n" + badDay + "\n" + badCode + "\n");
        LoadResult r = Formats.read(f, Format.GDELT);
        assertEquals(1, r.report().loaded(), r.report().problems().toString());
        assertAt(problem(r, "20131345"), 2, columnOf(badDay, "\t20131345") + 1, "SQLDATE");
        int codeColumn = 1;
        for (String cell : badCode.split("\t", -1)) {
            if (cell.equals("9x9")) {
                break;
            }
            codeColumn += cell.length() + 1;
        }
        assertAt(problem(r, "9x9"), 3, codeColumn, "EventCode");
        assertSameOnThreads(f, Format.GDELT, r);
    }

    @Test
    void ucdpBadEndDateAndEstimatesArePlacedAtTheirFields() throws Exception {
        String header = "id,side_a,side_b,type_of_violence,where_prec,date_prec,date_start,date_end,best,low,high";
        String badEnd = "2,Government of Testland,Test Front,1,1,1,2015-04-09,2015-13-40,12,10,30";
        String lowAboveHigh = "3,Government of Testland,Test Front,1,1,1,2015-04-09,2015-04-09,12,40,30";
        Path f = write("ged.csv", header + "\n1,Government of Testland,Test Front,1,1,1,2015-04-09,2015-04-09,12,10,30\n"
                + badEnd + "\n" + lowAboveHigh + "\n");
        LoadResult r = Formats.read(f, Format.UCDP);
        assertEquals(2, r.report().loaded(), r.report().problems().toString());
        assertAt(problem(r, "2015-13-40"), 3, columnOf(badEnd, "2015-13-40"), "date_end");
        Problem low = problem(r, "low estimate 40");
        assertEquals(Severity.WARNING, low.severity());
        assertAt(low, 4, columnOf(lowAboveHigh, ",40,") + 1, "low");
    }

    @Test
    void icewsBadCodeIsPlacedAtItsField() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/fixtures/icews-events.tab"));
        String bad = lines.get(1).replace("\t042\t", "\tvisit\t");
        Problem p = problem(read(Format.ICEWS, "events.tab", lines.get(0) + "\n" + bad + "\n"),
                "\"visit\" is not a CAMEO event code");
        assertAt(p, 2, columnOf(bad, "\tvisit\t") + 1, "CAMEO Code");
    }

    @Test
    void plainCsvBadValuesArePlacedAtTheirFieldEvenAfterALineBreakInAQuotedField() throws Exception {
        String second = "second line\",2024-13-01,Talks";
        Path f = write("sheet.csv", "summary,Date,title,latitude,analyst_comment\n"
                + "\"first line\n" + second + ",north,ok\n"
                + "Ünïcödé,,No date\n");
        LoadResult r = Formats.read(f, Format.CSV);
        assertEquals(0, r.report().loaded(), r.report().problems().toString());
        // The row starts on line 2; its date is on line 3, after the summary's line break.
        assertAt(problem(r, "2024-13-01"), 3, columnOf(second, "2024-13-01"), "Date");
        assertAt(problem(r, "no date"), 4, columnOf("Ünïcödé,,No date", ",No") , "Date");
        assertAt(problem(r, "analyst_comment"), 1, columnOf("summary,Date,title,latitude,analyst_comment",
                "analyst_comment"), "analyst_comment");
        assertSameOnThreads(f, Format.CSV, r);
    }

    @Test
    void plainCsvWarningsAboutAValueArePlacedAtItsField() throws Exception {
        String row = "2024-06-19,\"Talks, in Pyongyang\",north";
        LoadResult r = read(Format.CSV, "sheet.csv", "date,title,lat\n" + row + "\n");
        assertEquals(1, r.report().loaded());
        assertAt(problem(r, "\"north\" is not a number"), 2, columnOf(row, "north"), "lat");
    }

    @Test
    void tabSeparatedSpreadsheetIsRead() throws Exception {
        String row = "2024-06-19\tTalks, in Pyongyang\tmeeting\tRussia; North Korea";
        LoadResult r = read(null, "export.txt", "Date\tTitle\tKind\tActors\n" + row
                + "\n2024-02-30\tBad\tmeeting\tRussia\n");
        assertEquals(1, r.report().loaded(), r.report().problems().toString());
        Event e = r.dataset().events().get(0);
        assertEquals("Talks, in Pyongyang", e.title());
        assertEquals(2, e.actors().size());
        assertAt(problem(r, "2024-02-30"), 3, 1, "Date");
    }

    /**
     * A spreadsheet saved as "Unicode text" is UTF-16 with a byte-order mark, tab-separated, with
     * CRLF line ends: read as its characters, problems placed by character, plain and gzipped,
     * little- and big-endian, on one thread or several.
     */
    @Test
    void unicodeTextFromASpreadsheetIsRead() throws Exception {
        String flag = "\ud83d\udea9";
        String bad = flag + " \ubd81\ud55c\t2024-02-30\tBad\tmeeting";
        String text = "Place\tDate\tTitle\tKind\r\nPyongyang\t2024-06-19\tTalks, in " + flag + " Pyongyang\tmeeting\r\n"
                + bad + "\r\n";
        for (java.nio.charset.Charset utf16 : new java.nio.charset.Charset[]{StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            byte[] body = text.getBytes(utf16);
            byte[] all = new byte[body.length + 2];
            all[0] = (byte) (utf16 == StandardCharsets.UTF_16LE ? 0xFF : 0xFE);
            all[1] = (byte) (utf16 == StandardCharsets.UTF_16LE ? 0xFE : 0xFF);
            System.arraycopy(body, 0, all, 2, body.length);
            Path f = dir.resolve("export-" + utf16.name() + ".txt");
            Files.write(f, all);
            Path gz = dir.resolve("export-" + utf16.name() + ".txt.gz");
            try (java.io.OutputStream o = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
                o.write(all);
            }
            for (Path p : new Path[]{f, gz}) {
                LoadResult r = Formats.read(p, null);
                assertEquals(1, r.report().loaded(), p + ": " + r.report().problems());
                assertEquals("Talks, in " + flag + " Pyongyang", r.dataset().events().get(0).title());
                assertAt(problem(r, "2024-02-30"), 3, columnOf(bad, "2024-02-30"), "Date");
                assertSameOnThreads(p, null, r);
            }
        }
    }

    @Test
    void semicolonSeparatedSpreadsheetIsReadWithItsDecimalCommas() throws Exception {
        String bad = "2024-06-21;Exercise;north;125,75";
        LoadResult r = read(Format.CSV, "export.csv", "date;title;latitude;longitude\n"
                + "\"2024-06-19\";\"Talks; round 2\";39,03;125,75\n2024-06-20;Visit;;\n" + bad + "\n");
        assertEquals(3, r.report().loaded(), r.report().problems().toString());
        List<String> titles = r.dataset().events().stream().map(Event::title).collect(Collectors.toList());
        assertEquals(List.of("Talks; round 2", "Visit", "Exercise"), titles);
        assertEquals(39.03, r.dataset().events().get(0).where().lat(), 1e-9);
        assertEquals(125.75, r.dataset().events().get(0).where().lon(), 1e-9);
        assertAt(problem(r, "\"north\" is not a number"), 4, columnOf(bad, "north"), "latitude");
    }

    @Test
    void aFileThatCannotBeReadSaysWhatSeparatorWasSeen() throws Exception {
        LoadReport pipes = read(Format.CSV, "pipes.csv", "date|title|kind\n2024-06-19|Talks|meeting\n").report();
        assertTrue(pipes.fatal());
        String m = pipes.problems().get(0).message();
        assertTrue(m.contains("no date column"), m);
        assertTrue(m.contains("\"date|title|kind\", has no comma, tab or semicolon"), m);

        LoadReport tabs = read(Format.CSV, "tabs.tsv", "when it was\twhat\twho\n2024\tTalks\tRussia\n").report();
        String t = tabs.problems().get(0).message();
        assertTrue(t.contains("3 columns separated by tabs: \"when it was\", \"what\", \"who\""), t);
        assertEquals(1, tabs.problems().get(0).line());
    }
}
