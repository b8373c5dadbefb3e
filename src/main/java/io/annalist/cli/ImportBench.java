package io.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import io.annalist.io.EventFileReader;
import io.annalist.io.EventGenerator;
import io.annalist.io.Format;
import io.annalist.io.Formats;
import io.annalist.io.ImportSamples;
import io.annalist.io.LoadResult;

/**
 * {@code annalist bench --imports}: the same generated events as our JSON, as an ACLED CSV
 * export and as a GDELT 2.0 event file, loaded side by side: time (median after a warm-up),
 * heap the loaded events keep, and both against the targets (an import within twice our
 * reader's time, keeping at most 1.2 times the file's size).
 */
final class ImportBench {
    private final Bench bench;
    private final Path work;

    ImportBench(Bench bench, Path work) {
        this.bench = bench;
        this.work = work;
    }

    void run(int n) throws Exception {
        Path json = work.resolve("bench-" + n + ".json");
        if (!Files.exists(json)) {
            new EventGenerator(42).write(json, n);
        }
        Path acled = work.resolve("bench-" + n + ".acled.csv");
        Path gdelt = work.resolve("bench-" + n + ".export.CSV");
        if (!Files.exists(acled) || !Files.exists(gdelt)) {
            LoadResult ours = new EventFileReader().read(json);
            ImportSamples.writeAcled(ours.dataset(), acled);
            ImportSamples.writeGdelt(ours.dataset(), gdelt);
        }
        int runs = n >= 1_000_000 ? 3 : 5;
        EventFileReader reader = new EventFileReader();
        double ourLoad = Bench.median(Bench.time(1, runs, () -> reader.read(json)));
        bench.report("imports.json.load", n, ourLoad, "ms");
        bench.report("imports.json.file", n, Files.size(json) / 1e6, "MB");
        for (Object[] f : new Object[][]{{"acled", acled, Format.ACLED}, {"gdelt", gdelt, Format.GDELT}}) {
            String name = (String) f[0];
            Path file = (Path) f[1];
            Format format = (Format) f[2];
            double load = Bench.median(Bench.time(1, runs, () -> Formats.read(file, format)));
            long before = Bench.usedHeap();
            LoadResult r = Formats.read(file, format);
            long after = Bench.usedHeap();
            long size = Files.size(file);
            bench.report("imports." + name + ".load", n, load, "ms");
            bench.report("imports." + name + ".ratio_to_json_load", n, load / ourLoad, "x");
            bench.report("imports." + name + ".file", n, size / 1e6, "MB");
            bench.report("imports." + name + ".retained", n, (after - before) / (double) n, "bytes/event");
            bench.report("imports." + name + ".retained_ratio_to_file", n, (after - before) / (double) size, "x");
            bench.report("imports." + name + ".loaded", n, r.report().loaded(), "events");
            r = null;
        }
    }
}
