package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import io.annalist.export.BriefPages;
import io.annalist.export.ExportFormat;
import io.annalist.export.Exporter;
import io.annalist.export.Palettes;
import io.annalist.export.SnapshotRenderer;
import io.annalist.export.SnapshotSpec;
import io.annalist.export.SnapshotSpecBuilder;
import io.annalist.export.VectorExport;
import io.annalist.model.EventStore;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimelineView;
import javafx.concurrent.Task;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;

/**
 * Export snapshot (Ctrl+E) and copy snapshot (Ctrl+Shift+C): builds the snapshot from what
 * the window shows — the filtered events, the lanes, the time window, the filters as a
 * caption — and hands it to the same exporters as the command line: PNG, PDF or SVG.
 */
final class SnapshotActions {
    private final MainWindow window;
    private final Executor writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annalist-export");
        t.setDaemon(true);
        return t;
    });

    SnapshotActions(MainWindow window) {
        this.window = window;
    }

    /** Asks what to export and where, then exports in the background with progress. */
    void exportWithDialog() {
        TimelineView timeline = window.timeline();
        String title = window.store().getDataset().title();
        new ExportDialog(window.stage(), timeline, title, window.isDark()).showAndWait().ifPresent(choice -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export snapshot");
            chooser.setInitialFileName(fileName(title).replace(".png", choice.format().extension()));
            List<FileChooser.ExtensionFilter> filters = List.of(
                    new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"),
                    new FileChooser.ExtensionFilter("PDF brief (*.pdf)", "*.pdf"),
                    new FileChooser.ExtensionFilter("SVG drawing (*.svg)", "*.svg"));
            chooser.getExtensionFilters().addAll(filters);
            chooser.setSelectedExtensionFilter(filters.get(choice.format().ordinal()));
            File f = chooser.showSaveDialog(window.stage());
            if (f != null) {
                exportAs(choice, f.toPath());
            }
        });
    }

    /**
     * Exports the choice to {@code file}, in the format its name ends with (.png, .pdf, .svg),
     * or in the format chosen with that format's ending added. FX thread.
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
        if (format == ExportFormat.PNG) {
            return export(spec(choice), out);
        }
        SnapshotSpec spec = spec(choice);
        if (format == ExportFormat.PDF) {
            spec = spec.withSize(choice.paper().defaultWidth(), SnapshotSpec.AUTO_HEIGHT, 1);
        }
        return exportVector(spec, format, choice.paper(), out);
    }

    /** A PDF or an SVG of {@code spec}, written in the background with progress; the result or the error is shown. */
    Task<VectorExport.Done> exportVector(SnapshotSpec spec, ExportFormat format, BriefPages.Format paper, Path out) {
        VectorExport.Section section = new VectorExport.Section(spec, lanesFor(spec), paletteFor(spec));
        Task<VectorExport.Done> task = new Task<>() {
            @Override
            protected VectorExport.Done call() throws Exception {
                updateMessage("Exporting " + out.getFileName() + "…");
                updateProgress(-1, 1);
                try {
                    return (format == ExportFormat.PDF ? VectorExport.pdf(List.of(section), paper, out, writer)
                            : VectorExport.svg(section, out, writer)).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw unwrapped(e);
                }
            }
        };
        return run(task, d -> d.summary());
    }

    private static Exception unwrapped(java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException ce
                && ce.getCause() != null ? ce.getCause() : e.getCause();
        return cause instanceof Exception ex ? ex : e;
    }

    /** The window's lanes when they are built and split as {@code spec} splits them; else built for it. FX thread. */
    private io.annalist.timeline.Lanes lanesFor(SnapshotSpec spec) {
        TimelineView timeline = window.timeline();
        return timeline.getLanes().mode() == spec.lanes() && !timeline.arrangingProperty().get()
                ? timeline.getLanes() : io.annalist.timeline.Lanes.build(List.copyOf(window.store().sortedEvents()),
                spec.lanes(), window.store().actorNames());
    }

    private Palette paletteFor(SnapshotSpec spec) {
        return spec.dark() == window.isDark() ? window.timeline().palette() : Palettes.fromCss(spec.dark());
    }

    /** Runs an export task with its progress in the status line and says how it ended. */
    private <T> Task<T> run(Task<T> task, java.util.function.Function<T, String> summary) {
        window.status().loading(task);
        task.setOnSucceeded(e -> {
            window.status().idle();
            window.notifications().show("Exported " + summary.apply(task.getValue()));
        });
        task.setOnFailed(e -> {
            window.status().idle();
            Throwable t = task.getException();
            window.notifications().show("Export failed: " + (t.getMessage() == null ? t.toString() : t.getMessage())
                    + " — nothing was written.");
        });
        Thread thread = new Thread(task, "annalist-export-task");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    static String fileName(String title) {
        String base = title == null || title.isBlank() ? "timeline" : title.replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT);
        return base + ".png";
    }

    /** The snapshot the choices describe, built as the command line builds its own. FX thread. */
    SnapshotSpec spec(ExportDialog.Choice c) {
        TimelineView timeline = window.timeline();
        EventStore store = window.store();
        TimeWindow visible = timeline.getVisibleWindow();
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
                .lanes(timeline.getLaneMode(), Set.copyOf(timeline.getCollapsedLanes()))
                .title(c.title(), window.location() == null ? null : window.location().displayName())
                .dark(c.dark())
                .includes(c.showTitle(), c.caption(), c.legend(), c.axis(), c.headers(), c.footer())
                .build()
                .withLanesShown(c.onlyLanes(), c.compress());
    }

    /** Exports {@code spec} to {@code out} with progress in the status line; the result or the error is shown. */
    Task<Exporter.Done> export(SnapshotSpec spec, Path out) {
        // The window's lanes are the snapshot's when they are built and split the same way.
        io.annalist.timeline.Lanes lanes = lanesFor(spec);
        Palette palette = paletteFor(spec);
        Task<Exporter.Done> task = new Task<>() {
            @Override
            protected Exporter.Done call() throws Exception {
                updateMessage("Exporting " + out.getFileName() + " (" + spec.pixelWidth() + " px wide)…");
                try {
                    return Exporter.export(spec, lanes, palette, out, p -> updateProgress(p, 1), writer).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw unwrapped(e);
                }
            }
        };
        return run(task, done -> done.summary() + (done.leftOutWarning().isEmpty() ? ""
                : " — " + done.leftOutWarning()));
    }

    /** Puts a snapshot of the visible window, as on screen, on the clipboard. FX thread. */
    void copyToClipboard() {
        TimelineView timeline = window.timeline();
        ExportDialog.Choice c = new ExportDialog.Choice(false, null, null, 1, window.store().getDataset().title(),
                true, true, true, true, true, true, window.isDark(), false, Set.of(),
                timeline.isCompressQuietPeriods());
        SnapshotSpec spec = spec(c);
        SnapshotRenderer r = new SnapshotRenderer(spec, List.copyOf(window.store().sortedEvents()),
                window.store().actorNames(), timeline.palette());
        ClipboardContent content = new ClipboardContent();
        content.putImage(r.renderImage());
        Clipboard.getSystemClipboard().setContent(content);
        window.notifications().show("Snapshot copied to the clipboard (" + spec.pixelWidth() + " × " + spec.pixelHeight()
                + " px).");
    }

    /**
     * Prints the brief of the visible window, every lane, on the printer's paper — the pages
     * the PDF would hold. Asks for the printer first; says when there is none. FX thread.
     */
    void print() {
        javafx.print.PrinterJob job = javafx.print.PrinterJob.createPrinterJob();
        if (job == null) {
            window.notifications().show("Nothing was printed: no printer is set up on this computer. Export a PDF"
                    + " instead (File → Export snapshot…).");
            return;
        }
        if (!job.showPrintDialog(window.stage())) {
            job.cancelJob();
            return;
        }
        javafx.print.PageLayout layout = job.getJobSettings().getPageLayout();
        BriefPages brief = printPages(PrintBrief.formatOf(layout));
        int printed = 0;
        for (javafx.scene.Node page : PrintBrief.pages(brief, layout.getPrintableWidth(),
                layout.getPrintableHeight())) {
            if (!job.printPage(layout, page)) {
                window.notifications().show("Printing failed: the printer stopped after " + printed + " of "
                        + brief.pages().size() + " pages.");
                job.cancelJob();
                return;
            }
            printed++;
        }
        job.endJob();
        window.notifications().show("Sent " + brief.pages().size() + (brief.pages().size() == 1 ? " page" : " pages")
                + " to " + job.getPrinter().getName() + ".");
    }

    /** The pages a print of the visible window holds on {@code paper}, as the PDF lays them out. FX thread. */
    BriefPages printPages(BriefPages.Format paper) {
        TimelineView timeline = window.timeline();
        ExportDialog.Choice c = new ExportDialog.Choice(false, null, null, 1, window.store().getDataset().title(),
                true, true, true, true, true, true, window.isDark(), true, Set.of(),
                timeline.isCompressQuietPeriods(), ExportFormat.PDF, paper);
        SnapshotSpec spec = spec(c).withSize(paper.defaultWidth(), SnapshotSpec.AUTO_HEIGHT, 1);
        return VectorExport.pages(List.of(new VectorExport.Section(spec, lanesFor(spec), paletteFor(spec))), paper);
    }
}
