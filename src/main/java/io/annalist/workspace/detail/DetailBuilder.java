package io.annalist.workspace.detail;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Builds a detail view from headings and "field: value" rows. Every value from a file is
 * shown as plain text in a read-only area that can be selected and copied, with the
 * filter's text highlighted; a value the source does not give reads "unknown".
 */
final class DetailBuilder {
    private final VBox box = new VBox(6);
    private final String highlight;
    private final javafx.beans.binding.DoubleExpression width;
    private GridPane grid;
    private int row;

    /** {@code width} is the width the view is laid out in; text wraps to it. */
    DetailBuilder(String highlight, javafx.beans.binding.DoubleExpression width) {
        this.highlight = highlight == null ? "" : highlight.strip();
        this.width = width;
        box.setPadding(new Insets(10));
        box.getStyleClass().add("detail-view");
    }

    VBox build() {
        return box;
    }

    /** Selectable text with the highlight marked; {@code styleClass} styles the whole text. */
    StyleClassedTextArea text(String value, String styleClass) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setEditable(false);
        area.setWrapText(true);
        area.setAutoHeight(true);
        area.getStyleClass().add("detail-text");
        area.replaceText(value);
        area.setStyleClass(0, value.length(), styleClass);
        if (!highlight.isEmpty()) {
            String lower = value.toLowerCase(Locale.ROOT);
            String needle = highlight.toLowerCase(Locale.ROOT);
            for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length())) {
                area.setStyle(i, i + needle.length(), List.of(styleClass, "match"));
            }
        }
        area.setMinWidth(40);
        area.setMaxWidth(Double.MAX_VALUE);
        // The area's automatic height is measured at the width it last had, not the one its parent
        // is about to give it: when the width changes (a scroll bar appears, the pane is resized) a
        // longer wrap would lose its last line. Ask for one more layout at the new width.
        area.widthProperty().addListener((obs, was, now) -> {
            if (Math.abs(was.doubleValue() - now.doubleValue()) > 0.5) {
                javafx.application.Platform.runLater(area::requestLayout);
            }
        });
        return area;
    }

    /** Text that takes the whole width of the view. */
    StyleClassedTextArea wideText(String value, String styleClass) {
        return wide(value, styleClass);
    }

    private StyleClassedTextArea wide(String value, String styleClass) {
        StyleClassedTextArea t = text(value, styleClass);
        t.prefWidthProperty().bind(width.subtract(24));
        return t;
    }

    /** Text in the value column of a row. */
    StyleClassedTextArea value(String value, String styleClass) {
        StyleClassedTextArea t = text(value, styleClass);
        t.prefWidthProperty().bind(width.subtract(24 + LABEL_WIDTH + 10));
        return t;
    }

    static final double LABEL_WIDTH = 104;

    void title(String value) {
        StyleClassedTextArea t = wide(value, "detail-title");
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
            box.getChildren().add(wide(value, "detail-body"));
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
        if (grid == null) {
            grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(4);
            ColumnConstraints names = new ColumnConstraints(LABEL_WIDTH);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            values.setFillWidth(true);
            grid.getColumnConstraints().addAll(names, values);
            box.getChildren().add(grid);
            row = 0;
        }
        Label l = new Label(name);
        l.getStyleClass().add("detail-label");
        l.setWrapText(true);
        javafx.scene.layout.GridPane.setValignment(l, javafx.geometry.VPos.TOP);
        grid.addRow(row++, l, value);
    }

    private void endGrid() {
        grid = null;
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
