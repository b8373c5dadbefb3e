package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.annalist.marks.AttachedMarks;
import io.annalist.marks.Mark;
import io.annalist.marks.Marks;
import io.annalist.marks.Workspace;
import io.annalist.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marks find their events again after a reload, a re-import and a re-export; a mark whose event is gone is kept and listed. */
class MarksSurviveTest {
    private static final Instant T = Instant.parse("2025-03-01T10:15:00Z");
    private static final Path BUNDLED = Path.of("data/russia-north-korea-2018-2025.json");

    @TempDir
    Path dir;

    private static Event titled(List<Event> events, String title) {
        return events.stream().filter(e -> title.equals(e.title())).findFirst().orElseThrow();
    }

    private static Workspace roundTrip(Workspace w, Path file) throws IOException {
        new WorkspaceWriter().write(w, file);
        return new WorkspaceReader().read(file).workspace();
    }

    @Test
    void aReloadWhereTheEventMovedAndChangedFindsItByItsId() throws IOException {
        Path data = dir.resolve("events.json");
        String text = Files.readString(BUNDLED);
        Files.writeString(data, text);
        List<Event> before = new EventFileReader().read(data).dataset().events();
        Event troops = before.stream().filter(e -> e.id().equals("nk-troops-autumn-2024")).findFirst().orElseThrow();
        Workspace w = roundTrip(Workspace.EMPTY.withMarks(Marks.NONE.withStar(List.of(troops), true)
                .withNote(List.of(troops), "Check the DIA figure.", "ana", T)), Workspace.beside(data));
        // Its date is corrected in the file, which moves it earlier among the events.
        Files.writeString(data, text.replace("\"2024-09\"", "\"2024-08\""));
        List<Event> after = new EventFileReader().read(data).dataset().events();
        AttachedMarks on = AttachedMarks.attach(w.marks(), after);
        Event moved = after.stream().filter(e -> e.id().equals("nk-troops-autumn-2024")).findFirst().orElseThrow();
        assertTrue(moved.when().start() < troops.when().start(), "the event did change");
        assertNotNull(on.markOf(moved));
        assertTrue(on.isStarred(moved.id()));
        assertEquals(List.of(), on.orphans());
    }

    @Test
    void aReImportOfTheSameSpreadsheetFindsItsRowsWhereverTheyMoved() throws IOException {
        String header = "date,kind,title,actors,place,summary\n";
        String visit = "2024-06-19,visit,Putin visits Pyongyang,Vladimir Putin; Kim Jong Un,Pyongyang,A state visit\n";
        String troops = "2024-09,troop deployment,Troops sent,North Korea; Russia,,Estimated 10000\n";
        Path csv = dir.resolve("sheet.csv");
        Files.writeString(csv, header + visit + troops, StandardCharsets.UTF_8);
        List<Event> first = Formats.read(csv, null).dataset().events();
        Marks m = Marks.NONE.withTag(List.of(titled(first, "Troops sent")), "follow-up")
                .withNote(List.of(titled(first, "Putin visits Pyongyang")), "Treaty text?", "ana", T);
        Workspace w = roundTrip(Workspace.EMPTY.withMarks(m), Workspace.beside(csv));
        // Downloaded again: a row added on top, the rows sorted the other way.
        Files.writeString(csv, header + "2025-01-01,statement,New,,,\n" + troops + visit, StandardCharsets.UTF_8);
        List<Event> again = Formats.read(csv, null).dataset().events();
        AttachedMarks on = AttachedMarks.attach(w.marks(), again);
        assertTrue(on.hasTag(titled(again, "Troops sent").id(), "follow-up"));
        assertTrue(on.hasNotes(titled(again, "Putin visits Pyongyang").id()));
        assertFalse(on.hasNotes(titled(again, "New").id()));
        assertEquals(List.of(), on.orphans());
    }

    @Test
    void aReExportCarriesTheIdsSoTheSameMarksFindTheirEvents() throws IOException {
        Path csv = dir.resolve("sheet.csv");
        Files.writeString(csv, "date,kind,title\n2024-06-19,visit,Putin visits Pyongyang\n2019-02-28,meeting,Hanoi\n",
                StandardCharsets.UTF_8);
        LoadResult r = Formats.read(csv, null);
        Marks m = Marks.NONE.withStar(List.of(titled(r.dataset().events(), "Hanoi")), true);
        for (String name : List.of("copy.json", "copy.csv")) {
            Path out = dir.resolve(name);
            if (name.endsWith(".json")) {
                new EventFileWriter().write(r.dataset(), r.dataset().events(), out);
            } else {
                new CsvEventWriter().write(r.dataset().events(), java.util.Map.of(), java.util.Map.of(), out);
            }
            List<Event> reread = Formats.read(out, null).dataset().events();
            assertTrue(AttachedMarks.attach(m, reread).isStarred(titled(reread, "Hanoi").id()), name);
        }
    }

    @Test
    void aMarkWhoseEventWasRemovedIsKeptAndListed() throws IOException {
        Path data = dir.resolve("events.json");
        String text = Files.readString(BUNDLED);
        Files.writeString(data, text);
        List<Event> before = new EventFileReader().read(data).dataset().events();
        Event gone = before.stream().filter(e -> e.id().equals("nk-troops-autumn-2024")).findFirst().orElseThrow();
        Workspace w = Workspace.EMPTY.withMarks(Marks.NONE.withNote(List.of(gone), "one", "ana", T)
                .withNote(List.of(gone), "two", "ana", T).withStar(before.subList(0, 1), true));
        // The event is renamed away in the file: its id is no longer there.
        Files.writeString(data, text.replace("\"nk-troops-autumn-2024\"", "\"nk-troops-2024\""));
        List<Event> after = new EventFileReader().read(data).dataset().events();
        AttachedMarks on = AttachedMarks.attach(w.marks(), after);
        assertEquals("2 notes on an event not in this file", on.orphanSummary());
        Mark orphan = on.orphans().get(0);
        assertEquals(gone.displayTitle(), orphan.event().title(), "it still says what it was about");
        // Saved again, nothing of it is lost.
        Workspace saved = roundTrip(w.withMarks(on.marks().withStar(after.subList(1, 2), true)), Workspace.beside(data));
        assertEquals(2, saved.marks().get("nk-troops-autumn-2024").notes().size());
    }
}
