package io.annalist.map.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.annalist.io.EventFileReader;
import io.annalist.map.GeoBox;
import io.annalist.map.MapScale;
import io.annalist.map.Mercator;
import io.annalist.model.Event;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The map driven as a person would: click a mark, click a count (the box and the lasso: MapWindowTest). */
@org.junit.jupiter.api.Tag("toolkit")
class MapViewTest extends ApplicationTest {
    private MapView view;
    private List<Event> events;

    private Stage stage;

    @Override
    public void start(Stage stage) throws Exception {
        // Windows earlier tests left open would take this test's clicks and drags.
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
        this.stage = stage;
        events = new EventFileReader().read(Path.of("data/nk-missile-tests-1984-2026.json")).dataset().events();
        view = new MapView();
        view.setEvents(FXCollections.observableArrayList(events));
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void putAway() throws Exception {
        // Nor may this one's window take the clicks of the tests after it.
        interact(() -> stage.hide());
    }

    private void ready() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.baseMapProperty().get() != null
                && !view.preparingProperty().get() && view.getPlaced().size() == events.size()
                && !view.fitPending() && view.getScale() != null);
        interact(() -> view.scaleProperty().set(MapScale.fit(new GeoBox(37.5, 124, 42.5, 131), view.getWidth(),
                view.getHeight(), 50)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(double lat, double lon) {
        MapScale s = view.getScale();
        return view.localToScreen(s.screenX(Mercator.x(lon)), s.screenY(Mercator.y(lat)));
    }

    private MapFrame frame() {
        WaitForAsyncUtils.waitForFxEvents();
        return ((MapSkin) view.getSkin()).frame();
    }

    @Test
    void clickingAMarkOrACountSelects() throws Exception {
        ready();
        // Zoom close to one launch site so its events are alone or at one place.
        Event sohae = events.stream().filter(e -> e.where() != null && e.where().hasCoordinates()
                && e.where().describe().contains("Sohae")).findFirst().orElseThrow();
        interact(() -> view.scaleProperty().set(MapScale.fit(new GeoBox(sohae.where().lat() - 0.01,
                sohae.where().lon() - 0.01, sohae.where().lat() + 0.01, sohae.where().lon() + 0.01), view.getWidth(),
                view.getHeight(), 5)));
        MapFrame f = frame();
        MapFrame.Hit hit = f.hitAt(view.getScale().screenX(Mercator.x(sohae.where().lon())),
                view.getScale().screenY(Mercator.y(sohae.where().lat())));
        assertNotNull(hit, "Sohae is drawn where it is: " + f.hits() + " scale " + f.scale() + " view "
                + view.getScale());
        clickOn(screen(sohae.where().lat(), sohae.where().lon()));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.getSelectedEvent());
        assertEquals(sohae.where().describe(), view.getSelectedEvent().where().describe());
        Event first = view.getSelectedEvent();
        if (hit.group() >= 0) {
            clickOn(screen(sohae.where().lat(), sohae.where().lon()));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(view.getSelectedEvent() != first, "a second click steps to the next event at that place");
        }
        moveTo(view.localToScreen(5, 5));
        type(KeyCode.ESCAPE);
        assertNull(view.getSelectedEvent());
    }

    @Test
    void hoverEndsWhenTheWindowLosesTheFocus() throws Exception {
        ready();
        // The window has the focus (made so: the headless platform tells no change of it, so the test makes them).
        var focused = javafx.stage.Window.class.getDeclaredField("focused");
        focused.setAccessible(true);
        var flag = (javafx.beans.property.ReadOnlyBooleanWrapper) focused.get(stage);
        interact(() -> flag.set(true));
        // An event under the pointer, here or on the timeline, which shares the hover: ringed on the map.
        Event launch = events.stream().filter(e -> e.where() != null && e.where().hasCoordinates()).findFirst()
                .orElseThrow();
        interact(() -> view.hoveredEventProperty().set(launch));
        assertNotNull(view.hoveredEventProperty().get());
        // A dialog opens over the map and takes the focus, the pointer still where it was (no exit is told).
        try {
            interact(() -> flag.set(false));
            assertNull(view.hoveredEventProperty().get(), "no ring left on the map under a dialog");
        } finally {
            interact(() -> flag.set(true));
        }
    }
}
