package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.annalist.export.Exporter;
import io.annalist.export.FilterCaption;
import io.annalist.map.GeoBox;
import io.annalist.map.MapScale;
import io.annalist.map.view.MapSnapshot;
import io.annalist.map.view.MapView;
import io.annalist.model.Event;
import io.annalist.model.EventStore;
import io.annalist.model.Source;
import io.annalist.timeline.TimeWindow;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;

/**
 * File → Export map…: the map as the window shows it — the part of the world on screen, the
 * timeline's window (or the whole range), the filters as a caption, the sources at the foot —
 * written as a PNG in the background with progress in the status line.
 */
final class MapExport {
    private MapExport() {
    }

    static void withDialog(MainWindow window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export map");
        String title = window.store().getDataset().title();
        chooser.setInitialFileName(SnapshotActions.fileName(title).replace(".png", "-map.png"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
        File f = chooser.showSaveDialog(window.stage());
        if (f != null) {
            Path out = f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? f.toPath()
                    : f.toPath().resolveSibling(f.getName() + ".png");
            export(window, out);
        }
    }

    /** Exports the map as on screen to {@code out}. FX thread. */
    static Task<MapSnapshot.Done> export(MainWindow window, Path out) {
        MapView map = window.mapPane().map();
        EventStore store = window.store();
        MapScale s = map.getScale();
        GeoBox view = s == null || window.mapPane().mapLayout() == MapPane.Layout.HIDDEN ? null
                : new GeoBox(s.latAt(s.height()), s.lonAt(0), s.latAt(0), s.lonAt(s.width()));
        TimeWindow w = map.getShowWholeRange() ? null : map.timeWindowProperty().get();
        String title = store.getDataset().title().isBlank() ? "Map" : store.getDataset().title();
        List<Event> events = List.copyOf(store.sortedEvents());
        MapSnapshot.Spec spec = new MapSnapshot.Spec((int) Math.max(600, map.getWidth()),
                (int) Math.max(450, map.getHeight() + 120), 2, title, FilterCaption.of(store.getFilter(),
                store.actorNames(), w), Exporter.footer(FilterCaption.sources(sourcesOf(store, events))),
                window.isDark(), view, w == null ? Long.MIN_VALUE : w.start(), w == null ? Long.MAX_VALUE : w.end(),
                map.getPlaceFilter());
        Task<MapSnapshot.Done> task = new Task<>() {
            @Override
            protected MapSnapshot.Done call() throws Exception {
                updateMessage("Exporting the map to " + out.getFileName() + "…");
                try {
                    return MapSnapshot.export(spec, events, out, Runnable::run).get();
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
            window.notifications().show("Exported " + task.getValue().summary());
        });
        task.setOnFailed(e -> {
            window.status().idle();
            Throwable t = task.getException();
            window.notifications().show("Export failed: " + (t.getMessage() == null ? t.toString() : t.getMessage())
                    + " — nothing was written.");
        });
        Thread thread = new Thread(task, "annalist-map-export");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    private static List<Source> sourcesOf(EventStore store, List<Event> events) {
        var byId = store.getDataset().sourcesById();
        Set<Source> used = new LinkedHashSet<>();
        for (Event e : events) {
            for (String id : e.sources()) {
                Source src = byId.get(id);
                if (src != null) {
                    used.add(src);
                }
            }
        }
        return new ArrayList<>(used);
    }
}
