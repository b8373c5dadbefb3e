package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.prefs.Preferences;

import io.annalist.timeline.LayoutQuality;
import io.annalist.timeline.TimeScale;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where the map starts: in a window of the usual size the timeline keeps the whole middle, so
 * Fit all on the bundled data shows titles whole, and the map goes under the details; a place
 * the analyst chose wins, and only a choice is remembered.
 */
@org.junit.jupiter.api.Tag("toolkit")
class DefaultLayoutTest extends WindowTestBase {

    private double width(String id) {
        return lookup(id).queryAs(Region.class).getWidth();
    }

    @Test
    void theTimelineKeepsTheMiddleAndFitAllShowsTitlesWhole() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
        interact(() -> window.timeline().fitAll());
        SplitPane details = lookup("#detailColumn").query();
        assertTrue(details.getItems().contains(window.mapPane()), "the map under the details");
        assertEquals(width("#whenAndWhere"), width("#timeline"), 4, "the timeline is as wide as the middle");
        double w = width("#timeline");
        assertTrue(w >= 700, "the timeline is " + w + " pixels wide");
        LayoutQuality.Figures f = WaitForAsyncUtils.asyncFx(() -> LayoutQuality.measure(window.timeline().getLanes(),
                TimeScale.fit(window.timeline().getDataRange()), w, window.timeline().getHeight(),
                window.timeline().palette(), true)).get();
        // Beside the map (about 510 pixels) not one title was whole; at this width the quiet years, shrunk to a
        // break, took the room the titles beside them needed (7 of 18 whole): the break keeps room beside it (16).
        assertTrue(f.fullTitleShare() >= 0.85, f.fullTitles() + " of " + f.visible() + " titles whole at " + w);
        assertTrue(width("#mapPane") >= 300, "the map is wide enough for a region");
    }

    @Test
    void theWindowsOwnPlaceIsNotRememberedAsAChoice() throws Exception {
        interact(() -> window.stage().close());
        assertNull(new AppPreferences(node).mapLayout(), "nothing chosen, nothing remembered");
    }

    @Test
    void aPlaceTheAnalystChoseWins() throws Exception {
        for (MapPane.Layout chosen : MapPane.Layout.values()) {
            assertEquals(chosen, opened(p -> new AppPreferences(p).setMapLayout(chosen)), "chosen: " + chosen);
        }
        // Remembered before choices were told apart: below or hidden were choices, beside was where it started.
        assertEquals(MapPane.Layout.BELOW, opened(p -> p.put("map.layout", "BELOW")));
        assertEquals(MapPane.Layout.UNDER_DETAILS, opened(p -> p.put("map.layout", "BESIDE")));
    }

    @Test
    void aWideWindowStartsWithTheMapBesideTheTimeline() {
        assertEquals(MapPane.Layout.BESIDE, MapPane.defaultFor(1500, true));
        assertEquals(MapPane.Layout.UNDER_DETAILS, MapPane.defaultFor(760, true));
        assertEquals(MapPane.Layout.BELOW, MapPane.defaultFor(760, false), "no details to go under");
    }

    /** Where a new window puts the map with preferences set by {@code how}. */
    private MapPane.Layout opened(java.util.function.Consumer<Preferences> how) throws Exception {
        Preferences other = Preferences.userRoot().node("io/annalist/test/" + UUID.randomUUID());
        how.accept(other);
        AppPreferences prefs = new AppPreferences(other);
        MainWindow[] w = new MainWindow[1];
        interact(() -> {
            w[0] = new MainWindow(new Stage(), prefs, url -> { });
            w[0].show();
        });
        MapPane.Layout l = w[0].mapPane().mapLayout();
        WindowWaits.putAway(w[0], other);
        return l;
    }
}
