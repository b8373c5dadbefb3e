package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import io.annalist.export.Exporter;
import io.annalist.export.Palettes;
import io.annalist.export.SnapshotRenderer;
import io.annalist.export.SnapshotSpec;
import io.annalist.export.SnapshotSpecBuilder;
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
 * caption — and hands it to the same exporter as the command line.
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
            chooser.setInitialFileName(fileName(title));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
            File f = chooser.showSaveDialog(window.stage());
            if (f != null) {
                Path out = f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? f.toPath()
                        : f.toPath().resolveSibling(f.getName() + ".png");
                export(spec(choice), out);
            }
        });
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
        TimelineView timeline = window.timeline();
        // The window's lanes are the snapshot's when they are built and split the same way.
        io.annalist.timeline.Lanes lanes = timeline.getLanes().mode() == spec.lanes() && !timeline.arrangingProperty().get()
                ? timeline.getLanes() : io.annalist.timeline.Lanes.build(List.copyOf(window.store().sortedEvents()),
                spec.lanes(), window.store().actorNames());
        Palette palette = spec.dark() == window.isDark() ? window.timeline().palette() : Palettes.fromCss(spec.dark());
        Task<Exporter.Done> task = new Task<>() {
            @Override
            protected Exporter.Done call() throws Exception {
                updateMessage("Exporting " + out.getFileName() + " (" + spec.pixelWidth() + " px wide)…");
                try {
                    return Exporter.export(spec, lanes, palette, out, p -> updateProgress(p, 1), writer).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException ce
                            && ce.getCause() != null ? ce.getCause() : e.getCause();
                    throw cause instanceof Exception ex ? ex : e;
                }
            }
        };
        window.status().loading(task);
        task.setOnSucceeded(e -> {
            window.status().idle();
            String leftOut = task.getValue().leftOutWarning();
            window.notifications().show("Exported " + task.getValue().summary() + (leftOut.isEmpty() ? ""
                    : " — " + leftOut));
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
}
