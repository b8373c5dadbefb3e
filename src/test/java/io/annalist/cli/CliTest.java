package io.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("toolkit")
class CliTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void validateCleanFilesExitsZero() {
        Run r = run("validate", "data/russia-north-korea-2018-2025.json", "data/nk-missile-tests-1984-2026.json");
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(List.of("data/russia-north-korea-2018-2025.json: 18 events: 18 loaded, 0 rejected, 0 warnings",
                "data/nk-missile-tests-1984-2026.json: 339 events: 339 loaded, 0 rejected, 0 warnings"), r.lines());
    }

    @Test
    void validateListsEachProblemAndExitsOneWhenEventsAreRejected() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, """
                {"format": "annalist/1", "sources": [{"id": "s", "title": "S"}],
                 "events": [
                  {"id": "a", "kind": "other", "when": "2024-02-30", "sources": ["s"]},
                  {"id": "b", "kind": "other", "when": "2024", "sources": ["s"], "mood": 1}
                 ]}
                """);
        Run r = run("validate", f.toString());
        assertEquals(1, r.code());
        assertTrue(r.lines().contains(f + ":3:40: error: \"2024-02-30\" is not a day: February 2024 has 29 days"
                + " (at $.events[0].when)"), r.out());
        assertTrue(r.lines().stream().anyMatch(l -> l.startsWith(f + ":4:") && l.contains(": warning: unknown field")),
                r.out());
        assertEquals(f + ": 2 events: 1 loaded, 1 rejected, 3 warnings", r.lines().get(r.lines().size() - 1));
    }

    @Test
    void oneOfAnythingIsCountedInTheSingular() throws Exception {
        Path f = dir.resolve("one.json");
        Files.writeString(f, """
                {"format": "annalist/1", "sources": [{"id": "s", "title": "S"}],
                 "events": [{"id": "a", "kind": "other", "title": "A", "when": "2024", "sources": ["s"], "mood": 1}]}
                """);
        Run r = run("validate", f.toString());
        assertEquals(f + ": 1 event: 1 loaded, 0 rejected, 1 warning", r.lines().get(r.lines().size() - 1));
        Path out = dir.resolve("one-out.json");
        Run c = run("convert", f.toString(), "--out", out.toString());
        assertTrue(c.out().contains(": 1 event: 1 loaded, 0 rejected, 1 warning"), c.out());
        Path generated = dir.resolve("generated.json");
        Run g = run("generate", "--events", "1", "--out", generated.toString());
        assertEquals(generated + ": 1 event", g.out().strip(), g.err());
        assertEquals("1 of 2 lanes did not fit the height and is left out: Russia (a height of auto fits them all)",
                new io.annalist.export.Exporter.Done(dir.resolve("x.png"), 200, 120, 1,
                        io.annalist.export.Counted.NONE, 1, 2, List.of("Russia")).leftOutWarning());
    }

    @Test
    void anExportOfAFileWithRejectedEventsSaysHowManyAreNotInThePicture() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, """
                {"format": "annalist/1", "sources": [{"id": "s", "title": "S"}],
                 "events": [
                  {"id": "a", "kind": "other", "when": "2024-02-30", "sources": ["s"]},
                  {"id": "b", "kind": "other", "title": "Kept", "when": "2024", "sources": ["s"]}
                 ]}
                """);
        Path out = dir.resolve("bad.svg");
        Run r = run("export", f.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains("1 event of the file not loaded and not in this picture (annalist validate bad.json"
                + " lists why)"), "the footer says what the picture lacks");
        assertTrue(r.err().contains(f + ": 1 event rejected (see: annalist validate"), r.err());
        Path clean = dir.resolve("clean.svg");
        assertEquals(0, run("export", "data/russia-north-korea-2018-2025.json", "--out", clean.toString()).code());
        assertTrue(!Files.readString(clean).contains("not loaded"));
    }

    @Test
    void aLaneThatNamesNoLaneIsRefusedWithTheLanesThereAre() {
        Run r = run("export", "data/nk-missile-tests-1984-2026.json", "--lane", "missile_test", "--out",
                dir.resolve("x.png").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no lane \"missile_test\" in nk-missile-tests-1984-2026.json with lanes by actor;"
                + " its lanes are: north-korea (--lanes kind gives lanes by kind)"), r.err());
        assertTrue(!Files.exists(dir.resolve("x.png")));
        assertEquals(0, run("export", "data/nk-missile-tests-1984-2026.json", "--lanes", "kind", "--lane",
                "missile_test", "--out", dir.resolve("y.png").toString()).code());
    }

    @Test
    void anUnreadableFileExitsTwo() throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\"format\": \"annalist/1\", \"events\": [");
        Run r = run("validate", f.toString(), "data/russia-north-korea-2018-2025.json");
        assertEquals(2, r.code());
        assertTrue(r.out().contains(f + ":1:"), r.out());
        assertTrue(r.out().contains(": error: malformed JSON"), r.out());
        assertTrue(r.out().contains("18 events: 18 loaded"), "other files are still checked");
    }

    @Test
    void badArgumentsGiveOneLineAndExitTwo() {
        Run r = run("validate");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("annalist: Missing required parameter"), r.err());
        assertEquals(2, run("frobnicate", "x").code());
    }

    @Test
    void exportOptionsAreRefusedInTheWordsTheyAreWrittenIn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String data = "data/russia-north-korea-2018-2025.json";
        String out = dir.resolve("x.png").toString();
        Run kind = run("export", data, "--out", out, "--kind", "bogus");
        assertEquals(2, kind.code());
        assertTrue(kind.err().contains("\"bogus\" is not a kind; the kinds are visit, troop_deployment, missile_test"),
                kind.err());
        Run narrow = run("export", data, "--out", out, "--width", "50");
        assertEquals(2, narrow.code());
        assertTrue(narrow.err().contains("at least 200 pixels wide, not 50"), narrow.err());
        Run one = run("export", data, "--out", out, "--kind", "Agreement", "--kind", "missile-test");
        assertEquals(0, one.code(), one.err());
        Run single = run("export", data, "--out", out, "--kind", "agreement");
        assertTrue(single.out().contains(", 1 event drawn"), single.out());
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("validate"));
        Run version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("annalist "), version.out());
        assertFalse(version.out().contains("unknown"), version.out());
    }

    @Test
    void importCnsRebuildsTheBundledFile() throws Exception {
        Path out = dir.resolve("cns.json");
        Run r = run("import-cns", "data/sources/cns-nk-missile-tests", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(Files.readString(Path.of("data/nk-missile-tests-1984-2026.json")), Files.readString(out));
        assertEquals(2, run("import-cns", dir.toString(), "--out", out.toString()).code());
    }

    @Test
    void theLauncherTellsFilesFromCommands() {
        assertTrue(io.annalist.AnnalistLauncherAccess.opensWindow());
        assertTrue(io.annalist.AnnalistLauncherAccess.opensWindow("events.json"));
        assertFalse(io.annalist.AnnalistLauncherAccess.opensWindow("validate", "x.json"));
        assertFalse(io.annalist.AnnalistLauncherAccess.opensWindow("--help"));
    }
}
