package io.annalist.workspace;

import java.io.File;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.model.Dataset;
import io.annalist.model.EventStore;
import io.annalist.model.LoadReport;
import io.annalist.timeline.TimelineView;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.StatusBar;

/**
 * The main window: menu, the events of the loaded file, and a status bar with the load's
 * counts and progress. Files load in a background task; a newer load cancels an older
 * one, and a load that fails leaves what was on screen. Call on the FX thread.
 */
public final class MainWindow {
    private static final String APP = "Annalist";

    private final Stage stage;
    private final EventStore store = new EventStore();
    private final EventFileReader reader = new EventFileReader();
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annalist-loader");
        t.setDaemon(true);
        return t;
    });
    private final StatusBar status = new StatusBar();
    private final NotificationPane notifications;
    private final Button reportButton = new Button();
    private final TimelineView timeline = new TimelineView();
    private boolean dark;
    private Task<LoadResult> currentLoad;
    private LoadReport lastReport;
    private DataLocation location;

    public MainWindow(Stage stage) {
        this.stage = stage;
        BorderPane root = new BorderPane();
        root.setTop(new VBox(menuBar(), new TimelineToolbar(timeline, this::toggleTheme)));
        timeline.setId("timeline");
        timeline.setEvents(store.sortedEvents());
        EventTable table = new EventTable(store);
        SelectionSync.bind(timeline, table);
        SplitPane split = new SplitPane(timeline, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(table, false);
        notifications = new NotificationPane(split);
        notifications.setId("notifications");
        notifications.setShowFromTop(true);
        root.setCenter(notifications);
        status.setId("statusBar");
        status.setText("No events loaded");
        reportButton.setId("loadReportButton");
        reportButton.setVisible(false);
        reportButton.setOnAction(e -> showReport());
        status.getRightItems().add(reportButton);
        root.setBottom(status);

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

        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("annalist.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle(APP);
        stage.setOnHidden(e -> loader.shutdownNow());
    }

    public EventStore store() {
        return store;
    }

    public TimelineView timeline() {
        return timeline;
    }

    /** Switches between the light and the dark theme, for the timeline and the window around it. */
    public void toggleTheme() {
        dark = !dark;
        Scene scene = stage.getScene();
        String darkCss = MainWindow.class.getResource("dark.css").toExternalForm();
        if (dark) {
            timeline.getStyleClass().add("dark");
            scene.getStylesheets().add(darkCss);
        } else {
            timeline.getStyleClass().remove("dark");
            scene.getStylesheets().remove(darkCss);
        }
    }

    public Stage stage() {
        return stage;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("Open…");
        open.setId("menuOpen");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseFile());
        Menu bundled = new Menu("Open bundled dataset");
        for (BundledData d : BundledData.all()) {
            MenuItem item = new MenuItem(d.label());
            item.setOnAction(e -> open(new DataLocation.Bundled(d)));
            bundled.getItems().add(item);
        }
        MenuItem reload = new MenuItem("Reload");
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.setOnAction(e -> {
            if (location != null) {
                open(location);
            }
        });
        MenuItem report = new MenuItem("Load report…");
        report.setOnAction(e -> showReport());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, open, bundled, reload, new SeparatorMenuItem(), report,
                new SeparatorMenuItem(), quit);
        return new MenuBar(file, TimelineMenu.create(timeline, this::toggleTheme));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open event file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Event files (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(new DataLocation.OnDisk(f.toPath()));
        }
    }

    /** Loads {@code where} in the background; cancels a load still running. */
    public Task<LoadResult> open(DataLocation where) {
        if (currentLoad != null) {
            currentLoad.cancel();
        }
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                updateMessage("Loading " + where.displayName() + "…");
                return where.load(reader);
            }
        };
        currentLoad = task;
        status.textProperty().bind(task.messageProperty());
        status.progressProperty().bind(task.progressProperty());
        task.setOnSucceeded(e -> finished(task, where, task.getValue()));
        task.setOnFailed(e -> {
            finished(task, where, null);
            notifications.show("Could not load " + where.displayName() + ": " + task.getException().getMessage());
        });
        task.setOnCancelled(e -> finished(task, where, null));
        loader.submit(task);
        return task;
    }

    private void finished(Task<LoadResult> task, DataLocation where, LoadResult result) {
        if (task != currentLoad) {
            return;
        }
        status.textProperty().unbind();
        status.progressProperty().unbind();
        status.setProgress(0);
        currentLoad = null;
        if (result == null) {
            showStatus();
            return;
        }
        lastReport = result.report();
        if (result.failed()) {
            notifications.show("Could not load " + result.report().file() + ": "
                    + result.report().problems().get(0).format() + " — the previous data is still shown.");
        } else {
            notifications.hide();
            location = where;
            store.setDataset(result.dataset());
            Dataset d = result.dataset();
            timeline.setActorNames(store.actorNames());
            timeline.setSelectedEvent(null);
            timeline.fitAll();
            stage.setTitle((d.title().isBlank() ? where.displayName() : d.title()) + " — " + APP);
        }
        showStatus();
    }

    private void showStatus() {
        int shown = store.filteredEvents().size();
        int all = store.allEvents().size();
        String text = shown == all ? String.format("%,d events", all) : String.format("%,d of %,d events", shown, all);
        status.setText(location == null ? "No events loaded" : text + " · " + location.displayName());
        if (lastReport != null && !lastReport.problems().isEmpty()) {
            reportButton.setText(lastReport.rejected() > 0 ? lastReport.rejected() + " rejected, "
                    + lastReport.warnings() + " warnings" : lastReport.fatal() ? "Load failed"
                    : lastReport.warnings() + " warnings");
            reportButton.setVisible(true);
        } else {
            reportButton.setVisible(false);
        }
    }

    private void showReport() {
        if (lastReport != null) {
            new LoadReportDialog(stage, lastReport).show();
        }
    }

    /** Shows the window. */
    public void show() {
        stage.show();
        Platform.runLater(stage::toFront);
    }
}
