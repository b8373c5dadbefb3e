package io.annalist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.annalist.export.BriefPages;
import io.annalist.export.Exporter;
import io.annalist.export.HeadlessFx;
import io.annalist.export.Palettes;
import io.annalist.export.SnapshotSpec;
import io.annalist.export.VectorExport;
import io.annalist.io.EventFileReader;
import io.annalist.io.EventGenerator;
import io.annalist.io.LoadResult;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.model.EventStore;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.PaintRequest;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeScale;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimelinePainter;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * The measurements behind {@code annalist bench}: each metric is timed over repeated runs
 * after a warm-up and reported as a median (and p95 where it matters), as a table or as
 * {@code metric,events,value,unit} rows.
 */
final class Bench {
    private final PrintWriter out;
    private final boolean csv;
    private final Path work;

    Bench(PrintWriter out, boolean csv, Path work) {
        this.out = out;
        this.csv = csv;
        this.work = work;
    }

    void report(String metric, int events, double value, String unit) {
        if (csv) {
            out.printf(java.util.Locale.ROOT, "%s,%d,%.3f,%s%n", metric, events, value, unit);
        } else {
            out.printf(java.util.Locale.ROOT, "  %-48s %12.2f %s%n", metric, value, unit);
        }
        out.flush();
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double p95(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(s.length * 0.95) - 1)];
    }

    /**
     * Times {@code work} {@code runs} times after {@code warmup} untimed runs; milliseconds.
     * Each timed run starts from a collected heap, as a freshly opened file does, rather than
     * paying for the garbage the run before it left.
     */
    static double[] time(int warmup, int runs, Callable<?> work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.call();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            System.gc();
            long s = System.nanoTime();
            work.call();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        return t;
    }

    private static long bareJackson(Path file) throws IOException {
        long tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            while (p.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** Tokens plus every text and number read out, as any reader that keeps the values must. */
    private static long jacksonWithValues(Path file) throws IOException {
        long n = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory().createParser(in)) {
            for (com.fasterxml.jackson.core.JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
                    n += p.getText().length();
                } else if (t.isNumeric()) {
                    n += (long) p.getDoubleValue();
                }
            }
        }
        return n;
    }

    /** Times of applying {@code f} after no filter, the first two left out as warm-up. */
    private static double[] filterTimes(EventStore store, EventFilter f) {
        double[] t = new double[7];
        for (int j = 0; j < t.length; j++) {
            store.setFilter(EventFilter.NONE);
            long s = System.nanoTime();
            store.setFilter(f);
            t[j] = (System.nanoTime() - s) / 1e6;
        }
        return Arrays.copyOfRange(t, 2, t.length);
    }

    static long usedHeap() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        var m = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return m.getUsed();
    }

    /** The generated file of {@code n} events (seed 42), written the first time it is asked for. */
    private Path generated(int n) throws IOException {
        Path file = work.resolve("bench-" + n + ".json");
        if (!Files.exists(file)) {
            new EventGenerator(42).write(file, n);
        }
        return file;
    }

    /** Only the map's figures for {@code n} events: placing them and the map's frames. */
    void runMap(int n) throws Exception {
        if (!csv) {
            out.printf("%n%s, the map only%n", Counts.of(n, "event", "events"));
        }
        MapBench.run(this, new EventFileReader().read(generated(n)).dataset().events());
    }

    void run(int n) throws Exception {
        if (!csv) {
            out.printf("%n%s%n", Counts.of(n, "event", "events"));
        }
        Path file = generated(n);
        long size = Files.size(file);
        int runs = n >= 1_000_000 ? 3 : 5;
        EventFileReader reader = new EventFileReader();

        double floor = median(time(1, runs, () -> bareJackson(file)));
        double load = median(time(1, runs, () -> reader.read(file)));
        report("parse.jackson_floor", n, floor, "ms");
        report("parse.jackson_with_values", n, median(time(1, runs, () -> jacksonWithValues(file))), "ms");
        report("parse.loader", n, load, "ms");
        report("parse.ratio", n, load / floor, "x");

        long before = usedHeap();
        LoadResult result = reader.read(file);
        long after = usedHeap();
        List<Event> events = result.dataset().events();
        report("memory.retained", n, (after - before) / (double) n, "bytes/event");
        report("memory.ratio_to_file", n, (after - before) / (double) size, "x");
        report("file.size", n, size / 1e6, "MB");

        long beforeStore = usedHeap();
        long storeStart = System.nanoTime();
        EventStore store = new EventStore();
        store.setDataset(result.dataset());
        store.textIndexReady().join();
        report("store.ready_with_text_index", n, (System.nanoTime() - storeStart) / 1e6, "ms");
        long afterStore = usedHeap();
        report("memory.store_and_text_index", n, (afterStore - beforeStore) / (double) n, "bytes/event");
        report("memory.ratio_to_file_with_store", n, (after - before + afterStore - beforeStore) / (double) size, "x");
        String[] filterNames = {"actor", "kind", "text"};
        EventFilter[] filters = {EventFilter.NONE.withActors(Set.of("actor-3"), false),
                EventFilter.NONE.withKinds(Set.of(EventKind.MISSILE_TEST)), EventFilter.NONE.withText("warned")};
        List<Double> everyFilter = new ArrayList<>();
        for (int k = 0; k < filters.length; k++) {
            double[] measured = filterTimes(store, filters[k]);
            report("filter." + filterNames[k], n, median(measured), "ms");
            Arrays.stream(measured).forEach(everyFilter::add);
        }
        store.setFilter(EventFilter.NONE);
        // The same text without the index: what a window shows while the index is still being built.
        EventStore reading = new EventStore(Integer.MAX_VALUE);
        reading.setDataset(result.dataset());
        report("filter.text_without_index", n, median(filterTimes(reading, filters[2])), "ms");
        reading = null;
        report("filter.apply", n, median(everyFilter.stream().mapToDouble(Double::doubleValue).toArray()), "ms");

        double lanesMs = median(time(1, runs, () -> Lanes.build(events, LaneMode.ACTOR, store.actorNames())));
        report("lanes.build(actor)", n, lanesMs, "ms");
        Lanes lanes = Lanes.build(events, LaneMode.ACTOR, store.actorNames());

        HeadlessFx.start();
        Palette palette = HeadlessFx.call(() -> Palettes.fromCss(false));
        TimeWindow all = TimeScale.fit(lanes.all().range());
        long day = 86_400_000L;
        long mid = all.centre();
        TimeWindow[] zooms = {all, new TimeWindow(mid, mid + 365 * day), new TimeWindow(mid, mid + 30 * day),
                new TimeWindow(mid, mid + day)};
        String[] names = {"whole", "year", "month", "day"};
        for (int z = 0; z < zooms.length; z++) {
            TimeWindow w = zooms[z];
            double[][] r = HeadlessFx.call(() -> frames(lanes, palette, w, all));
            report("frame.paint." + names[z] + ".p50", n, median(r[0]), "ms");
            report("frame.paint." + names[z] + ".p95", n, p95(r[0]), "ms");
            report("frame.raster." + names[z] + ".p50", n, median(r[1]), "ms");
            report("frame.raster." + names[z] + ".p95", n, p95(r[1]), "ms");
        }
        MapBench.run(this, events);
        double zoom = median(ZoomBench.run(events, store.actorNames()));
        report("zoom.step", n, zoom, "ms");

        SnapshotSpec spec = SnapshotSpec.brief(all, "Bench", "All events", "").withSize(3840, 2160, 1);
        Path png = work.resolve("bench-" + n + ".png");
        // As from the window: the lanes on screen are drawn again, not rebuilt.
        double export = median(time(1, 3, () -> Exporter.export(spec, lanes, palette, png, p -> { },
                r -> new Thread(r).start()).get(5, TimeUnit.MINUTES)));
        report("export.png_3840x2160", n, export, "ms");
        // The same lanes as a PDF brief on A4 landscape pages and as an SVG as wide as a screen.
        BriefPages.Format a4 = new BriefPages.Format(BriefPages.Paper.A4, true);
        VectorExport.Section brief = new VectorExport.Section(spec.withSize(a4.defaultWidth(),
                SnapshotSpec.AUTO_HEIGHT, 1), lanes, palette);
        Path pdf = work.resolve("bench-" + n + ".pdf");
        report("export.pdf_a4", n, median(time(1, 3, () -> VectorExport.pdf(List.of(brief), a4, pdf,
                r -> new Thread(r).start()).get(5, TimeUnit.MINUTES))), "ms");
        VectorExport.Section drawing = new VectorExport.Section(spec.withSize(1600, SnapshotSpec.AUTO_HEIGHT, 1),
                lanes, palette);
        Path svg = work.resolve("bench-" + n + ".svg");
        report("export.svg_1600", n, median(time(1, 3, () -> VectorExport.svg(drawing, svg,
                r -> new Thread(r).start()).get(5, TimeUnit.MINUTES))), "ms");
    }

    /** Frames while panning across {@code w}: painter-only times and paint-plus-snapshot times. FX thread. */
    private static double[][] frames(Lanes lanes, Palette palette, TimeWindow w, TimeWindow data) {
        Canvas canvas = new Canvas(1600, 900);
        TimelinePainter painter = new TimelinePainter();
        int count = 24;
        double[] paint = new double[count];
        double[] raster = new double[count];
        WritableImage img = new WritableImage(1600, 900);
        for (int k = -4; k < count; k++) {
            long shift = (long) (Math.max(0, k) * w.duration() * 0.03);
            TimeWindow at = w.movedTo(w.start() + shift);
            PaintRequest r = new PaintRequest(1600, 900, at, lanes, 0, Set.of(), null, null, palette, data, true,
                    true, true, true, true);
            long s = System.nanoTime();
            painter.paint(canvas.getGraphicsContext2D(), r);
            long p = System.nanoTime();
            canvas.snapshot(null, img);
            long e = System.nanoTime();
            if (k >= 0) {
                paint[k] = (p - s) / 1e6;
                raster[k] = (e - s) / 1e6;
            }
        }
        return new double[][]{paint, raster};
    }

    /** Starts the app in a new JVM on the bundled data, headless, and reads how long it took to the first frame. */
    double startup() throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dannalist.prefs.node=io/annalist/bench", "-Dannalist.exitAfterFirstFrame=true",
                "io.annalist.Annalist"));
        double[] t = new double[3];
        for (int i = 0; i < t.length; i++) {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            p.waitFor(2, TimeUnit.MINUTES);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("first frame after (\\d+) ms").matcher(output);
            if (!m.find()) {
                throw new IOException("the app did not report its first frame: " + output.strip());
            }
            t[i] = Double.parseDouble(m.group(1));
        }
        return median(t);
    }
}
