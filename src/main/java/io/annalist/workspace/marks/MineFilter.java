package io.annalist.workspace.marks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.annalist.model.EventFilter;
import io.annalist.model.MarkFacet;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The filter pane's "Mine": only the events the analyst starred, gave one of their tags
 * ("Mine: follow-up"), or wrote notes on. Writes the filter's marks facet through the shown
 * and follows it when it changes elsewhere (Clear all, Back, a saved view). Under it, the marks
 * whose events are not in this file ("2 notes on an event not in this file"), with a list. FX
 * thread.
 */
public final class MineFilter extends VBox {
    private final ShownView shown;
    private final MarkKeeper book;
    private final CheckBox starred = new CheckBox("Starred");
    private final CheckBox withNotes = new CheckBox("With notes");
    private final VBox tags = new VBox(4);
    private final Label noTags = new Label("Your tags show here once you give an event one (in the details,"
            + " or right-click rows of the table).");
    private final Label orphans = new Label();
    private final Hyperlink listOrphans = new Hyperlink("List them…");
    private boolean updating;

    public MineFilter(ShownView shown, MarkKeeper book) {
        super(4);
        this.shown = shown;
        this.book = book;
        setId("mineFilter");
        starred.setId("mineStarred");
        withNotes.setId("mineNotes");
        starred.setTooltip(new Tooltip("Only the events you starred (S)"));
        withNotes.setTooltip(new Tooltip("Only the events you wrote notes on"));
        starred.setOnAction(e -> write());
        withNotes.setOnAction(e -> write());
        noTags.setId("mineNoTags");
        noTags.setWrapText(true);
        noTags.getStyleClass().add("hint");
        orphans.setId("orphanMarks");
        orphans.setWrapText(true);
        orphans.getStyleClass().add("hint");
        listOrphans.setId("listOrphanMarks");
        listOrphans.setOnAction(e -> showOrphans());
        getChildren().addAll(starred, withNotes, tags, noTags, orphans, listOrphans);
        shown.filterProperty().addListener((obs, o, f) -> follow());
        book.attachedProperty().addListener((obs, o, n) -> follow());
        follow();
    }

    private void write() {
        if (updating) {
            return;
        }
        Set<String> chosen = new HashSet<>();
        for (var n : tags.getChildren()) {
            if (n instanceof CheckBox c && c.isSelected()) {
                chosen.add((String) c.getUserData());
            }
        }
        EventFilter f = shown.getFilter();
        shown.setFilter(f.withMarks(new MarkFacet(starred.isSelected(), chosen, withNotes.isSelected())));
    }

    /** Shows the filter's facet and the tags in use (a tag chosen in the filter stays listed even when no longer used). */
    private void follow() {
        updating = true;
        try {
            MarkFacet m = shown.getFilter().marks();
            starred.setSelected(m.starred());
            withNotes.setSelected(m.withNotes());
            java.util.TreeSet<String> names = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            names.addAll(book.tagsInUse());
            names.addAll(m.tags());
            tags.getChildren().clear();
            // How many events of the data carry each mark, as the other groups count theirs.
            var marks = book.attached();
            int stars = 0;
            int noted = 0;
            java.util.Map<String, Integer> tagged = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (var e : marks.markedEvents()) {
                stars += marks.isStarred(e.id()) ? 1 : 0;
                noted += marks.hasNotes(e.id()) ? 1 : 0;
                for (String t : names) {
                    tagged.merge(t, marks.hasTag(e.id(), t) ? 1 : 0, Integer::sum);
                }
            }
            starred.setText("Starred  " + stars);
            withNotes.setText("With notes  " + noted);
            noTags.setVisible(names.isEmpty());
            noTags.setManaged(names.isEmpty());
            for (String t : names) {
                CheckBox c = new CheckBox(t + "  " + tagged.getOrDefault(t, 0));
                c.setUserData(t);
                c.setId("mineTag-" + t);
                c.getStyleClass().add("analyst-tag-check");
                c.setSelected(m.tags().stream().anyMatch(x -> x.equalsIgnoreCase(t)));
                c.setOnAction(e -> write());
                tags.getChildren().add(c);
            }
            String summary = book.attached().orphanSummary();
            orphans.setText(summary.isEmpty() ? "" : capital(summary) + " (kept in the workspace).");
            orphans.setVisible(!summary.isEmpty());
            orphans.setManaged(!summary.isEmpty());
            listOrphans.setVisible(!summary.isEmpty());
            listOrphans.setManaged(!summary.isEmpty());
        } finally {
            updating = false;
        }
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void showOrphans() {
        List<String> lines = book.orphanLines();
        TextArea text = new TextArea(String.join("\n", lines));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(14, lines.size() + 1));
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(getScene() == null ? null : getScene().getWindow());
        a.setTitle("Marks on events not in this file");
        a.setHeaderText(capital(book.attached().orphanSummary())
                + ". They are kept in the workspace as they are, and find their events again if those come back.");
        a.getDialogPane().setContent(text);
        a.show();
    }
}
