package io.annalist.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.annalist.changes.ChangeLog;
import io.annalist.changes.Overrides;
import io.annalist.io.EventJson;
import io.annalist.io.Formats;
import io.annalist.io.LoadResult;
import io.annalist.io.WorkspaceReader;
import io.annalist.io.WorkspaceWriter;
import io.annalist.marks.Workspace;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file in another format is never written: its edits are overrides in the workspace, applied
 * on every load — after a reload, after a re-import of the same rows in another order, with a
 * row added — keyed by the ids the marks use; the provider's value stays visible.
 */
class OverridesTest {
    private static final String HEADER = Sheet.HEADER;
    private static final String VISIT = Sheet.VISIT;
    private static final String TROOPS = Sheet.TROOPS;
    private static final String TALKS = Sheet.TALKS;

    @TempDir
    Path dir;

    private Dataset importCsv(Path csv) {
        LoadResult r = Formats.read(csv, null);
        assertFalse(r.failed(), r.report().problems().toString());
        return r.dataset();
    }

    private static Event byTitle(EditedData d, String title) {
        return d.data().events().stream().filter(e -> title.equals(e.title())).findFirst().orElse(null);
    }

    private Workspace roundTrip(Workspace w, Path file) throws IOException {
        new WorkspaceWriter().write(w, file);
        WorkspaceReader.Result r = new WorkspaceReader().read(file);
        assertFalse(r.failed(), () -> r.problem().format());
        return r.workspace();
    }

    /** Changes one row, deletes another, adds an event with a new source: what every test starts from. */
    private EditedData edit(Dataset imported) {
        EditedData d = EditedData.overWorkspace(imported, Overrides.NONE, ChangeLog.EMPTY, "analyst", Data.ticking());
        Event visit = byTitle(d, "Putin visits Pyongyang");
        d = d.submit(EventDraft.of(visit).withTitle("Putin visits Pyongyang, signs treaty")
                .withText("visit.purpose", "comprehensive strategic partnership"), List.of(), List.of()).data();
        d = d.delete(byTitle(d, "Hanoi summit").id()).data();
        String src = "dw-2024-11";
        EventDraft added = EventDraft.blank(d.freshId("Troops reach Kursk", "2024-11"), EventKind.TROOP_DEPLOYMENT)
                .withTitle("Troops reach Kursk").withWhen(DateEntry.read("2024-11")).withList("sources", List.of(src))
                .withCount("troop_deployment.troops", 10000L, 12000L, null);
        EditedData.Outcome o = d.submit(added, List.of(EntryDraft.source(src, "North Korean troops in Kursk",
                "Deutsche Welle", "https://dw.com/kursk", "2024-11", null)), List.of(src));
        assertTrue(o.ok(), o.problems().toString());
        return o.data();
    }

    @Test
    void overridesOnACsvSurviveAReloadThroughTheWorkspaceFile() throws IOException {
        Path csv = dir.resolve("sheet.csv");
        Files.writeString(csv, HEADER + VISIT + TROOPS + TALKS, StandardCharsets.UTF_8);
        EditedData edited = edit(importCsv(csv));
        assertEquals(HEADER + VISIT + TROOPS + TALKS, Files.readString(csv), "the CSV is never written");

        Workspace w = roundTrip(Workspace.EMPTY.withEdits(edited.overrides(), edited.changes()), Workspace.beside(csv));
        assertEquals(edited.overrides(), w.overrides());
        assertEquals(edited.changes(), w.changes());
        assertTrue(Files.readString(Workspace.beside(csv)).contains("\"format\" : \"annalist-workspace/2\""));

        EditedData reloaded = EditedData.overWorkspace(importCsv(csv), w.overrides(), w.changes(), "analyst",
                Data.ticking());
        assertEquals(snapshots(edited.data()), snapshots(reloaded.data()));
        assertTrue(reloaded.notes().isEmpty(), reloaded.notes().toString());
    }

    @Test
    void overridesOnACsvSurviveAReImportOfTheRowsInAnotherOrderWithARowMore() throws IOException {
        Path csv = dir.resolve("sheet.csv");
        Files.writeString(csv, HEADER + VISIT + TROOPS + TALKS, StandardCharsets.UTF_8);
        EditedData edited = edit(importCsv(csv));
        Workspace w = roundTrip(Workspace.EMPTY.withEdits(edited.overrides(), edited.changes()), Workspace.beside(csv));

        String more = "2025-01-01,statement,New statement,Kim Jong Un,Pyongyang,https://apnews.com/new\n";
        Files.writeString(csv, HEADER + TALKS + more + TROOPS + VISIT, StandardCharsets.UTF_8);
        EditedData again = EditedData.overWorkspace(importCsv(csv), w.overrides(), w.changes(), "analyst",
                Data.ticking());
        assertEquals("comprehensive strategic partnership", ((io.annalist.model.Visit) byTitle(again,
                "Putin visits Pyongyang, signs treaty").details()).purpose());
        assertNull(byTitle(again, "Hanoi summit"), "still deleted");
        assertEquals(10000, ((io.annalist.model.TroopDeployment) byTitle(again, "Troops reach Kursk").details())
                .troops().min());
        assertTrue(again.data().sources().stream().anyMatch(s -> s.id().equals("dw-2024-11")));
        assertEquals(4, again.data().events().size());
        assertTrue(again.notes().isEmpty(), again.notes().toString());
    }

    @Test
    void theProvidersValueStaysVisibleAndAChangedOrVanishedRowIsListedNotDropped() throws IOException {
        Path csv = dir.resolve("sheet.csv");
        Files.writeString(csv, HEADER + VISIT + TROOPS + TALKS, StandardCharsets.UTF_8);
        EditedData edited = edit(importCsv(csv));
        String visitId = byTitle(edited, "Putin visits Pyongyang, signs treaty").id();
        assertEquals("\"Putin visits Pyongyang\"", edited.overrides().editsOf(visitId).get("title").was());

        // The provider's file no longer has the visit or the summit.
        Files.writeString(csv, HEADER + TROOPS, StandardCharsets.UTF_8);
        EditedData gone = EditedData.overWorkspace(importCsv(csv), edited.overrides(), edited.changes(), "analyst",
                Data.ticking());
        assertEquals(List.of(OverrideNote.Kind.NOT_IN_DATA, OverrideNote.Kind.NOT_IN_DATA),
                gone.notes().stream().map(OverrideNote::kind).toList());
        assertEquals(edited.overrides(), gone.overrides(), "kept, never dropped");
    }

    @Test
    void aProviderValueChangedSinceItWasReplacedIsSaid() {
        EditedData d = Data.overWorkspace(Data.FILE);
        d = d.submit(EventDraft.of(d.event("visit")).withTitle("Shoigu in Pyongyang"), List.of(), List.of()).data();
        Dataset provider = Data.read(Data.FILE.replace("Shoigu visits Pyongyang", "Shoigu arrives in Pyongyang"));
        EditedData again = EditedData.overWorkspace(provider, d.overrides(), d.changes(), "analyst", Data.ticking());
        assertEquals("Shoigu in Pyongyang", again.event("visit").title(), "the analyst's value stands");
        assertEquals(List.of(new OverrideNote("visit", OverrideNote.Kind.PROVIDER_CHANGED, "title",
                "the file's value changed since it was replaced; the value set in the workspace stands")), again.notes());
    }

    @Test
    void aWorkspaceWithoutEditsIsStillVersionOne() throws IOException {
        Path file = dir.resolve("w.json");
        new WorkspaceWriter().write(Workspace.EMPTY, file);
        assertTrue(Files.readString(file).contains("\"annalist-workspace/1\""));
    }

    @Test
    void overridesInAVersionOneFileAreRefused() throws IOException {
        Path file = dir.resolve("w.json");
        Files.writeString(file, "{\"format\": \"annalist-workspace/1\",\n \"overrides\": {}}");
        WorkspaceReader.Result r = new WorkspaceReader().read(file);
        assertTrue(r.failed());
        assertEquals("\"overrides\" is a part of \"annalist-workspace/2\", not of \"annalist-workspace/1\"",
                r.problem().message());
        assertEquals(2, r.problem().line());
    }

    private static List<io.annalist.changes.EventSnapshot> snapshots(Dataset d) {
        return d.events().stream().map(EventJson::snapshot).toList();
    }

    @Test
    void savingTheWorkspaceForAStarKeepsItsEditsAndAnothersWriterEdits() throws IOException {
        Path csv = dir.resolve("sheet.csv");
        Files.writeString(csv, HEADER + VISIT + TROOPS + TALKS, StandardCharsets.UTF_8);
        EditedData edited = edit(importCsv(csv));
        Path file = Workspace.beside(csv);
        Workspace read = roundTrip(Workspace.EMPTY.withEdits(edited.overrides(), edited.changes()), file);
        Event troops = byTitle(edited, "Troops to Russia");
        Workspace starred = read.withMarks(read.marks().withStar(List.of(troops), true));
        io.annalist.io.WorkspaceSync.save(file, read, starred);
        Workspace after = new WorkspaceReader().read(file).workspace();
        assertEquals(edited.overrides(), after.overrides());
        assertEquals(edited.changes(), after.changes());
        assertTrue(after.marks().get(troops.id()).starred());
    }
}
