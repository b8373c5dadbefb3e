package io.annalist.workspace.editing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.annalist.editing.Conflict;
import io.annalist.editing.ValueWords;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The data file changed on disk while the window holds unsaved changes to the same events:
 * for each event changed on both sides, the analyst keeps theirs or the file's. Nothing is
 * lost without that choice; closing the question keeps the analyst's changes. FX thread.
 */
final class ConflictPrompt implements EditBook.ConflictAsker {
    private final Window owner;

    ConflictPrompt(Window owner) {
        this.owner = owner;
    }

    @Override
    public Map<String, Conflict.Choice> ask(String file, List<Conflict> conflicts) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Map<String, ChoiceBox<String>> boxes = new HashMap<>();
        int row = 0;
        for (Conflict c : conflicts) {
            Label what = new Label("\u201c" + c.title() + "\u201d — " + describe(c));
            what.setWrapText(true);
            what.setMaxWidth(430);
            ChoiceBox<String> keep = new ChoiceBox<>();
            keep.getItems().addAll("Keep mine", "Keep the file's");
            keep.setValue("Keep mine");
            keep.setId("conflict-" + c.eventId());
            boxes.put(c.eventId(), keep);
            grid.addRow(row++, what, keep);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(320, 40.0 * conflicts.size() + 10));
        ButtonType apply = new ButtonType("Keep as chosen", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.WARNING, "", apply);
        a.initOwner(owner);
        a.setTitle("Changed on disk");
        a.setHeaderText(file + " was changed on disk, and you changed some of the same events. Which to keep?");
        a.getDialogPane().setContent(scroll);
        a.getDialogPane().setId("conflictPrompt");
        a.showAndWait();
        Map<String, Conflict.Choice> out = new HashMap<>();
        boxes.forEach((id, box) -> out.put(id, box.getValue().equals("Keep mine") ? Conflict.Choice.KEEP_MINE
                : Conflict.Choice.KEEP_THEIRS));
        return out;
    }

    private static String describe(Conflict c) {
        String fields = String.join(", ", c.fields().stream().map(ValueWords::label).toList());
        return switch (c.kind()) {
            case CHANGED_ON_BOTH_SIDES -> "changed here and in the file: " + fields;
            case CHANGED_HERE_DELETED_THERE -> "changed here (" + fields + "), deleted from the file";
            case DELETED_HERE_CHANGED_THERE -> "deleted here, changed in the file (" + fields + ")";
            case ADDED_ON_BOTH_SIDES -> "added here, and the file now has an event with the same id";
        };
    }
}
