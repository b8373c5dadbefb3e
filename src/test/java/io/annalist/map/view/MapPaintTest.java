package io.annalist.map.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.annalist.io.EventFileReader;
import io.annalist.map.BaseMap;
import io.annalist.map.GeoBox;
import io.annalist.map.MapOutlines;
import io.annalist.map.MapScale;
import io.annalist.map.MissileLanding;
import io.annalist.map.Mercator;
import io.annalist.map.PlacedEvents;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.When;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** What the painter puts where, checked on its pixels. */
@org.junit.jupiter.api.Tag("toolkit")
class MapPaintTest extends ApplicationTest {
    private final BaseMap map = BaseMap.bundled();
    private final MapOutlines outlines = MapOutlines.of(map);
    private MapPalette palette;

    @Override
    public void start(Stage stage) {
        palette = MapSnapshot.palette(false);
    }

    private PixelReader draw(List<Event> events, Event selected, MapScale s) throws Exception {
        return draw(events, selected, s, Long.MIN_VALUE, Long.MAX_VALUE, new MapFrame[1]);
    }

    private PixelReader draw(List<Event> events, Event selected, MapScale s, long t0, long t1, MapFrame[] frame)
            throws Exception {
        PlacedEvents placed = PlacedEvents.of(events, map);
        WritableImage[] out = new WritableImage[1];
        interact(() -> {
            Canvas c = new Canvas(s.width(), s.height());
            frame[0] = new MapPainter().paint(c.getGraphicsContext2D(), new MapPaintRequest(s.width(), s.height(), s,
                    map, outlines, placed, t0, t1, false, selected, null, null, palette, false));
            out[0] = c.snapshot(null, null);
        });
        return out[0].getPixelReader();
    }

    @Test
    void aSelectedEventOfAnotherTimeIsNotDrawnWhereTheNoteCountsNone() throws Exception {
        Event exact = new Event("a", EventKind.AGREEMENT, "a", When.at(PartialDate.parse("2024-06-19")),
                new Place("x", null, 39.0, 125.0), List.of(), null, List.of("s"), null, List.of(), null, Map.of(), 0);
        MapScale s = MapScale.fit(new GeoBox(37.0, 123.0, 41.0, 130.0), 900, 700, 50);
        int x = (int) Math.round(s.screenX(Mercator.x(125.0)));
        int y = (int) Math.round(s.screenY(Mercator.y(39.0)));
        Color agreement = palette.base().kind(EventKind.AGREEMENT);
        MapFrame[] frame = new MapFrame[1];
        long june = exact.when().start();
        PixelReader shown = draw(List.of(exact), exact, s, june - 86_400_000L, june + 2 * 86_400_000L, frame);
        assertEquals(1, frame[0].onMap());
        assertTrue(near(shown.getColor(x, y), agreement), "the selection of the time shown is drawn");
        // A year later: the note says no event is on the map, and none is drawn.
        long later = june + 365 * 86_400_000L;
        PixelReader other = draw(List.of(exact), exact, s, later, later + 86_400_000L, frame);
        assertEquals(0, frame[0].onMap());
        for (int dx = -12; dx <= 12; dx++) {
            Color c = other.getColor(x + dx, y);
            assertTrue(!near(c, agreement) && !near(c, palette.base().selection()), "drawn at " + dx + ": " + c);
        }
    }

    @Test
    void aSelectedEventInAGroupIsRingedAroundTheGroupWhoseCountStaysReadable() throws Exception {
        List<Event> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(new Event("e" + i, EventKind.MEETING, "e" + i, When.at(PartialDate.parse("2024-06-1" + i)),
                    new Place("Pyongyang", null, 39.03, 125.75), List.of(), null, List.of("s"), null, List.of(), null,
                    Map.of(), 0));
        }
        MapScale s = MapScale.fit(new GeoBox(20.0, 100.0, 50.0, 150.0), 900, 700, 50);
        MapFrame[] frame = new MapFrame[1];
        PixelReader plain = draw(five, null, s, Long.MIN_VALUE, Long.MAX_VALUE, frame);
        MapFrame.Hit group = frame[0].hits().stream().filter(h -> h.group() >= 0).findFirst().orElseThrow();
        PixelReader chosen = draw(five, five.get(2), s, Long.MIN_VALUE, Long.MAX_VALUE, frame);
        int cx = (int) Math.round(group.x());
        int cy = (int) Math.round(group.y());
        int inside = (int) Math.floor(group.r()) - 2;
        for (int dy = -inside; dy <= inside; dy++) {
            for (int dx = -inside; dx <= inside; dx++) {
                if (dx * dx + dy * dy <= inside * inside) {
                    assertEquals(plain.getColor(cx + dx, cy + dy), chosen.getColor(cx + dx, cy + dy),
                            "the group and its count as they were at (" + dx + ", " + dy + ")");
                }
            }
        }
        int ring = (int) Math.round(group.r() + 3);
        Color at = chosen.getColor(cx + ring, cy);
        Color amber = palette.base().selection();
        assertTrue(!at.equals(plain.getColor(cx + ring, cy)) && Math.abs(at.getRed() - amber.getRed()) < 0.1
                && Math.abs(at.getBlue() - amber.getBlue()) < 0.15, "ringed around the group: " + at + " for " + amber);
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.03 && Math.abs(a.getGreen() - b.getGreen()) < 0.03
                && Math.abs(a.getBlue() - b.getBlue()) < 0.03;
    }

    @Test
    void pyongyangsLaunchSitesFallInsideNorthKoreasDrawnShape() throws Exception {
        List<Event> missiles = new EventFileReader().read(Path.of("data/nk-missile-tests-1984-2026.json")).dataset()
                .events();
        List<double[]> sites = new ArrayList<>();
        for (Event e : missiles) {
            if (e.where() != null && e.where().hasCoordinates()
                    && MissileLanding.distanceKm(39.03, 125.75, e.where().lat(), e.where().lon()) < 60) {
                sites.add(new double[]{e.where().lat(), e.where().lon()});
            }
        }
        assertTrue(sites.size() >= 10, "launches from around Pyongyang: " + sites.size());
        // Select an event known only as "North Korea": the painter tints the country's drawn shape.
        Event kp = new Event("kp", EventKind.STATEMENT, "kp", When.at(PartialDate.parse("2024")),
                new Place(null, "KP", null, null), List.of(), null, List.of("s"), null, List.of(), null, Map.of(), 0);
        MapScale s = MapScale.fit(new GeoBox(37.0, 124.0, 43.0, 131.0), 900, 700, 50);
        PixelReader px = draw(List.of(kp), kp, s);
        Color tinted = palette.land().interpolate(palette.base().selection(), 0.22);
        for (double[] site : sites) {
            int x = (int) Math.round(s.screenX(Mercator.x(site[1])));
            int y = (int) Math.round(s.screenY(Mercator.y(site[0])));
            // North Korea's tint is the selection's amber over the land: red well above blue, where land and water
            // are grey or blue (a border line over the tint keeps the amber cast).
            Color c = px.getColor(x, y);
            assertTrue(c.getRed() - c.getBlue() > 0.1, "site " + site[0] + ", " + site[1] + " at (" + x + ", " + y
                    + ") is " + c + ", not North Korea's tint " + tinted);
        }
        int sx = (int) Math.round(s.screenX(Mercator.x(126.98)));
        int sy = (int) Math.round(s.screenY(Mercator.y(37.57)));
        assertTrue(near(px.getColor(sx, sy), palette.land()), "Seoul is land, not North Korea");
        assertTrue(palette.land().getRed() - palette.land().getBlue() < 0.05, "untinted land is not amber");
        int wx = (int) Math.round(s.screenX(Mercator.x(130.5)));
        int wy = (int) Math.round(s.screenY(Mercator.y(39.0)));
        assertTrue(near(px.getColor(wx, wy), palette.water()), "the Sea of Japan is water");
    }

    @Test
    void exactPlacesAreFilledAndAreasHollow() throws Exception {
        Event exact = new Event("a", EventKind.AGREEMENT, "a", When.at(PartialDate.parse("2024")),
                new Place("x", null, 39.0, 125.0), List.of(), null, List.of("s"), null, List.of(), null, Map.of(), 0);
        Event area = new Event("b", EventKind.AGREEMENT, "b", When.at(PartialDate.parse("2024")),
                new Place("y", null, 39.0, 128.0, io.annalist.model.PlacePrecision.PROVINCE), List.of(), null,
                List.of("s"), null, List.of(), null, Map.of(), 0);
        MapScale s = MapScale.fit(new GeoBox(37.0, 123.0, 41.0, 130.0), 900, 700, 50);
        PixelReader px = draw(List.of(exact, area), null, s);
        Color agreement = palette.base().kind(EventKind.AGREEMENT);
        int ax = (int) Math.round(s.screenX(Mercator.x(125.0)));
        int ay = (int) Math.round(s.screenY(Mercator.y(39.0)));
        assertTrue(near(px.getColor(ax, ay), agreement), "an exact place is a filled mark: " + px.getColor(ax, ay));
        int bx = (int) Math.round(s.screenX(Mercator.x(128.0)));
        int by = (int) Math.round(s.screenY(Mercator.y(39.0)));
        assertNotEquals(agreement, px.getColor(bx, by));
        assertTrue(!near(px.getColor(bx, by), agreement), "an area's mark is hollow: " + px.getColor(bx, by));
        assertEquals(2, PlacedEvents.of(List.of(exact, area), map).size());
        Event near = new Event("c", EventKind.AGREEMENT, "c", When.at(PartialDate.parse("2024")),
                new Place("near y", null, 39.0, 128.0, io.annalist.model.PlacePrecision.NEAR), List.of(), null,
                List.of("s"), null, List.of(), null, Map.of(), 0);
        Color nearAt = draw(List.of(exact, near), null, s).getColor(bx, by);
        assertTrue(!near(nearAt, agreement), "a place near the coordinates is hollow: " + nearAt);
    }
}
