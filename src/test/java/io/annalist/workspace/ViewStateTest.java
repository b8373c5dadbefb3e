package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.io.WorkspaceReader;
import io.annalist.io.WorkspaceWriter;
import io.annalist.map.PlaceFilter;
import io.annalist.marks.Marks;
import io.annalist.marks.SavedView;
import io.annalist.marks.Workspace;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved view is a view state with a name: it goes both ways, through the workspace file too. */
class ViewStateTest {
    @TempDir
    Path dir;

    private static final ViewState STATE = ViewState.START
            .withWindow(new TimeWindow(1_700_000_000_000L, 1_735_000_000_000L))
            .withFilter(EventFilter.NONE.withKinds(Set.of(EventKind.MISSILE_TEST)).withText("hwasong")
                    .withPlace(PlaceFilter.box(38.5, 124.8, 40.5, 126.5)))
            .withLaneMode(LaneMode.KIND)
            .withLaneCollapsed("visit", true)
            .withCompressQuietPeriods(false)
            .withSelectedEventId("e-42");

    @Test
    void aViewSavedAndRestoredIsTheSameView() {
        SavedView saved = STATE.saveAs("Hwasong tests");
        assertEquals("Hwasong tests", saved.name());
        assertEquals("kind", saved.lanes());
        assertEquals(STATE, ViewState.of(saved));
    }

    @Test
    void theRowsOfALaneAreNotPartOfASavedView() {
        ViewState withRows = STATE.withRowLimit("visit", 2);
        assertEquals(Map.of("visit", 2), withRows.rowLimits());
        assertEquals(STATE, ViewState.of(withRows.saveAs("v")));
    }

    @Test
    void updatingAViewKeepsItsIdAndName() {
        SavedView old = ViewState.START.withWindow(new TimeWindow(0, 1)).saveAs("Old");
        SavedView updated = STATE.saveInto(old);
        assertEquals(old.id(), updated.id());
        assertEquals("Old", updated.name());
        assertEquals(STATE, ViewState.of(updated));
    }

    @Test
    void thePlaceFilterOfASavedViewSurvivesTheWorkspaceFile() throws Exception {
        Path file = dir.resolve("events.json" + Workspace.SUFFIX);
        new WorkspaceWriter().write(new Workspace("events.json", Marks.NONE, List.of(STATE.saveAs("Place"))), file);
        WorkspaceReader.Result r = new WorkspaceReader().read(file);
        assertFalse(r.failed(), () -> r.problem().format());
        ViewState back = ViewState.of(r.workspace().view("Place"));
        assertEquals(STATE, back);
        assertTrue(back.filter().place() instanceof PlaceFilter);
    }

    @Test
    void nothingOnScreenCannotBeSaved() {
        assertThrows(IllegalStateException.class, () -> ViewState.START.saveAs("Nothing"));
    }

    @Test
    void collapsingAndExpandingALane() {
        ViewState v = ViewState.START.withLaneCollapsed("russia", true).withLaneCollapsed("putin", true);
        assertEquals(Set.of("russia", "putin"), v.collapsedLanes());
        assertEquals(Set.of("putin"), v.withLaneCollapsed("russia", false).collapsedLanes());
    }
}
