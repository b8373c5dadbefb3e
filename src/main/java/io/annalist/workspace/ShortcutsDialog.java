package io.annalist.workspace;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Help → Keyboard shortcuts: every shortcut in one table. */
final class ShortcutsDialog extends Dialog<Void> {
    static final String[][] SHORTCUTS = {
            {"Ctrl+O", "Open an event file"},
            {"F5", "Reload the file"},
            {"Ctrl+Shift+S", "Save the events shown, as JSON or CSV"},
            {"Ctrl+E", "Export a snapshot: PNG, PDF or SVG"},
            {"Ctrl+Shift+E", "Export the map: PNG, PDF or SVG"},
            {"Ctrl+P", "Print the timeline as a brief on pages"},
            {"Ctrl+Shift+C", "Copy a snapshot to the clipboard"},
            {"Ctrl+N", "New event (right-click the timeline: New event here)"},
            {"F2", "Edit the event you are reading"},
            {"Ctrl+D / Ctrl+Delete", "Duplicate / delete the event you are reading"},
            {"Ctrl+Z / Ctrl+Shift+Z", "Undo / redo a change to the events"},
            {"Ctrl+S", "Save the changes into the file"},
            {"Ctrl+F", "Search (text filter)"},
            {"Ctrl+Shift+X", "Clear all filters"},
            {"Mouse wheel, pinch", "Zoom at the pointer"},
            {"+  /  −", "Zoom in / out"},
            {"Home", "Fit all events, wherever the focus is (not while typing)"},
            {"Drag", "Pan (and scroll the lanes)"},
            {"Drag across the axis", "Zoom to that range"},
            {"Double-click a badge", "Zoom into a cluster"},
            {"← / →", "Previous / next event (with one selected), else pan"},
            {"↑ / ↓, Shift+wheel", "Scroll the lanes"},
            {"Alt+← / Alt+→", "Back / forward through views: time, filters, lanes"},
            {"Esc", "Clear the selection"},
            {"S", "Star or unstar the event (the chosen rows, in the table); not while typing"},
            {"Ctrl+Shift+V", "Save what is on screen as a view, by name"},
            {"Ctrl+1 / 2 / 3", "Lanes by actor / by kind / single"},
            {"Ctrl+Shift+D", "Dark theme"},
            {"Ctrl+Shift+F / I / T", "Show or hide the filters / details / table"},
            {"Ctrl+Shift+M", "Show or hide the map"},
            {"Ctrl+Shift+L", "Show or hide the timeline's legend"},
            {"Shift+drag on the map", "Filter to the places in a box"},
            {"Alt+drag on the map", "Filter to the places in an area you draw (lasso)"},
            {"Ctrl+C in the table", "Copy the chosen rows as tab-separated text with a header"},
            {"F1", "This list"},
            {"Ctrl+Q", "Quit"},
    };

    /** Every key combination the list names: "Ctrl+Shift+F / I / T" names Ctrl+Shift+F, Ctrl+Shift+I and Ctrl+Shift+T. */
    static java.util.Set<String> named() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String[] row : SHORTCUTS) {
            String[] parts = row[0].split(" / ");
            String first = parts[0].trim();
            for (String part : parts) {
                part = part.trim();
                out.add(part.contains("+") || part.length() > 1 && !Character.isDigit(part.charAt(0)) ? part
                        : first.substring(0, first.lastIndexOf('+') + 1) + part);
            }
        }
        return out;
    }

    ShortcutsDialog(Window owner) {
        initOwner(owner);
        setTitle("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.setStyle("-fx-font-weight: bold;");
            grid.addRow(i, key, new Label(SHORTCUTS[i][1]));
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
