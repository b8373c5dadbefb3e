package io.annalist.cli;

import java.util.List;

import io.annalist.export.HeadlessFx;
import io.annalist.map.BaseMap;
import io.annalist.map.GeoBox;
import io.annalist.map.MapOutlines;
import io.annalist.map.MapScale;
import io.annalist.map.PlacedEvents;
import io.annalist.map.view.MapPaintRequest;
import io.annalist.map.view.MapPainter;
import io.annalist.map.view.MapPalette;
import io.annalist.map.view.MapSnapshot;
import io.annalist.model.Event;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * The map's figures for {@code annalist bench}: placing the events (once per change of the
 * filter, off the FX thread), and a 1600 × 900 frame over a pan — the painter's own work, and
 * with the rasterisation a snapshot forces — at world zoom and at a region (East Asia), every
 * event shown, and for a time window of a tenth of the data.
 */
final class MapBench {
    private MapBench() {
    }

    static void run(Bench bench, List<Event> events) throws Exception {
        int n = events.size();
        BaseMap map = BaseMap.bundled();
        MapOutlines outlines = MapOutlines.of(map);
        double place = Bench.median(Bench.time(1, n >= 1_000_000 ? 3 : 5, () -> PlacedEvents.of(events, map)));
        bench.report("map.place_events", n, place, "ms");
        PlacedEvents placed = PlacedEvents.of(events, map);
        HeadlessFx.start();
        MapPalette palette = HeadlessFx.call(() -> MapSnapshot.palette(false));
        long lo = events.isEmpty() ? 0 : events.stream().mapToLong(e -> e.when().start()).min().orElse(0);
        long hi = events.isEmpty() ? 1 : events.stream().mapToLong(e -> e.when().end()).max().orElse(1);
        long mid = lo + (hi - lo) / 2;
        long tenth = (hi - lo) / 20;
        MapScale world = MapScale.world(1600, 900);
        MapScale region = MapScale.fit(new GeoBox(20, 95, 50, 145), 1600, 900, 100);
        Object[][] cases = {{"world", world, Long.MIN_VALUE, Long.MAX_VALUE}, {"region", region, Long.MIN_VALUE,
                Long.MAX_VALUE}, {"region_window", region, mid - tenth, mid + tenth}};
        for (Object[] c : cases) {
            double[][] t = HeadlessFx.call(() -> frames(placed, map, outlines, palette, (MapScale) c[1], (long) c[2],
                    (long) c[3]));
            bench.report("map.frame.paint." + c[0] + ".p50", n, Bench.median(t[0]), "ms");
            bench.report("map.frame.paint." + c[0] + ".p95", n, Bench.p95(t[0]), "ms");
            bench.report("map.frame.raster." + c[0] + ".p50", n, Bench.median(t[1]), "ms");
        }
    }

    /** Frames while panning: painter-only times and paint-plus-snapshot times. FX thread. */
    private static double[][] frames(PlacedEvents placed, BaseMap map, MapOutlines outlines, MapPalette palette,
                                     MapScale start, long t0, long t1) {
        Canvas canvas = new Canvas(1600, 900);
        MapPainter painter = new MapPainter();
        WritableImage img = new WritableImage(1600, 900);
        int count = 24;
        double[] paint = new double[count];
        double[] raster = new double[count];
        for (int k = -4; k < count; k++) {
            MapScale s = start.panBy(Math.max(0, k) * 12, Math.max(0, k) * 4);
            MapPaintRequest r = new MapPaintRequest(1600, 900, s, map, outlines, placed, t0, t1, false, null, null,
                    null, palette, true);
            long a = System.nanoTime();
            painter.paint(canvas.getGraphicsContext2D(), r);
            long b = System.nanoTime();
            canvas.snapshot(null, img);
            long e = System.nanoTime();
            if (k >= 0) {
                paint[k] = (b - a) / 1e6;
                raster[k] = (e - a) / 1e6;
            }
        }
        return new double[][]{paint, raster};
    }
}
