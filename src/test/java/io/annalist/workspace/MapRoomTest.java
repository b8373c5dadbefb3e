package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import java.util.prefs.Preferences;

import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Wherever the map goes, in a small window and a large one, the timeline keeps room for a few
 * lanes: a map below it takes at most what is left, and the map keeps a strip of its own.
 */
@org.junit.jupiter.api.Tag("toolkit")
class MapRoomTest extends ApplicationTest {

    @Override
    public void start(Stage stage) {
        WindowWaits.hideOthers(stage);
    }

    @Test
    void theTimelineKeepsItsLanesWhereverTheMapGoes() throws Exception {
        for (int[] size : new int[][]{{1024, 700}, {1600, 1000}}) {
            for (MapPane.Layout layout : new MapPane.Layout[]{MapPane.Layout.BELOW, MapPane.Layout.BESIDE,
                MapPane.Layout.UNDER_DETAILS}) {
                check(size[0], size[1], layout);
            }
        }
    }

    private void check(int width, int height, MapPane.Layout layout) throws Exception {
        Preferences node = Preferences.userRoot().node("io/annalist/test/" + UUID.randomUUID());
        node.put("window", "0,0," + width + "," + height);
        new AppPreferences(node).setMapLayout(layout);
        MainWindow[] w = new MainWindow[1];
        interact(() -> {
            w[0] = new MainWindow(new Stage(), new AppPreferences(node), url -> { });
            w[0].show();
        });
        try {
            WindowWaits.open(w[0], new DataLocation.Bundled(BundledData.RUSSIA_NORTH_KOREA));
            // By kind, each lane a few rows high: the lanes on screen say how much of the timeline is left to read.
            interact(() -> {
                w[0].session().setLaneMode(io.annalist.timeline.LaneMode.KIND);
                w[0].timeline().fitAll();
            });
            WaitForAsyncUtils.waitForFxEvents();
            String at = width + " × " + height + ", map " + layout + ": ";
            double timeline = w[0].timeline().getHeight();
            assertTrue(timeline >= MapPane.TIMELINE_LEAST - 40, at + "the timeline is " + timeline + " high");
            int lanes = WaitForAsyncUtils.asyncFx(() -> w[0].timeline().lanesOnScreen().size()).get();
            assertTrue(lanes >= 3, at + lanes + " lanes on screen");
            Region map = w[0].mapPane();
            assertTrue(map.getHeight() >= MapPane.LEAST_BELOW - 1, at + "the map pane is " + map.getHeight() + " high");
            assertTrue(w[0].mapPane().map().getHeight() >= 60, at + "the map is " + w[0].mapPane().map().getHeight());
        } finally {
            WindowWaits.putAway(w[0], node);
        }
    }
}
