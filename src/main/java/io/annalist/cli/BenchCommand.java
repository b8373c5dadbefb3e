package io.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code annalist bench [--events N,...] [--csv] [--imports | --map]}: generates files of N
 * events (seed 42) and measures loading, memory, filtering, drawing, zooming, export and
 * start-up; with {@code --imports}, the importers against our reader on the same events; with
 * {@code --map}, the map's figures alone.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure load, memory, filter, frame, zoom, export and start-up times on generated data.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--events", split = ",", paramLabel = "N,...", defaultValue = "10000,100000,1000000",
            description = "sizes to measure (default ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--csv", description = "print only rows of metric,events,value,unit")
    boolean csv;

    @Option(names = "--work", paramLabel = "DIR", description = "where to keep generated files (default: a temporary folder)")
    Path work;

    @Option(names = "--no-startup", description = "skip the start-up measurement (it starts the app three times)")
    boolean noStartup;

    @Option(names = "--layout", description = "only the layout figures: events drawn as their own mark and with full titles, for the bundled data")
    boolean layout;

    @Option(names = "--imports", description = "measure only the importers: the same events as our JSON, as ACLED CSV"
            + " and as GDELT, loaded side by side (time and memory)")
    boolean imports;

    @Option(names = "--map", description = "measure only the map: placing the events, and its frames at world zoom,"
            + " over a region, and over a region for a tenth of the time")
    boolean map;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (layout) {
            Bench bench = new Bench(out, csv, null);
            if (csv) {
                out.println("metric,events,value,unit");
            } else {
                out.printf("layout at %d × %d, bundled data (events in view; share in %%)%n", LayoutBench.WIDTH,
                        LayoutBench.HEIGHT);
            }
            LayoutBench.run(bench);
            return Cli.OK;
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("annalist-bench");
        Bench bench = new Bench(out, csv, dir);
        if (csv) {
            out.println("metric,events,value,unit");
        } else {
            Runtime rt = Runtime.getRuntime();
            out.printf("Annalist bench · %d cores · max heap %,d MB · Java %s · %s%n", rt.availableProcessors(),
                    rt.maxMemory() / (1 << 20), System.getProperty("java.version"), System.getProperty("os.name"));
            out.println("medians after a warm-up; p95 where noted");
        }
        if (imports) {
            ImportBench ib = new ImportBench(bench, dir);
            for (int n : sizes) {
                if (!csv) {
                    out.printf("%n%s, as our JSON, ACLED CSV and GDELT%n", Counts.of(n, "event", "events"));
                }
                ib.run(n);
            }
        } else if (map) {
            for (int n : sizes) {
                bench.runMap(n);
            }
        } else {
            for (int n : sizes) {
                bench.run(n);
            }
        }
        if (!noStartup && !imports && !map) {
            if (!csv) {
                out.printf("%nstart-up, bundled data%n");
            }
            bench.report("startup.first_frame", 18, bench.startup(), "ms");
        }
        if (work == null) {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.deleteIfExists(dir);
        }
        return Cli.OK;
    }
}
