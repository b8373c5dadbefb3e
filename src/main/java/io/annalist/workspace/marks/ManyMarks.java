package io.annalist.workspace.marks;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.annalist.marks.AnalystTag;
import io.annalist.model.Event;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/**
 * Stars, tags and notes on many events at once: the table's context menu acts on the rows
 * chosen (Shift- and Ctrl-click), or on every event the filter lets through; it also shows the
 * time around the event of the row. FX thread.
 */
public final class ManyMarks {
    private final MarkKeeper book;
    private final ShownView shown;
    private final Consumer<String> tell;
    private final Supplier<Window> owner;

    public ManyMarks(MarkKeeper book, ShownView shown, Consumer<String> tell, Supplier<Window> owner) {
        this.book = book;
        this.shown = shown;
        this.tell = tell;
        this.owner = owner;
    }

    /** The context menu of {@code table}. */
    public ContextMenu tableMenu(TableView<Event> table) {
        Supplier<List<Event>> chosen = () -> List.copyOf(table.getSelectionModel().getSelectedItems());
        Supplier<List<Event>> all = () -> List.copyOf(shown.shownEvents());
        MenuItem star = item("menuStarChosen", "Star", () -> star(chosen.get(), true));
        MenuItem unstar = item("menuUnstarChosen", "Unstar", () -> star(chosen.get(), false));
        MenuItem tag = item("menuTagChosen", "Add a tag of yours…", () -> tag(chosen.get()));
        MenuItem note = item("menuNoteChosen", "Add a note…", () -> note(chosen.get()));
        Menu everything = new Menu("Everything in the filter");
        everything.setId("menuEverything");
        everything.getItems().addAll(item("menuStarAll", "Star all", () -> star(all.get(), true)),
                item("menuUnstarAll", "Unstar all", () -> star(all.get(), false)),
                item("menuTagAll", "Add a tag of yours to all…", () -> tag(all.get())),
                item("menuNoteAll", "Add a note to each…", () -> note(all.get())));
        Menu around = AroundEvent.menu(shown, () -> table.getSelectionModel().getSelectedItem(), owner, tell);
        ContextMenu menu = new ContextMenu(star, unstar, tag, note, new SeparatorMenuItem(), everything,
                new SeparatorMenuItem(), around);
        menu.setOnShowing(e -> {
            int n = chosen.get().size();
            String rows = n == 1 ? "this event" : "the " + n + " chosen events";
            star.setText("Star " + rows + " (S)");
            unstar.setText("Unstar " + rows);
            tag.setText("Add a tag of yours to " + rows + "…");
            note.setText("Add a note to " + rows + "…");
            for (MenuItem i : List.of(star, unstar, tag, note)) {
                i.setDisable(n == 0);
            }
            int f = shown.shownEvents().size();
            everything.setText("Everything in the filter (" + String.format("%,d", f) + (f == 1 ? " event)" : " events)"));
            everything.setDisable(f == 0);
        });
        return menu;
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    private void star(List<Event> events, boolean on) {
        if (!events.isEmpty()) {
            book.star(events, on);
            tell.accept((on ? "Starred " : "Unstarred ") + count(events));
        }
    }

    private void tag(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        TextField field = new TextField();
        field.setId("manyTagField");
        field.setPromptText("follow-up");
        TextFields.bindAutoCompletion(field, req -> AnalystTag.complete(req.getUserText(), book.tagsInUse()));
        ask("Add a tag of yours", "The tag goes on " + count(events) + ".", field).ifPresent(t -> {
            try {
                book.tag(events, t);
                tell.accept("Tagged " + count(events) + " \"" + AnalystTag.clean(t) + "\".");
            } catch (IllegalArgumentException e) {
                tell.accept("Not a tag: " + e.getMessage() + ".");
            }
        });
    }

    private void note(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        TextArea area = new TextArea();
        area.setId("manyNoteField");
        area.setWrapText(true);
        area.setPrefRowCount(4);
        ask("Add a note", "Each of " + count(events) + " gets this note, signed with your user name and the time.",
                area).ifPresent(t -> {
            try {
                book.note(events, t);
                tell.accept("Added a note to " + count(events));
            } catch (IllegalArgumentException e) {
                tell.accept("The note was not added: " + e.getMessage() + ".");
            }
        });
    }

    private Optional<String> ask(String title, String header, TextInputControl input) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(header);
        d.getDialogPane().setContent(new VBox(6, new Label(title + ":"), input));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).setId("manyOk");
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(input.textProperty().isEmpty());
        d.setResultConverter(b -> b == ButtonType.OK ? input.getText() : null);
        javafx.application.Platform.runLater(input::requestFocus);
        return d.showAndWait().filter(s -> !s.isBlank());
    }

    private static String count(List<Event> events) {
        return events.size() == 1 ? "1 event" : String.format("%,d", events.size()) + " events";
    }
}
