package io.annalist.workspace;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.annalist.model.DateText;
import io.annalist.model.Event;
import io.annalist.model.EventStore;
import io.annalist.model.LoadReport;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.StatusBar;

/**
 * The status line: "312 of 1,241 events · 7 actors · 9 Apr 1984 – 18 Apr 2026 · file"; while
 * work runs, the newest task the {@link TaskTracker} shows, with its progress, how many other
 * tasks run ("+1 more"), and Cancel for exactly that task; and a button to the load report
 * when the last load had problems. FX thread.
 */
final class StatusLine extends StatusBar {
    /** Above this many events shown, the actors and dates are counted off the FX thread. */
    private static final int COUNT_ASIDE_FROM = 50_000;

    private final Session session;
    private final TaskTracker tasks;
    private final Button report = new Button();
    private final Button cancel = new Button("Cancel");

    StatusLine(Session session, TaskTracker tasks) {
        this.session = session;
        this.tasks = tasks;
        setId("statusBar");
        report.setId("loadReportButton");
        report.setVisible(false);
        report.setTooltip(new Tooltip("What was rejected or odd in the file, with lines and columns"));
        cancel.setId("cancelLoad");
        cancel.setVisible(false);
        cancel.setOnAction(e -> tasks.cancelShown());
        getRightItems().addAll(cancel, report);
        session.store().filteredEvents().addListener((ListChangeListener<Event>) c -> refresh());
        session.locationProperty().addListener((obs, o, where) -> refresh());
        tasks.shownProperty().addListener((obs, o, r) -> follow(r));
        follow(tasks.shownProperty().get());
    }

    void onReport(Runnable r) {
        report.setOnAction(e -> r.run());
    }

    /** Shows the task the tracker shows, or the counts when none runs. */
    private void follow(TaskTracker.Running r) {
        textProperty().unbind();
        progressProperty().unbind();
        if (r == null) {
            setProgress(0);
            cancel.setVisible(false);
            refresh();
            return;
        }
        Task<?> task = r.task();
        textProperty().bind(Bindings.concat(task.messageProperty(), Bindings.when(tasks.othersShownProperty()
                .greaterThan(0)).then(Bindings.format("   (+%d more)", tasks.othersShownProperty())).otherwise("")));
        progressProperty().bind(task.progressProperty());
        cancel.setVisible(r.kind().cancellable());
        cancel.setTooltip(new Tooltip(r.kind() == TaskTracker.Kind.LOAD ? "Stop loading; what is on screen stays"
                : "Stop this task; the others go on"));
    }

    void report(LoadReport r) {
        if (r != null && !r.problems().isEmpty()) {
            String warnings = r.warnings() + (r.warnings() == 1 ? " warning" : " warnings");
            // Rows an import option left out are counted beside the rejected ones, never only inside the report.
            String leftOut = r.excluded() > 0 ? String.format("%,d left out by import options, ", r.excluded()) : "";
            report.setText(r.fatal() ? "Load failed" : (r.rejected() > 0 ? r.rejected() + " rejected, " : "") + leftOut
                    + warnings);
            report.setVisible(true);
        } else {
            report.setVisible(false);
        }
    }

    private void refresh() {
        if (textProperty().isBound()) {
            return;
        }
        DataLocation location = session.getLocation();
        if (location == null) {
            setText("No events loaded");
            return;
        }
        EventStore store = session.store();
        int shown = store.filteredEvents().size();
        int all = store.allEvents().size();
        if (shown <= COUNT_ASIDE_FROM) {
            tasks.cancel(TaskTracker.Kind.STATUS_COUNTS);
            setText(describe(store.filteredEvents(), all, location));
            return;
        }
        // Counting the actors of a million events takes a moment: do it aside; a newer count cancels this one.
        List<Event> snapshot = Arrays.asList(store.filteredEvents().toArray(new Event[0]));
        Task<String> count = new Task<>() {
            @Override
            protected String call() {
                return describe(snapshot, all, location);
            }
        };
        count.setOnSucceeded(e -> {
            if (!textProperty().isBound()) {
                setText(count.getValue());
            }
        });
        setText(String.format("%,d of %,d events · %s", shown, all, location.displayName()));
        tasks.run(TaskTracker.Kind.STATUS_COUNTS, count);
    }

    /** "312 of 1,241 events · 7 actors · 9 Apr 1984 – 18 Apr 2026 · file". Any thread. */
    static String describe(List<Event> events, int all, DataLocation location) {
        int shown = events.size();
        Set<String> actors = new HashSet<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Event e : events) {
            actors.addAll(e.actors());
            min = Math.min(min, e.when().start());
            max = Math.max(max, e.when().end());
        }
        StringBuilder b = new StringBuilder();
        b.append(shown == all ? String.format("%,d event%s", all, all == 1 ? "" : "s")
                : String.format("%,d of %,d events", shown, all));
        b.append(String.format(" · %,d actor%s", actors.size(), actors.size() == 1 ? "" : "s"));
        if (shown > 0) {
            b.append(" · ").append(DateText.humanDays(min, max));
        }
        b.append(" · ").append(location.displayName());
        return b.toString();
    }
}
