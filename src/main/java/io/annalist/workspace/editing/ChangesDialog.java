package io.annalist.workspace.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.annalist.changes.ChangeRecord;
import io.annalist.changes.EventChange;
import io.annalist.editing.ChangeText;
import io.annalist.editing.EditedData;
import io.annalist.editing.ValueWords;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Changes…: every change made to the data, oldest first — added, edited field by field
 * (before → after), deleted, restored — with its time, who made it and the sources cited; the
 * ones not saved into the file yet say so. A deleted event that is still gone can be restored
 * from its line (recorded as restored; Undo takes it back). Export writes them as CSV. The list
 * follows the data while open. FX thread.
 */
final class ChangesDialog {
    /** One line of the list: the change and how it reads. */
    record Line(ChangeRecord record, String text) {
    }

    private final Stage stage = new Stage();
    private final EditBook book;
    private final ListView<Line> list = new ListView<>();
    private final Label count = new Label();
    private final Button restore = new Button("Restore event");
    private final Button export = new Button("Export as CSV…");

    ChangesDialog(Window owner, EditBook book, SaveChooser chooser, Consumer<String> tell) {
        this.book = book;
        list.setId("changesList");
        list.setPlaceholder(new Label("No changes to " + book.fileName() + " yet."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        count.getStyleClass().add("hint");
        restore.setId("changesRestore");
        restore.setTooltip(new Tooltip("Bring back the deleted event of the chosen line, as it was when deleted"));
        restore.setOnAction(e -> restoreChosen(tell));
        MenuItem restoreItem = new MenuItem("Restore event");
        restoreItem.setOnAction(e -> restoreChosen(tell));
        restoreItem.disableProperty().bind(restore.disableProperty());
        list.setContextMenu(new ContextMenu(restoreItem));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateRestore());
        export.setId("changesExport");
        export.setOnAction(e -> {
            java.nio.file.Path f = chooser.choose(stage, "Export the changes as CSV", "changes.csv",
                    new FileChooser.ExtensionFilter("CSV", "*.csv"));
            if (f != null) {
                book.exportChanges(f);
            }
        });
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bar = new HBox(8, count, spring, restore, export, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        BorderPane root = new BorderPane(list);
        root.setBottom(bar);
        Scene scene = new Scene(root, 760, 460);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        stage.setScene(scene);
        stage.setTitle("Changes — " + book.fileName());
        fill(book.data());
        ChangeListener<EditedData> follow = (o, a, d) -> fill(d);
        book.dataProperty().addListener(follow);
        stage.setOnHidden(e -> book.dataProperty().removeListener(follow));
    }

    private void fill(EditedData d) {
        if (d == null) {
            stage.close();
            return;
        }
        ValueWords words = ValueWords.of(d.data());
        List<Line> lines = new ArrayList<>();
        for (ChangeRecord r : d.changes().entries()) {
            lines.add(new Line(r, title(r) + ChangeText.line(r, words)));
        }
        for (ChangeRecord r : d.unsaved()) {
            lines.add(new Line(r, title(r) + ChangeText.line(r, words) + " (not saved yet)"));
        }
        int chosen = list.getSelectionModel().getSelectedIndex();
        list.getItems().setAll(lines);
        if (chosen >= 0 && chosen < lines.size()) {
            list.getSelectionModel().select(chosen);
        }
        count.setText(lines.size() == 1 ? "One change, oldest first" : lines.size() + " changes, oldest first");
        export.setDisable(lines.isEmpty());
        updateRestore();
    }

    /** The event of the chosen line when it was deleted and is gone still: what Restore brings back. */
    private String deletedChosen() {
        Line l = list.getSelectionModel().getSelectedItem();
        EditedData d = book.data();
        if (l == null || d == null || !(l.record().change() instanceof EventChange.Deleted gone)) {
            return null;
        }
        return d.event(gone.id()) == null ? gone.id() : null;
    }

    private void updateRestore() {
        restore.setDisable(deletedChosen() == null || book.isApplying());
    }

    private void restoreChosen(Consumer<String> tell) {
        String id = deletedChosen();
        if (id == null) {
            return;
        }
        String title = list.getSelectionModel().getSelectedItem().record().title();
        restore.setDisable(true);
        book.restore(id, () -> tell.accept("Restored \u201c" + title + "\u201d — Edit → Undo (Ctrl+Z) takes it back."));
    }

    private static String title(ChangeRecord r) {
        return r.title() == null || r.title().isEmpty() ? "" : "\u201c" + r.title() + "\u201d: ";
    }

    void show() {
        stage.show();
    }
}
