package io.annalist.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import io.annalist.export.BriefPages;
import io.annalist.export.ExportFormat;
import io.annalist.export.Exporter;
import io.annalist.export.HeadlessFx;
import io.annalist.export.Palettes;
import io.annalist.export.SnapshotSpec;
import io.annalist.export.SnapshotSpecBuilder;
import io.annalist.export.VectorExport;
import io.annalist.io.LoadResult;
import io.annalist.marks.SavedView;
import io.annalist.marks.Workspace;
import io.annalist.model.DateFormatException;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.model.EventStore;
import io.annalist.model.PartialDate;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code annalist export FILE --out OUT.png|OUT.pdf|OUT.svg ...}: draws the timeline with no
 * display, through the same painter as the window, and writes a PNG, a PDF brief on pages
 * (A4 or Letter) or an SVG, as the file name says. With {@code --view NAME} it draws a view
 * saved in the workspace — its time window, filter, lanes and collapsed lanes — as the window
 * shows it; several {@code --view}s make one PDF, a view after the other, each under its
 * name. Prints the path, the size (pixels or pages) and the number of events drawn; bad
 * arguments, an unreadable input or workspace or an unwritable output give one line and exit 2.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Render a snapshot of the timeline as a PNG, a PDF brief or an SVG, with no display.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "event file (format annalist/1)")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "OUT.png|OUT.pdf|OUT.svg",
            description = "file to write: a PNG image, a PDF brief or an SVG drawing, as its name ends")
    Path out;

    @Option(names = "--width", defaultValue = "1600", description = "width in pixels before scaling (default"
            + " ${DEFAULT-VALUE}; for a PDF, what fits the page with text at 9 points)")
    int width;

    /** Paper for a PDF. */
    enum Page { A4, LETTER }

    @Option(names = "--page", defaultValue = "a4", paramLabel = "a4|letter", description = "paper of a PDF (default a4)")
    Page page;

    @Option(names = "--landscape", description = "a PDF's pages in landscape (the default: a timeline is wide)")
    boolean landscape;

    @Option(names = "--portrait", description = "a PDF's pages in portrait")
    boolean portrait;

    @Option(names = "--height", defaultValue = "auto", paramLabel = "auto|H",
            description = "height in pixels before scaling, or auto: as tall as every lane needs to be shown whole (default ${DEFAULT-VALUE})")
    String height;

    @Option(names = "--compress-quiet-periods", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "shrink long stretches with no events to a narrow break on the axis (default: on; --no-compress-quiet-periods to keep time linear)")
    boolean compress;

    @Option(names = "--lane", paramLabel = "KEY", description = "show only this lane (repeatable): an actor id, a kind, or all")
    List<String> onlyLanes = new ArrayList<>();

    @Option(names = "--scale", defaultValue = "1", description = "1, 2 or 3: pixels per point, for high-DPI (default ${DEFAULT-VALUE})")
    int scale;

    @Option(names = "--from", paramLabel = "DATE", description = "first date shown and kept (2023, 2023-06, 2023-06-19)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last date shown and kept; a year or month covers all of it")
    String to;

    @Option(names = "--actor", paramLabel = "ID", description = "keep events involving this actor (repeatable: any of them)")
    List<String> actors = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "keep events of this kind (repeatable): visit,"
            + " troop_deployment, missile_test, military_exercise, meeting, agreement, statement, clash, other")
    List<EventKind> kinds = new ArrayList<>();

    @Option(names = "--lanes", defaultValue = "actor", paramLabel = "actor|kind|none",
            description = "lanes by actor, by kind, or one lane (default actor)")
    LaneMode lanes;

    @Option(names = "--title", paramLabel = "TEXT", description = "title above the timeline (default: the file's title)")
    String title;

    /** The colours of the picture. */
    enum Theme { LIGHT, DARK }

    @Option(names = "--theme", defaultValue = "light", paramLabel = "light|dark", description = "colours (default light)")
    Theme theme;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatOption.class,
            description = "the format of FILE (default: detected)")
    io.annalist.io.Format format;

    @Option(names = "--view", paramLabel = "NAME", description = "draw the view saved under this name in the"
            + " workspace (its time, filter, lanes, collapsed lanes and quiet periods); not with --from, --to,"
            + " --actor, --kind, --lanes;"
            + " repeat it to make a PDF of several views, one after the other")
    List<String> views = new ArrayList<>();

    @Option(names = "--starred", description = "number the starred events beside their titles and list them, by"
            + " number, as footnotes below the picture, saying how many starred events lie outside the time shown")
    boolean starred;

    @CommandLine.Mixin
    WorkspaceOption workspace;

    @CommandLine.Mixin
    ImportOptionsMixin importOptions = new ImportOptionsMixin();

    /** What the picture holds: the timeline, the map instead, or both on one image. */
    enum Picture { TIMELINE, ONLY, BOTH }

    @Option(names = "--map", arity = "0..1", fallbackValue = "only", paramLabel = "both",
            description = "draw the map of where the events happened instead of the timeline; --map both: the"
                    + " timeline with the map of the same events under it, on one PNG")
    Picture map = Picture.TIMELINE;

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

    /** --height: auto (every lane whole) or a number of pixels. */
    private int pixelHeight() throws UsageError {
        if (height.equalsIgnoreCase("auto")) {
            return SnapshotSpec.AUTO_HEIGHT;
        }
        try {
            return Integer.parseInt(height.strip());
        } catch (NumberFormatException e) {
            throw new UsageError("--height must be auto or a number of pixels, not \"" + height + "\"");
        }
    }

    private ExportFormat outFormat;

    private int run() throws UsageError {
        try {
            outFormat = ExportFormat.of(out);
        } catch (java.io.IOException e) {
            throw new UsageError(e.getMessage());
        }
        if (landscape && portrait) {
            throw new UsageError("--landscape and --portrait: choose one");
        }
        if (views.size() > 1 && outFormat != ExportFormat.PDF) {
            throw new UsageError("several --view go into one PDF; a " + outFormat + " holds one view");
        }
        if (outFormat == ExportFormat.PDF && !spec.commandLine().getParseResult().hasMatchedOption("--width")) {
            width = format().defaultWidth();
        }
        int h = pixelHeight();
        boolean dark = theme == Theme.DARK;
        Long fromMs = date("--from", from, true);
        Long toMs = date("--to", to, false);
        if (fromMs != null && toMs != null && toMs <= fromMs) {
            throw new UsageError("--to is before --from");
        }
        LoadResult loaded = io.annalist.io.Formats.read(file, format, importOptions.options(),
                io.annalist.io.ReadProgress.NONE);
        if (loaded.failed()) {
            throw new UsageError(loaded.report().problems().get(0).format());
        }
        rejected = loaded.report().rejected();
        if (loaded.report().rejected() > 0) {
            spec.commandLine().getErr().println("annalist: warning: " + file + ": "
                    + Counts.of(loaded.report().rejected(), "event", "events") + " rejected (see: annalist validate "
                    + file + ")");
        }
        // The same store and filter as the window, so the same choices keep the same events.
        EventStore store = new EventStore(Integer.MAX_VALUE);
        store.setDataset(loaded.dataset());
        WorkspaceOption.Loaded marks;
        try {
            marks = workspace.load(file, store.getDataset(), !views.isEmpty());
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        store.setMarks(marks.marks());
        Map<String, String> names = store.actorNames();
        if (!views.isEmpty()) {
            return exportViews(store, marks, dark);
        }
        for (String a : actors) {
            if (!names.containsKey(a)) {
                throw new UsageError("no actor \"" + a + "\" in " + file + "; its actors are: "
                        + String.join(", ", new java.util.TreeSet<>(names.keySet())));
            }
        }
        checkLanes(store.getDataset().events(), names);
        EventFilter filter = EventFilter.NONE.withActors(new HashSet<>(actors), false).withKinds(Set.copyOf(kinds))
                .withWindow(fromMs, toMs);
        store.setFilter(filter);
        List<Event> kept = List.copyOf(store.filteredEvents());
        SnapshotSpec snapshot;
        try {
            snapshot = SnapshotSpecBuilder.of(store.getDataset(), kept, filter, names)
                    .wholeRange(fromMs, toMs, null)
                    .size(width, h, scale)
                    .lanes(lanes, Set.of())
                    .title(title, file.getFileName().toString())
                    .dark(dark)
                    .onlyLanes(Set.copyOf(onlyLanes), compress)
                    .marks(store.getMarks(), starred)
                    .notLoaded(rejected, whyNotLoaded())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        return draw(List.of(new Drawn(snapshot, kept, names)), dark);
    }

    /** Every --lane names a lane of the file at the lanes asked for: a lane that matches none is a slip, not an empty picture. */
    private void checkLanes(List<Event> events, Map<String, String> names) throws UsageError {
        if (onlyLanes.isEmpty()) {
            return;
        }
        Set<String> keys = new java.util.TreeSet<>();
        io.annalist.timeline.Lanes.build(events, lanes, names).lanes().forEach(l -> keys.add(l.key()));
        for (String lane : onlyLanes) {
            if (!keys.contains(lane)) {
                throw new UsageError("no lane \"" + lane + "\" in " + file.getFileName() + " with lanes by "
                        + lanes.name().toLowerCase(java.util.Locale.ROOT) + "; its lanes are: "
                        + String.join(", ", keys) + (lanes == LaneMode.ACTOR ? " (--lanes kind gives lanes by kind)" : ""));
            }
        }
    }

    /** Events of the file the reader rejected: not in any picture, and the footer says so. */
    private int rejected;

    private String whyNotLoaded() {
        return "annalist validate " + file.getFileName() + " lists why";
    }

    private BriefPages.Format format() {
        return new BriefPages.Format(page == Page.LETTER ? BriefPages.Paper.LETTER : BriefPages.Paper.A4, !portrait);
    }

    /** One snapshot to draw: its spec, the events it keeps and the actors' names. */
    private record Drawn(SnapshotSpec snapshot, List<Event> kept, Map<String, String> names) {
    }

    /** Draws the views saved as {@link #views}, in order: each its window, filter (marks included), lanes and collapsed lanes. */
    private int exportViews(EventStore store, WorkspaceOption.Loaded marks, boolean dark) throws UsageError {
        for (String option : new String[]{"--from", "--to", "--actor", "--kind", "--lanes"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new UsageError("--view draws the view as it was saved; leave out " + option);
            }
        }
        List<Drawn> drawn = new ArrayList<>();
        for (String view : views) {
            drawn.add(view(store, marks, view, dark));
        }
        if (marks.keptByWindow()) {
            spec.commandLine().getErr().println("annalist: note: views and marks read from " + marks.file()
                    + ", where the window keeps the workspace of the bundled dataset, as none is beside " + file);
        }
        return draw(drawn, dark);
    }

    private Drawn view(EventStore store, WorkspaceOption.Loaded marks, String view, boolean dark) throws UsageError {
        SavedView v = marks.workspace().view(view);
        if (v == null) {
            throw new UsageError(marks.file() == null ? "no view \"" + view + "\": no workspace " + marks.looked()
                    + "; name one with --workspace"
                    : "no view \"" + view + "\" in " + marks.file() + "; its views are: " + (marks.workspace().views()
                    .isEmpty() ? "none" : String.join(", ", marks.workspace().views().stream().map(SavedView::name)
                    .toList())) + (!marks.keptByWindow() ? ""
                    : " (read where the window keeps the workspace of the bundled dataset, as none is beside " + file
                    + "; name another with --workspace)"));
        }
        store.setFilter(v.filter());
        List<Event> kept = List.copyOf(store.filteredEvents());
        SnapshotSpec snapshot;
        try {
            snapshot = SnapshotSpecBuilder.of(store.getDataset(), kept, v.filter(), store.actorNames())
                    .window(new TimeWindow(v.start(), v.end()))
                    .size(width, pixelHeight(), scale)
                    .lanes(LaneMode.valueOf(v.lanes().toUpperCase(java.util.Locale.ROOT)), v.collapsedLanes())
                    .title(views.size() > 1 ? (title == null ? "" : title + " — ") + v.name() : title,
                            file.getFileName().toString())
                    .dark(dark)
                    .onlyLanes(Set.copyOf(onlyLanes), compressChosen() ? compress : v.quietCompressed())
                    .marks(store.getMarks(), starred)
                    .notLoaded(rejected, whyNotLoaded())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        return new Drawn(snapshot, kept, store.actorNames());
    }

    /** Whether --[no-]compress-quiet-periods was given; a view keeps its own choice unless it was. */
    private boolean compressChosen() {
        return spec.commandLine().getParseResult().hasMatchedOption("--compress-quiet-periods");
    }

    private int draw(List<Drawn> drawn, boolean dark) throws UsageError {
        Drawn first = drawn.get(0);
        if (map == Picture.BOTH) {
            return exportBoth(first, dark);
        }
        if (map == Picture.ONLY) {
            if (starred) {
                throw new UsageError("--starred numbers the stars of the timeline; the map (--map) has none");
            }
            // The same title, caption of the filters and footer of the sources as the timeline's snapshot.
            return exportMap(first.kept(), first.snapshot().title(), first.snapshot().caption(),
                    first.snapshot().footer(), dark);
        }
        HeadlessFx.start();
        try {
            Palette palette = HeadlessFx.call(() -> Palettes.fromCss(dark));
            if (outFormat.vector()) {
                List<VectorExport.Section> sections = new ArrayList<>();
                for (Drawn d : drawn) {
                    sections.add(new VectorExport.Section(d.snapshot(),
                            Lanes.build(d.kept(), d.snapshot().lanes(), d.names()), palette));
                }
                VectorExport.Done done = (outFormat == ExportFormat.PDF
                        ? VectorExport.pdf(sections, format(), out, Runnable::run)
                        : VectorExport.svg(sections.get(0), out, Runnable::run)).get();
                spec.commandLine().getOut().println(done.summary());
                return Cli.OK;
            }
            Exporter.Done done = Exporter.export(first.snapshot(), first.kept(), first.names(), palette, out, p -> { },
                    Runnable::run).get();
            spec.commandLine().getOut().println(done.summary());
            SnapshotSpec asked = first.snapshot();
            if (!asked.autoHeight() && done.height() > asked.pixelHeight()) {
                spec.commandLine().getErr().println("annalist: warning: a height of " + asked.height() + " holds no"
                        + " lane whole; the picture grew to " + done.height() / asked.scale() + " to draw the first");
            }
            if (!done.leftOutWarning().isEmpty()) {
                spec.commandLine().getErr().println("annalist: warning: " + done.leftOutWarning());
            }
            return Cli.OK;
        } catch (Exception e) {
            throw failed(e);
        }
    }

    /** An export that failed, as the one line the user reads: the reason, never a stack trace. */
    private static UsageError failed(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new UsageError("interrupted");
        }
        Throwable cause = e;
        if (e instanceof ExecutionException) {
            cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
        }
        return new UsageError(cause.getMessage() == null ? cause.toString() : cause.getMessage());
    }

    /** The timeline and, under it, the map of the same events, on one PNG. */
    private int exportBoth(Drawn d, boolean dark) throws UsageError {
        if (outFormat != ExportFormat.PNG) {
            throw new UsageError("--map both writes one PNG; for a PDF or SVG, export the timeline and the map"
                    + " (--map) apart");
        }
        HeadlessFx.start();
        try {
            Palette palette = HeadlessFx.call(() -> Palettes.fromCss(dark));
            var done = io.annalist.map.view.TimelineAndMap.export(d.snapshot(),
                    Lanes.build(d.kept(), d.snapshot().lanes(), d.names()), palette, d.kept(), 900, out,
                    Runnable::run).get();
            spec.commandLine().getOut().println(done.summary());
            return Cli.OK;
        } catch (Exception e) {
            throw failed(e);
        }
    }

    /** The map instead of the timeline: every kept event, fitted, with the same title, caption and footer. */
    private int exportMap(List<Event> kept, String heading, String caption, String footer, boolean dark)
            throws UsageError {
        io.annalist.map.view.MapSnapshot.Spec mapSpec;
        try {
            // A map has no lanes to grow with: "auto" (the default) is 900 pixels, a number is taken as given.
            int h = height == null || height.equalsIgnoreCase("auto") ? 900 : Integer.parseInt(height.strip());
            if (outFormat == ExportFormat.PDF && (height == null || height.equalsIgnoreCase("auto"))) {
                // The page's height, at the scale the width was chosen for.
                h = io.annalist.map.view.MapSnapshot.pageHeight(format());
            }
            mapSpec = new io.annalist.map.view.MapSnapshot.Spec(width, h, scale, heading, caption, footer, dark,
                    null, Long.MIN_VALUE, Long.MAX_VALUE, null);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        HeadlessFx.start();
        try {
            var done = (outFormat == ExportFormat.PNG ? io.annalist.map.view.MapSnapshot.export(mapSpec, kept, out,
                    Runnable::run) : io.annalist.map.view.MapSnapshot.exportVector(mapSpec, kept, out, format(),
                    Runnable::run)).get();
            spec.commandLine().getOut().println(done.summary());
            return Cli.OK;
        } catch (ExecutionException | InterruptedException e) {
            throw failed(e);
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
