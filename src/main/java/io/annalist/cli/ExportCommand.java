package io.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import io.annalist.export.Exporter;
import io.annalist.export.FilterCaption;
import io.annalist.export.HeadlessFx;
import io.annalist.export.Palettes;
import io.annalist.export.SnapshotSpec;
import io.annalist.io.LoadResult;
import io.annalist.model.Actor;
import io.annalist.model.DateFormatException;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Source;
import io.annalist.timeline.EventIndex;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimeScale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist export FILE --out OUT.png ...}: draws the timeline with no display, through
 * the same painter as the window, and writes a PNG. Prints the path, the pixel size and the
 * number of events drawn; bad arguments, an unreadable input or an unwritable output give one
 * line and exit 2.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Render a snapshot of the timeline as a PNG, with no display.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "event file (format annalist/1)")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "OUT.png", description = "PNG to write")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "width in pixels before scaling (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "900", description = "height in pixels before scaling (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--scale", defaultValue = "1", description = "1, 2 or 3: pixels per point, for high-DPI (default ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--from", paramLabel = "DATE", description = "first date shown and kept (2023, 2023-06, 2023-06-19)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last date shown and kept; a year or month covers all of it")
    String to;

    @Option(names = "--actor", paramLabel = "ID", description = "keep events involving this actor (repeatable: any of them)")
    List<String> actors = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "keep events of this kind (repeatable): visit, troop_deployment, missile_test, military_exercise, meeting, agreement, statement, other")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--lanes", defaultValue = "actor", paramLabel = "actor|kind|none", description = "lanes by actor, by kind, or one lane (default ${DEFAULT-VALUE})")
    String lanes;

    @Option(names = "--title", paramLabel = "TEXT", description = "title above the timeline (default: the file's title)")
    String title;

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark", description = "colours (default ${DEFAULT-VALUE})")
    String theme;

    @Option(names = "--format", paramLabel = "auto|annalist|timelinejs|acled|csv", converter = FormatOption.class,
            description = "the format of FILE (default: detected)")
    io.annalist.io.Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run();
        } catch (UsageError e) {
            err.println("annalist: " + e.getMessage());
            return Cli.FAILED;
        }
    }

    /** A mistake in the arguments or the files, told in one line. */
    private static final class UsageError extends Exception {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }

    private int run() throws UsageError {
        LaneMode mode = switch (lanes.toLowerCase(java.util.Locale.ROOT)) {
            case "actor" -> LaneMode.ACTOR;
            case "kind" -> LaneMode.KIND;
            case "none" -> LaneMode.NONE;
            default -> throw new UsageError("--lanes must be actor, kind or none, not \"" + lanes + "\"");
        };
        boolean dark = switch (theme.toLowerCase(java.util.Locale.ROOT)) {
            case "light" -> false;
            case "dark" -> true;
            default -> throw new UsageError("--theme must be light or dark, not \"" + theme + "\"");
        };
        Set<EventKind> kindSet = EnumSet.noneOf(EventKind.class);
        for (String k : kinds) {
            EventKind kind = EventKind.fromJson(k.toLowerCase(java.util.Locale.ROOT));
            if (kind == null) {
                throw new UsageError("unknown kind \"" + k + "\"; use visit, troop_deployment, missile_test,"
                        + " military_exercise, meeting, agreement, statement or other");
            }
            kindSet.add(kind);
        }
        Long fromMs = date("--from", from, true);
        Long toMs = date("--to", to, false);
        if (fromMs != null && toMs != null && toMs <= fromMs) {
            throw new UsageError("--to is before --from");
        }
        LoadResult loaded = io.annalist.io.Formats.read(file, format);
        if (loaded.failed()) {
            throw new UsageError(loaded.report().problems().get(0).format());
        }
        if (loaded.report().rejected() > 0) {
            spec.commandLine().getErr().println("annalist: warning: " + file + ": " + loaded.report().rejected()
                    + " events rejected (see: annalist validate " + file + ")");
        }
        Map<String, String> names = new HashMap<>();
        for (Actor a : loaded.dataset().actors()) {
            names.put(a.id(), a.name());
        }
        for (String a : actors) {
            if (!names.containsKey(a)) {
                throw new UsageError("no actor \"" + a + "\" in " + file + "; its actors are: "
                        + String.join(", ", new java.util.TreeSet<>(names.keySet())));
            }
        }
        EventFilter filter = new EventFilter(new HashSet<>(actors), false, false, kindSet, fromMs, toMs, "", Set.of());
        Map<String, Set<String>> groups = filter.groups(Map.of());
        List<Event> kept = loaded.dataset().events().stream().filter(e -> filter.matches(e, names, groups)).toList();
        TimeWindow window;
        if (fromMs != null && toMs != null) {
            window = new TimeWindow(fromMs, toMs);
        } else {
            TimeWindow range = EventIndex.of(kept).range();
            TimeWindow fitted = range == null ? new TimeWindow(0, 86_400_000L * 365) : TimeScale.fit(range);
            window = new TimeWindow(fromMs != null ? fromMs : fitted.start(), toMs != null ? toMs : fitted.end());
        }
        Set<Source> used = new java.util.LinkedHashSet<>();
        Map<String, Source> sources = loaded.dataset().sourcesById();
        kept.forEach(e -> e.sources().forEach(s -> {
            if (sources.containsKey(s)) {
                used.add(sources.get(s));
            }
        }));
        String heading = title != null ? title : loaded.dataset().title().isBlank() ? file.getFileName().toString()
                : loaded.dataset().title();
        SnapshotSpec snapshot;
        try {
            snapshot = SnapshotSpec.brief(window, heading, FilterCaption.of(filter, names, window),
                    Exporter.footer(FilterCaption.sources(new ArrayList<>(used)))).withSize(width, height, scale)
                    .withLanes(mode, Set.of()).withDark(dark);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        HeadlessFx.start();
        try {
            Palette palette = HeadlessFx.call(() -> Palettes.fromCss(dark));
            Exporter.Done done = Exporter.export(snapshot, kept, names, palette, out, p -> { }, Runnable::run).get();
            spec.commandLine().getOut().println(done.summary());
            return Cli.OK;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            throw new UsageError(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageError("interrupted");
        } catch (Exception e) {
            throw new UsageError(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static Long date(String option, String text, boolean start) throws UsageError {
        if (text == null) {
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(text);
            return start ? d.start() : d.end();
        } catch (DateFormatException e) {
            throw new UsageError(option + ": " + e.getMessage());
        }
    }
}
