package io.annalist.workspace.detail;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Builds a detail view from headings and "field: value" rows. Every value from a file is
 * shown whole as plain text that wraps to the pane's width and can be selected and copied
 * ({@link DetailText}), with the filter's text highlighted; a value the source does not give
 * reads "unknown". A field's name that does not fit its column wraps, and its tooltip gives it
 * whole.
 */
final class DetailBuilder {
    static final double LABEL_WIDTH = 104;
    /** Letters of one word beyond which a label's word does not fit its column. */
    static final int LONG_WORD = 13;

    private final VBox box = new VBox(6);
    private final String highlight;
    private VBox rows;

    DetailBuilder(String highlight) {
        this.highlight = highlight == null ? "" : highlight.strip();
        box.setPadding(new Insets(10));
        box.getStyleClass().add("detail-view");
    }

    VBox build() {
        return box;
    }

    /** Selectable text with the highlight marked; {@code styleClass} styles the whole text. */
    DetailText text(String value, String styleClass) {
        return new DetailText(value, styleClass, highlight);
    }

    /** Text that takes the whole width of the view. */
    DetailText wideText(String value, String styleClass) {
        return text(value, styleClass);
    }

    /** Text in the value column of a row. */
    DetailText value(String value, String styleClass) {
        return text(value, styleClass);
    }

    void title(String value) {
        DetailText t = text(value, "detail-title");
        t.setId("detailTitle");
        box.getChildren().add(t);
    }

    void node(Node n) {
        endGrid();
        box.getChildren().add(n);
    }

    void heading(String text) {
        endGrid();
        Label l = new Label(text);
        l.getStyleClass().add("detail-heading");
        box.getChildren().add(l);
    }

    void paragraph(String value) {
        if (value != null && !value.isBlank()) {
            endGrid();
            DetailText t = text(value, "detail-body");
            t.setId("detailSummary");
            box.getChildren().add(t);
        }
    }

    /** A row; a null or blank value reads "unknown". */
    void field(String name, String value) {
        boolean unknown = value == null || value.isBlank();
        fieldNode(name, value(unknown ? "unknown" : value, unknown ? "detail-unknown" : "detail-body"));
    }

    /** A row only when the value is known; for optional extras that would be noise as "unknown". */
    void optional(String name, String value) {
        if (value != null && !value.isBlank()) {
            field(name, value);
        }
    }

    void fieldNode(String name, Node value) {
        if (rows == null) {
            rows = new VBox(4);
            box.getChildren().add(rows);
        }
        Label l = new Label(name);
        l.getStyleClass().add("detail-label");
        // Names wrap between words; a single word too long for the column ("analyst_comment") is shortened in its
        // middle rather than broken across lines, and its tooltip gives it whole.
        boolean longWord = java.util.Arrays.stream(name.split("\\s+")).anyMatch(w -> w.length() > LONG_WORD);
        l.setWrapText(!longWord);
        if (longWord) {
            l.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            l.setEllipsisString("…");
        }
        l.setMinWidth(LABEL_WIDTH);
        l.setPrefWidth(LABEL_WIDTH);
        l.setMaxWidth(LABEL_WIDTH);
        if (name.length() > 14) {
            l.setTooltip(new Tooltip(name));
        }
        if (value.getId() == null) {
            value.setId("detailField-" + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                    .replaceAll("^-|-$", ""));
        }
        HBox row = new HBox(10, l, value);
        row.getStyleClass().add("detail-row");
        HBox.setHgrow(value, Priority.ALWAYS);
        if (value instanceof javafx.scene.layout.Region r && !(value instanceof javafx.scene.control.Labeled)) {
            r.setMaxWidth(Double.MAX_VALUE);
            r.setMinWidth(0);
        }
        rows.getChildren().add(row);
    }

    private void endGrid() {
        rows = null;
    }

    /** Links in a row, wrapping as needed. */
    static FlowPane links(List<Hyperlink> links) {
        FlowPane p = new FlowPane(2, 0);
        p.getChildren().addAll(links);
        return p;
    }

    /** Links one under the other, each wrapping within the pane. */
    static VBox column(List<Hyperlink> links) {
        VBox box = new VBox(2);
        box.getChildren().addAll(links);
        return box;
    }

    static Hyperlink link(String text, String tip, Runnable action) {
        Hyperlink h = new Hyperlink(text);
        // Long link texts wrap (or are cut with an ellipsis) rather than widen the pane.
        h.setWrapText(true);
        h.setMinWidth(0);
        h.setTooltip(new Tooltip(tip));
        h.setOnAction(e -> action.run());
        return h;
    }

    static Label badge(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", styleClass);
        return l;
    }
}
