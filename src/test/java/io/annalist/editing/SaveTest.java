package io.annalist.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.annalist.changes.ChangeLog;
import io.annalist.io.EventFileReader;
import io.annalist.io.EventFileWriter;
import io.annalist.io.LoadResult;
import io.annalist.model.EventKind;
import io.annalist.model.TroopDeployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save rewrites a file in our format all or nothing, touching only what changed: the diff of
 * a save that changes one event lies inside that event; fields the format does not know are
 * kept; deleted and added events take their commas and layout with them; a file changed on disk
 * is never written over.
 */
class SaveTest {
    @TempDir
    Path dir;

    private EditedData open(Path file) throws IOException {
        LoadResult r = new EventFileReader().read(file);
        assertFalse(r.failed(), r.report().problems().toString());
        return EditedData.inFile(r.dataset(), file, FileStamp.of(file), ChangeLog.EMPTY, "analyst", Data.ticking());
    }

    private Path copy(String text, String name) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> changedLines(List<String> before, List<String> after) {
        // Lines that differ, found from both ends: the changed block in the middle.
        int head = 0;
        while (head < before.size() && head < after.size() && before.get(head).equals(after.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < before.size() - head && tail < after.size() - head
                && before.get(before.size() - 1 - tail).equals(after.get(after.size() - 1 - tail))) {
            tail++;
        }
        List<String> out = new ArrayList<>(before.subList(head, before.size() - tail));
        out.add("=>");
        out.addAll(after.subList(head, after.size() - tail));
        return out;
    }

    @Test
    void changingOneEventOfTheBundledDataChangesOnlyItsLine() throws IOException {
        Path file = dir.resolve("rnk.json");
        Files.copy(Path.of("data/russia-north-korea-2018-2025.json"), file);
        List<String> before = Files.readAllLines(file);
        EditedData d = open(file);
        EditedData changed = d.submit(EventDraft.of(d.event("nk-troops-autumn-2024"))
                .withCount("troop_deployment.troops", 11000L, 12000L, null), List.of(), List.of()).data();
        assertTrue(changed.hasUnsavedChanges());
        assertEquals(before, Files.readAllLines(file), "nothing is written before Save");
        EditedData saved = changed.save();
        List<String> after = Files.readAllLines(file);
        assertEquals(List.of("          \"min\": 10000,", "=>", "          \"min\": 11000,"), changedLines(before, after));
        assertFalse(saved.hasUnsavedChanges());
        assertEquals(1, saved.changes().entries().size(), "recorded in the trail at Save");
        assertEquals(11000, ((TroopDeployment) saved.event("nk-troops-autumn-2024").details()).troops().min());
        assertEquals(d.event("nk-troops-autumn-2024").line(), saved.event("nk-troops-autumn-2024").line());
    }

    @Test
    void aNewFieldGoesInTheFormatsPlaceLaidOutLikeItsNeighbours() throws IOException {
        Path file = dir.resolve("rnk.json");
        Files.copy(Path.of("data/russia-north-korea-2018-2025.json"), file);
        List<String> before = Files.readAllLines(file);
        EditedData d = open(file);
        EditedData saved = d.submit(EventDraft.of(d.event("nk-troops-autumn-2024"))
                .withText("troop_deployment.unit", "11th Army Corps").withList("tags", List.of("troops to Russia")),
                List.of(), List.of()).data().save();
        List<String> after = Files.readAllLines(file);
        String diff = String.join("\n", changedLines(before, after));
        assertTrue(diff.contains("        \"theatre\": \"Russia's war against Ukraine\",\n        \"unit\": \"11th Army Corps\"")
                || diff.contains("\"unit\": \"11th Army Corps\""), diff);
        assertEquals(before.size() - 1 + 1, after.size(), diff);
        assertEquals("11th Army Corps", ((TroopDeployment) saved.event("nk-troops-autumn-2024").details()).unit());
        assertTrue(after.contains("        \"unit\": \"11th Army Corps\""), diff);
        assertTrue(after.contains("      \"tags\": ["), diff);
    }

    @Test
    void saveKeepsEveryFieldItDoesNotKnow() throws IOException {
        Path file = copy("""
                {
                  "format": "annalist/1",
                  "curator": {"name": "desk"},
                  "actors": [{"id": "a", "name": "A", "kind": "state", "flag": "🇦"}],
                  "sources": [{"id": "s", "title": "S", "paywall": true}],
                  "events": [
                    {"id": "e1", "kind": "visit", "title": "One", "when": "2024-06", "mood": "tense",
                     "where": {"place": "Kursk", "elevation": 200}, "sources": ["s"],
                     "visit": {"purpose": "talks", "motorcade": 12}},
                    {"id": "e2", "kind": "other", "title": "Two", "when": "2024-07", "sources": ["s"]}
                  ]
                }
                """, "unknown.json");
        EditedData d = open(file);
        EditedData saved = d.submit(EventDraft.of(d.event("e1")).withPlace("Belgorod", "RU", null, null, null)
                .withText("visit.purpose", "undisclosed").withTitle("One, changed"), List.of(), List.of()).data().save();
        String text = Files.readString(file);
        for (String kept : List.of("\"curator\": {\"name\": \"desk\"}", "\"flag\": \"🇦\"", "\"paywall\": true",
                "\"mood\": \"tense\"", "\"elevation\":200", "\"motorcade\": 12")) {
            assertTrue(text.replace("\"elevation\": 200", "\"elevation\":200").contains(kept), kept + " in\n" + text);
        }
        assertTrue(text.contains("\"place\": \"Belgorod\""), text);
        assertEquals("undisclosed", ((io.annalist.model.Visit) saved.event("e1").details()).purpose());
        assertEquals("{\"id\": \"e2\", \"kind\": \"other\", \"title\": \"Two\", \"when\": \"2024-07\", \"sources\": [\"s\"]}",
                text.lines().filter(l -> l.contains("\"e2\"")).findFirst().orElseThrow().strip());
    }

    @Test
    void deletedAndAddedEventsTakeTheirCommasAndLayout() throws IOException {
        Path file = copy(Data.FILE, "small.json");
        EditedData d = open(file);
        EditedData edited = d.delete("visit").data();
        EventDraft draft = EventDraft.blank(edited.freshId("Exercise", "2025"), EventKind.MILITARY_EXERCISE)
                .withTitle("Exercise").withWhen(DateEntry.read("2025")).withList("sources", List.of("dia"))
                .withList("military_exercise.participants", List.of("russia")).withList("actors", List.of("russia"));
        edited = edited.submit(draft, List.of(io.annalist.editing.EntryDraft.actor("kpa", "Korean People's Army",
                io.annalist.model.ActorKind.MILITARY_UNIT, "north-korea")), List.of()).data();
        EditedData saved = edited.save();
        String text = Files.readString(file);
        assertFalse(text.contains("\"visit\""), text);
        assertEquals(2, saved.data().events().size());
        assertEquals(List.of("troops", "exercise-2025"), saved.data().events().stream().map(e -> e.id()).toList());
        assertEquals(4, saved.data().actors().size());
        assertTrue(text.contains("\"kind\": \"agency\"},\n             {\"id\": \"kpa\", \"name\": \"Korean People's Army\","
                + " \"kind\": \"military_unit\", \"affiliation\": \"north-korea\"}]"), "\n" + text);
        assertTrue(text.contains("    {\"id\": \"exercise-2025\", \"kind\": \"military_exercise\", \"title\": \"Exercise\""),
                text);
        assertEquals(saved.data().events(), open(file).data().events(), "what Save wrote reads back as what was saved");
    }

    @Test
    void deletingEveryEventLeavesAnEmptyList() throws IOException {
        Path file = copy(Data.FILE, "small.json");
        EditedData d = open(file);
        d.delete("visit").data().delete("troops").data().save();
        assertEquals(0, open(file).data().events().size());
        assertTrue(Files.readString(file).contains("\"events\": []"), Files.readString(file));
    }

    @Test
    void aFileWrittenByAnnalistKeepsItsOwnLayout() throws IOException {
        Path file = dir.resolve("written.json");
        var data = Data.read(Data.FILE);
        new EventFileWriter().write(data, data.events(), file);
        List<String> before = Files.readAllLines(file);
        EditedData d = open(file);
        d.submit(EventDraft.of(d.event("visit")).withList("actors", List.of("russia")), List.of(), List.of()).data()
                .save();
        assertEquals(List.of("    \"actors\" : [ \"russia\", \"north-korea\" ],", "=>", "    \"actors\" : [ \"russia\" ],"),
                changedLines(before, Files.readAllLines(file)));
    }

    @Test
    void aFileChangedOnDiskIsNotWrittenOver() throws IOException {
        Path file = copy(Data.FILE, "small.json");
        EditedData d = open(file).delete("visit").data();
        String theirs = Data.FILE.replace("Troops to Russia", "Troops sent to Russia");
        Files.writeString(file, theirs);
        assertThrows(DataFileSave.ChangedOnDisk.class, d::save);
        assertEquals(theirs, Files.readString(file));
        assertTrue(d.hasUnsavedChanges(), "nothing of ours is lost either");
    }

    @Test
    void saveAsWritesOurFormatWithTheChanges() throws IOException {
        Path file = copy(Data.FILE, "small.json");
        EditedData d = open(file).delete("visit").data();
        Path out = dir.resolve("out.json");
        d.saveAs(out);
        assertEquals(List.of("troops"), open(out).data().events().stream().map(e -> e.id()).toList());
        assertEquals(Data.FILE, Files.readString(file), "Save as… leaves the data file alone");
    }

    @Test
    void onlyAPlainFileInOurFormatIsSavedInPlace() throws IOException {
        Path json = copy(Data.FILE, "small.json");
        Path gz = copy("x", "small.json.gz");
        Path csv = copy("date,title\n2024,x\n", "small.csv");
        assertTrue(EditedData.savesInPlace(json, io.annalist.io.Format.ANNALIST));
        assertFalse(EditedData.savesInPlace(gz, io.annalist.io.Format.ANNALIST));
        assertFalse(EditedData.savesInPlace(csv, io.annalist.io.Format.CSV));
        assertThrows(IllegalStateException.class, () -> Data.overWorkspace(Data.FILE).save());
    }

    @Test
    void openingChoosesWhereTheChangesGoAndTheWorkspaceGetsOnlyWhatItKeeps() throws IOException {
        Path json = copy(Data.FILE, "small.json");
        EditedData overrides = Data.overWorkspace(Data.FILE).delete("visit").data();
        io.annalist.marks.Workspace w = overrides.into(io.annalist.marks.Workspace.EMPTY);
        assertEquals(1, w.overrides().eventCount());
        assertEquals(1, w.changes().entries().size());

        EditedData inFile = EditedData.open(Data.read(Data.FILE), json, io.annalist.io.Format.ANNALIST,
                FileStamp.of(json), w, "analyst", Data.ticking());
        assertTrue(inFile.writesFile());
        assertTrue(inFile.hasUnsavedChanges(), "overrides a workspace held for this file are its unsaved changes");
        assertEquals(null, inFile.event("visit"));
        io.annalist.marks.Workspace after = inFile.save().into(w);
        assertTrue(after.overrides().isEmpty(), "saved into the file, no longer overrides");
        assertEquals(1, after.changes().entries().size());

        EditedData csv = EditedData.open(Data.read(Data.FILE), dir.resolve("x.csv"), io.annalist.io.Format.CSV, null,
                w, "analyst", Data.ticking());
        assertFalse(csv.writesFile());
        assertEquals(null, csv.event("visit"));
    }

    @Test
    void windowsLineEndsAndTabsStayAsTheyWere() throws IOException {
        String text = String.join("\r\n", "{", "\t\"format\": \"annalist/1\",",
                "\t\"sources\": [", "\t\t{", "\t\t\t\"id\": \"s\",", "\t\t\t\"title\": \"S\"", "\t\t}", "\t],",
                "\t\"events\": [", "\t\t{", "\t\t\t\"id\": \"e\",", "\t\t\t\"kind\": \"other\",",
                "\t\t\t\"when\": \"2024\",", "\t\t\t\"sources\": [", "\t\t\t\t\"s\"", "\t\t\t]", "\t\t}", "\t]", "}", "");
        Path file = copy(text, "crlf.json");
        EditedData d = open(file);
        d.submit(EventDraft.of(d.event("e")).withTitle("Titled").withList("tags", List.of("a", "b")), List.of(),
                List.of()).data().save();
        String after = Files.readString(file);
        assertFalse(after.replace("\r\n", "").contains("\n"), "no bare line feed:\n" + after);
        assertTrue(after.contains("\t\t\t\"kind\": \"other\",\r\n\t\t\t\"title\": \"Titled\",\r\n\t\t\t\"when\""), after);
        assertTrue(after.contains("\t\t\t\"tags\": [\r\n\t\t\t\t\"a\",\r\n\t\t\t\t\"b\"\r\n\t\t\t]"), after);
        assertEquals("Titled", open(file).event("e").title());
    }
}
