package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import io.annalist.marks.SavedView;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.timeline.TimeWindow;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rough edges of the analyst's marks, driven by node id: the first click on a saved view
 * shows it even when the workspace is saved while the button is down; the ★ column's header
 * says what it is; "around this event" says so when no other event is in the time chosen.
 */
@org.junit.jupiter.api.Tag("toolkit")
class MarksEdgesTest extends WindowTestBase {
    private static final long DAY = 86_400_000L;

    @BeforeEach
    void openACopyOfTheData(@TempDir Path dir) throws Exception {
        WindowWaits.openCopyOfDefault(window, dir);
    }

    private Event event(String id) {
        return window.store().allEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private String message() {
        return lookup("#notificationText").queryLabeled().getText();
    }

    @Test
    void theFirstClickOnAViewShowsItEvenWhenTheWorkspaceChangesMeanwhile() throws Exception {
        TimeWindow w = new TimeWindow(event("singapore-summit").when().start() - 30 * DAY,
                event("hanoi-summit").when().end() + 30 * DAY);
        interact(() -> window.session().setWindow(w));
        SavedView saved = WaitForAsyncUtils.asyncFx(() -> window.marks().saveView("Summits")).get();
        interact(() -> window.timeline().fitAll());
        assertNotEquals(w, window.session().getView().window());

        interact(() -> lookup("#filterPane").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        moveTo("#view-Summits");
        press(MouseButton.PRIMARY);
        // While the button is down the workspace changes — a star saved, another view added — and the
        // list's cells are made anew under the pointer: the click is the list's, not a cell's.
        interact(() -> {
            window.marks().toggleStar(event("hanoi-summit"));
            window.marks().saveView("Everything");
            lookup("#viewsList").queryListView().refresh();
        });
        release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(w, window.session().getView().window(), "one click showed " + saved.name());
    }

    @Test
    void aSavedViewKeepsItsSelectionOnlyWhenItsFilterShowsThatEvent() throws Exception {
        interact(() -> {
            window.session().select("hanoi-summit");
            window.session().setFilter(io.annalist.model.EventFilter.NONE.withKinds(
                    java.util.Set.of(io.annalist.model.EventKind.VISIT)));
        });
        SavedView hidden = WaitForAsyncUtils.asyncFx(() -> window.marks().saveView("Visits")).get();
        assertEquals(null, hidden.selectedEventId(), "the summit is not a visit: the view would select what it hides");
        interact(() -> {
            window.session().setFilter(io.annalist.model.EventFilter.NONE);
            window.session().select("hanoi-summit");
        });
        SavedView shown = WaitForAsyncUtils.asyncFx(() -> window.marks().saveView("All")).get();
        assertEquals("hanoi-summit", shown.selectedEventId());
    }

    @Test
    void theStarColumnsHeaderSaysWhatItIs() {
        Label header = lookup("#starColumnHeader").query();
        assertEquals("★", header.getText());
        assertNotNull(header.getTooltip());
        assertTrue(header.getTooltip().getText().startsWith("Starred"), header.getTooltip().getText());
        assertTrue(header.isVisible() && header.getScene() != null, "in the table's header");
    }

    @Test
    void aroundAnEventAloneInItsTimeSaysSo() {
        interact(() -> window.session().setFilter(window.session().getFilter()
                .withKinds(Set.of(EventKind.MILITARY_EXERCISE))));
        interact(() -> window.timeline().setSelectedEvent(event("freedom-shield-2025")));
        clickOn("#detailAround");
        clickOn("#around-day");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No other event the filters let through falls within ± 1 day of \u201cFreedom Shield: US–South"
                + " Korean military exercise\u201d — try a longer time, or clear filters.", message());

        // With an event in that time, nothing is said.
        interact(() -> window.session().setFilter(io.annalist.model.EventFilter.NONE));
        interact(() -> lookup("#notificationDismiss").queryButton().fire());
        interact(() -> window.timeline().setSelectedEvent(event("freedom-shield-2025")));
        clickOn("#detailAround");
        clickOn("#around-day");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!lookup("#notifications").query().isVisible() || !message().startsWith("No other event"),
                message());
    }
}
