package io.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.annalist.io.AnalystBlock;
import io.annalist.io.EventFileReader;
import io.annalist.io.Formats;
import io.annalist.io.WorkspaceWriter;
import io.annalist.marks.Marks;
import io.annalist.marks.Workspace;
import io.annalist.model.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist convert} keeps only what was marked when asked, and writes the marks with the events. */
@org.junit.jupiter.api.Tag("toolkit")
class ConvertMarksTest {
    private static final Instant T = Instant.parse("2025-03-01T10:15:00Z");

    @TempDir
    Path dir;
    private Path data;
    private List<Event> events;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void workspaceBesideTheData() throws Exception {
        data = dir.resolve("events.json");
        Files.copy(Path.of("data/russia-north-korea-2018-2025.json"), data);
        events = new EventFileReader().read(data).dataset().events();
        Marks m = Marks.NONE.withStar(events.subList(0, 3), true).withTag(events.subList(2, 5), "follow-up")
                .withNote(events.subList(4, 6), "Ask about it.", "ana", T);
        new WorkspaceWriter().write(Workspace.EMPTY.withMarks(m), Workspace.beside(data));
    }

    private List<String> idsIn(Path file) {
        return Formats.read(file, null).dataset().events().stream().map(Event::id).toList();
    }

    private List<String> ids(int from, int to) {
        return events.subList(from, to).stream().map(Event::id).toList();
    }

    @Test
    void onlyStarredTaggedOrNotedEventsAreWritten() {
        Path out = dir.resolve("starred.json");
        Run r = run("convert", data.toString(), "--out", out.toString(), "--starred");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("; 3 written (only starred)"), r.out());
        assertEquals(ids(0, 3), idsIn(out));
        run("convert", data.toString(), "--out", out.toString(), "--tagged", "Follow-Up");
        assertEquals(ids(2, 5), idsIn(out), "tags ignore case");
        run("convert", data.toString(), "--out", out.toString(), "--with-notes", "--tagged", "follow-up");
        assertEquals(ids(4, 5), idsIn(out), "conditions combine");
        Path csv = dir.resolve("noted.csv");
        assertEquals(0, run("convert", data.toString(), "--out", csv.toString(), "--with-notes").code());
        assertEquals(ids(4, 6), idsIn(csv));
    }

    @Test
    void theWrittenEventsCarryTheMarksAndAColleagueCanSelectByThem() {
        Path out = dir.resolve("all.json");
        assertEquals(0, run("convert", data.toString(), "--out", out.toString()).code());
        List<Event> written = Formats.read(out, null).dataset().events();
        assertEquals(events.size(), written.size());
        Event noted = written.stream().filter(e -> e.id().equals(events.get(4).id())).findFirst().orElseThrow();
        assertEquals("Ask about it.", AnalystBlock.read(noted).notes().get(0).text());
        // Without the workspace (none beside all.json), the marks the file carries still select.
        Path starred = dir.resolve("starred-from-copy.csv");
        assertEquals(0, run("convert", out.toString(), "--out", starred.toString(), "--starred").code());
        assertEquals(ids(0, 3), idsIn(starred));
    }

    @Test
    void anUnreadableWorkspaceStopsTheConversionWithItsPlace() throws Exception {
        Files.writeString(Workspace.beside(data), "{\"format\": \"annalist-workspace/1\",\n \"marks\": 3}");
        Path out = dir.resolve("x.json");
        Run r = run("convert", data.toString(), "--out", out.toString(), "--starred");
        assertEquals(2, r.code());
        assertTrue(r.err().contains(Workspace.beside(data) + ":2:11: error: \"marks\" should be a list"), r.err());
        assertTrue(Files.notExists(out));
    }
}
