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

/** The map driven as a person would: drag a box, click a mark, the wheel. */
class MapViewTest extends ApplicationTest {
    private MapView view;
    private List<Event> events;

    @Override
    public void start(Stage stage) throws Exception {
        events = new EventFileReader().read(Path.of("data/nk-missile-tests-1984-2026.json")).dataset().events();
        view = new MapView();
        view.setEvents(FXCollections.observableArrayList(events));
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
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
    void shiftDragDrawsABoxThatBecomesThePlaceFilter() throws Exception {
        ready();
        assertNull(view.getPlaceFilter());
        press(KeyCode.SHIFT);
        drag(screen(40.5, 124.8), MouseButton.PRIMARY).dropTo(screen(38.5, 126.5));
        release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.getPlaceFilter(), "a box was drawn");
        var f = view.getPlaceFilter();
        assertEquals(38.5, f.lats()[0], 0.05);
        assertEquals(40.5, f.lats()[2], 0.05);
        assertEquals(124.8, f.lons()[0], 0.05);
        assertEquals(126.5, f.lons()[1], 0.05);
        var test = f.predicate(view.baseMapProperty().get());
        long inside = events.stream().filter(test).count();
        assertTrue(inside > 20 && inside < events.size(), "the launches around Pyongyang: " + inside);
        assertEquals(MapView.DragMode.PAN, view.dragModeProperty().get(), "a plain drag still pans");
    }

    @Test
    void aPlainDragPansAndTheWheelZoomsAtThePointer() throws Exception {
        ready();
        MapScale before = view.getScale();
        drag(view.localToScreen(500, 350), MouseButton.PRIMARY).dropTo(view.localToScreen(400, 350));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getScale().centreX() > before.centreX(), "dragging left shows the east");
        assertNull(view.getPlaceFilter());
        MapScale s = view.getScale();
        double lon = s.lonAt(300);
        moveTo(view.localToScreen(300, 300));
        scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getScale().pixelsPerUnit() != s.pixelsPerUnit());
        assertEquals(lon, view.getScale().lonAt(300), 0.01, "the place under the pointer stays");
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
}
