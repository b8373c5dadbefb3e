package io.annalist.workspace.editing;

import com.fasterxml.jackson.databind.JsonNode;
import io.annalist.editing.DateEntry;
import io.annalist.editing.EventDraft;
import io.annalist.io.EventJson;
import io.annalist.model.Precision;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The date of the form: typed as the format takes it ({@code 2024-06}, {@code 2024-09/2024-11},
 * {@code 2024-06-19T10:00Z}), with "approximate", the source's own words ("last autumn") and a
 * note on where the date comes from; under it, how it was read, as you type ("month, June 2024").
 * The precision is the one typed — a month stays a month; Year, Month and Day write the date at
 * another one. Reading is {@link DateEntry}'s. FX thread.
 */
final class DateField extends VBox {
    private final TextField text = new TextField();
    private final CheckBox approximate = new CheckBox("approximate");
    private final TextField words = new TextField();
    private final TextField note = new TextField();
    private final Label reading = new Label();
    private DateEntry.Reading read = DateEntry.read("");

    DateField(Runnable changed) {
        super(4);
        setId("form-when");
        text.setId("form-when-text");
        text.setPromptText("2024-06, 2024-06-19, 2024-09/2024-11");
        text.setTooltip(new Tooltip("As precise as the source: a year (2024), a month (2024-06), a day (2024-06-19),"
                + " a time with its zone (2024-06-19T10:00Z), or a span START/END"));
        approximate.setId("form-when-approximate");
        approximate.setTooltip(new Tooltip("The dates themselves are uncertain (\"around\", \"last autumn\")"));
        words.setId("form-when-words");
        words.setPromptText("the source's own words, e.g. last autumn");
        note.setId("form-when-note");
        note.setPromptText("where the date comes from, if that needs saying");
        reading.setId("form-when-reading");
        reading.getStyleClass().add("hint");
        reading.setWrapText(true);
        HBox first = new HBox(6, text, approximate);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        approximate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox precision = new HBox(4, new Label("Write it as a"));
        precision.setAlignment(Pos.CENTER_LEFT);
        precision.getStyleClass().add("hint");
        for (Precision p : new Precision[]{Precision.YEAR, Precision.MONTH, Precision.DAY}) {
            Button b = new Button(p.name().charAt(0) + p.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            b.setId("form-when-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.getStyleClass().add("small-button");
            b.setTooltip(new Tooltip("The date at the precision of a " + b.getText().toLowerCase(java.util.Locale.ROOT)
                    + ", as the source gives it"));
            b.setOnAction(e -> {
                if (read.when() != null && !read.when().isSpan()) {
                    text.setText(DateEntry.textAt(read.when().start(), p));
                }
            });
            b.disableProperty().bind(reading.textProperty().map(x -> read.when() == null || read.when().isSpan()));
            precision.getChildren().add(b);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox.setHgrow(note, Priority.ALWAYS);
        getChildren().addAll(first, reading, precision, words, note);
        Runnable update = () -> {
            read = DateEntry.read(text.getText(), approximate.isSelected(), words.getText(), note.getText());
            reading.setText(read.when() != null ? "Read as: " + read.description()
                    : text.getText().isBlank() ? "No date yet: type it as precisely as the source gives it"
                    : "Not read as a date yet");
            changed.run();
        };
        text.textProperty().addListener((o, a, b) -> update.run());
        approximate.selectedProperty().addListener((o, a, b) -> update.run());
        words.textProperty().addListener((o, a, b) -> update.run());
        note.textProperty().addListener((o, a, b) -> update.run());
        update.run();
    }

    TextField text() {
        return text;
    }

    Label reading() {
        return reading;
    }

    /** Fills the fields with the draft's {@code when}, as written: its precision stays. */
    void read(EventDraft d) {
        String json = d.get("when");
        JsonNode w = json == null ? null : EventJson.parse(json);
        if (w == null) {
            text.setText("");
        } else if (w.isObject()) {
            text.setText(w.has("at") ? w.path("at").asText() : w.path("start").asText() + "/" + w.path("end").asText());
            approximate.setSelected(w.path("approximate").asBoolean(false));
            words.setText(w.path("display").asText(""));
            note.setText(w.path("note").asText(""));
        } else {
            text.setText(w.asText());
        }
    }

    EventDraft write(EventDraft d) {
        return d.withWhen(read);
    }
}
