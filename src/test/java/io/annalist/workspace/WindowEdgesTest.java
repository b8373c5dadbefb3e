package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import io.annalist.model.DateText;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Precision;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * More of the window's rough edges, driven by node id: the filter pane's counts, its chips, the
 * room the timeline gets, and the table's columns and Copy.
 */
@Tag("toolkit")
class WindowEdgesTest extends WindowTestBase {
    @BeforeEach
    void openTheDefaultData() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
    }

    @SuppressWarnings("unchecked")
    private TableView<Event> table() {
        return (TableView<Event>) from(window.stage().getScene().getRoot()).lookup("#eventTable").query();
    }

    private long count(java.util.function.Predicate<Event> p, List<Event> events) {
        return events.stream().filter(p).count();
    }

    private Bounds onScreen(String id) {
        Node n = lookup(id).query();
        return n.localToScreen(n.getLayoutBounds());
    }

    // ---- 2: counts of the events shown and of all -------------------------------------------

    @Test
    void theFacetsCountTheEventsShownAndAll() {
        List<Event> all = List.copyOf(window.store().allEvents());
        int nkAll = (int) count(e -> e.actors().contains("north-korea"), all);
        assertTrue(lookup("#kind-visit").queryAs(CheckBox.class).getText().endsWith("  "
                + count(e -> e.kind() == EventKind.VISIT, all)), "nothing filtered: one count");
        clickOn("#kind-troop_deployment");
        WaitForAsyncUtils.waitForFxEvents();
        List<Event> shown = List.copyOf(window.store().filteredEvents());
        int nkShown = (int) count(e -> e.actors().contains("north-korea"), shown);
        assertTrue(nkShown > 0 && nkShown < nkAll, nkShown + " of " + nkAll);
        TreeCell<?> cell = lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() instanceof ActorFilter.Row r
                && r.id().equals("north-korea")).query();
        assertEquals("North Korea  " + nkShown + " / " + nkAll, cell.getText());
        assertEquals("Visit  0 / " + count(e -> e.kind() == EventKind.VISIT, all),
                lookup("#kind-visit").queryAs(CheckBox.class).getText());
        assertEquals("Troop deployment  " + shown.size() + " / " + shown.size(),
                lookup("#kind-troop_deployment").queryAs(CheckBox.class).getText());
    }

    @Test
    void aLongActorNameIsShortenedInItsMiddleAndKeepsItsCountInSight() {
        TreeCell<?> cell = lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() instanceof ActorFilter.Row r
                && r.id().equals("kcna")).query();
        Region tree = lookup("#actorTree").query();
        Bounds treeBounds = tree.localToScene(tree.getLayoutBounds());
        Bounds cellBounds = cell.localToScene(cell.getLayoutBounds());
        assertTrue(cellBounds.getMaxX() <= treeBounds.getMaxX() + 0.5, "the row fits the tree: " + cellBounds);
        Text shown = (Text) cell.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text).findFirst()
                .orElseThrow();
        assertTrue(shown.getText().contains("…") && shown.getText().endsWith("  1"), shown.getText());
        assertEquals("KCNA (North Korean state news agency)  1", cell.getTooltip().getText());
    }

    // ---- 3: chips move nothing and stay inside ----------------------------------------------

    @Test
    void chipsMoveNothingInTheFilterPaneAndStayInsideTheirRow() {
        Bounds meeting = onScreen("#kind-meeting");
        double chipsHeight = lookup("#filterChips").queryAs(Region.class).getHeight();
        double timelineTop = onScreen("#timeline").getMinY();
        clickOn("#kind-visit");
        WaitForAsyncUtils.waitForFxEvents();
        Bounds after = onScreen("#kind-meeting");
        assertEquals(meeting.getMinX(), after.getMinX(), 0.5, "the next check box is where it was");
        assertEquals(meeting.getMinY(), after.getMinY(), 0.5, "the next check box is where it was");
        assertEquals(chipsHeight, lookup("#filterChips").queryAs(Region.class).getHeight(), 0.5,
                "the first chip takes the row kept for it");
        assertEquals(timelineTop, onScreen("#timeline").getMinY(), 0.5);
        clickOn("#kind-meeting");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#kind-meeting").queryAs(CheckBox.class).isSelected(), "the second click lands on its box");

        // A long chip in a narrow row: shortened with its whole text in the tooltip, never wider than the row.
        long from = PartialDate.parse("2024-01-01").start();
        long to = PartialDate.parse("2024-06-30").end();
        // The window a 1024-pixel screen opens: 92 % of it.
        interact(() -> window.stage().setWidth(940));
        WaitForAsyncUtils.waitForFxEvents();
        double paneWidth = lookup("#filterPane").queryAs(Region.class).getWidth();
        Region details = lookup("#detailPane").query();
        assertTrue(details.localToScene(details.getLayoutBounds()).getMaxX() <= window.stage().getScene().getWidth()
                + 0.5, "on a 1024-pixel screen every pane fits in the window");
        interact(() -> window.session().setFilter(io.annalist.model.EventFilter.NONE.withWindow(from, to)));
        WaitForAsyncUtils.waitForFxEvents();
        Region chips = lookup("#filterChips").query();
        Bounds row = chips.localToScreen(chips.getLayoutBounds());
        Button dates = lookup(".filter-chip").match((Node n) -> n instanceof Button b && !(n instanceof
                javafx.scene.control.MenuButton) && b.getTooltip().getText().startsWith("Dates:"))
                .query();
        assertTrue(dates.getTooltip().getText().startsWith("Dates: " + DateText.human(from, Precision.DAY) + " – "
                + DateText.human(to - 1, Precision.DAY)), dates.getTooltip().getText());
        for (Node chip : chips.getChildrenUnmodifiable()) {
            Bounds b = chip.localToScreen(chip.getLayoutBounds());
            assertTrue(b.getMaxX() <= row.getMaxX() + 0.5, "inside the row: " + chip + " " + b + " " + row);
            assertTrue(b.getMinY() >= row.getMinY() - 0.5 && b.getMaxY() <= row.getMaxY() + 0.5, "in one row: " + chip);
        }
        Button clear = lookup("#clearFilters").query();
        assertTrue(clear.getWidth() >= clear.prefWidth(-1) - 0.5, "Clear all keeps its whole width");
        // Three kinds and the dates at 940 pixels with the filters shown: what does not fit is under "+N more".
        interact(() -> window.session().setFilter(window.session().getFilter().withKinds(java.util.Set.of(
                io.annalist.model.EventKind.VISIT, io.annalist.model.EventKind.MEETING,
                io.annalist.model.EventKind.STATEMENT, io.annalist.model.EventKind.MILITARY_EXERCISE))));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds full = chips.localToScreen(chips.getLayoutBounds());
        int listed = 0;
        for (Node chip : chips.getChildrenUnmodifiable()) {
            Bounds b = chip.localToScreen(chip.getLayoutBounds());
            assertTrue(b.getMaxX() <= full.getMaxX() + 0.5, "inside the row: " + chip + " " + b + " " + full);
            if (chip instanceof Button c && c.getStyleClass().contains("filter-chip")) {
                listed++;
                assertTrue(c.getWidth() >= Math.min(FilterChips.CHIP_MIN, c.prefWidth(-1)) - 0.5,
                        "a chip keeps a few words: " + c.getText() + " " + c.getWidth());
            } else if (chip instanceof javafx.scene.control.MenuButton m) {
                listed += m.getItems().size();
            }
        }
        assertEquals(5, listed, "every filter is in the row or under +N more");
        assertTrue(lookup("#moreFilters").tryQuery().isPresent(), "the row is full");
        assertEquals(chipsHeight, chips.getHeight(), 0.5, "a long chip takes no second row");
        assertEquals(paneWidth, lookup("#filterPane").queryAs(Region.class).getWidth(), 0.5,
                "the filter pane keeps its width");
        interact(() -> window.stage().setWidth(1400));
    }

    @Test
    void chipsShortenedKeepTheStartOfTheirWordsAndTheRestGoUnderMore() {
        interact(() -> window.session().setFilter(io.annalist.model.EventFilter.NONE
                .withActors(java.util.Set.of("north-korea", "russia", "shoigu", "nk-defence-ministry"), false)
                .withKinds(java.util.EnumSet.allOf(io.annalist.model.EventKind.class))));
        WaitForAsyncUtils.waitForFxEvents();
        Region chips = lookup("#filterChips").query();
        int listed = 0;
        for (Node chip : chips.getChildrenUnmodifiable()) {
            if (chip instanceof javafx.scene.control.MenuButton m) {
                listed += m.getItems().size();
            } else if (chip instanceof Button c && c.getStyleClass().contains("filter-chip")) {
                listed++;
                String whole = c.getTooltip().getText().lines().findFirst().orElseThrow();
                String text = c.getText().replace("  ×", "");
                assertTrue(text.equals(whole) || text.endsWith("…") && whole.startsWith(text.substring(0,
                        text.length() - 1)), "the start of its words: " + text + " for " + whole);
                assertTrue(text.length() >= Math.min(whole.length(), "Actor: North".length()),
                        "a few letters of the name: " + text);
                assertTrue(c.getWidth() >= c.prefWidth(-1) - 0.5, "its text whole in its width: " + text);
            }
        }
        assertEquals(4 + io.annalist.model.EventKind.values().length, listed, "every filter in the row or under more");
        // In the order of their names, whatever the order they were chosen in or the row's width.
        List<String> actors = new java.util.ArrayList<>();
        for (Node chip : chips.getChildrenUnmodifiable()) {
            if (chip instanceof javafx.scene.control.MenuButton m) {
                m.getItems().forEach(i -> actors.add(i.getText()));
            } else if (chip instanceof Button c && c.getStyleClass().contains("filter-chip")) {
                actors.add(c.getTooltip().getText().lines().findFirst().orElseThrow());
            }
        }
        List<String> names = actors.stream().filter(t -> t.startsWith("Actor: ")).toList();
        assertEquals(names.stream().sorted().toList(), names);
        // A range open at one end says so in words.
        interact(() -> window.session().setFilter(io.annalist.model.EventFilter.NONE.withWindow(
                PartialDate.parse("2025").start(), null)));
        WaitForAsyncUtils.waitForFxEvents();
        Button from = lookup(".filter-chip").match((Node n) -> n instanceof Button).query();
        assertEquals("Dates: from 1 January 2025", from.getTooltip().getText().lines().findFirst().orElseThrow());
    }

    // ---- 5: the timeline gets the room ------------------------------------------------------

    @Test
    void theTimelineGetsMostOfTheMiddleAndMoreThanAnyPane() {
        double timeline = lookup("#timeline").queryAs(Region.class).getWidth();
        for (String pane : new String[]{"#mapPane", "#filterPane", "#detailPane"}) {
            double w = lookup(pane).queryAs(Region.class).getWidth();
            assertTrue(timeline > w, "the timeline " + timeline + " is wider than " + pane + " " + w);
        }
        double middle = lookup("#whenAndWhere").queryAs(Region.class).getWidth();
        assertTrue(timeline > 0.6 * middle, timeline + " of " + middle);
    }

    // ---- 6: the table -----------------------------------------------------------------------

    @Test
    void theDateColumnFitsEveryDateAndKeepsItsWidthWhateverTheFilter() {
        TableColumn<Event, ?> date = table().getColumns().stream().filter(c -> "dateColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        Text measure = new Text();
        measure.setFont(lookup("#eventTable .table-cell").queryAs(javafx.scene.control.Labeled.class).getFont());
        double widest = 0;
        for (Event e : window.store().allEvents()) {
            measure.setText(e.when().label());
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        double width = date.getWidth();
        assertTrue(width >= widest + 8, "every date fits: " + widest + " in " + width);
        clickOn("#kind-visit");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, date.getWidth(), 0.5, "a filter keeps the width");
        clickOn("#clearFilters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(width, date.getWidth(), 0.5);
    }

    @Test
    void aRareLongDateIsCutRatherThanTakeTheTitlesRoomInEveryRow() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS));
        TableColumn<Event, ?> date = table().getColumns().stream().filter(c -> "dateColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        Text measure = new Text();
        measure.setFont(lookup("#eventTable .table-cell").queryAs(javafx.scene.control.Labeled.class).getFont());
        int fit = 0;
        for (Event e : window.store().allEvents()) {
            measure.setText(e.when().label());
            fit += measure.getLayoutBounds().getWidth() + 8 <= date.getWidth() ? 1 : 0;
        }
        int all = window.store().allEvents().size();
        assertTrue(fit >= 0.98 * all, fit + " of " + all + " dates fit in " + date.getWidth());
        measure.setText("between April and September of 1984");
        assertTrue(date.getWidth() < measure.getLayoutBounds().getWidth(), "the rare long date is cut: "
                + date.getWidth());
    }

    @Test
    void ctrlCCopiesTheSelectedRowsAsTabSeparatedTextWithAHeader() throws Exception {
        clickOn(lookup("#eventTable .table-row-cell").nth(1).queryAs(Node.class));
        press(KeyCode.SHIFT);
        clickOn(lookup("#eventTable .table-row-cell").nth(3).queryAs(Node.class));
        release(KeyCode.SHIFT);
        push(KeyCode.SHORTCUT, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        String[] lines = copied.split("\n");
        List<String> header = List.of(lines[0].split("\t"));
        assertTrue(lines[0].endsWith("Date\tKind\tTitle\tActors\tPlace"), lines[0]);
        int at = header.indexOf("Date");
        assertEquals(4, lines.length, copied);
        for (int i = 1; i <= 3; i++) {
            Event e = table().getItems().get(i);
            String[] cells = lines[i].split("\t", -1);
            assertEquals(header.size(), cells.length, lines[i]);
            assertEquals(e.when().label(), cells[at]);
            assertEquals(e.kind().label(), cells[at + 1]);
            assertEquals(e.displayTitle(), cells[at + 2]);
        }
    }

    // ---- 8: one troop scale -----------------------------------------------------------------

    /** Where the bar of the event's troops ends: its upper bound on the file's scale. */
    private double troopBar(String id) {
        Event e = window.store().allEvents().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        interact(() -> window.timeline().setSelectedEvent(e));
        WaitForAsyncUtils.waitForFxEvents();
        Node row = lookup("#troopRange").query();
        assertTrue(lookup("#troopRange .detail-text").queryAllAs(io.annalist.workspace.detail.DetailText.class)
                .stream().anyMatch(t -> t.getText().equals("bar: 0–20,000 troops, one scale for the file")),
                "the scale is named");
        javafx.scene.shape.Rectangle range = (javafx.scene.shape.Rectangle) row.lookup(".troop-bar-range");
        return range.getX() + range.getWidth();
    }

    @Test
    void troopBarsShareOneScaleSoTheSmallerNumberIsTheShorterBar() {
        double tenThousands = troopBar("nk-troops-autumn-2024");
        double oneToThree = troopBar("nk-troops-early-2025");
        assertTrue(oneToThree < tenThousands / 2, "1,000–3,000 " + oneToThree + " against 10,000–12,000 "
                + tenThousands);
    }
}
