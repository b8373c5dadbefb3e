package io.annalist.workspace.marks;

import java.util.List;

import io.annalist.model.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * {@code S} stars the event being read, or unstars it — except while the analyst types in a
 * text field. With several rows chosen in the table (and the focus there), it stars them all,
 * or unstars them all when every one is starred already. FX thread.
 */
public final class StarKey {
    private StarKey() {
    }

    public static void install(Scene scene, MarkKeeper book, TableView<Event> table, java.util.function.Supplier<Event>
            selected) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.S || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()
                    || e.isMetaDown()) {
                return;
            }
            Node focus = scene.getFocusOwner();
            if (focus instanceof TextInputControl text && text.isEditable()) {
                return;
            }
            List<Event> rows = List.copyOf(table.getSelectionModel().getSelectedItems());
            if (focus == table && rows.size() > 1) {
                book.star(rows, !rows.stream().allMatch(book::isStarred));
            } else if (selected.get() != null) {
                book.toggleStar(selected.get());
            } else {
                return;
            }
            e.consume();
        });
    }
}
