package io.annalist.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import io.annalist.marks.Workspace;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.EventStore;
import io.annalist.model.Precision;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimelineView;
import io.annalist.workspace.detail.DetailPane;
import io.annalist.workspace.editing.EditActions;
import io.annalist.workspace.editing.EditBook;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;

/**
 * Puts the editing of events into the window: the {@link EditBook} fed with each file the
 * loader shows and showing the edited data through the session, the Edit and File menus' items,
 * "New event here" and the event's items in the timeline's context menu, Edit in the details
 * (with the event's changes at their end), and the question before unsaved changes are lost —
 * on quitting and on opening another file. The window calls this once its panes exist. FX thread.
 */
final class EditingWiring {
    /** What the wiring reaches in the window. */
    record Parts(Stage stage, javafx.scene.Scene scene, Session session, Loader loader, MarkBook marks, TaskTracker tasks, Notifier notifier,
                 MenuBar menus, TimelineView timeline, DetailPane detail) {
    }

    private EditingWiring() {
    }

    static EditActions wire(Parts p) {
        Session session = p.session();
        boolean[] pushing = {false};
        EditBook book = new EditBook(new EditBook.Host() {
            @Override
            public void show(EventStore.Prepared data) {
                DataLocation where = session.getLocation();
                if (where == null) {
                    return;
                }
                pushing[0] = true;
                try {
                    session.reload(where, data);
                } finally {
                    pushing[0] = false;
                }
            }

            @Override
            public Workspace workspace() {
                return p.marks().workspace();
            }

            @Override
            public void keep(UnaryOperator<Workspace> edits) {
                p.marks().keepEdits(edits);
            }

            @Override
            public void run(Task<?> task, EditBook.Work work) {
                p.tasks().run(switch (work) {
                    case READ -> TaskTracker.Kind.EDIT_READ;
                    case APPLY -> TaskTracker.Kind.EDIT_APPLY;
                    case SAVE -> TaskTracker.Kind.SAVE;
                }, task);
            }

            @Override
            public void tell(String message) {
                p.notifier().tell(message);
            }

            @Override
            public void reload() {
                p.loader().reload();
            }
        });
        session.store().datasetProperty().addListener((obs, o, d) -> {
            if (!pushing[0]) {
                // After the session has the file's location too (it sets the data first).
                Platform.runLater(() -> {
                    if (session.store().getDataset() == d && session.getLocation() != null) {
                        DataLocation where = session.getLocation();
                        Path file = where instanceof DataLocation.OnDisk disk ? disk.file() : null;
                        book.dataArrived(where, d, file, where instanceof DataLocation.OnDisk disk ? disk.options()
                                : null);
                    }
                });
            }
        });
        p.marks().workspaceProperty().addListener((obs, o, w) -> book.workspaceRead(w));

        TimelineView timeline = p.timeline();
        DetailPane detail = p.detail();
        EditActions actions = new EditActions(p.stage(), book, () -> {
            Event e = timeline.getSelectedEvent();
            return e != null ? e : detail.eventProperty().get();
        }, session::select, p.notifier()::tell);

        TimelineContextMenu.of(timeline).add((at, spot) -> actions.timelineItems(at, () -> {
            TimeWindow w = timeline.getVisibleWindow();
            long time = spot != null ? spot.time() : at != null ? at.when().start() : w.start() / 2 + w.end() / 2;
            String lane = spot == null ? null : spot.laneKey();
            LaneMode mode = session.getView().laneMode();
            actions.newEventAt(time, precisionFor(w), mode == LaneMode.ACTOR && lane != null
                    && session.store().getDataset().actorsById().containsKey(lane) ? lane : null,
                    mode == LaneMode.KIND && lane != null ? EventKind.fromJson(lane) : null);
        }));

        // A pencil: the header holds Previous, Next, the star, ± and Copy in a pane a third of the window wide.
        MenuButton edit = new MenuButton("✎");
        edit.setId("detailEdit");
        edit.setTooltip(new Tooltip("Edit this event (F2), duplicate it or delete it"));
        edit.getItems().setAll(actions.detailsMenu().getItems());
        edit.disableProperty().bind(detail.eventProperty().isNull().or(book.dataProperty().isNull()));
        detail.addToHeader(edit);
        detail.addEndView(book::changesOf);
        // Only when what the details say of the event's changes is different: a refresh rebuilds the
        // pane, fields being typed in included.
        book.dataProperty().addListener((obs, o, d) -> {
            Event e = detail.eventProperty().get();
            if (e != null && !changesOf(o, e).equals(changesOf(d, e))) {
                detail.refresh();
            }
        });

        menus(p.menus(), actions);
        p.loader().setLeaving(actions::mayLeave);
        guardQuit(p, actions);
        undoKeys(p.scene(), actions);
        return actions;
    }

    /**
     * F2 edits the event being read wherever the focus is but in a text field; Ctrl+Z and
     * Ctrl+Shift+Z undo and redo changes to events — except in a text field that has typing of
     * its own to undo (the search box), where they undo the typing first.
     */
    private static void undoKeys(javafx.scene.Scene scene, EditActions actions) {
        javafx.scene.input.KeyCombination undo = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z");
        javafx.scene.input.KeyCombination redo = javafx.scene.input.KeyCombination.keyCombination("Shortcut+Shift+Z");
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F2 && !e.isShortcutDown() && !e.isAltDown()
                    && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                // Before the table, which would take F2 to edit a cell of its own.
                actions.edit();
                e.consume();
                return;
            }
            boolean isUndo = undo.match(e);
            boolean isRedo = redo.match(e);
            if (!isUndo && !isRedo) {
                return;
            }
            if (scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl t
                    && (isUndo ? t.isUndoable() : t.isRedoable())) {
                return;
            }
            if (isUndo) {
                actions.undo();
            } else {
                actions.redo();
            }
            e.consume();
        });
    }

    private static List<String> changesOf(io.annalist.editing.EditedData d, Event e) {
        if (d == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>(d.providerValues(e.id()));
        lines.addAll(d.history(e.id()));
        return lines;
    }

    /** The date of "New event here" is written as precisely as the view shows time: a year, a month or a day. */
    static Precision precisionFor(TimeWindow w) {
        long days = w == null ? 0 : (w.end() - w.start()) / 86_400_000L;
        return days > 3 * 366 ? Precision.YEAR : days > 92 ? Precision.MONTH : Precision.DAY;
    }

    private static void menus(MenuBar bar, EditActions actions) {
        for (Menu m : bar.getMenus()) {
            if (m.getText().equals("Edit")) {
                List<MenuItem> items = new java.util.ArrayList<>(actions.editItems());
                items.add(new SeparatorMenuItem());
                m.getItems().addAll(0, items);
            } else if (m.getText().equals("File")) {
                // After Reload and the file's own items, before the exports.
                int at = m.getItems().indexOf(m.getItems().stream().filter(i -> i instanceof SeparatorMenuItem)
                        .findFirst().orElse(null));
                List<MenuItem> items = new java.util.ArrayList<>(List.of(new SeparatorMenuItem()));
                items.addAll(actions.fileItems());
                m.getItems().addAll(at < 0 ? m.getItems().size() : at, items);
            }
        }
    }

    /** Quit and the window's close box ask first when there are unsaved changes. */
    private static void guardQuit(Parts p, EditActions actions) {
        Stage stage = p.stage();
        stage.setOnCloseRequest(e -> {
            if (!actions.mayLeave(stage::hide)) {
                e.consume();
            }
        });
        for (Menu m : p.menus().getMenus()) {
            for (MenuItem i : m.getItems()) {
                if ("Quit".equals(i.getText())) {
                    EventHandler<ActionEvent> quit = i.getOnAction();
                    i.setOnAction(e -> {
                        if (actions.mayLeave(stage::hide)) {
                            quit.handle(e);
                        }
                    });
                }
            }
        }
    }
}
