package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.timeline.TimeWindow;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The window's rough edges, each tried as a new analyst would: driven by node id, with the keyboard and the mouse. */
@org.junit.jupiter.api.Tag("toolkit")
class RoughEdgesTest extends WindowTestBase {
    private static final long DAY = 86_400_000L;

    @TempDir
    Path dir;

    @BeforeEach
    void openTheDefaultData() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
    }

    private Event event(String id) {
        return window.store().allEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private void around(Event e, long days) {
        interact(() -> window.timeline().navigateTo(new TimeWindow(e.when().start() - days * DAY,
                e.when().end() + days * DAY)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(String id) {
        Node n = from(window.stage().getScene().getRoot()).lookup(id).query();
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private TableView<Event> table() {
        return (TableView<Event>) from(window.stage().getScene().getRoot()).lookup("#eventTable").query();
    }

    // ---- file dialogs start where the analyst was ---------------------------------------------

    @Test
    void fileDialogsStartInTheFolderLastChosenInTheWindow() throws Exception {
        javafx.stage.Window owner = window.stage();
        java.io.File[] found = new java.io.File[2];
        interact(() -> {
            found[0] = LastFolder.folder(owner, window.session());
            LastFolder.remember(owner, dir.resolve("brief.png").toFile());
            found[1] = LastFolder.folder(owner, window.session());
        });
        org.junit.jupiter.api.Assertions.assertNull(found[0], "bundled data has no folder; the system's default");
        assertEquals(dir.toFile().getAbsoluteFile(), found[1]);
    }

    // ---- a lane's header has its own menu ----------------------------------------------------

    private static java.util.List<String> menusShowing() {
        java.util.List<String> texts = new java.util.ArrayList<>();
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w instanceof javafx.scene.control.ContextMenu m && m.isShowing()) {
                m.getItems().forEach(i -> texts.add(i.getText()));
            }
        }
        return texts;
    }

    @Test
    void aRightClickOnALanesHeaderOpensTheLaneMenuNotTheTimelines() throws Exception {
        var timeline = window.timeline();
        double y = -1;
        for (double at = 0; at < timeline.getHeight() && y < 0; at += 4) {
            if (timeline.laneHeaderAt(20, at) != null) {
                y = at + 10;
            }
        }
        assertTrue(y > 0, "a lane header in the timeline");
        rightClickOn(timeline.localToScreen(20, y));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> menusShowing().contains("Show all rows"));
        assertFalse(menusShowing().contains("New event here…"), menusShowing().toString());
        push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- F1 names every shortcut -------------------------------------------------------------

    @Test
    void theShortcutsListNamesEveryKeyTheMenusAnswerTo() {
        javafx.scene.control.MenuBar bar = from(window.stage().getScene().getRoot()).lookup(".menu-bar").query();
        java.util.List<String> accelerators = new java.util.ArrayList<>();
        java.util.ArrayDeque<javafx.scene.control.MenuItem> todo = new java.util.ArrayDeque<>();
        bar.getMenus().forEach(todo::add);
        while (!todo.isEmpty()) {
            javafx.scene.control.MenuItem item = todo.pop();
            if (item instanceof javafx.scene.control.Menu m) {
                m.getItems().forEach(todo::add);
            }
            if (item.getAccelerator() != null) {
                accelerators.add(item.getAccelerator().getDisplayText().replace("Shortcut", "Ctrl"));
            }
        }
        assertTrue(accelerators.size() > 15, accelerators.toString());
        java.util.Set<String> named = ShortcutsDialog.named();
        for (String key : accelerators) {
            assertTrue(named.contains(key), key + " is missing from the list: " + named);
        }
    }

    // ---- the filters of the last run ------------------------------------------------------

    @Test
    void theFiltersOfTheLastRunShowInThePanes() throws Exception {
        java.util.prefs.Preferences other = java.util.prefs.Preferences.userRoot().node("io/annalist/test/"
                + UUID.randomUUID());
        AppPreferences prefs = new AppPreferences(other);
        prefs.setFilter(io.annalist.model.EventFilter.NONE.withKinds(Set.of(EventKind.VISIT)).withText("summit"));
        MainWindow[] w = new MainWindow[1];
        interact(() -> {
            w[0] = new MainWindow(new Stage(), prefs, url -> { });
            w[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node root = w[0].stage().getScene().getRoot();
        assertTrue(((CheckBox) root.lookup("#kind-visit")).isSelected(), "the kind checked");
        assertEquals("summit", ((TextField) root.lookup("#textFilter")).getText(), "the search typed");
        assertEquals(Set.of(EventKind.VISIT), w[0].session().getFilter().kinds());
        assertFalse(w[0].session().canGoBackProperty().get(), "no step back to before the start");
        WindowWaits.putAway(w[0], other);
    }

    // ---- Back and Forward ----------------------------------------------------------------

    @Test
    void backUndoesAFilterChangeAndForwardRedoesIt() {
        clickOn("#kind-visit");
        WaitForAsyncUtils.waitForFxEvents();
        int visits = (int) window.store().allEvents().stream().filter(e -> e.kind() == EventKind.VISIT).count();
        assertEquals(visits, table().getItems().size());
        clickOn("#viewBack");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(18, table().getItems().size(), "Back took the filter away");
        assertFalse(lookup("#kind-visit").queryAs(CheckBox.class).isSelected(), "and the filter pane follows");
        clickOn("#viewForward");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(visits, table().getItems().size());
        assertTrue(lookup("#kind-visit").queryAs(CheckBox.class).isSelected());
        // Alt+Left on the timeline goes through the same history.
        clickOn("#timeline");
        press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(18, table().getItems().size());
    }

    // ---- 4: nothing in view; a new file ----------------------------------------------------

    @Test
    void aFilterThatLeavesNothingInViewOffersToShowTheMatches() {
        around(event("hanoi-summit"), 10);
        assertFalse(shown("#emptyState"), "unfiltered, an empty stretch of time needs no words");
        clickOn("#kind-troop_deployment");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown("#emptyState"), () -> window.session().getFilter() + " " + window.timeline()
                .getVisibleWindow() + " " + window.timeline().getLanes().all().size() + " "
                + lookup("#emptyMessage").queryAs(Label.class).getText());
        assertEquals("2 matching events are outside the view —", lookup("#emptyMessage").queryAs(Label.class)
                .getText());
        clickOn("#emptyShowThem");
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow w = window.timeline().getVisibleWindow();
        for (String id : new String[]{"nk-troops-autumn-2024", "nk-troops-early-2025"}) {
            assertTrue(w.overlaps(event(id).when().start(), event(id).when().end()), id + " in view");
        }
        assertFalse(shown("#emptyState"), "the hint goes once they are in view");
    }

    @Test
    void anotherFileStartsAtItsOwnRangeWithoutTheDateFilter() throws Exception {
        clickOn("#kind-meeting");
        clickOn("#dateFrom").write("2019").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        long from2019 = io.annalist.model.PartialDate.parse("2019").start();
        long meetings = window.store().allEvents().stream().filter(e -> e.kind() == EventKind.MEETING
                && e.when().end() > from2019).count();
        assertTrue(meetings < 4);
        assertEquals(meetings, table().getItems().size(), "the meetings from 2019 on");
        around(event("hanoi-summit"), 5);
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS));
        assertEquals(339, table().getItems().size(), "no filter carried over from the other file");
        assertNull(window.session().getFilter().from());
        assertEquals("", lookup("#dateFrom").queryAs(TextField.class).getText());
        TimeWindow w = window.timeline().getVisibleWindow();
        for (Event e : window.store().allEvents()) {
            assertTrue(w.start() <= e.when().start() && w.end() >= e.when().end(), "all of the file in view: " + e);
        }
        assertFalse(window.session().canGoBackProperty().get(), "the other file's views are no way back");
    }

    @Test
    void keptFiltersCrossToTheNextFileButTheDatesDoNot() throws Exception {
        clickOn("File");
        clickOn("Keep filters for the next file");
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#kind-missile_test");
        clickOn("#dateFrom").write("2025").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS));
        assertEquals(Set.of(EventKind.MISSILE_TEST), window.session().getFilter().kinds());
        assertNull(window.session().getFilter().from());
        assertEquals(339, table().getItems().size());
        assertTrue(new AppPreferences(node).keepFilters(), "the choice is remembered");
    }

    // ---- 5: hiding and showing panes -------------------------------------------------------

    private double width(String id) {
        return lookup(id).queryAs(Region.class).getWidth();
    }

    private double height(String id) {
        return lookup(id).queryAs(Region.class).getHeight();
    }

    private void toggle(KeyCode key) {
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aHiddenPaneGivesItsRoomToTheTimelineAndComesBackAtItsWidth() {
        double middle = width("#middle");
        double filters = width("#filterPane");
        double details = width("#detailPane");
        assertTrue(filters > 100 && details > 100, filters + " " + details);
        toggle(KeyCode.F);
        assertTrue(lookup("#filterPane").tryQuery().isEmpty() || !shown("#filterPane"));
        assertEquals(middle + filters, width("#middle"), 12, "the filters' room went to the timeline");
        assertEquals(details, width("#detailPane"), 12, "not to the details");
        toggle(KeyCode.F);
        assertEquals(filters, width("#filterPane"), 12, "the filters come back as wide as they were");
        assertEquals(middle, width("#middle"), 12);
        toggle(KeyCode.I);
        assertEquals(middle + details, width("#middle"), 12, "the details' room went to the timeline");
        assertEquals(filters, width("#filterPane"), 12);
        toggle(KeyCode.I);
        assertEquals(details, width("#detailPane"), 12);
        double timeline = height("#whenAndWhere");
        double table = height("#eventTable");
        toggle(KeyCode.T);
        assertEquals(timeline + table, height("#whenAndWhere"), 12, "the table's room went to the timeline");
        toggle(KeyCode.T);
        assertEquals(table, height("#eventTable"), 12, "the table comes back as tall as it was");
        interact(() -> window.stage().close());
        assertEquals(filters, new AppPreferences(node).paneSize("filters", 0), 12, "and is remembered");
    }

    /** A new window on the preferences the last one left, as the next run opens it, on the bundled data. */
    private void reopen() throws Exception {
        interact(() -> {
            window = new MainWindow(new Stage(), new AppPreferences(node), url -> { });
            window.show();
        });
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
    }

    @Test
    void aWindowOnASmallScreenKeepsHalfItsWidthForTheTimelineAndTheTableATitleColumn() throws Exception {
        interact(() -> window.stage().close());
        // The window a 1024 × 700 screen opens: 92 % of it.
        new AppPreferences(node).setWindowBounds(0, 0, 940, 644);
        reopen();
        WaitForAsyncUtils.waitForFxEvents();
        double sides = width("#filterPane") + width("#detailPane");
        assertTrue(sides <= width("#sides") / 2 + 1, "the panes take " + sides + " of " + width("#sides"));
        javafx.scene.control.TableColumn<?, ?> title = table().getColumns().stream()
                .filter(c -> "titleColumn".equals(c.getId())).findFirst().orElseThrow();
        assertTrue(title.getWidth() >= EventTable.TITLE_MIN, "a readable title column: " + title.getWidth());
        javafx.scene.control.TableColumn<?, ?> date = table().getColumns().stream()
                .filter(c -> "dateColumn".equals(c.getId())).findFirst().orElseThrow();
        assertTrue(date.getWidth() <= table().getWidth() / 3 + 1, "a long date gives way: " + date.getWidth()
                + " of " + table().getWidth());
        javafx.scene.control.Button none = lookup("#filterPane .button").match((javafx.scene.control.Button b)
                -> b.getText().equals("None")).query();
        assertTrue(none.getWidth() >= none.prefWidth(-1) - 0.5, "the actors' buttons keep their words");
        javafx.scene.control.Label from = lookup("#filterPane .label").match((javafx.scene.control.Label l)
                -> l.getText().equals("From")).query();
        assertTrue(from.getWidth() >= from.prefWidth(-1) - 0.5, "the date fields keep their labels");
        // Back on a wide screen, the panes are as wide as the analyst had them, not as the small window made them.
        interact(() -> window.stage().close());
        new AppPreferences(node).setWindowBounds(0, 0, 1400, 880);
        reopen();
        assertEquals(Panes.Pane.FILTERS.defaultSize, width("#filterPane"), 1.5);
        assertEquals(Panes.Pane.DETAILS.defaultSize, width("#detailPane"), 1.5);
    }

    @Test
    void theLegendHidesForTheLanesAndStaysHiddenNextRun() throws Exception {
        assertTrue(window.timeline().showLegendProperty().get(), "shown the first time");
        toggle(KeyCode.L);
        assertFalse(window.timeline().showLegendProperty().get());
        interact(() -> window.stage().close());
        reopen();
        assertFalse(window.timeline().showLegendProperty().get(), "remembered");
        toggle(KeyCode.L);
        assertTrue(window.timeline().showLegendProperty().get());
    }

    @Test
    void panesComeBackAtTheirWidthsRunAfterRun() throws Exception {
        toggle(KeyCode.F);
        toggle(KeyCode.F);
        double filters = width("#filterPane");
        double details = width("#detailPane");
        double table = height("#eventTable");
        for (int run = 0; run < 3; run++) {
            interact(() -> window.stage().close());
            reopen();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(filters, width("#filterPane"), 1.5, "the filters as wide as in the last run, run " + run);
            assertEquals(details, width("#detailPane"), 1.5, "the details as wide as in the last run, run " + run);
            assertEquals(table, height("#eventTable"), 1.5, "the table as tall as in the last run, run " + run);
        }
    }

    // ---- 7: Home ---------------------------------------------------------------------------

    @Test
    void homeFitsAllWhereverTheFocusIsButNotWhileTyping() {
        interact(() -> window.timeline().fitAll());
        TimeWindow all = window.timeline().getVisibleWindow();
        Node row = lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) -> r.getItem() instanceof Event e
                && e.id().equals("hanoi-summit")).query();
        clickOn(row);
        around(event("hanoi-summit"), 3);
        assertTrue(table().isFocused());
        type(KeyCode.HOME);
        assertEquals(all, window.timeline().getVisibleWindow(), "Home fits all from the table");
        assertEquals("hanoi-summit", table().getSelectionModel().getSelectedItem().id(),
                "and the table keeps its row: it never saw the key");

        clickOn("#textFilter").write("summit");
        around(event("hanoi-summit"), 3);
        TimeWindow zoomed = window.timeline().getVisibleWindow();
        type(KeyCode.HOME);
        TextField search = lookup("#textFilter").queryAs(TextField.class);
        assertEquals(zoomed, window.timeline().getVisibleWindow(), "typing: Home is the field's");
        assertEquals(0, search.getCaretPosition());
        assertNotEquals(all, zoomed);
    }

    @Test
    void rowsPastedIntoTheSearchKeepTheirWordsApart() {
        TextField search = lookup("#textFilter").queryAs(TextField.class);
        interact(() -> search.replaceText(0, 0, "Hanoi\tsummit\nTrump"));
        assertEquals("Hanoi summit Trump", search.getText(), "cells and rows copied from the table, pasted");
    }

    // ---- 9: what was not loaded ------------------------------------------------------------

    private Path someBad() throws Exception {
        Path f = dir.resolve("some-bad.json");
        Files.writeString(f, """
                {"format": "annalist/1", "sources": [{"id": "s", "title": "S"}],
                 "events": [
                  {"id": "a", "kind": "other", "title": "A", "when": "2024-02-30", "sources": ["s"]},
                  {"id": "b", "kind": "other", "title": "B", "when": "2024", "sources": ["s"]}
                 ]}
                """);
        return f;
    }

    private String reportShown() {
        clickOn("#loadBannerWhy");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextArea text = lookup("#loadReportText").query();
        String shown = text.getText();
        interact(() -> text.getScene().getWindow().hide());
        return shown;
    }

    @Test
    void eventsNotLoadedAreSaidInABannerUntilDismissed() throws Exception {
        assertFalse(shown("#loadBanner"), "nothing left out of the bundled data");
        WindowWaits.open(window, new DataLocation.OnDisk(someBad()));
        assertTrue(shown("#loadBanner"));
        assertEquals("1 event not loaded —", lookup("#loadBannerText").queryAs(Label.class).getText());
        assertTrue(reportShown().contains("some-bad.json:3:"));

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"annalist/1\",\n \"events\": [,]}");
        WindowWaits.open(window, new DataLocation.OnDisk(broken));
        assertTrue(window.notifications().isShowing(), "the failure is said");
        assertTrue(shown("#loadBanner"), "and the data on screen still says what it is missing");
        assertTrue(reportShown().contains("some-bad.json:3:"), "its own report, not the failed file's");
        javafx.scene.control.Labeled status = lookup("#loadReportButton").query();
        assertTrue(status.getText().startsWith("1 rejected"), "the status line counts the data on screen: "
                + status.getText());

        clickOn("#loadBannerDismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown("#loadBanner"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !shown("#loadBanner"));
    }
}
