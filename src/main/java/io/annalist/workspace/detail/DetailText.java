package io.annalist.workspace.detail;

import java.util.Locale;

import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A value of the details as plain text that wraps to the width it is given and is as tall as
 * its lines need, so it is never cut; the filter's text is marked where it occurs. It can be
 * selected with the mouse (double-click a word, triple-click all) and copied (Ctrl+C, or the
 * context menu). It takes no wheel events: the wheel scrolls the pane over it as anywhere else.
 */
public final class DetailText extends TextFlow {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A,
            KeyCombination.SHORTCUT_DOWN);

    private final String value;
    private final Path selection = new Path();
    private final Path matches = new Path();
    private final String needle;
    private int anchor;
    private int caret;

    DetailText(String value, String styleClass, String highlight) {
        this.value = value;
        getStyleClass().addAll("detail-text", styleClass);
        selection.getStyleClass().add("detail-selection");
        matches.getStyleClass().add("detail-match");
        for (Path p : new Path[]{matches, selection}) {
            p.setManaged(false);
            p.setMouseTransparent(true);
            p.setStrokeWidth(0);
            getChildren().add(p);
        }
        Text text = new Text(value);
        text.getStyleClass().addAll("text", styleClass);
        getChildren().add(text);
        setMinWidth(40);
        setMinHeight(USE_PREF_SIZE);
        setMaxWidth(Double.MAX_VALUE);
        needle = highlight == null ? "" : highlight.strip().toLowerCase(Locale.ROOT);
        setCursor(javafx.scene.Cursor.TEXT);
        setFocusTraversable(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            caret = indexAt(e.getX(), e.getY());
            showSelection();
        });
        setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy();
                e.consume();
            } else if (SELECT_ALL.match(e)) {
                select(0, value.length());
                e.consume();
            }
        });
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(e -> copy());
        MenuItem all = new MenuItem("Select all");
        all.setOnAction(e -> select(0, value.length()));
        ContextMenu menu = new ContextMenu(copy, all);
        setOnContextMenuRequested(e -> menu.show(this, e.getScreenX(), e.getScreenY()));
    }

    /** The whole text, as the file gives it. */
    public String getText() {
        return value;
    }

    /** The selected part, or "" when nothing is selected. */
    public String selectedText() {
        return value.substring(Math.min(anchor, caret), Math.max(anchor, caret));
    }

    /** Selects the characters from {@code start} (inclusive) to {@code end} (exclusive). */
    void select(int start, int end) {
        anchor = clamp(start);
        caret = clamp(end);
        showSelection();
    }

    /** Copies the selection, or the whole text when nothing is selected. */
    void copy() {
        String t = selectedText().isEmpty() ? value : selectedText();
        ClipboardContent c = new ClipboardContent();
        c.putString(t);
        Clipboard.getSystemClipboard().setContent(c);
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        int at = indexAt(e.getX(), e.getY());
        if (e.getClickCount() >= 3) {
            select(0, value.length());
        } else if (e.getClickCount() == 2) {
            int start = at;
            int end = at;
            while (start > 0 && Character.isLetterOrDigit(value.charAt(start - 1))) {
                start--;
            }
            while (end < value.length() && Character.isLetterOrDigit(value.charAt(end))) {
                end++;
            }
            select(start, end);
        } else if (e.isShiftDown()) {
            caret = at;
            showSelection();
        } else {
            select(at, at);
        }
    }

    private int indexAt(double x, double y) {
        return clamp(hitTest(new Point2D(x, y)).getInsertionIndex());
    }

    private int clamp(int i) {
        return Math.max(0, Math.min(value.length(), i));
    }

    private void showSelection() {
        int a = Math.min(anchor, caret);
        int b = Math.max(anchor, caret);
        selection.getElements().setAll(a == b ? new PathElement[0] : rangeShape(a, b));
    }

    /** Marks the matches and the selection where the text is laid out now, so they follow words that wrap anew. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        markMatches();
        showSelection();
    }

    private void markMatches() {
        matches.getElements().clear();
        if (needle.isEmpty()) {
            return;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        for (int i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + needle.length())) {
            matches.getElements().addAll(rangeShape(i, i + needle.length()));
        }
    }

    /** The character ranges of the filter's text in this value, as they are marked. */
    public int markedRanges() {
        return (int) matches.getElements().stream().filter(p -> p instanceof javafx.scene.shape.MoveTo).count();
    }
}
