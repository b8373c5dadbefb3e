package io.annalist.workspace;

import java.util.HashSet;
import java.util.Set;

import io.annalist.model.DateText;
import io.annalist.model.Event;
import io.annalist.model.EventStore;
import io.annalist.model.LoadReport;
import io.annalist.model.Precision;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/**
 * The status line: "312 of 1,241 events · 7 actors · 9 Apr 1984 – 18 Apr 2026 · file",
 * progress and Cancel while a file loads, and a button to the load report when the last load
 * had problems.
 */
final class StatusLine extends StatusBar {
    private final EventStore store;
    private final Button report = new Button();
    private final Button cancel = new Button("Cancel");
    private DataLocation location;

    StatusLine(EventStore store) {
        this.store = store;
        setId("statusBar");
        report.setId("loadReportButton");
        report.setVisible(false);
        report.setTooltip(new Tooltip("What was rejected or odd in the file, with lines and columns"));
        cancel.setId("cancelLoad");
        cancel.setVisible(false);
        cancel.setTooltip(new Tooltip("Stop loading; what is on screen stays"));
        getRightItems().addAll(cancel, report);
        store.filteredEvents().addListener((ListChangeListener<Event>) c -> refresh());
        refresh();
    }

    void onCancel(Runnable r) {
        cancel.setOnAction(e -> r.run());
    }

    void onReport(Runnable r) {
        report.setOnAction(e -> r.run());
    }

    void loading(Task<?> task) {
        textProperty().bind(task.messageProperty());
        progressProperty().bind(task.progressProperty());
        cancel.setVisible(true);
    }

    void idle() {
        textProperty().unbind();
        progressProperty().unbind();
        setProgress(0);
        cancel.setVisible(false);
        refresh();
    }

    void location(DataLocation where) {
        location = where;
        refresh();
    }

    void report(LoadReport r) {
        if (r != null && !r.problems().isEmpty()) {
            report.setText(r.fatal() ? "Load failed" : r.rejected() > 0 ? r.rejected() + " rejected, " + r.warnings()
                    + " warnings" : r.warnings() + " warnings");
            report.setVisible(true);
        } else {
            report.setVisible(false);
        }
    }

    private void refresh() {
        if (textProperty().isBound()) {
            return;
        }
        if (location == null) {
            setText("No events loaded");
            return;
        }
        int shown = store.filteredEvents().size();
        int all = store.allEvents().size();
        if (shown > 50_000) {
            // Counting the actors of a million events takes a moment: do it aside, latest request wins.
            Event[] snapshot = store.filteredEvents().toArray(new Event[0]);
            long request = ++statsRequest;
            DataLocation where = location;
            STATS.execute(() -> {
                String text = describe(java.util.Arrays.asList(snapshot), all, where);
                javafx.application.Platform.runLater(() -> {
                    if (request == statsRequest && !textProperty().isBound()) {
                        setText(text);
                    }
                });
            });
            setText(String.format("%,d of %,d events · %s", shown, all, location.displayName()));
            return;
        }
        statsRequest++;
        setText(describe(store.filteredEvents(), all, location));
    }

    private static final java.util.concurrent.Executor STATS = java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
                Thread t = new Thread(r, "annalist-status");
                t.setDaemon(true);
                return t;
            });
    private long statsRequest;

    /** "312 of 1,241 events · 7 actors · 9 Apr 1984 – 18 Apr 2026 · file". Any thread. */
    static String describe(java.util.List<Event> events, int all, DataLocation location) {
        int shown = events.size();
        Set<String> actors = new HashSet<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Event e : events) {
            for (String a : e.actors()) {
                actors.add(a);
            }
            min = Math.min(min, e.when().start());
            max = Math.max(max, e.when().end());
        }
        StringBuilder b = new StringBuilder();
        b.append(shown == all ? String.format("%,d events", all) : String.format("%,d of %,d events", shown, all));
        b.append(String.format(" · %,d actor%s", actors.size(), actors.size() == 1 ? "" : "s"));
        if (shown > 0) {
            b.append(" · ").append(DateText.human(min, Precision.DAY)).append(" – ")
                    .append(DateText.human(max - 1, Precision.DAY));
        }
        b.append(" · ").append(location.displayName());
        return b.toString();
    }
}
