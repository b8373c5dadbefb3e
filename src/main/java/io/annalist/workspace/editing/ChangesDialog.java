package io.annalist.workspace.editing;

import java.util.ArrayList;
import java.util.List;

import io.annalist.changes.ChangeRecord;
import io.annalist.editing.ChangeText;
import io.annalist.editing.EditedData;
import io.annalist.editing.ValueWords;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
 * ones not saved into the file yet say so. Export writes them as CSV. FX thread.
 */
final class ChangesDialog {
    private final Stage stage = new Stage();

    ChangesDialog(Window owner, EditBook book, SaveChooser chooser) {
        EditedData d = book.data();
        ValueWords words = ValueWords.of(d.data());
        List<String> lines = new ArrayList<>();
        for (ChangeRecord r : d.changes().entries()) {
            lines.add(title(r) + ChangeText.line(r, words));
        }
        for (ChangeRecord r : d.unsaved()) {
            lines.add(title(r) + ChangeText.line(r, words) + " (not saved yet)");
        }
        ListView<String> list = new ListView<>();
        list.setId("changesList");
        list.getItems().setAll(lines);
        list.setPlaceholder(new Label("No changes to " + book.fileName() + " yet."));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        Label count = new Label(lines.size() == 1 ? "One change, oldest first" : lines.size() + " changes, oldest first");
        count.getStyleClass().add("hint");
        Button export = new Button("Export as CSV…");
        export.setId("changesExport");
        export.setDisable(lines.isEmpty());
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
        HBox bar = new HBox(8, count, spring, export, close);
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
    }

    private static String title(ChangeRecord r) {
        return r.title() == null || r.title().isEmpty() ? "" : "\u201c" + r.title() + "\u201d: ";
    }

    void show() {
        stage.show();
    }
}
