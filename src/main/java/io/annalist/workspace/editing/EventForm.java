package io.annalist.workspace.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.annalist.changes.Directory;
import io.annalist.editing.EditedData;
import io.annalist.editing.EntryDraft;
import io.annalist.editing.EventDraft;
import io.annalist.editing.FieldProblem;
import io.annalist.model.Confidence;
import io.annalist.model.EventKind;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The form of one event, new or edited: the fields every event has (kind, title, date, place,
 * actors, summary), then its kind's fields as its detail view shows them, its sources (at least
 * one) and the assessment. Every change is checked at once by the reader's own rules
 * ({@link EditedData#check}) and each problem is shown under its field in the reader's words;
 * Save stays off while an error stands. Saving hands the draft to the {@link EditBook}, which
 * adds or changes the event as one step (undone by Ctrl+Z). FX thread.
 */
public final class EventForm {
    private static final double LABEL_WIDTH = 130;

    private final EditBook book;
    private final EditedData data;
    private final EventDraft original;
    private final boolean isNew;
    private final Stage stage = new Stage();
    private final List<EntryDraft> newEntries = new ArrayList<>();
    private final Map<String, Label> problemLabels = new HashMap<>();
    private final Label general = new Label();
    private final Label needs = new Label();
    private final Button save = new Button("Save event");
    private final ComboBox<EventKind> kind = new ComboBox<>();
    private final TextField title = new TextField();
    private final DateField when;
    private final PlaceFields where;
    private final EntryPicker actors;
    private final TextArea summary = new TextArea();
    private final EntryPicker sources;
    private final ComboBox<String> confidence = FieldEditor.optional("form-confidence",
            java.util.Arrays.stream(Confidence.values()).map(Confidence::jsonName).toList(), "not said", s -> s);
    private final TextField tags = new TextField();
    private final GridPane kindGrid = grid();
    private final Label kindHeading = heading("");
    private final EntryPicker.Catalog actorCatalog;
    private final EntryPicker.Catalog sourceCatalog;
    private List<FieldEditor> kindFields = List.of();
    /** True while the form is built or filled: its controls changing then is no edit. */
    private boolean filling = true;
    private List<FieldProblem> problems = List.of();
    private String savedId;

    /**
     * @param draft the event to edit (or a blank or duplicated one)
     * @param isNew true when saving adds the event: its id is then made from its title and date
     */
    public EventForm(Window owner, EditBook book, EventDraft draft, boolean isNew, String windowTitle) {
        this.book = book;
        this.data = book.data();
        this.original = draft;
        this.isNew = isNew;
        Map<String, String> actorNames = new LinkedHashMap<>();
        data.data().actors().forEach(a -> actorNames.put(a.id(), a.name()));
        Map<String, String> sourceNames = new LinkedHashMap<>();
        data.data().sources().forEach(s -> sourceNames.put(s.id(), s.publisher() == null ? s.title()
                : s.publisher() + ", " + s.title()));
        actorCatalog = new EntryPicker.Catalog("actor", actorNames, typed -> newActor(typed, actorNames));
        sourceCatalog = new EntryPicker.Catalog("source", sourceNames, this::newSource);
        when = new DateField(this::changed);
        where = new PlaceFields(this::changed);
        actors = new EntryPicker(actorCatalog, true, this::changed);
        actors.setId("form-actors");
        sources = new EntryPicker(sourceCatalog, true, this::changed);
        sources.setId("form-sources");
        sources.field().setPromptText("Type a source of the file (publisher or title), Enter to add");

        kind.setId("form-kind");
        kind.getItems().setAll(EventKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(EventKind k) {
                return k == null ? "" : k.label();
            }

            @Override
            public EventKind fromString(String s) {
                return null;
            }
        });
        title.setId("form-title");
        title.setPromptText("one line: who did what (Shoigu visits Pyongyang)");
        summary.setId("form-summary");
        summary.setWrapText(true);
        summary.setPrefRowCount(3);
        tags.setId("form-tags");
        tags.setPromptText("words, separated by commas");

        GridPane common = grid();
        row(common, "Kind", "kind", kind);
        row(common, "Title", "title", title);
        row(common, "When", "when", when);
        row(common, "Where", "where", where);
        row(common, "Actors", "actors", actors);
        row(common, "Summary", "summary", summary);
        GridPane sourceGrid = grid();
        row(sourceGrid, "At least one", "sources", sources);
        GridPane assessment = grid();
        row(assessment, "Confidence", "confidence", confidence);
        row(assessment, "Tags", "tags", tags);

        general.setId("form-problems");
        general.getStyleClass().add("field-error");
        general.setWrapText(true);
        general.managedProperty().bind(general.visibleProperty());
        VBox content = new VBox(10, general, common, kindHeading, kindGrid, heading("Sources"), sourceGrid,
                heading("Assessment"), assessment);
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        save.setId("form-save");
        save.setDefaultButton(false);
        save.setOnAction(e -> submit());
        Button cancel = new Button("Cancel");
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Label whereTo = new Label(data.writesFile()
                ? "Saving here changes the event in the window; File → Save (Ctrl+S) writes it into " + book.fileName() + "."
                : "Your changes are kept in the workspace beside " + book.fileName() + "; the file itself is never written.");
        whereTo.getStyleClass().add("hint");
        whereTo.setWrapText(true);
        needs.setId("form-needs");
        needs.getStyleClass().add("field-error");
        needs.setWrapText(true);
        needs.managedProperty().bind(needs.visibleProperty());
        VBox notes = new VBox(2, needs, whereTo);
        HBox.setHgrow(notes, Priority.ALWAYS);
        save.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(8, notes, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(8, 12, 10, 12));
        BorderPane root = new BorderPane(scroll);
        root.setBottom(buttons);
        root.setId("eventForm");

        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(680, screen.getWidth() - 40), Math.min(780, screen.getHeight() - 60));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::submit);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::submit);
        stage.setScene(scene);
        stage.setTitle(windowTitle);
        stage.setMinWidth(420);

        kind.valueProperty().addListener((o, a, k) -> kindChanged(k));
        fill(draft);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        title.requestFocus();
    }

    /** The id of the event saved, or null while nothing is (Cancel). */
    String savedId() {
        return savedId;
    }

    /** The problems of the form as it stands, as the reader reads it. */
    List<FieldProblem> problems() {
        return problems;
    }

    private void fill(EventDraft d) {
        filling = true;
        try {
            EventKind k = EventKind.fromJson(text(d.get("kind")));
            kind.setValue(k == null ? EventKind.OTHER : k);
            kindChanged(kind.getValue());
            title.setText(text(d.get("title")));
            when.read(d);
            where.read(d);
            actors.setIds(list(d.get("actors")));
            summary.setText(text(d.get("summary")));
            sources.setIds(list(d.get("sources")));
            String c = text(d.get("confidence"));
            confidence.setValue(c == null ? "" : c);
            tags.setText(String.join(", ", list(d.get("tags"))));
            kindFields.forEach(f -> f.read(d));
        } finally {
            filling = false;
        }
        changed();
    }

    private void kindChanged(EventKind k) {
        EventDraft before = filling ? original : draft();
        kindGrid.getChildren().clear();
        kindFields.forEach(f -> problemLabels.remove(f.spec().field()));
        List<FieldEditor> editors = new ArrayList<>();
        for (FieldSpec spec : FieldSpec.of(k == null ? EventKind.OTHER : k)) {
            FieldEditor ed = new FieldEditor(spec, actorCatalog, this::changed);
            editors.add(ed);
            row(kindGrid, spec.label(), spec.field(), ed.node());
        }
        kindFields = editors;
        kindHeading.setText(k == null || k == EventKind.OTHER ? "" : k.label());
        kindHeading.setVisible(!kindFields.isEmpty());
        boolean was = filling;
        filling = true;
        try {
            // A field the new kind has too (a meeting's participants, an exercise's) keeps its value.
            EventDraft moved = before.withKind(k == null ? EventKind.OTHER : k);
            kindFields.forEach(f -> f.read(moved));
        } finally {
            filling = was;
        }
        changed();
    }

    /** The event as the form holds it now. */
    EventDraft draft() {
        EventKind k = kind.getValue() == null ? EventKind.OTHER : kind.getValue();
        EventDraft d = original.withKind(k).withTitle(title.getText());
        d = when.write(d);
        d = where.write(d);
        d = d.withList("actors", actors.ids()).withText("summary", summary.getText());
        for (FieldEditor f : kindFields) {
            d = f.write(d);
        }
        d = d.withList("sources", sources.ids());
        d = d.withName("confidence", FieldEditor.chosen(confidence));
        List<String> t = new ArrayList<>();
        for (String s : tags.getText().split(",")) {
            if (!s.isBlank()) {
                t.add(s.strip());
            }
        }
        return d.withList("tags", t);
    }

    private void changed() {
        if (filling) {
            return;
        }
        EventDraft d = draft();
        problems = data.check(d, newEntries);
        show(problems, d);
    }

    /**
     * Shows each problem under its field — in a new form only once the field holds something, so
     * that an empty form is not a wall of errors: what it still needs is said beside Save instead.
     */
    private void show(List<FieldProblem> found, EventDraft d) {
        List<String> missing = new ArrayList<>();
        problemLabels.values().forEach(l -> {
            l.setText("");
            l.setVisible(false);
            l.getStyleClass().setAll("label", "field-warning");
        });
        List<String> elsewhere = new ArrayList<>();
        for (FieldProblem p : found) {
            Label l = problemLabels.get(p.formField());
            String words = (p.isError() ? "" : "Warning: ") + p.message();
            if (isNew && l != null && d.get(p.formField()) == null) {
                if (p.isError()) {
                    missing.add(p.message());
                }
            } else if (l == null) {
                elsewhere.add(words);
            } else {
                l.setText(l.getText().isEmpty() ? words : l.getText() + "\n" + words);
                l.setVisible(true);
                if (p.isError()) {
                    l.getStyleClass().setAll("label", "field-error");
                }
            }
        }
        general.setText(String.join("\n", elsewhere));
        general.setVisible(!elsewhere.isEmpty());
        needs.setText(missing.isEmpty() ? "" : "To save: " + String.join("; ", missing) + ".");
        needs.setVisible(!missing.isEmpty());
        save.setDisable(FieldProblem.anyError(found));
    }

    private void submit() {
        if (save.isDisabled()) {
            return;
        }
        EventDraft d = draft();
        if (isNew) {
            d = new EventDraft(d.snapshot().withId(data.freshId(title.getText(), when.text().getText())));
        }
        List<FieldProblem> refused = book.submit(d, newEntries);
        if (FieldProblem.anyError(refused)) {
            show(refused, d);
        } else {
            savedId = d.id();
            stage.close();
        }
    }

    private String newActor(String typed, Map<String, String> names) {
        return NewEntryDialog.actor(stage, typed, names, name -> freshId(Directory.ACTOR, name),
                e -> data.check(e)).map(e -> {
                    newEntries.add(e);
                    actorCatalog.add(e.id(), io.annalist.io.EventJson.parse(e.json()).path("name").asText(e.id()));
                    return e.id();
                }).orElse(null);
    }

    private String newSource(String typed) {
        return NewEntryDialog.source(stage, typed, name -> freshId(Directory.SOURCE, name), e -> data.check(e))
                .map(e -> {
                    newEntries.add(e);
                    var json = io.annalist.io.EventJson.parse(e.json());
                    String pub = json.path("publisher").asText("");
                    sourceCatalog.add(e.id(), (pub.isEmpty() ? "" : pub + ", ") + json.path("title").asText(e.id()));
                    return e.id();
                }).orElse(null);
    }

    /** An id for a new actor or source that neither the data nor this form's other new ones have. */
    private String freshId(Directory dir, String name) {
        String id = data.freshEntryId(dir, name);
        String base = id;
        for (int i = 2; taken(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    private boolean taken(String id) {
        return newEntries.stream().anyMatch(e -> e.id().equals(id));
    }

    private void row(GridPane grid, String label, String field, Node control) {
        int r = grid.getRowCount();
        Label l = new Label(label);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(control);
        GridPane.setValignment(l, VPos.TOP);
        l.setPadding(new Insets(4, 0, 0, 0));
        Label problem = new Label();
        problem.setId("problem-" + field.replace('.', '-'));
        problem.setWrapText(true);
        problem.getStyleClass().add("field-error");
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        problemLabels.put(field, problem);
        VBox box = new VBox(2, control, problem);
        GridPane.setHgrow(box, Priority.ALWAYS);
        grid.add(l, 0, r);
        grid.add(box, 1, r);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(LABEL_WIDTH);
        labels.setPrefWidth(LABEL_WIDTH);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-heading");
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static String text(String json) {
        if (json == null) {
            return null;
        }
        var v = io.annalist.io.EventJson.parse(json);
        return v.isValueNode() ? v.asText() : json;
    }

    private static List<String> list(String json) {
        List<String> out = new ArrayList<>();
        if (json != null) {
            var v = io.annalist.io.EventJson.parse(json);
            if (v.isArray()) {
                v.forEach(x -> out.add(x.asText()));
            } else {
                out.add(v.asText());
            }
        }
        return out;
    }
}
