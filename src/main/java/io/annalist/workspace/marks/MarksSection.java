package io.annalist.workspace.marks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.annalist.marks.AnalystTag;
import io.annalist.marks.Mark;
import io.annalist.marks.Note;
import io.annalist.model.Event;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * In the details, under the event's title: what the analyst put on it — their own tags, as
 * chips apart from the file's tags (a field with completion of the tags already in use adds
 * one, × takes one off), and their notes, each with who wrote it and when, as plain text; a
 * note can be changed or deleted, and a new one written. One node, shown for whichever event
 * the details show. FX thread.
 */
public final class MarksSection extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private final MarkKeeper book;
    private final FlowPane tags = new FlowPane(4, 4);
    private final TextField tagField = new TextField();
    private final VBox notes = new VBox(6);
    private final TextArea noteField = new TextArea();
    private final Button addNote = new Button("Add note");
    private final Label problem = new Label();
    private Event event;
    private Mark shown;

    public MarksSection(MarkKeeper book) {
        super(6);
        this.book = book;
        setId("marksSection");
        getStyleClass().add("marks-section");
        setPadding(new Insets(6, 0, 6, 0));

        tagField.setId("analystTagField");
        tagField.setPromptText("Add a tag of yours (Enter)");
        tagField.setTooltip(new Tooltip("Your own tags, kept in the workspace, never in the data file;"
                + " filter by them under Mine"));
        tagField.setPrefColumnCount(14);
        tagField.setOnAction(e -> addTag());
        TextFields.bindAutoCompletion(tagField, req -> {
            List<String> offered = AnalystTag.complete(req.getUserText(), book.tagsInUse());
            return shown == null ? offered : offered.stream().filter(t -> !shown.hasTag(t)).toList();
        });

        noteField.setId("noteField");
        noteField.setPromptText("Write a note (Ctrl+Enter adds it)");
        noteField.setWrapText(true);
        noteField.setPrefRowCount(2);
        noteField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                addNote();
                e.consume();
            }
        });
        addNote.setId("addNote");
        addNote.setTooltip(new Tooltip("Adds the note, signed with your user name and the time"));
        addNote.disableProperty().bind(noteField.textProperty().isEmpty());
        addNote.setOnAction(e -> addNote());
        problem.setId("marksProblem");
        problem.getStyleClass().add("marks-problem");
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.setVisible(false);
        notes.setId("notes");

        Label heading = new Label("Yours");
        heading.getStyleClass().add("detail-heading");
        HBox tagRow = new HBox(6, tagField);
        getChildren().addAll(heading, tags, tagRow, problem, notes, noteField, addNote);
        book.attachedProperty().addListener((obs, o, n) -> update(false));
    }

    /** Shows what the analyst put on {@code e}; returns this node, for the details to place. */
    public MarksSection show(Event e) {
        if (e != event) {
            event = e;
            tagField.clear();
            noteField.clear();
            say(null);
        }
        update(true);
        return this;
    }

    private void update(boolean always) {
        if (event == null) {
            return;
        }
        Mark m = book.markOf(event);
        if (!always && m.equals(shown)) {
            return;
        }
        shown = m;
        tags.getChildren().clear();
        for (String t : m.tags()) {
            Button chip = new Button(t + "  ×");
            chip.setId("analystTag-" + t);
            chip.getStyleClass().add("analyst-tag");
            chip.setTooltip(new Tooltip("Your tag \"" + t + "\" — click to take it off this event"));
            chip.setOnAction(e -> book.untag(List.of(event), t));
            tags.getChildren().add(chip);
        }
        notes.getChildren().clear();
        for (Note n : m.notes()) {
            notes.getChildren().add(note(n));
        }
    }

    private VBox note(Note n) {
        Label meta = new Label((n.author().isBlank() ? "someone" : n.author()) + " · " + when(n.written())
                + (n.edited() == null ? "" : " · changed " + when(n.edited())));
        meta.getStyleClass().add("detail-muted");
        // A Label shows its text as it is: a note is never read as markup or a link.
        Label text = new Label(n.text());
        text.setWrapText(true);
        text.getStyleClass().add("note-text");
        Hyperlink edit = new Hyperlink("Change");
        Hyperlink delete = new Hyperlink("Delete");
        delete.setId("deleteNote");
        VBox box = new VBox(2, meta, text, new HBox(4, edit, delete));
        box.getStyleClass().add("note");
        edit.setOnAction(e -> {
            TextArea area = new TextArea(n.text());
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.setId("noteEditField");
            Button save = new Button("Save");
            save.setId("saveNote");
            Button cancel = new Button("Cancel");
            cancel.setOnAction(x -> update(true));
            save.setOnAction(x -> {
                try {
                    book.editNote(event, n.id(), area.getText());
                    say(null);
                } catch (IllegalArgumentException ex) {
                    say(ex.getMessage());
                }
            });
            box.getChildren().setAll(meta, area, new HBox(6, save, cancel));
            area.requestFocus();
        });
        delete.setOnAction(e -> book.deleteNote(event, n.id()));
        return box;
    }

    private static String when(Instant t) {
        return WHEN.format(t);
    }

    private void addTag() {
        if (event == null || tagField.getText().isBlank()) {
            return;
        }
        try {
            book.tag(List.of(event), tagField.getText());
            tagField.clear();
            say(null);
        } catch (IllegalArgumentException e) {
            say("Not a tag: " + e.getMessage() + ".");
        }
    }

    private void addNote() {
        if (event == null || noteField.getText().isBlank()) {
            return;
        }
        try {
            book.note(List.of(event), noteField.getText());
            noteField.clear();
            say(null);
            // Ready for the next note: the field keeps the focus, and the details keep it in view.
            noteField.requestFocus();
        } catch (IllegalArgumentException e) {
            say("The note was not added: " + e.getMessage() + ".");
        }
    }

    private void say(String message) {
        problem.setText(message == null ? "" : message);
        problem.setVisible(message != null);
        problem.setManaged(message != null);
    }
}
