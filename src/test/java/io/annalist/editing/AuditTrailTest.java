package io.annalist.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.annalist.changes.ChangeLog;
import io.annalist.changes.ChangeRecord;
import io.annalist.marks.Workspace;
import io.annalist.marks.WorkspaceMerge;
import io.annalist.model.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every change is recorded with its time and user, listed in the order it was made, readable
 * as an event's history, exportable as CSV, and never lost when two copies of the workspace
 * meet.
 */
class AuditTrailTest {
    @TempDir
    Path dir;

    private static EditedData threeChanges() {
        EditedData d = Data.overWorkspace(Data.FILE);
        d = d.submit(EventDraft.of(d.event("troops")).withCount("troop_deployment.troops", 1500L, 3000L, null),
                List.of(), List.of("dia")).data();
        d = d.delete("visit").data();
        return d.submit(EventDraft.blank("test", EventKind.MISSILE_TEST).withTitle("Missile test")
                .withWhen(DateEntry.read("2025-01-06")).withList("sources", List.of("ap")), List.of(), List.of()).data();
    }

    @Test
    void everyChangeIsListedInOrderWithTimeAndUser() {
        List<ChangeRecord> trail = threeChanges().allChanges();
        assertEquals(List.of("changed", "deleted", "added"), trail.stream().map(r -> r.change().action()).toList());
        assertEquals(List.of(Data.T0, Data.T0.plusSeconds(60), Data.T0.plusSeconds(120)),
                trail.stream().map(ChangeRecord::at).toList());
        assertTrue(trail.stream().allMatch(r -> r.user().equals("analyst")));
        assertEquals(List.of("Troops to Russia", "Shoigu visits Pyongyang", "Missile test"),
                trail.stream().map(ChangeRecord::title).toList());
    }

    @Test
    void anEventsHistoryReadsAsTheAnalystWouldSayIt() {
        EditedData d = threeChanges();
        assertEquals(List.of("troops 1,000–3,000 → 1,500–3,000, 2 Dec 2026, analyst, source: DIA, DIA estimate"),
                d.history("troops"));
        EditedData two = d.submit(EventDraft.of(d.event("troops")).withList("sources", List.of("ap", "dia"))
                .withTitle("Troops sent"), List.of(), List.of()).data();
        assertEquals("title Troops to Russia → Troops sent; sources Associated Press, AP report → Associated Press,"
                + " AP report, DIA, DIA estimate, 2 Dec 2026, analyst, source: DIA, DIA estimate",
                two.history("troops").get(1), "the sources added are the ones cited");
        assertEquals(List.of("deleted, 2 Dec 2026, analyst, source: Associated Press, AP report"), d.history("visit"));
        EditedData back = d.restore("visit").data();
        assertEquals("restored, 2 Dec 2026, analyst, source: Associated Press, AP report", back.history("visit").get(1));
        assertEquals("deleted (undo), 2 Dec 2026, analyst, source: Associated Press, AP report",
                back.undo().history("visit").get(2));
    }

    @Test
    void aDateChangeIsSaidAsADate() {
        EditedData d = Data.overWorkspace(Data.FILE);
        d = d.submit(EventDraft.of(d.event("visit")).withWhen(DateEntry.read("2025-03-17", false, null, null)),
                List.of(), List.of("dia")).data();
        assertEquals("date March 2025 → 17 March 2025, 2 Dec 2026, analyst, source: DIA, DIA estimate",
                d.history("visit").get(0));
    }

    @Test
    void theTrailExportsAsCsvOneRowAField() throws IOException {
        Path out = dir.resolve("changes.csv");
        threeChanges().exportChanges(out);
        List<String> lines = Files.readAllLines(out);
        assertEquals("time,user,action,event,title,field,before,after,before_json,after_json,sources,undo", lines.get(0));
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("2026-12-02T10:15:00Z,analyst,changed,troops,\"Troops to Russia\","
                + "troop_deployment.troops,\"1,000–3,000\",\"1,500–3,000\",\"{\"\"min\"\":1000,\"\"max\"\":3000}\","
                + "\"{\"\"min\"\":1500,\"\"max\"\":3000}\",\"DIA, DIA estimate\","), lines.get(1));
        assertTrue(lines.get(2).startsWith("2026-12-02T10:16:00Z,analyst,deleted,visit,"), lines.get(2));
        assertTrue(lines.get(3).startsWith("2026-12-02T10:17:00Z,analyst,added,test,"), lines.get(3));
    }

    @Test
    void anOverriddenRowShowsTheProvidersValue() {
        EditedData d = threeChanges();
        assertEquals(List.of("troops 1,500–3,000, changed from the provider's value 1,000–3,000"),
                d.providerValues("troops"));
        assertEquals(List.of(), d.providerValues("visit"));
    }

    @Test
    void twoCopiesOfTheWorkspaceKeepEveryChangeOfBoth() {
        EditedData base = Data.overWorkspace(Data.FILE);
        EditedData ours = base.submit(EventDraft.of(base.event("troops")).withTitle("Troops, ours"), List.of(),
                List.of()).data();
        EditedData theirs = EditedData.overWorkspace(base.file(), base.overrides(), base.changes(), "colleague",
                java.time.Clock.fixed(Data.T0.plusSeconds(30), java.time.ZoneOffset.UTC));
        theirs = theirs.delete("visit").data();
        Workspace o = Workspace.EMPTY.withEdits(ours.overrides(), ours.changes());
        Workspace t = Workspace.EMPTY.withEdits(theirs.overrides(), theirs.changes());
        Workspace joined = WorkspaceMerge.merge(Workspace.EMPTY, o, t);
        assertEquals(List.of("analyst", "colleague"), joined.changes().entries().stream().map(ChangeRecord::user).toList());
        assertEquals(2, joined.overrides().eventCount());
        assertEquals(joined, WorkspaceMerge.merge(Workspace.EMPTY, joined, t), "merging again changes nothing");
        EditedData both = EditedData.overWorkspace(base.file(), joined.overrides(), joined.changes(), "analyst",
                Data.ticking());
        assertEquals("Troops, ours", both.event("troops").title());
        assertEquals(null, both.event("visit"));
    }

    @Test
    void aFieldSetOnBothSidesKeepsTheLaterAndADeletionGivesWayToAChange() {
        EditedData base = Data.overWorkspace(Data.FILE);
        EditedData early = EditedData.overWorkspace(base.file(), base.overrides(), ChangeLog.EMPTY, "a",
                java.time.Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneOffset.UTC));
        EditedData late = EditedData.overWorkspace(base.file(), base.overrides(), ChangeLog.EMPTY, "b",
                java.time.Clock.fixed(Instant.parse("2026-12-03T00:00:00Z"), java.time.ZoneOffset.UTC));
        EditedData ours = late.submit(EventDraft.of(base.event("visit")).withTitle("Later"), List.of(), List.of()).data();
        EditedData theirs = early.submit(EventDraft.of(base.event("visit")).withTitle("Earlier"), List.of(), List.of())
                .data().delete("troops").data();
        ours = ours.submit(EventDraft.of(ours.event("troops")).withTitle("Kept"), List.of(), List.of()).data();
        Workspace joined = WorkspaceMerge.merge(Workspace.EMPTY, Workspace.EMPTY.withEdits(ours.overrides(),
                ours.changes()), Workspace.EMPTY.withEdits(theirs.overrides(), theirs.changes()));
        EditedData both = EditedData.overWorkspace(base.file(), joined.overrides(), joined.changes(), "a",
                Data.ticking());
        assertEquals("Later", both.event("visit").title());
        assertEquals("Kept", both.event("troops").title(), "deleted on one side, changed on the other: kept");
        assertEquals(4, joined.changes().entries().size());
    }
}
