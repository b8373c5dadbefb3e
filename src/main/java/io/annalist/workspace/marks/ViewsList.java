package io.annalist.workspace.marks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.annalist.marks.SavedView;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The filter pane's "Views": the views the analyst saved, in their order. One click shows a
 * view again (a step Back undoes); the context menu and the buttons rename, update (to what
 * is on screen now), delete and move them. Save view… (Ctrl+Shift+V) saves what is on screen
 * by name. FX thread.
 */
public final class ViewsList extends VBox {
    private final MarkKeeper book;
    private final Consumer<String> tell;
    private final ListView<SavedView> list = new ListView<>();
    private final Label empty = new Label("Save what you see by name (Ctrl+Shift+V) to come back to it with one click.");

    public ViewsList(MarkKeeper book, Consumer<String> tell) {
        super(6);
        this.book = book;
        this.tell = tell;
        setId("viewsPane");
        list.setId("viewsList");
        list.setPrefHeight(96);
        // The click is heard by the list, not by a cell: when the cells were made anew between the
        // press and the release (the list refilled as the workspace changed), a cell's own handler
        // never heard the click, and the first click on a view did nothing.
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                SavedView v = viewAt(e.getPickResult().getIntersectedNode());
                if (v != null) {
                    book.restore(v);
                }
            }
        });
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(SavedView v, boolean isEmpty) {
                super.updateItem(v, isEmpty);
                setText(isEmpty || v == null ? null : v.name());
                setId(isEmpty || v == null ? null : "view-" + v.name().replaceAll("[^A-Za-z0-9_-]", "_"));
                setTooltip(isEmpty || v == null ? null : new Tooltip("Click to show \"" + v.name()
                        + "\" again; right-click to rename, update, delete or move it"));
            }
        });
        MenuItem rename = item("viewRename", "Rename…", this::rename);
        MenuItem update = item("viewUpdate", "Update to what is shown now", () -> selected().ifPresent(v -> {
            book.updateView(v);
            tell.accept("The view \"" + v.name() + "\" now shows what is on screen.");
        }));
        MenuItem delete = item("viewDelete", "Delete", () -> selected().ifPresent(v -> {
            book.deleteView(v);
            tell.accept("Deleted the view \"" + v.name() + "\".");
        }));
        MenuItem up = item("viewUp", "Move up", () -> selected().ifPresent(v -> book.moveView(v, -1)));
        MenuItem down = item("viewDown", "Move down", () -> selected().ifPresent(v -> book.moveView(v, 1)));
        ContextMenu menu = new ContextMenu(rename, update, up, down, new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> menu.getItems().forEach(i -> i.setDisable(selected().isEmpty())));
        list.setContextMenu(menu);

        Button save = new Button("Save view…");
        save.setId("saveView");
        save.setTooltip(new Tooltip("Save what is on screen — time, filters, lanes, selection — by name (Ctrl+Shift+V)"));
        save.setOnAction(e -> saveWithDialog());
        Button moveUp = new Button("▲");
        moveUp.setId("viewUpButton");
        moveUp.setTooltip(new Tooltip("Move the chosen view up"));
        moveUp.setOnAction(e -> selected().ifPresent(v -> book.moveView(v, -1)));
        Button moveDown = new Button("▼");
        moveDown.setId("viewDownButton");
        moveDown.setTooltip(new Tooltip("Move the chosen view down"));
        moveDown.setOnAction(e -> selected().ifPresent(v -> book.moveView(v, 1)));
        moveUp.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        moveDown.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        HBox buttons = new HBox(4, save, moveUp, moveDown);
        buttons.setAlignment(Pos.CENTER_LEFT);
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        getChildren().addAll(list, buttons, empty);
        book.workspaceProperty().addListener((obs, o, w) -> follow());
        follow();
    }

    /** The view of the cell {@code n} is in, or null (between cells, on the scroll bar). */
    private static SavedView viewAt(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null; at = at.getParent()) {
            if (at instanceof ListCell<?> c) {
                return c.isEmpty() || !(c.getItem() instanceof SavedView v) ? null : v;
            }
        }
        return null;
    }

    private void follow() {
        List<SavedView> views = book.workspace().views();
        // When only the marks changed, the cells stay as they are under the pointer.
        if (!list.getItems().equals(views)) {
            SavedView chosen = list.getSelectionModel().getSelectedItem();
            list.getItems().setAll(views);
            if (chosen != null) {
                for (SavedView v : list.getItems()) {
                    if (v.id().equals(chosen.id())) {
                        list.getSelectionModel().select(v);
                    }
                }
            }
        }
        boolean none = list.getItems().isEmpty();
        empty.setVisible(none);
        empty.setManaged(none);
    }

    private Optional<SavedView> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    /** Asks for a name and saves what is on screen under it (Ctrl+Shift+V). */
    public void saveWithDialog() {
        if (book.fileProperty().get() == null) {
            tell.accept("Open some data first: a view is saved with the data's workspace.");
            return;
        }
        name("Save view", "Save what is on screen — time, filters, lanes, selection — as a view named:",
                book.workspace().freeViewName("View " + (book.workspace().views().size() + 1)))
                .ifPresent(n -> {
                    try {
                        SavedView v = book.saveView(n);
                        follow();
                        list.getSelectionModel().select(list.getItems().stream()
                                .filter(x -> x.id().equals(v.id())).findFirst().orElse(null));
                        tell.accept("Saved the view \"" + v.name() + "\".");
                    } catch (IllegalArgumentException | IllegalStateException e) {
                        tell.accept("The view was not saved: " + e.getMessage() + ".");
                    }
                });
    }

    private void rename() {
        selected().ifPresent(v -> name("Rename view", "New name for \"" + v.name() + "\":", v.name()).ifPresent(n -> {
            try {
                book.renameView(v, n);
            } catch (IllegalArgumentException e) {
                tell.accept("The view was not renamed: " + e.getMessage() + ".");
            }
        }));
    }

    private Optional<String> name(String title, String header, String proposed) {
        TextInputDialog d = new TextInputDialog(proposed);
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.setTitle(title);
        d.setHeaderText(header);
        d.getEditor().setId("viewName");
        return d.showAndWait().filter(s -> !s.isBlank());
    }
}
