package io.annalist.workspace;

import java.nio.file.Files;
import java.util.Set;
import java.util.function.Consumer;

import io.annalist.io.LoadResult;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.model.LoadReport;
import io.annalist.timeline.TimelineView;
import io.annalist.workspace.detail.DetailContext;
import io.annalist.workspace.detail.DetailPane;
import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main window, laid out: menus, toolbar, the load banner and the message bar at the top; filters on the
 * left; the timeline (with the map) over the event table in the middle; the details of the
 * selected event on the right; the status line at the bottom. What it shows is the
 * {@link Session}'s; slow work goes through the {@link TaskTracker}; the panes and actions
 * take those, never the window. It remembers its size, panes, lanes, theme, filters and last
 * file between runs. Call on the FX thread.
 */
public final class MainWindow {
    static final String APP = "Annalist";

    private final Stage stage;
    private final AppPreferences prefs;
    private final Session session;
    private final TaskTracker tasks;
    private final TimelineView timeline;
    private final DetailPane detail;
    private final FilterPane filters;
    private final MessageBar notifications;
    private final StatusLine status;
    private final Loader loader;
    private final Panes panes;
    private final SnapshotActions snapshots;
    private final SaveEvents saveEvents;
    private final EmptyState emptyState;
    private final MapPane mapPane;
    private final Theme theme;
    private final MarkBook marks;
    private final io.annalist.workspace.editing.EditActions edits;

    public MainWindow(Stage stage) {
        this(stage, new AppPreferences(), url -> { });
    }

    /**
     * @param openLink opens an http(s) link in the system browser; only links that passed
     *                 {@link io.annalist.io.Links#isWebLink} reach it
     */
    public MainWindow(Stage stage, AppPreferences prefs, Consumer<String> openLink) {
        this.stage = stage;
        this.prefs = prefs;
        EventStore store = new EventStore();
        session = new Session(store, ViewState.START.withLaneMode(prefs.laneMode()));
        tasks = new TaskTracker();
        TextIndexing.runThrough(tasks, store);
        // A bar in the layout, never over it: a message leaves the search box and the axis in reach.
        notifications = new MessageBar();
        Notifier notifier = notifications;
        loader = Loader.create(session, tasks, notifier, prefs);
        marks = new MarkBook(session, tasks, notifier::tell, MarksWiring.bundledFolder(prefs));

        timeline = new TimelineView();
        timeline.setId("timeline");
        TimelineLanes.follow(session, timeline, tasks);
        TimelineSync.bind(session, timeline);
        EventTable table = new EventTable(store);
        SelectionSync.bind(timeline, table);
        detail = detailPane(session, tasks, timeline, openLink);
        filters = new FilterPane(session, tasks, timeline::palette);

        emptyState = new EmptyState(session, timeline, loader.loadingProperty());
        StackPane timelineArea = new StackPane(timeline, emptyState);
        // When and where: the timeline, and the map beside it, below it or hidden (View → Map).
        SplitPane whenAndWhere = new SplitPane(timelineArea);
        whenAndWhere.setId("whenAndWhere");
        // The details' column: the details, and the map under them when it goes there.
        SplitPane detailColumn = new SplitPane(detail);
        detailColumn.setId("detailColumn");
        detailColumn.setOrientation(Orientation.VERTICAL);
        mapPane = new MapPane(session, timeline, whenAndWhere, timelineArea, detailColumn, detail);
        double[] b = fitToScreen(prefs.windowBounds());
        mapPane.start(prefs.mapLayout(), MapPane.defaultFor(middleWidth(b[2], prefs),
                prefs.paneShown(Panes.Pane.DETAILS.key)));
        VBox chipsAndTimeline = new VBox(new FilterChips(session), whenAndWhere);
        VBox.setVgrow(whenAndWhere, javafx.scene.layout.Priority.ALWAYS);
        SplitPane middle = new SplitPane(chipsAndTimeline, table);
        middle.setId("middle");
        middle.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(table, false);
        SplitPane sides = new SplitPane(filters, middle, detailColumn);
        sides.setId("sides");
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(detailColumn, false);
        panes = new Panes(sides, middle, filters, detailColumn, table, prefs);

        // The table says the same as the timeline when it is empty: loading, nothing loaded, nothing matching.
        Label tableEmpty = new Label();
        tableEmpty.textProperty().bind(emptyState.messageText());
        table.setPlaceholder(tableEmpty);
        LoadBanner banner = new LoadBanner(report -> showReport(stage, report));
        loader.shownReportProperty().addListener((obs, o, r) -> banner.dataShown(r));
        status = new StatusLine(session, tasks);
        // The status line counts the problems of the data on screen; only where it has none, a failed load's.
        status.onReport(() -> showReport(stage, statusReport()));
        loader.lastReportProperty().addListener((obs, o, r) -> status.report(statusReport()));

        BorderPane root = new BorderPane(sides);
        // Messages come when background work ends ("Exported …"), maybe while the analyst is clicking: they
        // take their room at the foot, above the status line, so nothing at the top moves under the pointer.
        root.setBottom(new VBox(notifications, status));
        acceptDrops(root, file -> ImportDialog.open(stage, loader, file));
        Scene scene = new Scene(root, b[2], b[3]);
        scene.getStylesheets().add(MainWindow.class.getResource("annalist.css").toExternalForm());
        theme = new Theme(scene, timeline, mapPane.map());
        MapExport mapExport = new MapExport(session, mapPane, theme, tasks, notifier, stage, marks::shownViewName);
        snapshots = new SnapshotActions(session, timeline, theme, tasks, notifier, stage, mapExport,
                marks::shownViewName);
        loader.shownReportProperty().addListener((obs, o, r) -> snapshots.dataShown(r));
        saveEvents = new SaveEvents(session, tasks, notifier, stage);
        MainMenu.Actions actions = new MainMenu.Actions(stage, session, loader, snapshots, saveEvents, mapExport,
                panes, mapPane, timeline, theme, filters, prefs, () -> showReport(stage,
                loader.lastReportProperty().get()));
        javafx.scene.control.MenuBar menuBar = MainMenu.create(actions);
        root.setTop(new VBox(menuBar, new TimelineToolbar(session, timeline, theme), banner));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                filters::focusSearch);
        HomeKey.install(scene, timeline);
        MarksWiring.wire(new MarksWiring.Parts(marks, session, loader, notifier, scene, menuBar, timeline, table, detail,
                filters));
        edits = EditingWiring.wire(new EditingWiring.Parts(stage, scene, session, loader, marks, tasks, notifier,
                menuBar, timeline, detail));
        stage.setScene(scene);
        if (!Double.isNaN(b[0])) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        }
        stage.titleProperty().bind(Bindings.createStringBinding(() -> title(session), session.locationProperty(),
                store.datasetProperty()));
        theme.setDark(prefs.darkTheme());
        timeline.showLegendProperty().set(prefs.legendShown());
        panes.restore();
        // The filters of the last run, once every pane is there to show them; no step of the history.
        session.change(Session.Change.UNTRACKED, v -> v.withFilter(prefs.filter()));
        Closing closing = new Closing(stage, prefs, session, loader, marks, tasks, panes, mapPane, theme);
        stage.setOnHidden(e -> closing.run());
    }

    /** "Russia–North Korea … — Annalist": the data's title, or its file's name. */
    private static String title(Session session) {
        DataLocation where = session.getLocation();
        if (where == null) {
            return APP;
        }
        String t = session.store().getDataset().title();
        return (t.isBlank() ? where.displayName() : t) + " — " + APP;
    }

    /** The details pane: the selected event, its links selecting other events and filtering by actor. */
    private static DetailPane detailPane(Session session, TaskTracker tasks, TimelineView timeline,
                                         Consumer<String> openLink) {
        DetailPane[] pane = new DetailPane[1];
        RelatedEventsFollower related = new RelatedEventsFollower(session.store(), tasks);
        pane[0] = new DetailPane(() -> {
            EventStore store = session.store();
            var d = store.getDataset();
            return new DetailContext(d.actorsById(), d.sourcesById(), related.relatedProperty().get(),
                    session.getFilter().text(),
                    e -> {
                        // An event hidden by the filters is shown in the details only.
                        if (store.filteredEvents().contains(e)) {
                            timeline.setSelectedEvent(e);
                        } else {
                            pane[0].eventProperty().set(e);
                        }
                    }, id -> session.setFilter(session.getFilter().withActors(Set.of(id), false)), openLink);
        });
        pane[0].setOnPrevious(() -> timeline.selectAdjacent(-1));
        pane[0].setOnNext(() -> timeline.selectAdjacent(1));
        timeline.selectedEventProperty().addListener((obs, o, e) -> pane[0].eventProperty().set(e));
        session.filterProperty().addListener((obs, o, f) -> pane[0].refresh());
        related.relatedProperty().addListener((obs, o, r) -> pane[0].refresh());
        return pane[0];
    }

    /** The remembered bounds if they are on a screen we have now, else a default size that fits the main screen. */
    private static double[] fitToScreen(double[] saved) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (saved != null && !Screen.getScreensForRectangle(saved[0], saved[1], saved[2], saved[3]).isEmpty()) {
            return new double[]{saved[0], saved[1], Math.min(saved[2], screen.getWidth()),
                    Math.min(saved[3], screen.getHeight())};
        }
        return new double[]{Double.NaN, Double.NaN, Math.min(1400, screen.getWidth() * 0.92),
                Math.min(880, screen.getHeight() * 0.92)};
    }

    /** The width the timeline and the map share in a window {@code width} wide, beside the panes shown. */
    private static double middleWidth(double width, AppPreferences prefs) {
        double w = width;
        for (Panes.Pane p : new Panes.Pane[]{Panes.Pane.FILTERS, Panes.Pane.DETAILS}) {
            w -= prefs.paneShown(p.key) ? prefs.paneSize(p.key, p.defaultSize) : 0;
        }
        return w;
    }

    /**
     * A file named on the command line opens as File → Open opens it: its import choices (which data
     * file of an archive, the order of day and month) asked first; cancelled, the data of the last
     * run (or the bundled data) opens instead, so the window never starts empty. A file that is not
     * there opens as it is, and says why it cannot be read.
     */
    public void openNamed(java.nio.file.Path file) {
        if (!Files.isRegularFile(file)) {
            open(new DataLocation.OnDisk(file));
            return;
        }
        java.util.Optional<io.annalist.io.ImportOptions> options = ImportDialog.ask(stage, file);
        if (options.isPresent()) {
            loader.open(new DataLocation.OnDisk(file, options.get()), false);
        } else {
            openLastOrDefault();
            notifications.show(file.getFileName() + " was not opened (its choices were cancelled); File → Open"
                    + " opens it");
        }
    }

    /** A file dropped on the window opens as File → Open opens it, its import choices asked first. */
    void drop(java.nio.file.Path file) {
        ImportDialog.open(stage, loader, file);
    }

    private static void acceptDrops(BorderPane root, Consumer<java.nio.file.Path> open) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            e.setDropCompleted(ok);
            if (ok) {
                // After the drop is done: the import dialog waits for the analyst, the drag source must not.
                java.nio.file.Path file = e.getDragboard().getFiles().get(0).toPath();
                javafx.application.Platform.runLater(() -> open.accept(file));
            }
            e.consume();
        });
    }

    private static void showReport(Window owner, LoadReport report) {
        if (report != null) {
            new LoadReportDialog(owner, report).show();
        }
    }

    /** What closing the window does: stop the work, remember the window and the view for the next run. */
    private record Closing(Stage stage, AppPreferences prefs, Session session, Loader loader, MarkBook marks,
                           TaskTracker tasks,
                           Panes panes, MapPane mapPane, Theme theme) implements Runnable {
        @Override
        public void run() {
            loader.close();
            marks.flush();
            marks.close();
            tasks.close();
            try {
                prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                prefs.setLaneMode(session.getView().laneMode());
                if (mapPane.layoutChosen()) {
                    prefs.setMapLayout(mapPane.mapLayout());
                }
                prefs.setDarkTheme(theme.isDark());
                panes.remember();
                prefs.setFilter(session.getFilter());
                prefs.flush();
            } catch (IllegalStateException e) {
                // The preferences were removed under us; remembering is a convenience, closing must not fail.
                System.err.println("annalist: could not save preferences: " + e.getMessage());
            }
        }
    }

    // ---- what the application and the tests reach -----------------------------------------

    /** Loads {@code where} in the background; a newer load cancels an older one. */
    public Task<LoadResult> open(DataLocation where) {
        return loader.open(where, false);
    }

    /** Loads the file again, keeping the view. */
    public Task<LoadResult> reload() {
        return loader.reload();
    }

    /** Opens what was on screen at the end of the previous run, or the bundled default when that is gone. */
    public void openLastOrDefault() {
        DataLocation last = prefs.lastLocation();
        if (last instanceof DataLocation.OnDisk d && !Files.isRegularFile(d.file())) {
            last = null;
        }
        open(last == null ? new DataLocation.Bundled(BundledData.DEFAULT) : last);
    }

    public void show() {
        stage.show();
    }

    /** Switches between the light and the dark theme. */
    public void toggleTheme() {
        theme.toggle();
    }

    public boolean isDark() {
        return theme.isDark();
    }

    /** True while a load runs; false once its result (or its failure) is on screen. */
    public boolean isLoading() {
        return loader.loading();
    }

    /** The file or bundled dataset on screen, or null. */
    public DataLocation location() {
        return session.getLocation();
    }

    public EventStore store() {
        return session.store();
    }

    /** The events and the view of them: what the window shows, and Back and Forward. */
    public Session session() {
        return session;
    }

    /** The slow work under way, as the status line shows it. */
    public TaskTracker tasks() {
        return tasks;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public Stage stage() {
        return stage;
    }

    void showPane(String which, boolean visible) {
        panes.show(which, visible);
    }

    boolean paneShown(String which) {
        return panes.shown(which);
    }

    /** The report the status line's button stands for: the data on screen's, unless it has no problem. */
    private io.annalist.model.LoadReport statusReport() {
        io.annalist.model.LoadReport shown = loader.shownReportProperty().get();
        return shown != null && !shown.problems().isEmpty() ? shown : loader.lastReportProperty().get();
    }

    void showReport() {
        showReport(stage, loader.lastReportProperty().get());
    }

    void focusSearch() {
        filters.focusSearch();
    }

    void clearFilters() {
        session.setFilter(EventFilter.NONE);
    }

    SnapshotActions snapshots() {
        return snapshots;
    }

    SaveEvents saveEvents() {
        return saveEvents;
    }

    MapPane mapPane() {
        return mapPane;
    }

    DetailPane detail() {
        return detail;
    }

    /** The analyst's stars, tags, notes and saved views, and their workspace file. */
    MarkBook marks() {
        return marks;
    }

    /** New, edit, delete, undo and save of events. */
    io.annalist.workspace.editing.EditActions edits() {
        return edits;
    }

    MessageBar notifications() {
        return notifications;
    }

    EmptyState emptyState() {
        return emptyState;
    }

    StatusLine status() {
        return status;
    }

    AppPreferences prefs() {
        return prefs;
    }
}
