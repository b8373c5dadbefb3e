package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.marks.Marks;
import io.annalist.marks.SavedView;
import io.annalist.marks.Workspace;
import io.annalist.model.Confidence;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.model.MarkFacet;
import io.annalist.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/** The workspace file: written and read back the same, refused whole with its line and column, written all or nothing. */
class WorkspaceFileTest {
    private static final Instant T = Instant.parse("2025-03-01T10:15:00Z");

    @TempDir
    Path dir;

    private static List<Event> bundled() {
        return new EventFileReader().read(Path.of("data/russia-north-korea-2018-2025.json")).dataset().events();
    }

    /** A workspace that uses every part of the format. */
    static Workspace everything(List<Event> events) {
        Marks m = Marks.NONE.withStar(events.subList(0, 3), true)
                .withTag(events.subList(1, 4), "follow-up").withTag(events.subList(2, 3), "check source")
                .withNote(events.subList(0, 2), "Line one\nline two — «quoted» <b>not markup</b> 한국어", "ana", T)
                .withNote(events.subList(0, 1), "second", "ben", T.plusSeconds(5));
        String noteId = m.get(events.get(0).id()).notes().get(1).id();
        m = m.withNoteText(events.get(0).id(), noteId, "second, changed", T.plusSeconds(60));
        String gone = m.get(events.get(1).id()).notes().get(0).id();
        m = m.withoutNote(events.get(1).id(), gone, T.plusSeconds(90));
        EventFilter f = new EventFilter(Set.of("russia", "north-korea"), true, true,
                EnumSet.of(EventKind.VISIT, EventKind.TROOP_DEPLOYMENT), -2_000_000_000_000L, 1_800_000_000_000L,
                "kursk", EnumSet.of(Confidence.REPORTED), new MarkFacet(true, Set.of("follow-up"), true))
                .withPlace(io.annalist.map.PlaceFilter.box(38.5, 124.8, 40.5, 126.5));
        SavedView v1 = SavedView.create("Kursk, autumn 2024", 1_725_000_000_000L, 1_735_000_000_123L, f, "kind",
                Set.of("visit", "meeting"), true, events.get(2).id());
        SavedView v2 = SavedView.create("Everything", 0, 1, EventFilter.NONE, "actor", Set.of(), false, null);
        return new Workspace("russia-north-korea-2018-2025.json", m, List.of(v1, v2));
    }

    @Test
    void aWorkspaceIsReadBackIdentical() throws IOException {
        Workspace w = everything(bundled());
        Path file = dir.resolve("events.json" + Workspace.SUFFIX);
        new WorkspaceWriter().write(w, file);
        WorkspaceReader.Result r = new WorkspaceReader().read(file);
        assertFalse(r.failed(), () -> r.problem().format());
        assertEquals(w, r.workspace());
        assertEquals(w.marks().get(bundled().get(0).id()).notes(), r.workspace().marks().get(bundled().get(0).id())
                .notes(), "notes with their authors, times and changes");
        byte[] again = new WorkspaceWriter().bytes(r.workspace());
        assertEquals(Files.readString(file), new String(again, StandardCharsets.UTF_8), "the same bytes every time");
    }

    @Test
    void theWorkspaceOfAFileIsBesideIt() {
        assertEquals(dir.resolve("events.csv.annalist-workspace.json"), Workspace.beside(dir.resolve("events.csv")));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> brokenWorkspaces() {
        String f = "{\"format\": \"annalist-workspace/1\", ";
        return java.util.stream.Stream.of(
                broken("not JSON", "{ \"format\": ", 1, 13, "malformed JSON"),
                broken("another format", "{\"format\": \"annalist/1\"}", 1, 12, "not a workspace file"),
                broken("a newer version", "{\"format\": \"annalist-workspace/3\"}", 1, 12, "newer than this version"),
                broken("no format", "{\"marks\": []}", 0, 0, "no \"format\""),
                broken("unknown field", f + "\n \"stars\": []}", 2, 2, "unknown field \"stars\""),
                broken("a mark without its event", f + "\"marks\": [\n  {\"starred\": true}]}", 2, 3,
                        "needs the \"event\""),
                broken("a note's time", f + "\"marks\": [{\"event\": \"a\", \"notes\": [\n {\"id\": \"n\", \"text\": \"t\","
                        + " \"written\": \"yesterday\"}]}]}", 2, 38, "not a time"),
                broken("a wrong type", f + "\"marks\": [{\"event\": \"a\",\n \"starred\": \"yes\"}]}", 2, 13,
                        "true or false"),
                broken("a view's lanes", f + "\"views\": [\n{\"id\": \"v\", \"name\": \"n\", \"window\": {\"start\":"
                        + " \"2024-01-01T00:00:00Z\", \"end\": \"2025-01-01T00:00:00Z\"}, \"lanes\": \"place\"}]}", 2, 1,
                        "lanes must be actor"),
                broken("a filter's kind", f + "\"views\": [{\"id\": \"v\", \"name\": \"n\",\n \"filter\": {\"kinds\":"
                        + " [\"parade\"]}}]}", 2, 23, "unknown kind \"parade\""),
                broken("a view's place", f + "\"views\": [{\"id\": \"v\", \"name\": \"n\",\n \"filter\": {\"place\":"
                        + " \"circle 1,2\"}}]}", 2, 22, "a place is \"box\" or \"lasso\""),
                broken("a field twice", f + "\"marks\": [],\n \"marks\": []}", 2, 2, "appears twice"));
    }

    private static org.junit.jupiter.params.provider.Arguments broken(String what, String text, int line, int column,
                                                                       String message) {
        return org.junit.jupiter.params.provider.Arguments.of(what, text, line, column, message);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("brokenWorkspaces")
    void aBrokenWorkspaceIsRefusedWithItsPlace(String what, String text, int line, int column, String message)
            throws IOException {
        Path file = dir.resolve("w.json");
        Files.writeString(file, text);
        WorkspaceReader.Result r = new WorkspaceReader().read(file);
        assertTrue(r.failed(), what);
        Problem p = r.problem();
        assertTrue(p.message().contains(message), p.format());
        assertEquals(line, p.line(), p.format());
        assertEquals(column, p.column(), p.format());
        assertTrue(p.format().startsWith(file.toString()), p.format());
    }

    @Test
    void aFailedWriteLeavesThePreviousWorkspace() throws IOException {
        Path file = dir.resolve("w.json");
        new WorkspaceWriter().write(everything(bundled()), file);
        String before = Files.readString(file);
        Path folder = dir.resolve("gone");
        IOException e = assertThrows(IOException.class, () -> new WorkspaceWriter().write(Workspace.EMPTY,
                folder.resolve("w.json")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertEquals(before, Files.readString(file));
        assertEquals(List.of(file), Files.list(dir).toList(), "no temporary file left");
    }

    @Test
    void aSaveJoinsWhatAnotherWriterPutThereMeanwhile() throws IOException {
        List<Event> events = bundled();
        Path file = dir.resolve("w.json");
        Workspace base = WorkspaceSync.save(file, null, Workspace.EMPTY.withMarks(
                Marks.NONE.withNote(events.subList(0, 1), "before", "ana", T))).workspace();
        // Another writer adds a note and a star; this copy adds a note of its own.
        new WorkspaceWriter().write(base.withMarks(base.marks().withNote(events.subList(0, 1), "theirs", "ben",
                T.plusSeconds(1)).withStar(events.subList(5, 6), true)), file);
        Workspace ours = base.withMarks(base.marks().withNote(events.subList(0, 1), "ours", "ana", T.plusSeconds(2)));
        WorkspaceSync.Saved saved = WorkspaceSync.save(file, base, ours);
        assertTrue(saved.joined());
        Workspace onDisk = new WorkspaceReader().read(file).workspace();
        assertEquals(saved.workspace(), onDisk);
        assertEquals(List.of("before", "theirs", "ours"), onDisk.marks().get(events.get(0).id()).notes().stream()
                .map(n -> n.text()).toList());
        assertTrue(onDisk.marks().get(events.get(5).id()).starred());
    }

    @Test
    void aWorkspaceOnDiskThatCannotBeReadIsNotWrittenOver() throws IOException {
        Path file = dir.resolve("w.json");
        Files.writeString(file, "{\"format\": \"annalist-workspace/3\", \"what\": \"a newer version\"}");
        IOException e = assertThrows(IOException.class, () -> WorkspaceSync.save(file, null, Workspace.EMPTY));
        assertTrue(e.getMessage().contains("left as it is"), e.getMessage());
        assertTrue(Files.readString(file).contains("a newer version"));
    }

    @Test
    void twoWritersAtOnceLoseNoNote() throws Exception {
        List<Event> events = bundled();
        Path file = dir.resolve("w.json");
        int rounds = 25;
        Workspace[] last = new Workspace[2];
        Thread[] writers = new Thread[2];
        Throwable[] failure = new Throwable[1];
        for (int w = 0; w < 2; w++) {
            int who = w;
            writers[w] = new Thread(() -> {
                Workspace base = null;
                Workspace mine = Workspace.EMPTY;
                try {
                    for (int i = 0; i < rounds; i++) {
                        mine = mine.withMarks(mine.marks().withNote(events.subList(i % 3, i % 3 + 1),
                                "writer " + who + " note " + i, "w" + who, T.plusSeconds(i)));
                        base = WorkspaceSync.save(file, base, mine).workspace();
                        mine = base;
                    }
                    last[who] = base;
                } catch (Throwable t) {
                    failure[0] = t;
                }
            });
        }
        for (Thread t : writers) {
            t.start();
        }
        for (Thread t : writers) {
            t.join();
        }
        assertEquals(null, failure[0]);
        // Each writer saves once more, as the window does when the file changes under it.
        for (Workspace w : last) {
            WorkspaceSync.save(file, null, w);
        }
        Workspace onDisk = new WorkspaceReader().read(file).workspace();
        assertEquals(2 * rounds, onDisk.marks().noteCount(), "notes on disk");
        assertEquals(Map.of(), onDisk.marks().deletedNotes());
    }
}
