package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.annalist.export.BriefPages;
import io.annalist.export.ExportFormat;
import io.annalist.export.Exporter;
import io.annalist.export.Palettes;
import io.annalist.export.SnapshotRenderer;
import io.annalist.export.SnapshotSpec;
import io.annalist.export.SnapshotSpecBuilder;
import io.annalist.export.VectorExport;
import io.annalist.model.EventStore;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimelineView;
import javafx.concurrent.Task;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Export snapshot (Ctrl+E), copy snapshot (Ctrl+Shift+C) and print (Ctrl+P): builds the
 * snapshot from what the window shows — the filtered events, the lanes, the time window, the
 * filters as a caption — and hands it to the same exporters as the command line: PNG, PDF or
 * SVG. Exports run as tasks of the tracker, with progress and Cancel in the status line.
 */
final class SnapshotActions {
    private final Session session;
    private final TimelineView timeline;
    private final Theme theme;
    private final TaskTracker tasks;
    private final Notifier notifier;
    private final Window owner;
    private final MapExport map;
    private final java.util.function.Supplier<String> shownView;

    /** @param shownView the name of the saved view on screen, or null, for the file name proposed */
    SnapshotActions(Session session, TimelineView timeline, Theme theme, TaskTracker tasks, Notifier notifier,
                    Window owner, MapExport map, java.util.function.Supplier<String> shownView) {
        this.map = map;
        this.session = session;
        this.timeline = timeline;
        this.theme = theme;
        this.tasks = tasks;
        this.notifier = notifier;
        this.owner = owner;
        this.shownView = shownView;
    }

    /** File → Export map…, for the window's tests. */
    MapExport mapExport() {
        return map;
    }

    /** Events of the file on screen that were not loaded: every snapshot's footer says how many. */
    private int notLoaded;

    void dataShown(io.annalist.model.LoadReport r) {
        notLoaded = r == null ? 0 : r.rejected();
    }

    /** Asks what to export and where, then exports in the background with progress. */
    void exportWithDialog() {
        String title = session.store().getDataset().title();
        new ExportDialog(owner, timeline, map.sizeOnScreen(), map.showsWholeRange(), title, theme.isDark(),
                false).showAndWait()
                .ifPresent(choice -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(choice.picture() == ExportDialog.Picture.MAP ? "Export map" : "Export snapshot");
            chooser.setInitialFileName(proposedName(choice));
            List<FileChooser.ExtensionFilter> filters = List.of(
                    new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"),
                    new FileChooser.ExtensionFilter("PDF brief (*.pdf)", "*.pdf"),
                    new FileChooser.ExtensionFilter("SVG drawing (*.svg)", "*.svg"));
            chooser.getExtensionFilters().addAll(filters);
            chooser.setSelectedExtensionFilter(filters.get(choice.format().ordinal()));
            File f = LastFolder.save(chooser, owner, session);
            if (f != null) {
                exportAs(choice, f.toPath());
            }
        });
    }

    /**
     * Exports the choice to {@code file} — the timeline, the map, or both on one PNG — in the
     * format its name ends with (.png, .pdf, .svg), or in the format chosen with that format's
     * ending added. FX thread.
     */
    Task<?> exportAs(ExportDialog.Choice choice, Path file) {
        ExportFormat format;
        Path out = file;
        try {
            format = ExportFormat.of(file);
        } catch (java.io.IOException unknownEnding) {
            format = choice.format();
            out = file.resolveSibling(file.getFileName() + format.extension());
        }
        if (choice.picture() == ExportDialog.Picture.MAP) {
            return map.export(choice, spec(choice), format, out);
        }
        if (format == ExportFormat.PNG && choice.picture() == ExportDialog.Picture.BOTH) {
            return exportWithMap(spec(choice), out);
        }
        if (format == ExportFormat.PNG) {
            return export(spec(choice), out);
        }
        if (format == ExportFormat.PDF) {
            return exportVector(pdfSection(choice), format, choice.paper(), out);
        }
        SnapshotSpec spec = spec(choice);
        return exportVector(new VectorExport.Section(spec, lanesFor(spec), paletteFor(spec)), format, choice.paper(),
                out);
    }

    /** The one section of the PDF the choices describe: as wide as the paper's text, as tall as its lanes. FX thread. */
    private VectorExport.Section pdfSection(ExportDialog.Choice choice) {
        SnapshotSpec spec = spec(choice).withSize(choice.paper().defaultWidth(), SnapshotSpec.AUTO_HEIGHT, 1);
        return new VectorExport.Section(spec, lanesFor(spec), paletteFor(spec));
    }

    /**
     * The file name proposed for {@code choice}: named after the time the picture covers (the
     * view's window, or the whole filtered range) and the saved view on screen, not the file's
     * whole range; a map alone ends in {@code -map}. FX thread.
     */
    String proposedName(ExportDialog.Choice choice) {
        return ExportName.of(session.store().getDataset().title(), shownView.get(), ExportName.covered(
                choice.wholeRange() ? null : session.getView().window(), session.store().filteredEvents(),
                session.getFilter()), (choice.picture() == ExportDialog.Picture.MAP ? "-map" : "")
                + choice.format().extension());
    }

    /** The snapshot the choices describe, built as the command line builds its own. FX thread. */
    SnapshotSpec spec(ExportDialog.Choice c) {
        EventStore store = session.store();
        ViewState view = session.getView();
        TimeWindow visible = view.window();
        SnapshotSpecBuilder b = SnapshotSpecBuilder.of(store.getDataset(), store.sortedEvents(), store.getFilter(),
                store.actorNames());
        if (c.wholeRange() || visible == null) {
            b.wholeRange(null, null, visible);
        } else {
            b.window(visible);
        }
        int width = c.width() != null ? c.width() : (int) Math.max(200, Math.round(timeline.getWidth()));
        int height = c.fitHeight() ? SnapshotSpec.AUTO_HEIGHT : c.height() != null ? c.height()
                : (int) Math.max(120, Math.round(timeline.getHeight()));
        return b.size(width, height, c.scale())
                .lanes(view.laneMode(), view.collapsedLanes())
                .title(c.title(), session.getLocation() == null ? null : session.getLocation().displayName())
                .dark(c.dark())
                .includes(c.showTitle(), c.caption(), c.legend(), c.axis(), c.headers(), c.footer())
                .onlyLanes(c.onlyLanes(), c.compress())
                .marks(store.getMarks(), c.starNotes())
                .notLoaded(notLoaded, "File → Load report… lists why")
                .build();
    }

    /** The window's lanes when they are built and split as {@code spec} splits them; else built for it. FX thread. */
    private Lanes lanesFor(SnapshotSpec spec) {
        return timeline.getLanes().mode() == spec.lanes() && !timeline.isArranging() ? timeline.getLanes()
                : Lanes.build(List.copyOf(session.store().sortedEvents()), spec.lanes(), session.store().actorNames());
    }

    private Palette paletteFor(SnapshotSpec spec) {
        return spec.dark() == theme.isDark() ? timeline.palette() : Palettes.fromCss(spec.dark());
    }

    /**
     * Exports {@code spec} as a PNG to {@code out} with progress in the status line; the result
     * or the error is shown. Cancel stops it; before it writes, nothing is written. FX thread.
     */
    Task<Exporter.Done> export(SnapshotSpec spec, Path out) {
        Lanes lanes = lanesFor(spec);
        Palette palette = paletteFor(spec);
        OnTaskThread here = new OnTaskThread();
        Task<Exporter.Done> task = new Task<>() {
            {
                updateMessage("Exporting " + out.getFileName() + " (" + spec.pixelWidth() + " px wide)…");
            }

            @Override
            protected Exporter.Done call() throws Exception {
                return here.await(Exporter.exportFromTask(spec, lanes, palette, out, p -> updateProgress(p, 1), here,
                        this::isCancelled));
            }
        };
        return run(task, out, here, done -> done.summary() + (done.leftOutWarning().isEmpty() ? ""
                : " — " + done.leftOutWarning()));
    }

    /** The timeline of {@code spec} with the map of the same events under it, one PNG, in the background. FX thread. */
    Task<io.annalist.map.view.TimelineAndMap.Done> exportWithMap(SnapshotSpec spec, Path out) {
        Lanes lanes = lanesFor(spec);
        Palette palette = paletteFor(spec);
        List<io.annalist.model.Event> events = List.copyOf(session.store().sortedEvents());
        int mapHeight = (int) Math.max(450, Math.round(spec.width() * 0.56));
        OnTaskThread here = new OnTaskThread();
        Task<io.annalist.map.view.TimelineAndMap.Done> task = new Task<>() {
            {
                updateMessage("Exporting " + out.getFileName() + " (timeline and map)…");
            }

            @Override
            protected io.annalist.map.view.TimelineAndMap.Done call() throws Exception {
                return here.await(io.annalist.map.view.TimelineAndMap.export(spec, lanes, palette, events, mapHeight,
                        out, here));
            }
        };
        return run(task, out, here, io.annalist.map.view.TimelineAndMap.Done::summary);
    }

    /** A PDF or an SVG of {@code section}, written in the background with progress; the result or the error is shown. */
    private Task<VectorExport.Done> exportVector(VectorExport.Section section, ExportFormat format,
                                                 BriefPages.Format paper, Path out) {
        OnTaskThread here = new OnTaskThread();
        Task<VectorExport.Done> task = new Task<>() {
            {
                updateMessage("Exporting " + out.getFileName() + "…");
            }

            @Override
            protected VectorExport.Done call() throws Exception {
                return here.await(format == ExportFormat.PDF ? VectorExport.pdf(List.of(section), paper, out, here, true)
                        : VectorExport.svg(section, out, here, true));
            }
        };
        return run(task, out, here, VectorExport.Done::summary);
    }

    /** Runs an export through the tracker and says how it ended. */
    private <T> Task<T> run(Task<T> task, Path out, OnTaskThread steps, Function<T, String> summary) {
        task.setOnSucceeded(e -> notifier.show("Exported " + summary.apply(task.getValue())));
        task.setOnFailed(e -> notifier.show("Export failed: " + reason(task.getException())
                + " — nothing was written."));
        task.setOnCancelled(e -> notifier.show(cancelled(out, steps)));
        return tasks.run(TaskTracker.Kind.EXPORT, task);
    }

    /** What Cancel did: stopped the export before it wrote, or came while the file was being written whole. */
    static String cancelled(Path out, OnTaskThread steps) {
        return steps.started() ? "Export cancelled while " + out.getFileName() + " was being written; it was written"
                + " whole." : "Export of " + out.getFileName() + " cancelled — nothing was written.";
    }

    /** What went wrong, in the words of the exception. */
    static String reason(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** Puts a snapshot of the visible window, as on screen, on the clipboard. FX thread. */
    void copyToClipboard() {
        ExportDialog.Choice c = new ExportDialog.Choice(false, null, null, 1, session.store().getDataset().title(),
                true, true, true, true, true, true, theme.isDark(), false, Set.of(),
                session.getView().compressQuietPeriods());
        SnapshotSpec spec = spec(c);
        SnapshotRenderer r = new SnapshotRenderer(spec, List.copyOf(session.store().sortedEvents()),
                session.store().actorNames(), timeline.palette());
        ClipboardContent content = new ClipboardContent();
        content.putImage(r.renderImage());
        Clipboard.getSystemClipboard().setContent(content);
        notifier.show("Snapshot copied to the clipboard (" + spec.pixelWidth() + " × " + spec.pixelHeight() + " px).");
    }

    /**
     * File → Print…: asks what to print as Export snapshot asks it for a PDF — the paper and its
     * orientation, what to show, the lanes, what to include — then the printer, and prints the
     * pages the PDF would hold, on that paper. Says when there is no printer, before asking
     * anything. FX thread.
     */
    void print() {
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
        if (job == null) {
            notifier.show("Nothing was printed: no printer is set up on this computer. Export a PDF"
                    + " instead (File → Export snapshot…).");
            return;
        }
        var choice = new ExportDialog(owner, timeline, session.store().getDataset().title(), theme.isDark(), true)
                .showAndWait();
        if (choice.isEmpty()) {
            job.cancelJob();
            return;
        }
        BriefPages.Format paper = choice.get().paper();
        job.getJobSettings().setPageLayout(PrintBrief.layoutFor(job.getPrinter(), paper));
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        javafx.print.PageLayout layout = job.getJobSettings().getPageLayout();
        BriefPages brief = printPages(choice.get());
        int printed = 0;
        for (javafx.scene.Node page : PrintBrief.pages(brief, layout.getPrintableWidth(),
                layout.getPrintableHeight())) {
            if (!job.printPage(layout, page)) {
                notifier.show("Printing failed: the printer stopped after " + printed + " of "
                        + brief.pages().size() + " pages.");
                job.cancelJob();
                return;
            }
            printed++;
        }
        job.endJob();
        notifier.show("Sent " + brief.pages().size() + (brief.pages().size() == 1 ? " page" : " pages")
                + " to " + job.getPrinter().getName() + ".");
    }

    /** The pages a print of {@code choice} holds: those of the PDF Export snapshot writes for it. FX thread. */
    BriefPages printPages(ExportDialog.Choice choice) {
        return VectorExport.pages(List.of(pdfSection(choice)), choice.paper());
    }
}
