package io.annalist.workspace.editing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.annalist.editing.EntryDraft;
import io.annalist.editing.FieldProblem;
import io.annalist.model.ActorKind;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A new actor (name, kind, affiliation) or a new source (publisher, title, date published,
 * http or https link, note) for the event being edited: checked as the reader checks one in a
 * file, its problems shown under the fields, and Add refused while one is an error. FX thread.
 */
final class NewEntryDialog {
    private NewEntryDialog() {
    }

    /** Asks for a new actor named {@code typed} at first; empty when the analyst cancels. */
    static Optional<EntryDraft> actor(Window owner, String typed, Map<String, String> actors,
                                      Function<String, String> freshId, Function<EntryDraft, List<FieldProblem>> check) {
        TextField name = field("newActorName", typed);
        ComboBox<String> kind = FieldEditor.optional("newActorKind", java.util.Arrays.stream(ActorKind.values())
                .map(ActorKind::jsonName).toList(), "not said", k -> k.replace('_', ' '));
        ComboBox<String> affiliation = FieldEditor.optional("newActorAffiliation", List.copyOf(actors.keySet()), "none",
                id -> actors.getOrDefault(id, id));
        Supplier<EntryDraft> draft = () -> EntryDraft.actor(freshId.apply(name.getText()), name.getText(),
                FieldEditor.chosen(kind) == null ? null : ActorKind.fromJson(kind.getValue()), FieldEditor.chosen(affiliation));
        return ask(owner, "New actor", new String[]{"Name", "Kind", "Affiliation"}, new Node[]{name, kind, affiliation},
                draft, check);
    }

    /** Asks for a new source titled {@code typed} at first; empty when the analyst cancels. */
    static Optional<EntryDraft> source(Window owner, String typed, Function<String, String> freshId,
                                       Function<EntryDraft, List<FieldProblem>> check) {
        TextField publisher = field("newSourcePublisher", "");
        TextField title = field("newSourceTitle", typed);
        TextField published = field("newSourcePublished", "");
        published.setPromptText("2024-11, or 2024-11-04");
        TextField url = field("newSourceUrl", "");
        url.setPromptText("https://…");
        TextField note = field("newSourceNote", "");
        Supplier<EntryDraft> draft = () -> EntryDraft.source(freshId.apply((publisher.getText() + " "
                + title.getText()).strip()), title.getText(), publisher.getText(), url.getText(), published.getText(),
                note.getText());
        return ask(owner, "New source", new String[]{"Publisher", "Title", "Published", "Link", "Note"},
                new Node[]{publisher, title, published, url, note}, draft, check);
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text == null ? "" : text.strip());
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }

    private static Optional<EntryDraft> ask(Window owner, String title, String[] labels, Node[] fields,
                                            Supplier<EntryDraft> draft, Function<EntryDraft, List<FieldProblem>> check) {
        Dialog<EntryDraft> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(null);
        ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Label problems = new Label();
        problems.setId("newEntryProblems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.setMaxWidth(420);
        for (int i = 0; i < labels.length; i++) {
            Label l = new Label(labels[i]);
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.addRow(i, l, fields[i]);
        }
        grid.add(problems, 1, labels.length);
        d.getDialogPane().setContent(grid);
        Node addButton = d.getDialogPane().lookupButton(add);
        Runnable recheck = () -> {
            List<FieldProblem> p = check.apply(draft.get());
            problems.setText(String.join("\n", p.stream().map(FieldProblem::message).toList()));
            addButton.setDisable(FieldProblem.anyError(p));
        };
        for (Node f : fields) {
            if (f instanceof TextField t) {
                t.textProperty().addListener((o, a, b) -> recheck.run());
            } else if (f instanceof ComboBox<?> c) {
                c.valueProperty().addListener((o, a, b) -> recheck.run());
            }
        }
        recheck.run();
        d.setResultConverter(b -> b == add ? draft.get() : null);
        javafx.application.Platform.runLater(fields[0]::requestFocus);
        return d.showAndWait();
    }
}
