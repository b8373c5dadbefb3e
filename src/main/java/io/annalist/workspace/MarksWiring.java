package io.annalist.workspace;

import java.nio.file.Path;

import io.annalist.model.Event;
import io.annalist.timeline.TimelineView;
import io.annalist.workspace.detail.DetailPane;
import io.annalist.workspace.marks.DetailStar;
import io.annalist.workspace.marks.StarColumn;
import io.annalist.workspace.marks.StarKey;
import javafx.scene.Scene;
import javafx.scene.control.SelectionMode;

/**
 * Puts the analyst's own layer into the window: the star column and multi-select of the
 * table, the star toggle in the details, the {@code S} key, and the stars on the timeline.
 * The window calls this once its panes exist. FX thread.
 */
final class MarksWiring {
    private MarksWiring() {
    }

    /** Where the workspaces of the bundled datasets are kept: the preferences may name a folder (tests do). */
    static Path bundledFolder(AppPreferences prefs) {
        String chosen = prefs.workspaceFolder();
        return chosen != null ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".annalist", "workspaces");
    }

    static void wire(MarkBook book, Scene scene, TimelineView timeline, EventTable table, DetailPane detail) {
        timeline.marksProperty().bind(book.attachedProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(0, StarColumn.create(book));
        detail.addToHeader(new DetailStar(book, detail.eventProperty()));
        StarKey.install(scene, book, table, () -> {
            Event e = timeline.getSelectedEvent();
            return e != null ? e : detail.eventProperty().get();
        });
    }
}
