package io.annalist.workspace;

import java.util.Set;
import java.util.function.Consumer;

import io.annalist.io.LoadResult;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.timeline.TimelineView;
import io.annalist.workspace.detail.DetailContext;
import io.annalist.workspace.detail.DetailPane;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
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
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;

/**
 * The main window: menus and toolbar; filters on the left; the timeline with the event table
 * under it in the middle; the details of the selected event on the right; the status line at
 * the bottom. It remembers its size, panes, lanes, theme, filters and last file between runs.
 * Call on the FX thread.
 */
public final class MainWindow {
    static final String APP = "Annalist";
    private static final String[] PANES = {"filters", "details", "table"};

    private final Stage stage;
    private final EventStore store = new EventStore();
    private final Session session;
    private final TimelineView timeline = new TimelineView();
    private final EventTable table;
    private final DetailPane detail;
    private final FilterPane filters;
    private final NotificationPane notifications;
    private final StatusLine status;
    private final Loader loader;
    private final AppPreferences prefs;
    private final SplitPane sides;
    private final SplitPane middle;
    private final Consumer<String> openLink;
    private final SnapshotActions snapshots = new SnapshotActions(this);
    private final EmptyState emptyState;
    private final MapPane mapPane;
    private boolean dark;

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
        this.openLink = openLink;
        session = new Session(store, ViewState.START.withFilter(prefs.filter()).withLaneMode(prefs.laneMode()));
        loader = new Loader(this);
        timeline.setId("timeline");
        timeline.setEvents(store.sortedEvents());
        TimelineSync.bind(session, timeline);
        table = new EventTable(store);
        SelectionSync.bind(timeline, table);
        detail = new DetailPane(this::detailContext);
        detail.setOnPrevious(() -> timeline.selectAdjacent(-1));
        detail.setOnNext(() -> timeline.selectAdjacent(1));
        timeline.selectedEventProperty().addListener((obs, o, e) -> detail.eventProperty().set(e));
        filters = new FilterPane(session, timeline::palette);

        emptyState = new EmptyState(session, this::hasData);
        StackPane timelineArea = new StackPane(timeline, emptyState);
        // When and where: the timeline, and the map beside it, below it or hidden (View → Map).
        SplitPane whenAndWhere = new SplitPane(timelineArea);
        whenAndWhere.setId("whenAndWhere");
        mapPane = new MapPane(session, timeline, whenAndWhere, timelineArea);
        mapPane.setLayout(prefs.mapLayout());
        middle = new SplitPane(whenAndWhere, table);
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(prefs.dividers("middle", new double[]{0.7}));
        SplitPane.setResizableWithParent(table, false);
        sides = new SplitPane(filters, middle, detail);
        sides.setDividerPositions(prefs.dividers("sides", new double[]{0.2, 0.74}));
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(detail, false);
        notifications = new NotificationPane(sides);
        notifications.setId("notifications");
        notifications.setShowFromTop(true);

        status = new StatusLine(store);
        emptyState.setLoading(loader::loading);
        // The table says the same as the timeline when it is empty: loading, nothing loaded, nothing matching.
        Label tableEmpty = new Label();
        tableEmpty.textProperty().bind(emptyState.messageText());
        table.setPlaceholder(tableEmpty);
        status.onCancel(loader::cancel);
        status.onReport(this::showReport);

        BorderPane root = new BorderPane(notifications);
        root.setTop(new VBox(MainMenu.create(this), new TimelineToolbar(timeline, this::toggleTheme)));
        root.setBottom(status);
        acceptDrops(root);

        session.filterProperty().addListener((obs, o, f) -> detail.refresh());
        store.datasetProperty().addListener((obs, o, d) -> timeline.setActorNames(store.actorNames()));

        double[] b = fitToScreen(prefs.windowBounds());
        Scene scene = new Scene(root, b[2], b[3]);
        scene.getStylesheets().add(MainWindow.class.getResource("annalist.css").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                filters::focusSearch);
        stage.setScene(scene);
        if (!Double.isNaN(b[0])) {
            stage.setX(b[0]);
            stage.setY(b[1]);
        }
        stage.setTitle(APP);
        if (prefs.darkTheme()) {
            toggleTheme();
        }
        for (String pane : PANES) {
            if (!prefs.paneShown(pane)) {
                showPane(pane, false);
            }
        }
        stage.setOnHidden(e -> close());
    }

    /** The remembered bounds if they are on a screen we have now, else a default size that fits the main screen. */
    private static double[] fitToScreen(double[] saved) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        if (saved != null && !javafx.stage.Screen.getScreensForRectangle(saved[0], saved[1], saved[2], saved[3])
                .isEmpty()) {
            return new double[]{saved[0], saved[1], Math.min(saved[2], screen.getWidth()),
                    Math.min(saved[3], screen.getHeight())};
        }
        return new double[]{Double.NaN, Double.NaN, Math.min(1400, screen.getWidth() * 0.92),
                Math.min(880, screen.getHeight() * 0.92)};
    }

    private boolean hasData() {
        return loader.location() != null;
    }

    private DetailContext detailContext() {
        var d = store.getDataset();
        return new DetailContext(d.actorsById(), d.sourcesById(), store.allEvents(), store.getFilter().text(), this::show,
                id -> session.setFilter(session.getFilter().withActors(Set.of(id), false)), openLink);
    }

    /** Selects {@code e} where it is shown; an event hidden by the filters is shown in the details only. */
    private void show(Event e) {
        if (store.filteredEvents().contains(e)) {
            timeline.setSelectedEvent(e);
        } else {
            detail.eventProperty().set(e);
        }
    }

    private void acceptDrops(BorderPane root) {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                open(new DataLocation.OnDisk(e.getDragboard().getFiles().get(0).toPath()));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Loads {@code where} in the background; a newer load cancels an older one. */
    public Task<LoadResult> open(DataLocation where) {
        return loader.open(where, false);
    }

    /** Loads the file again, keeping the selection and the view where it can. */
    public Task<LoadResult> reload() {
        return loader.location() == null ? null : loader.open(loader.location(), true);
    }

    /** Switches between the light and the dark theme, for the timeline and the window around it. */
    public void toggleTheme() {
        dark = !dark;
        Scene scene = stage.getScene();
        String darkCss = MainWindow.class.getResource("dark.css").toExternalForm();
        mapPane.setDark(dark);
        if (dark) {
            timeline.getStyleClass().add("dark");
            scene.getStylesheets().add(darkCss);
        } else {
            timeline.getStyleClass().remove("dark");
            scene.getStylesheets().remove(darkCss);
        }
    }

    public boolean isDark() {
        return dark;
    }

    /** Shows or hides a side pane (filters, details) or the table, keeping the others' sizes. */
    void showPane(String which, boolean visible) {
        SplitPane parent = which.equals("table") ? middle : sides;
        javafx.scene.Node pane = switch (which) {
            case "filters" -> filters;
            case "details" -> detail;
            default -> table;
        };
        if (visible == parent.getItems().contains(pane)) {
            return;
        }
        if (!visible) {
            parent.getItems().remove(pane);
        } else if (which.equals("filters")) {
            parent.getItems().add(0, pane);
        } else {
            parent.getItems().add(pane);
        }
    }

    boolean paneShown(String which) {
        return switch (which) {
            case "filters" -> sides.getItems().contains(filters);
            case "details" -> sides.getItems().contains(detail);
            default -> middle.getItems().contains(table);
        };
    }

    void showReport() {
        if (loader.lastReport() != null) {
            new LoadReportDialog(stage, loader.lastReport()).show();
        }
    }

    SnapshotActions snapshots() {
        return snapshots;
    }

    void focusSearch() {
        filters.focusSearch();
    }

    void clearFilters() {
        session.setFilter(EventFilter.NONE);
    }

    private void close() {
        loader.close();
        try {
            prefs.setWindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            prefs.setDividers("middle", middle.getDividerPositions());
            prefs.setDividers("sides", sides.getDividerPositions());
            prefs.setLaneMode(session.getView().laneMode());
            prefs.setMapLayout(mapPane.mapLayout());
            prefs.setDarkTheme(dark);
            for (String pane : PANES) {
                prefs.setPaneShown(pane, paneShown(pane));
            }
            prefs.setFilter(session.getFilter());
            prefs.flush();
        } catch (IllegalStateException e) {
            // The preferences were removed under us; remembering is a convenience, closing must not fail.
            System.err.println("annalist: could not save preferences: " + e.getMessage());
        }
    }

    public void show() {
        stage.show();
    }

    public EventStore store() {
        return store;
    }

    /** The events and the view of them: what the window shows, and Back and Forward. */
    public Session session() {
        return session;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public Stage stage() {
        return stage;
    }

    /** The map pane (beside or below the timeline, or hidden). */
    MapPane mapPane() {
        return mapPane;
    }

    DetailPane detail() {
        return detail;
    }

    NotificationPane notifications() {
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

    /** True while a load runs; false once its result (or its failure) is on screen. FX thread. */
    public boolean isLoading() {
        return loader.loading();
    }

    /** The file or bundled dataset on screen, or null. */
    public DataLocation location() {
        return loader.location();
    }

    /** Opens what was on screen at the end of the previous run, or the bundled default when that is gone. */
    public void openLastOrDefault() {
        DataLocation last = prefs.lastLocation();
        if (last instanceof DataLocation.OnDisk d && !java.nio.file.Files.isRegularFile(d.file())) {
            last = null;
        }
        open(last == null ? new DataLocation.Bundled(BundledData.DEFAULT) : last);
    }
}
