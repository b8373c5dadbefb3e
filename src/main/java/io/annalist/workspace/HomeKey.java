package io.annalist.workspace;

import io.annalist.map.view.MapView;
import io.annalist.timeline.TimelineView;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Home fits all, wherever the focus is — the table, the filters, the details — except while
 * the analyst types in a text field, where Home moves the caret. The table never sees it (it
 * would select its first row). With the focus on the map, the map fits its events too.
 */
final class HomeKey {
    private HomeKey() {
    }

    static void install(Scene scene, TimelineView timeline) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.HOME || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
                return;
            }
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl text && text.isEditable()) {
                return;
            }
            timeline.fitAll();
            if (!inMap(focus)) {
                e.consume();
            }
        });
    }

    private static boolean inMap(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof MapView) {
                return true;
            }
        }
        return false;
    }
}
