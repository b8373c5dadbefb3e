package io.annalist.map.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import io.annalist.draw.TextRecorder;
import io.annalist.export.BundledFonts;
import io.annalist.io.EventFileReader;
import io.annalist.map.BaseMap;
import io.annalist.map.GeoBox;
import io.annalist.map.LatLon;
import io.annalist.map.MapOutlines;
import io.annalist.map.MapScale;
import io.annalist.map.MissileLanding;
import io.annalist.map.PlacedEvents;
import io.annalist.model.Event;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * What the map says on it agrees with what it draws, and its words stay inside it: the counts
 * include events drawn only by their computed landing point, the note and the export's lines
 * wrap to a narrow map, and "computed from range and bearing" is never written over the map.
 */
@org.junit.jupiter.api.Tag("toolkit")
class MapNotesPaintTest extends ApplicationTest {
    private final BaseMap map = BaseMap.bundled();
    private final MapOutlines outlines = MapOutlines.of(map);
    private MapPalette palette;
    private List<Event> missiles;

    @Override
    public void start(Stage stage) throws Exception {
        BundledFonts.load();
        palette = MapSnapshot.palette(false);
        missiles = new EventFileReader().read(Path.of("data/nk-missile-tests-1984-2026.json")).dataset().events();
    }

    private Object[] draw(List<Event> events, Event selected, MapScale s, boolean legend) throws Exception {
        PlacedEvents placed = PlacedEvents.of(events, map);
        Object[] out = new Object[2];
        interact(() -> {
            TextRecorder rec = new TextRecorder();
            out[0] = new MapPainter().paint(rec, new MapPaintRequest(s.width(), s.height(), s, map, outlines, placed,
                    Long.MIN_VALUE, Long.MAX_VALUE, false, selected, null, null, palette, legend));
            out[1] = rec;
        });
        return out;
    }

    private static String said(TextRecorder rec) {
        return rec.texts.stream().map(TextRecorder.Written::text).collect(Collectors.joining(" | "));
    }

    /** A missile test with a computed landing point far from its site. */
    private Event farLanding() {
        return missiles.stream().filter(e -> {
            LatLon l = MissileLanding.of(e);
            return l != null && MissileLanding.distanceKm(e.where().lat(), e.where().lon(), l.lat(), l.lon()) > 800;
        }).findFirst().orElseThrow();
    }

    @Test
    void anEventDrawnByItsLandingPointAloneIsCountedOnTheMap() throws Exception {
        Event test = farLanding();
        LatLon land = MissileLanding.of(test);
        MapScale s = MapScale.fit(new GeoBox(land.lat() - 1, land.lon() - 1, land.lat() + 1, land.lon() + 1), 800,
                600, 50);
        Object[] r = draw(List.of(test), null, s, true);
        MapFrame f = (MapFrame) r[0];
        assertEquals(0, f.clusters().inView(), "the launch site is out of view");
        assertTrue(f.hits().stream().anyMatch(MapFrame.Hit::landing), "its landing point is drawn");
        assertEquals(1, f.onMap());
        assertEquals(0, f.outside());
        String text = said((TextRecorder) r[1]);
        assertTrue(text.contains("1 event on the map") && !text.contains("outside"), text);
    }

    @Test
    void theNoteWrapsToANarrowMapAndNoWordLeavesIt() throws Exception {
        Event placeless = new Event("n", io.annalist.model.EventKind.STATEMENT, "n", missiles.get(0).when(), null,
                List.of(), null, List.of("s"), null, List.of(), null, java.util.Map.of(), 0);
        List<Event> events = new java.util.ArrayList<>(missiles);
        events.add(placeless);
        MapScale s = MapScale.world(200, 400).zoomAt(100, 200, 40);
        Object[] r = draw(events, null, s, true);
        TextRecorder rec = (TextRecorder) r[1];
        assertTrue(said(rec).contains("1 event has no place"), said(rec));
        assertTrue(said(rec).contains("outside this view"), said(rec));
        for (TextRecorder.Written w : rec.texts) {
            assertTrue(w.left() >= 0 && w.right() <= 200, "'" + w.text() + "' runs from " + w.left() + " to "
                    + w.right() + " on a map 200 wide");
        }
    }

    @Test
    void anExportedNarrowMapWrapsEveryLineToItsWidth() throws Exception {
        List<Event> events = missiles;
        MapSnapshot.Spec spec = new MapSnapshot.Spec(220, 600, 1, "North Korea missile tests, 1984–2026",
                "All events · kinds: missile test", "Sources: CNS North Korea Missile Test Database", false, null,
                Long.MIN_VALUE, Long.MAX_VALUE, null);
        PlacedEvents placed = PlacedEvents.of(events, map);
        TextRecorder rec = new TextRecorder();
        interact(() -> MapSnapshot.paint(rec, MapSnapshot.holding(spec, palette, placed), map, outlines, placed,
                palette));
        assertTrue(rec.texts.stream().anyMatch(w -> w.text().equals("Missile test")), "the legend is drawn");
        for (TextRecorder.Written w : rec.texts) {
            assertTrue(w.left() >= 0 && w.right() <= 220, "'" + w.text() + "' runs from " + w.left() + " to "
                    + w.right() + " on a map 220 wide");
        }
    }

    @Test
    void aMapExportedAsOnScreenIsAsTallAsOnScreenAndShowsThePartOfTheWorldOnScreen() throws Exception {
        // A low pane below the timeline, moved by hand to the Korean peninsula.
        GeoBox view = new GeoBox(33, 122, 43, 132);
        MapScale screen = MapScale.fit(view, 800, 320, 300, 0, 0, 0);
        MapSnapshot.Spec spec = new MapSnapshot.Spec(800, 320, 1, "North Korea missile tests, 1984–2026",
                "All events", "Sources: CNS North Korea Missile Test Database", false, view, Long.MIN_VALUE,
                Long.MAX_VALUE, null).withMapHeight(320);
        PlacedEvents placed = PlacedEvents.of(missiles, map);
        MapFrame[] f = new MapFrame[1];
        MapSnapshot.Spec[] held = new MapSnapshot.Spec[1];
        interact(() -> {
            held[0] = MapSnapshot.holding(spec, palette, placed);
            f[0] = MapSnapshot.paint(new TextRecorder(), held[0], map, outlines, placed, palette);
        });
        assertEquals(320, f[0].scale().height(), 0.5, "the map keeps its height; the texts are added to it");
        assertTrue(held[0].height() > 320 + 60, held[0].height() + " px in all");
        assertEquals(screen.pixelsPerUnit(), f[0].scale().pixelsPerUnit(), 1e-9 * screen.pixelsPerUnit(),
                "the zoom on screen, not zoomed out to keep the view clear of the note and the legend");
    }

    @Test
    void computedFromRangeAndBearingIsSaidInTheLegendNotOverTheMarks() throws Exception {
        Event test = farLanding();
        MapScale s = MapScale.fit(new GeoBox(30, 120, 45, 145), 900, 700, 50);
        Object[] r = draw(missiles, test, s, true);
        MapFrame f = (MapFrame) r[0];
        TextRecorder rec = (TextRecorder) r[1];
        List<TextRecorder.Written> computed = rec.texts.stream()
                .filter(w -> w.text().contains(MapPainter.COMPUTED)).toList();
        assertFalse(computed.isEmpty(), "the legend says what the dashed line is: " + said(rec));
        for (TextRecorder.Written w : computed) {
            assertTrue(w.y() > f.mapHeight(), "'" + w.text() + "' is written over the map at y " + w.y());
        }
        // With no room for a legend, the note above the map says it instead.
        MapScale low = MapScale.fit(new GeoBox(30, 120, 45, 145), 300, 170, 50);
        Object[] r2 = draw(missiles, test, low, true);
        MapFrame f2 = (MapFrame) r2[0];
        TextRecorder rec2 = (TextRecorder) r2[1];
        assertEquals(170, f2.mapHeight(), "no legend on so low and narrow a map");
        assertTrue(rec2.texts.stream().anyMatch(w -> w.text().contains("computed") && w.y() < f2.clearTop()),
                said(rec2));
    }
}
