package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import io.annalist.map.GeoBox;
import io.annalist.map.MapScale;
import io.annalist.map.Mercator;
import io.annalist.map.PlaceFilter;
import io.annalist.map.view.MapView;
import io.annalist.model.Event;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The map in the window: a box filters everything, selection is shared, the layout is remembered. */
@org.junit.jupiter.api.Tag("toolkit")
class MapWindowTest extends ApplicationTest {
    private MainWindow window;
    private Preferences node;

    @Override
    public void start(Stage stage) throws Exception {
        WindowWaits.hideOthers(stage);
        node = Preferences.userRoot().node("io/annalist/test/" + UUID.randomUUID());
        window = new MainWindow(stage, new AppPreferences(node), url -> { });
        window.show();
    }

    @BeforeEach
    void openTheMissileData() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.NK_MISSILE_TESTS));
        MapView map = map();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> map.baseMapProperty().get() != null
                && !map.preparingProperty().get() && map.getPlaced().size() == window.store().sortedEvents().size()
                && !map.fitPending() && map.getScale() != null);
        interact(() -> window.timeline().fitAll());
        interact(() -> map.scaleProperty().set(MapScale.fit(new GeoBox(37.5, 124, 42.5, 131), map.getWidth(),
                map.getHeight(), 50)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void forget() throws Exception {
        // No key or button may stay held for the tests after (a held Shift turns their wheel into a scroll).
        release(new KeyCode[0]);
        release(new MouseButton[0]);
        WindowWaits.putAway(window, node);
    }

    private MapView map() {
        return window.mapPane().map();
    }

    private Point2D screen(double lat, double lon) {
        MapScale s = map().getScale();
        return map().localToScreen(s.screenX(Mercator.x(lon)), s.screenY(Mercator.y(lat)));
    }

    @Test
    void theMapOfANewFileStartsFittedToTheEventsInViewBesideAndBelowTheTimeline() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.RUSSIA_NORTH_KOREA));
        MapView map = map();
        for (MapPane.Layout layout : new MapPane.Layout[]{MapPane.Layout.BESIDE, MapPane.Layout.BELOW,
                MapPane.Layout.UNDER_DETAILS}) {
            interact(() -> window.mapPane().setLayout(layout));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !map.preparingProperty().get()
                    && map.getPlaced().size() == window.store().sortedEvents().size() && !map.fitPending()
                    && map.lastFrame() != null);
            WaitForAsyncUtils.waitForFxEvents();
            java.util.List<String> problems = WaitForAsyncUtils.asyncFx(
                    () -> io.annalist.map.view.FitChecks.problems(map)).get();
            assertTrue(problems.isEmpty(), layout + ", " + map.getWidth() + " × " + map.getHeight() + ": " + problems);
        }
    }

    @Test
    void aBoxDrawnOnTheMapFiltersTheWindowAndShowsAChip() {
        int all = window.store().sortedEvents().size();
        assertEquals(339, all);
        press(KeyCode.SHIFT);
        drag(screen(40.5, 124.8), MouseButton.PRIMARY).dropTo(screen(38.5, 126.5));
        release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        int kept = window.store().sortedEvents().size();
        assertTrue(kept > 20 && kept < all, "kept " + kept);
        assertTrue(window.store().getFilter().place() instanceof PlaceFilter);
        assertEquals(kept, window.timeline().getLanes().all().size(), "the timeline shows the same events");
        Button chip = lookup(".filter-chip").match((Button b) -> b.getText().startsWith("Place: ")).query();
        assertNotNull(chip);
        clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(all, window.store().sortedEvents().size(), "removing the chip removes the Place filter");
        assertNull(map().getPlaceFilter(), "and its outline on the map");
    }

    @Test
    void selectionIsSharedWithTheTimelineTheTableAndTheDetails() {
        Event sohae = window.store().sortedEvents().stream().filter(e -> e.where() != null
                && e.where().hasCoordinates() && e.where().describe().contains("Sohae")).findFirst().orElseThrow();
        interact(() -> map().scaleProperty().set(MapScale.fit(new GeoBox(sohae.where().lat() - 0.01,
                sohae.where().lon() - 0.01, sohae.where().lat() + 0.01, sohae.where().lon() + 0.01),
                map().getWidth(), map().getHeight(), 5)));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn(screen(sohae.where().lat(), sohae.where().lon()));
        WaitForAsyncUtils.waitForFxEvents();
        Event chosen = map().getSelectedEvent();
        assertNotNull(chosen, "a click on the map selects");
        assertEquals(chosen, window.timeline().getSelectedEvent(), "in the timeline");
        @SuppressWarnings("unchecked")
        TableView<Event> table = (TableView<Event>) lookup("#eventTable").query();
        assertEquals(chosen, table.getSelectionModel().getSelectedItem(), "in the table");
        assertEquals(chosen, window.detail().eventProperty().get(), "in the details");

        Event other = window.store().sortedEvents().get(5);
        interact(() -> window.timeline().setSelectedEvent(other));
        assertEquals(other, map().getSelectedEvent(), "and the other way round");
        interact(() -> window.timeline().hoveredEventProperty().set(other));
        assertEquals(other, map().hoveredEventProperty().get(), "hover too");
    }

    @Test
    void theMapGoesBesideOrBelowOrAwayAndIsRemembered() throws Exception {
        SplitPane host = lookup("#whenAndWhere").query();
        SplitPane details = lookup("#detailColumn").query();
        assertEquals(MapPane.Layout.UNDER_DETAILS, window.mapPane().mapLayout(),
                "under the details the first time, in a window of 1400 pixels");
        assertTrue(details.getItems().contains(window.mapPane()));
        assertTrue(!host.getItems().contains(window.mapPane()));
        interact(() -> window.mapPane().setLayout(MapPane.Layout.BESIDE));
        assertEquals(Orientation.HORIZONTAL, host.getOrientation());
        assertTrue(host.getItems().contains(window.mapPane()));
        assertTrue(!details.getItems().contains(window.mapPane()), "in one place at a time");
        interact(() -> window.mapPane().setLayout(MapPane.Layout.BELOW));
        assertEquals(Orientation.VERTICAL, host.getOrientation());
        interact(() -> window.mapPane().setLayout(MapPane.Layout.HIDDEN));
        assertTrue(!host.getItems().contains(window.mapPane()));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MapPane.Layout.BELOW, window.mapPane().mapLayout(), "shown again where it was last shown");
        assertEquals(Orientation.VERTICAL, host.getOrientation());
        interact(() -> window.mapPane().showOrHide());
        interact(() -> window.stage().close());
        assertEquals(MapPane.Layout.HIDDEN, new AppPreferences(node).mapLayout());
    }

    @Test
    void theMapShowsTheTimelinesWindow() {
        assertEquals(window.timeline().getVisibleWindow(), map().timeWindowProperty().get());
        Event first = window.store().sortedEvents().get(0);
        interact(() -> window.timeline().setVisibleWindow(new io.annalist.timeline.TimeWindow(first.when().start(),
                first.when().start() + 365L * 86_400_000L)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(window.timeline().getVisibleWindow(), map().timeWindowProperty().get());
    }

    @Test
    void theMapIsExportedAsOnScreenTheSamePartOfTheWorldAndTheSameEvents() throws Exception {
        MapView map = map();
        interact(() -> window.mapPane().setLayout(MapPane.Layout.BELOW));
        WaitForAsyncUtils.waitForFxEvents();
        // A view of Asia as wide as the world and more (a low pane zoomed out), every event of the range shown.
        interact(() -> {
            var check = (javafx.scene.control.CheckBox) window.mapPane().lookup("#mapWholeRange");
            check.setSelected(true);
            MapScale s = map.getScale();
            // Zoomed in a little from the widest the picture allows (it is at least 300 pixels high).
            double zoom = Math.min(s.width(), Math.max(1.4 * s.height(), 310));
            map.scaleProperty().set(new MapScale(Mercator.x(100), Mercator.y(30), zoom, s.width(), s.height())
                    .clamped());
        });
        WaitForAsyncUtils.waitForFxEvents();
        MapScale screen = map.getScale();
        assertTrue(screen.spanX() >= 1, "the world across: " + screen);
        var onScreen = map.lastFrame();
        java.nio.file.Path out = java.nio.file.Files.createTempDirectory("map-export").resolve("asia.png");
        var task = WaitForAsyncUtils.asyncFx(() -> window.snapshots().mapExport().export(out)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        var done = task.get();
        MapScale drawn = done.view();
        assertEquals(screen.centreX(), drawn.centreX(), 1e-6, "the middle of Asia, not of the world at Greenwich");
        // The picture is taller than the pane (300 pixels at least): it shows the pane's latitudes and a little more.
        assertTrue(drawn.latAt(0) >= screen.latAt(0) - 1e-6 && drawn.latAt(drawn.height()) <= screen.latAt(
                screen.height()) + 1e-6, "the latitudes on screen are in the picture");
        assertTrue(drawn.spanX() >= screen.spanX() - 1e-9, "the longitudes on screen are in the picture: " + screen
                + " drawn as " + drawn);
        assertTrue(drawn.spanX() <= screen.spanX() * 1.6, "and not much more: " + drawn.spanX());
        // The same events: every one of the whole range the map shows, not only the timeline's window's.
        assertEquals(onScreen.onMap(), done.onMap(), "events on the map");
        assertEquals(onScreen.clusters().unplaced(), done.unplaced(), "events with no place");
    }
}
