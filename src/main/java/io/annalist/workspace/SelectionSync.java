package io.annalist.workspace;

import io.annalist.model.Event;
import io.annalist.timeline.TimelineView;

/** Keeps one selection across the timeline and the event table, in both directions. */
final class SelectionSync {
    private SelectionSync() {
    }

    static void bind(TimelineView timeline, EventTable table) {
        boolean[] busy = {false};
        timeline.selectedEventProperty().addListener((obs, old, e) -> {
            if (busy[0]) {
                return;
            }
            busy[0] = true;
            try {
                if (e == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    // One event on the timeline is one row: the rows chosen before are let go.
                    int row = table.getItems().indexOf(e);
                    if (row >= 0) {
                        table.getSelectionModel().clearAndSelect(row);
                    } else {
                        table.getSelectionModel().clearSelection();
                    }
                    if (row >= 0) {
                        table.scrollTo(Math.max(0, row - 3));
                    }
                }
            } finally {
                busy[0] = false;
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (busy[0]) {
                return;
            }
            busy[0] = true;
            try {
                timeline.setSelectedEvent(e);
            } finally {
                busy[0] = false;
            }
        });
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<Event> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(ev -> {
                if (ev.getClickCount() == 2 && !row.isEmpty()) {
                    Event e = row.getItem();
                    timeline.navigateTo(new io.annalist.timeline.TimeWindow(e.when().start(), e.when().end())
                            .padded(2));
                }
            });
            return row;
        });
    }
}
