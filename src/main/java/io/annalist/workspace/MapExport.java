package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.annalist.export.BriefPages;
import io.annalist.export.ExportFormat;
import io.annalist.export.Exporter;
import io.annalist.export.SnapshotSpec;
import io.annalist.export.FilterCaption;
import io.annalist.map.MapScale;
import io.annalist.map.PlaceFilter;
import io.annalist.map.view.MapSnapshot;
import io.annalist.map.view.MapView;
import io.annalist.model.Event;
import io.annalist.model.EventStore;
import io.annalist.model.Source;
import io.annalist.timeline.TimeWindow;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Export map…: the map as the window shows it — the part of the world on screen, the
 * timeline's window (or the whole range), the filters as a caption, the sources at the foot —
 * written as a PNG in the background with progress in the status line. Also the map alone
 * chosen in Export snapshot, as a PNG, a PDF page or an SVG, with the timeline snapshot's
 * title, caption and sources.
 */
final class MapExport {
    private final Session session;
    private final MapPane mapPane;
    private final Theme theme;
    private final TaskTracker tasks;
    private final Notifier notifier;
    private final Window owner;
    /** The least height of an exported map as on screen: a low pane below the timeline still gives a readable map. */
    private static final int MIN_MAP_HEIGHT = 300;

    private final java.util.function.Supplier<String> shownView;

    /** @param shownView the name of the saved view on screen, or null, for the file name proposed */
    MapExport(Session session, MapPane mapPane, Theme theme, TaskTracker tasks, Notifier notifier, Window owner,
              java.util.function.Supplier<String> shownView) {
        this.shownView = shownView;
        this.session = session;
        this.mapPane = mapPane;
        this.theme = theme;
        this.tasks = tasks;
        this.notifier = notifier;
        this.owner = owner;
    }

    void withDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export map");
        MapView map = mapPane.map();
        // Named after the time the map shows, as the timeline's snapshot is.
        chooser.setInitialFileName(ExportName.of(session.store().getDataset().title(), shownView.get(),
                ExportName.covered(map.getShowWholeRange() ? null : map.timeWindowProperty().get(),
                        session.store().filteredEvents(), session.getFilter()), "-map.png"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png"));
        File f = LastFolder.save(chooser, owner, session);
        if (f != null) {
            Path out = f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? f.toPath()
                    : f.toPath().resolveSibling(f.getName() + ".png");
            export(out);
        }
    }

    /**
     * The map's view on screen (its centre and zoom) for an export of the time the map shows
     * ({@code wholeRange} as the map's): the export then draws the same part of the world. Null
     * when the window shows no map, or when the export shows another time than a map that
     * follows its events: the export is then fitted to its own events.
     */
    private MapScale shown(boolean wholeRange) {
        MapView map = mapPane.map();
        MapScale s = map.getScale();
        boolean sameTime = wholeRange == map.getShowWholeRange();
        return s == null || mapPane.mapLayout() == MapPane.Layout.HIDDEN || map.getWidth() < 1
                || map.isFollowingEvents() && !sameTime ? null : s;
    }

    /** The map's size on screen, or null when the window shows no map. FX thread. */
    javafx.geometry.Dimension2D sizeOnScreen() {
        MapView map = mapPane.map();
        return mapPane.mapLayout() == MapPane.Layout.HIDDEN || map.getWidth() < 1 ? null
                : new javafx.geometry.Dimension2D(map.getWidth(), map.getHeight());
    }

    /** The map on screen shows the events of the whole filtered range, not only the timeline's window. */
    boolean showsWholeRange() {
        return mapPane.map().getShowWholeRange();
    }

    /** Exports the map as on screen to {@code out}. FX thread. */
    Task<MapSnapshot.Done> export(Path out) {
        MapView map = mapPane.map();
        EventStore store = session.store();
        TimeWindow w = map.getShowWholeRange() ? null : map.timeWindowProperty().get();
        String title = store.getDataset().title().isBlank() ? "Map" : store.getDataset().title();
        List<Event> events = List.copyOf(store.sortedEvents());
        // The map as large as on screen, the title, the caption and the footer added to it.
        int mapHeight = (int) Math.max(MIN_MAP_HEIGHT, map.getHeight());
        MapSnapshot.Spec asked = new MapSnapshot.Spec((int) Math.max(600, map.getWidth()), mapHeight, 2, title,
                FilterCaption.of(store.getFilter(), store.actorNames(), w),
                Exporter.footer(FilterCaption.sources(sourcesOf(store, events))), theme.isDark(), null,
                w == null ? Long.MIN_VALUE : w.start(), w == null ? Long.MAX_VALUE : w.end(), map.getPlaceFilter())
                .withMapHeight(mapHeight);
        MapScale shown = shown(map.getShowWholeRange());
        MapSnapshot.Spec spec = shown == null ? asked : asked.shownAs(shown);
        return run(() -> spec, events, ExportFormat.PNG, null, out);
    }

    /**
     * Exports the map alone as Export snapshot's {@code choice} says, in {@code format}: the
     * part of the world on screen, the time of {@code timeline} (the snapshot of the timeline the
     * same choices describe) with its title, caption of the filters and sources, each only when
     * chosen, and the legend when chosen. A PNG or an SVG is the map's size on screen unless a
     * size is given; a PDF is one page of the paper chosen. FX thread.
     */
    Task<MapSnapshot.Done> export(ExportDialog.Choice choice, SnapshotSpec timeline, ExportFormat format, Path out) {
        javafx.geometry.Dimension2D screen = sizeOnScreen();
        int width;
        int height;
        // As on screen, the map is as large as the window's, the title, the caption and the footer added to it.
        int mapHeight = 0;
        if (format == ExportFormat.PDF) {
            width = choice.paper().defaultWidth();
            height = MapSnapshot.pageHeight(choice.paper());
        } else if (choice.width() != null) {
            width = choice.width();
            height = choice.height() != null ? choice.height() : 900;
        } else if (screen != null) {
            width = (int) Math.max(600, screen.getWidth());
            mapHeight = (int) Math.max(MIN_MAP_HEIGHT, screen.getHeight());
            height = mapHeight;
        } else {
            width = 1200;
            height = 800;
        }
        TimeWindow w = choice.wholeRange() ? null : timeline.window();
        MapScale shown = shown(choice.wholeRange());
        PlaceFilter region = mapPane.map().getPlaceFilter();
        int scale = format == ExportFormat.PNG ? choice.scale() : 1;
        // Made on the task's thread, so a size too large is told as the export's failure, like the timeline's.
        int ownHeight = mapHeight;
        return run(() -> {
            MapSnapshot.Spec spec = new MapSnapshot.Spec(width, height, scale, timeline.showTitle() ? timeline.title()
                    : "", timeline.showCaption() ? timeline.caption() : "", timeline.showFooter() ? timeline.footer()
                    : "", choice.dark(), null, w == null ? Long.MIN_VALUE : w.start(),
                    w == null ? Long.MAX_VALUE : w.end(), region, timeline.showLegend());
            spec = shown == null ? spec : spec.shownAs(shown);
            return ownHeight > 0 ? spec.withMapHeight(ownHeight) : spec;
        }, List.copyOf(session.store().sortedEvents()), format, choice.paper(),
                out);
    }

    private Task<MapSnapshot.Done> run(java.util.function.Supplier<MapSnapshot.Spec> made, List<Event> events,
                                       ExportFormat format, BriefPages.Format paper, Path out) {
        OnTaskThread here = new OnTaskThread();
        Task<MapSnapshot.Done> task = new Task<>() {
            {
                updateMessage("Exporting the map to " + out.getFileName() + "…");
            }

            @Override
            protected MapSnapshot.Done call() throws Exception {
                MapSnapshot.Spec spec = made.get();
                return here.await(format == ExportFormat.PNG ? MapSnapshot.export(spec, events, out, here)
                        : MapSnapshot.exportVector(spec, events, out, paper, here));
            }
        };
        task.setOnSucceeded(e -> notifier.show("Exported " + task.getValue().summary()));
        task.setOnFailed(e -> notifier.show("Export failed: " + SnapshotActions.reason(task.getException())
                + " — nothing was written."));
        task.setOnCancelled(e -> notifier.show(SnapshotActions.cancelled(out, here)));
        return tasks.run(TaskTracker.Kind.MAP_EXPORT, task);
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
