package io.annalist.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.annalist.changes.ChangeLog;
import io.annalist.io.EventFileReader;
import io.annalist.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data file changed on disk while the window holds unsaved edits: the model says which events
 * changed on both sides, and the reload keeps what changed on one side only from that side and
 * the side the analyst chose for each conflict — neither side is lost silently.
 */
class ConflictsTest {
    @TempDir
    Path dir;

    private EditedData open(Path file) throws IOException {
        return EditedData.inFile(new EventFileReader().read(file).dataset(), file, FileStamp.of(file), ChangeLog.EMPTY,
                "analyst", Data.ticking());
    }

    @Test
    void theEventsChangedOnBothSidesAreNamedAndEachSideKeepsTheRest() throws IOException {
        Path file = dir.resolve("data.json");
        Files.writeString(file, Data.FILE);
        EditedData mine = open(file);
        mine = mine.submit(EventDraft.of(mine.event("troops")).withTitle("Troops, mine")
                .withCount("troop_deployment.troops", 2000L, 3000L, null), List.of(), List.of()).data();
        mine = mine.submit(EventDraft.of(mine.event("visit")).withText("summary", "Mine only"), List.of(), List.of())
                .data();

        String theirs = Data.FILE.replace("\"Troops to Russia\"", "\"Troops, theirs\"")
                .replace("\"when\": \"2025-03\"", "\"when\": \"2025-03-17\"");
        Files.writeString(file, theirs);
        assertThrows(DataFileSave.ChangedOnDisk.class, mine::save);
        Dataset disk = new EventFileReader().read(file).dataset();

        List<Conflict> conflicts = Conflicts.find(mine, disk);
        assertEquals(List.of(new Conflict("troops", "Troops, theirs", Conflict.Kind.CHANGED_ON_BOTH_SIDES,
                List.of("title"))), conflicts, "the visit changed on both sides, but not the same field");
        EditedData asked = mine;
        assertThrows(IllegalArgumentException.class, () -> Conflicts.reload(asked, disk, FileStamp.of(file), Map.of()),
                "every conflict needs the analyst's choice");

        EditedData keepTheirs = Conflicts.reload(mine, disk, FileStamp.of(file), Map.of("troops",
                Conflict.Choice.KEEP_THEIRS));
        assertEquals("Troops, theirs", keepTheirs.event("troops").title());
        assertEquals("Mine only", keepTheirs.event("visit").summary(), "my change of another field stays");
        assertEquals("2025-03-17", keepTheirs.event("visit").when().toIsoText(), "their change of another field comes in");

        EditedData keepMine = Conflicts.reload(mine, disk, FileStamp.of(file), Map.of("troops",
                Conflict.Choice.KEEP_MINE));
        assertEquals("Troops, mine", keepMine.event("troops").title());
        EditedData saved = keepMine.save();
        String text = Files.readString(file);
        assertTrue(text.contains("\"Troops, mine\"") && text.contains("\"2025-03-17\"") && text.contains("Mine only"),
                text);
        assertTrue(!saved.hasUnsavedChanges());
    }

    @Test
    void deletedOnOneSideChangedOnTheOther() throws IOException {
        Path file = dir.resolve("data.json");
        Files.writeString(file, Data.FILE);
        EditedData mine = open(file).delete("visit").data();
        mine = mine.submit(EventDraft.of(mine.event("troops")).withTitle("Troops, mine"), List.of(), List.of()).data();
        String theirs = Data.FILE.replace("\"Shoigu visits Pyongyang\"", "\"Shoigu in Pyongyang\"")
                .replaceAll("(?s),\\s*\\{\"id\": \"troops\".*?\\]\\}\\}", "");
        Files.writeString(file, theirs);
        Dataset disk = new EventFileReader().read(file).dataset();
        assertEquals(1, disk.events().size(), theirs);
        List<Conflict> conflicts = Conflicts.find(mine, disk);
        assertEquals(List.of(Conflict.Kind.CHANGED_HERE_DELETED_THERE, Conflict.Kind.DELETED_HERE_CHANGED_THERE),
                conflicts.stream().map(Conflict::kind).toList());
        EditedData kept = Conflicts.reload(mine, disk, FileStamp.of(file), Map.of("troops", Conflict.Choice.KEEP_MINE,
                "visit", Conflict.Choice.KEEP_THEIRS));
        assertEquals("Troops, mine", kept.event("troops").title(), "deleted there, kept here: it comes back");
        assertEquals("Shoigu in Pyongyang", kept.event("visit").title());
    }
}
