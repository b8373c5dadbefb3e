package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.timeline.LaneMode;
import io.annalist.workspace.detail.DetailText;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The workbench as an analyst uses it: filters, selection and details, files. */
@org.junit.jupiter.api.Tag("toolkit")
class WorkspaceTest extends ApplicationTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private Preferences node;

    @Override
    public void start(Stage stage) throws Exception {
        WindowWaits.hideOthers(stage);
        node = Preferences.userRoot().node("io/annalist/test/" + UUID.randomUUID());
        window = new MainWindow(stage, new AppPreferences(node), url -> { });
        window.show();
    }

    @org.junit.jupiter.api.BeforeEach
    void openTheDefaultData() throws Exception {
        open(new DataLocation.Bundled(BundledData.DEFAULT));
    }

    @AfterEach
    void forget() throws Exception {
        WindowWaits.putAway(window, node);
    }

    private void open(DataLocation where) throws Exception {
        WindowWaits.open(window, where);
    }

    @SuppressWarnings("unchecked")
    private TableView<Event> table() {
        return (TableView<Event>) from(window.stage().getScene().getRoot()).lookup("#eventTable").query();
    }

    private long count(java.util.function.Predicate<Event> p) {
        return window.store().allEvents().stream().filter(p).count();
    }

    private void checkActor(String id) {
        TreeCell<?> cell = lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() instanceof ActorFilter.Row r
                && r.id().equals(id)).query();
        clickOn((Node) cell.lookup(".check-box"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int shownOnTimeline() {
        return window.timeline().getLanes().all().size();
    }

    @Test
    void filteringByAnActorChangesTheTimelineAndTheTable() {
        assertEquals(18, table().getItems().size());
        checkActor("shoigu");
        long withShoigu = count(e -> e.actors().contains("shoigu"));
        assertEquals(5, withShoigu);
        assertEquals(withShoigu, table().getItems().size());
        assertEquals(withShoigu, shownOnTimeline());
        assertTrue(lookup("#filterChips").queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .anyMatch(n -> n instanceof javafx.scene.control.Button b && b.getText().startsWith("Actor: Sergei Shoigu")));
        clickOn("#clearFilters");
        assertEquals(18, table().getItems().size());
        assertEquals(18, shownOnTimeline());
    }

    @Test
    void allOfTwoActorsKeepsOnlyEventsWithBoth() {
        checkActor("russia");
        checkActor("north-korea");
        long any = count(e -> e.actors().contains("russia") || e.actors().contains("north-korea"));
        assertEquals(any, table().getItems().size());
        clickOn("#actorsAll");
        WaitForAsyncUtils.waitForFxEvents();
        long both = count(e -> e.actors().contains("russia") && e.actors().contains("north-korea"));
        assertTrue(both < any);
        assertEquals(both, table().getItems().size());
        assertEquals(both, shownOnTimeline());
    }

    @Test
    void includingAffiliatesCountsPutinAndShoiguAsRussia() {
        checkActor("russia");
        long russia = count(e -> e.actors().contains("russia"));
        assertEquals(russia, table().getItems().size());
        clickOn("#includeAffiliated");
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> group = Set.of("russia", "putin", "shoigu");
        long withAffiliates = count(e -> e.actors().stream().anyMatch(group::contains));
        assertTrue(withAffiliates > russia);
        assertEquals(withAffiliates, table().getItems().size());
    }

    @Test
    void kindsAndTextFilter() throws Exception {
        clickOn("#kind-troop_deployment");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(count(e -> e.kind() == EventKind.TROOP_DEPLOYMENT), table().getItems().size());
        clickOn("#kind-troop_deployment");
        clickOn("#textFilter").write("Hanoi");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
        assertEquals("hanoi-summit", table().getItems().get(0).id());
    }

    @Test
    void noMatchShowsAWayOut() throws Exception {
        clickOn("#textFilter").write("no event says this");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table().getItems().isEmpty());
        assertTrue(from(window.stage().getScene().getRoot()).lookup("#emptyState").query().isVisible());
        assertEquals("No events match the filters.",
                ((javafx.scene.control.Label) table().getPlaceholder()).getText());
        clickOn("#emptyClearFilters");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(18, table().getItems().size());
        assertFalse(from(window.stage().getScene().getRoot()).lookup("#emptyState").query().isVisible());
    }

    @Test
    void sortingByAColumnKeepsTheSelectionAndReturnsToTimeOrder() {
        List<Event> inTime = List.copyOf(table().getItems());
        selectRow("hanoi-summit");
        Node titleHeader = lookup(".column-header").match((Node n) -> n.lookup(".label") instanceof Label l
                && "Title".equals(l.getText())).query();
        clickOn(titleHeader);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = table().getItems().stream().map(Event::displayTitle).toList();
        // Columns order text as people read it (java.text.Collator), as TableColumn does by default.
        java.util.Comparator<String> reading = (a, b) -> java.text.Collator.getInstance().compare(a, b);
        assertEquals(titles.stream().sorted(reading).toList(), titles, "ascending by title");
        assertEquals("hanoi-summit", table().getSelectionModel().getSelectedItem().id());
        clickOn(titleHeader);
        WaitForAsyncUtils.waitForFxEvents();
        titles = table().getItems().stream().map(Event::displayTitle).toList();
        assertEquals(titles.stream().sorted(reading.reversed()).toList(), titles, "descending");
        clickOn(titleHeader);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(inTime, table().getItems(), "back in time order");
        assertEquals("hanoi-summit", table().getSelectionModel().getSelectedItem().id());
        // Filtering while sorted keeps the order.
        clickOn(titleHeader);
        interact(() -> window.session().setFilter(window.session().getFilter().withKinds(Set.of(EventKind.MEETING))));
        WaitForAsyncUtils.waitForFxEvents();
        titles = table().getItems().stream().map(Event::displayTitle).toList();
        assertTrue(titles.size() > 1 && titles.size() < inTime.size());
        assertEquals(titles.stream().sorted(reading).toList(), titles);
    }

    private void selectRow(String id) {
        int row = table().getItems().indexOf(table().getItems().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow());
        interact(() -> table().scrollTo(row));
        Node cell = lookup(".table-row-cell").match((javafx.scene.control.TableRow<?> r) -> r.getItem() instanceof Event e
                && e.id().equals(id)).query();
        clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String detailText() {
        StringBuilder b = new StringBuilder();
        for (Node n : lookup("#detailPane").queryParent().lookupAll(".detail-text")) {
            b.append(((DetailText) n).getText()).append('\n');
        }
        for (String style : new String[]{".label", ".hyperlink"}) {
            for (Node n : lookup("#detailPane").queryParent().lookupAll(style)) {
                b.append(((javafx.scene.control.Labeled) n).getText()).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void selectingARowFillsTheDetailViewOfItsKind() {
        selectRow("shoigu-arrives-pyongyang-march-2025");
        assertEquals("shoigu-arrives-pyongyang-march-2025", window.timeline().getSelectedEvent().id());
        assertEquals("Visit", lookup("#detailKind").queryAs(Label.class).getText());
        String visit = detailText();
        assertTrue(visit.contains("Sergei Shoigu  →  unknown"), "no source names who received him: " + visit);
        assertTrue(visit.contains("undisclosed"), visit);
        assertTrue(visit.contains("Shoigu, then defence minister"), "earlier visits are linked: " + visit);

        selectRow("nk-troops-autumn-2024");
        assertEquals("Troop deployment", lookup("#detailKind").queryAs(Label.class).getText());
        assertNotNull(lookup("#troopRange").query());
        String troops = detailText();
        assertTrue(troops.contains("10,000–12,000 troops"), troops);
        assertTrue(troops.contains("US intelligence officials, South Korean intelligence, Ukrainian intelligence"),
                troops);
        assertTrue(troops.contains("last autumn (Sept–Nov 2024, approx.)"), troops);

        selectRow("nk-troops-early-2025");
        assertTrue(detailText().contains("11,000–15,000 troops over 2 deployments"), detailText());

        selectRow("nk-missile-launches-march-2025");
        assertEquals("Missile test", lookup("#detailKind").queryAs(Label.class).getText());
        assertEquals("unknown", lookup("#outcomeBadge").queryAs(Label.class).getText());
        String missile = detailText();
        assertTrue(missile.contains("“another major defense weapons system”"), missile);
        assertTrue(missile.contains("sixth weapons test of 2025"), missile);
        assertTrue(missile.contains("time of day unknown"), missile);
    }

    @Test
    void previousAndNextStepThroughTime() {
        selectRow("singapore-summit");
        clickOn("#detailNext");
        assertEquals("hanoi-summit", window.timeline().getSelectedEvent().id());
        assertEquals("hanoi-summit", table().getSelectionModel().getSelectedItem().id());
        clickOn("#detailPrevious");
        assertEquals("singapore-summit", window.timeline().getSelectedEvent().id());
    }

    @Test
    void theMatchIsHighlightedInTheDetails() throws Exception {
        clickOn("#textFilter").write("Hanoi");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table().getItems().size() == 1);
        selectRow("hanoi-summit");
        DetailText title = lookup("#detailTitle").query();
        assertTrue(title.getText().contains("Hanoi"), title.getText());
        assertEquals(1, title.markedRanges(), "the match is marked");
        DetailText when = lookup("#detailField-when").query();
        assertEquals(0, when.markedRanges(), "a text without it is not");
    }

    @Test
    void aSecondFileReplacesTheFirst() throws Exception {
        open(new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS));
        assertEquals(339, table().getItems().size());
        assertEquals(339, shownOnTimeline());
        assertTrue(window.stage().getTitle().startsWith("North Korea missile tests"));
    }

    @Test
    void aClashShowsItsSidesFatalitiesAndHowPreciseItsPlaceIs() throws Exception {
        open(new DataLocation.OnDisk(Path.of("src/test/resources/fixtures/ucdp-ged-release.csv")));
        selectRow("900001");
        assertEquals("Clash", lookup("#detailKind").queryAs(Label.class).getText());
        assertNotNull(lookup("#fatalityRange").query());
        String clash = detailText();
        assertTrue(clash.contains("Government of Testland  ×  Test Front"), clash);
        assertTrue(clash.contains("10–30, best 12 (a range, as reported)"), clash);
        assertTrue(clash.contains("not stated by the source"), clash);
        selectRow("900003");
        String country = detailText();
        assertTrue(country.contains("Testland — somewhere in the country; the coordinates are its centre"), country);
        assertTrue(country.contains("UCDP date_prec 2"), country);
    }

    @Test
    void reloadingKeepsTheSelectionAndTheView() throws Exception {
        Path f = dir.resolve("events.json");
        Files.copy(Path.of("data/russia-north-korea-2018-2025.json"), f);
        open(new DataLocation.OnDisk(f));
        Event hanoi = window.store().allEvents().stream().filter(e -> e.id().equals("hanoi-summit")).findFirst()
                .orElseThrow();
        interact(() -> {
            window.timeline().setVisibleWindow(new io.annalist.timeline.TimeWindow(hanoi.when().start() - 86_400_000L
                    * 50, hanoi.when().end() + 86_400_000L * 50));
            window.timeline().setSelectedEvent(hanoi);
        });
        var view = window.timeline().getVisibleWindow();
        WaitForAsyncUtils.asyncFx(() -> window.reload()).get(10, TimeUnit.SECONDS);
        WindowWaits.settle(window);
        assertEquals(view, window.timeline().getVisibleWindow());
        assertEquals("hanoi-summit", window.timeline().getSelectedEvent().id());
        assertEquals(List.of(f.toAbsolutePath().normalize()), window.prefs().recentFiles());
    }

    @Test
    void theWindowRemembersFiltersAndLanesForTheNextRun() throws Exception {
        checkActor("shoigu");
        interact(() -> window.session().setLaneMode(LaneMode.KIND));
        interact(() -> window.showPane("details", false));
        interact(() -> window.stage().close());
        AppPreferences prefs = new AppPreferences(node);
        assertEquals(Set.of("shoigu"), prefs.filter().actors());
        assertEquals(LaneMode.KIND, prefs.laneMode());
        assertFalse(prefs.paneShown("details"));
        assertTrue(prefs.paneShown("filters"));
        assertTrue(prefs.lastLocation() instanceof DataLocation.Bundled);
        assertNotNull(prefs.windowBounds());
    }

    @Test
    void exportsWhatTheWindowShowsAndCopiesASnapshot() throws Exception {
        checkActor("shoigu");
        Path out = dir.resolve("shoigu.png");
        ExportDialog.Choice choice = new ExportDialog.Choice(true, 1200, 700, 2, "Shoigu", true, true, true, true,
                true, true, false);
        Task<io.annalist.export.Exporter.Done> task = WaitForAsyncUtils.asyncFx(() -> window.snapshots().export(
                window.snapshots().spec(choice), out)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2400, task.get().width());
        assertEquals(5, task.get().eventsShown());
        assertTrue(io.annalist.export.PngWriter.readText(out).get("Description").startsWith("Actors: Sergei Shoigu"));
        assertTrue(window.notifications().getText().startsWith("Exported " + out), window.notifications().getText());

        interact(() -> window.snapshots().copyToClipboard());
        javafx.scene.image.Image copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard
                .getSystemClipboard().getImage()).get(10, TimeUnit.SECONDS);
        assertNotNull(copied);
        assertEquals(Math.round(window.timeline().getWidth()), Math.round(copied.getWidth()));
    }

    @Test
    void aFailedExportSaysSoAndWritesNothing() throws Exception {
        Path out = dir.resolve("missing-folder/x.png");
        ExportDialog.Choice choice = new ExportDialog.Choice(false, 800, 400, 1, "T", true, true, true, true, true,
                true, false);
        Task<io.annalist.export.Exporter.Done> task = WaitForAsyncUtils.asyncFx(() -> window.snapshots().export(
                window.snapshots().spec(choice), out)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.notifications().getText().startsWith("Export failed: cannot write " + out),
                window.notifications().getText());
        assertFalse(Files.exists(out.getParent()));
    }
}
