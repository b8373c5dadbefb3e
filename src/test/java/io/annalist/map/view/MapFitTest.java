package io.annalist.map.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.annalist.io.EventFileReader;
import io.annalist.model.Event;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fitting puts every located event inside the map, clear of its note and legend, with room
 * round it, at every size of the pane, and keeps doing so as the pane changes until the map is
 * moved by hand.
 */
@org.junit.jupiter.api.Tag("toolkit")
class MapFitTest extends ApplicationTest {
    private static final double[][] SIZES = {{240, 350}, {237, 472}, {320, 240}, {600, 450}, {1000, 700},
        {1600, 400}, {400, 900}, {260, 180}, {347, 267}, {300, 200}, {250, 190}};
    private Stage stage;
    private MapView view;
    private final Pane root = new Pane();

    @Override
    public void start(Stage stage) {
        // Windows earlier tests left open would take this test's layout passes and clicks.
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
        this.stage = stage;
        stage.setScene(new Scene(root, 1700, 1000));
        stage.show();
    }

    @AfterEach
    void putAway() throws Exception {
        interact(() -> stage.hide());
    }

    private void show(String file) throws Exception {
        List<Event> events = new EventFileReader().read(Path.of(file)).dataset().events();
        interact(() -> {
            view = new MapView();
            view.setEvents(FXCollections.observableArrayList(events));
            root.getChildren().setAll(view);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.baseMapProperty().get() != null
                && !view.preparingProperty().get() && view.getPlaced().size() == events.size());
    }

    private void resize(double w, double h) throws Exception {
        interact(() -> view.setPrefSize(w, h));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.fitPending()
                && view.lastFrame() != null && Math.abs(view.lastFrame().scale().width() - view.getWidth()) < 4);
    }

    private void checkEverySize(String file) throws Exception {
        show(file);
        for (double[] size : SIZES) {
            resize(size[0], size[1]);
            List<String> problems = WaitForAsyncUtils.asyncFx(() -> FitChecks.problems(view)).get();
            assertTrue(problems.isEmpty(), file + " at " + view.getWidth() + " × " + view.getHeight()
                    + " (first view, followed as the pane changed): " + problems);
            interact(() -> view.fitToEvents());
            WaitForAsyncUtils.waitForFxEvents();
            problems = WaitForAsyncUtils.asyncFx(() -> FitChecks.problems(view)).get();
            assertTrue(problems.isEmpty(), file + " at " + view.getWidth() + " × " + view.getHeight()
                    + " after Fit: " + problems);
        }
    }

    @Test
    void theMissileTestsAreFittedInsideTheMapAtEverySize() throws Exception {
        checkEverySize("data/nk-missile-tests-1984-2026.json");
    }

    @Test
    void theSeedEventsAreFittedInsideTheMapAtEverySize() throws Exception {
        checkEverySize("data/russia-north-korea-2018-2025.json");
    }

    @Test
    void countsAndRingedMarksAtTheEdgesOfTheEventsAreFittedWhole() throws Exception {
        // Six events at Kursk and three at Pyongyang, the far west and east of the events: counts, wider than marks.
        checkEverySize("src/test/resources/io/annalist/map/kursk-pyongyang.json");
        for (double[] size : new double[][]{{1600, 900}, {1000, 700}, {600, 450}}) {
            resize(size[0], size[1]);
            interact(() -> view.fitToEvents());
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cramped = WaitForAsyncUtils.asyncFx(() -> roomRound(view.lastFrame())).get();
            assertTrue(cramped.isEmpty(), view.getWidth() + " × " + view.getHeight() + ": " + cramped);
        }
    }

    /** What is drawn closer to the edges of the clear part than the room a fit keeps round its counts and marks. */
    private List<String> roomRound(MapFrame f) {
        List<String> cramped = new java.util.ArrayList<>();
        double top = f.clearTop();
        double bottom = f.mapHeight() - 20;
        // As the fit keeps it where the map is large enough; 2 pixels for the note and legend measured before the frame.
        double room = MapPainter.FIT_ROOM - 2;
        io.annalist.map.Clusters c = f.clusters();
        for (int g = 0; g < c.groups(); g++) {
            double r = c.groupRadius(g);
            double x = c.groupX(g);
            double y = c.groupY(g);
            if (x - r < room || x + r > f.scale().width() - room || y - r < top + room) {
                cramped.add(String.format("a count of %d at (%.0f, %.0f), radius %.0f, within %.0f px of an edge",
                        c.groupCount(g), x, y, r, room));
            }
        }
        return cramped;
    }

    @Test
    void aMapThatFollowsItsEventsFitsTheTimelinesNewWindow() throws Exception {
        show("data/russia-north-korea-2018-2025.json");
        resize(600, 450);
        var all = view.getScale();
        // 2018-06-01 to 2018-07-01: the Singapore summit alone.
        interact(() -> view.timeWindowProperty().set(new io.annalist.timeline.TimeWindow(1527811200000L,
                1530403200000L)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getScale().pixelsPerUnit() > all.pixelsPerUnit() * 4, "zoomed in on the one place");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> FitChecks.problems(view)).get().isEmpty());
        assertEquals(1, view.lastFrame().onMap());
    }

    @Test
    void aSelectionOfAnotherTimeNeitherMovesTheMapNorStopsItFollowing() throws Exception {
        show("src/test/resources/io/annalist/map/kursk-pyongyang.json");
        resize(600, 450);
        Event pyongyang = view.getEvents().get(0);
        Event laterInPyongyang = view.getEvents().get(9);
        interact(() -> view.setSelectedEvent(pyongyang));
        // 20 February: Kursk alone; then the search selects an event in Pyongyang two days later.
        interact(() -> view.timeWindowProperty().set(new io.annalist.timeline.TimeWindow(1424390400000L,
                1424476800000L)));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> view.setSelectedEvent(laterInPyongyang));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.isFollowingEvents(), "the map was not moved by hand");
        assertTrue(WaitForAsyncUtils.asyncFx(() -> FitChecks.problems(view)).get().isEmpty());
        assertEquals(2, view.lastFrame().onMap());
        // The whole time again: the map fits every event, as the timeline shows them all.
        interact(() -> view.timeWindowProperty().set(new io.annalist.timeline.TimeWindow(1424131200000L,
                1424649600000L)));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> FitChecks.problems(view)).get();
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals(10, view.lastFrame().onMap());
        // The time narrowed to Kursk again, then widened and an event in Pyongyang selected before the map is laid
        // out anew: the selection is off the old view, but the new fit holds it.
        interact(() -> view.timeWindowProperty().set(new io.annalist.timeline.TimeWindow(1424390400000L,
                1424476800000L)));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            view.timeWindowProperty().set(new io.annalist.timeline.TimeWindow(1424131200000L, 1424649600000L));
            view.setSelectedEvent(pyongyang);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.isFollowingEvents(), "selecting is not moving the map by hand");
        problems = WaitForAsyncUtils.asyncFx(() -> FitChecks.problems(view)).get();
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aMapMovedByHandStaysWhereItIsPutUntilFit() throws Exception {
        show("data/russia-north-korea-2018-2025.json");
        resize(600, 450);
        assertTrue(view.isFollowingEvents());
        interact(() -> view.scaleProperty().set(view.getScale().panBy(400, 0)));
        assertFalse(view.isFollowingEvents(), "a pan is the analyst's");
        var moved = view.getScale();
        resize(700, 500);
        assertEquals(moved.centreX(), view.getScale().centreX(), 1e-9, "a resize keeps the centre put by hand");
        assertEquals(moved.pixelsPerUnit(), view.getScale().pixelsPerUnit(), 1e-9);
        interact(() -> view.fitToEvents());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.isFollowingEvents());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> FitChecks.problems(view)).get().isEmpty());
    }
}
