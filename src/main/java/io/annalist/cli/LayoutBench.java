package io.annalist.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.annalist.export.HeadlessFx;
import io.annalist.export.Palettes;
import io.annalist.io.BundledFile;
import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.model.Event;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.LayoutQuality;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeScale;
import io.annalist.timeline.TimeWindow;

/**
 * {@code annalist bench --layout}: how readable the picture is, for both bundled datasets at
 * the whole range ("Fit all", with quiet periods compressed as the window does by default, and
 * without: {@code whole_linear}), the busiest calendar year and the busiest month, lanes by
 * actor and by kind, at 1600 × 900 — the share of the events in view drawn as their own mark and
 * the share shown with their full title; and the whole range again at 900 pixels wide
 * ({@code whole_900px}), about what the window's timeline has on a laptop beside the map and the
 * details.
 */
final class LayoutBench {
    static final int WIDTH = 1600;
    static final int HEIGHT = 900;
    /** A laptop window's timeline beside the map and the details. */
    static final int NARROW = 900;

    private LayoutBench() {
    }

    static void run(Bench out) throws Exception {
        HeadlessFx.start();
        Palette palette = HeadlessFx.call(() -> Palettes.fromCss(false));
        for (BundledFile data : BundledFile.values()) {
            LoadResult r = data.load(new EventFileReader());
            List<Event> events = r.dataset().events();
            Map<String, String> names = new HashMap<>();
            r.dataset().actors().forEach(a -> names.put(a.id(), a.name()));
            String set = data == BundledFile.RUSSIA_NORTH_KOREA ? "seed" : "missiles";
            for (LaneMode mode : new LaneMode[]{LaneMode.ACTOR, LaneMode.KIND}) {
                Lanes lanes = Lanes.build(events, mode, names);
                Map<String, TimeWindow> zooms = new java.util.LinkedHashMap<>();
                zooms.put("whole", TimeScale.fit(lanes.all().range()));
                zooms.put("whole_linear", TimeScale.fit(lanes.all().range()));
                zooms.put("whole_900px", TimeScale.fit(lanes.all().range()));
                zooms.put("year", busiest(events, ChronoUnit.YEARS));
                zooms.put("month", busiest(events, ChronoUnit.MONTHS));
                for (Map.Entry<String, TimeWindow> z : zooms.entrySet()) {
                    boolean compress = !z.getKey().endsWith("_linear");
                    int width = z.getKey().endsWith("_900px") ? NARROW : WIDTH;
                    LayoutQuality.Figures f = HeadlessFx.call(() -> LayoutQuality.measure(lanes, z.getValue(), width,
                            HEIGHT, palette, compress));
                    String metric = "layout." + set + "." + z.getKey() + "." + mode.name().toLowerCase(java.util.Locale.ROOT);
                    out.report(metric + ".own_marks", f.visible(), 100 * f.ownMarkShare(), "%");
                    out.report(metric + ".full_titles", f.visible(), 100 * f.fullTitleShare(), "%");
                }
            }
        }
    }

    /** The calendar year or month in which the most events start. */
    static TimeWindow busiest(List<Event> events, ChronoUnit unit) {
        TreeMap<Long, Integer> counts = new TreeMap<>();
        for (Event e : events) {
            ZonedDateTime t = ZonedDateTime.ofInstant(Instant.ofEpochMilli(e.when().start()), ZoneOffset.UTC);
            ZonedDateTime s = unit == ChronoUnit.YEARS ? t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1)
                    : t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            counts.merge(s.toInstant().toEpochMilli(), 1, Integer::sum);
        }
        long best = counts.firstKey();
        for (Map.Entry<Long, Integer> c : counts.entrySet()) {
            if (c.getValue() > counts.get(best)) {
                best = c.getKey();
            }
        }
        ZonedDateTime s = ZonedDateTime.ofInstant(Instant.ofEpochMilli(best), ZoneOffset.UTC);
        return new TimeWindow(best, s.plus(1, unit).toInstant().toEpochMilli());
    }
}
