package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.annalist.io.CsvEventWriter;
import io.annalist.io.EventFileWriter;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File → Save events as…: the events now shown (filtered), as our JSON or as CSV, written in
 * the background through the task tracker; Cancel stops it and leaves the file as it was.
 */
final class SaveEvents {
    private final Session session;
    private final TaskTracker tasks;
    private final Notifier notifier;
    private final Window owner;

    SaveEvents(Session session, TaskTracker tasks, Notifier notifier, Window owner) {
        this.session = session;
        this.tasks = tasks;
        this.notifier = notifier;
        this.owner = owner;
    }

    void withDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the events shown");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter("Annalist events (*.json)", "*.json");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("Spreadsheet (*.csv)", "*.csv");
        chooser.getExtensionFilters().addAll(json, csv);
        File f = LastFolder.save(chooser, owner, session);
        if (f != null) {
            boolean asCsv = chooser.getSelectedExtensionFilter() == csv
                    || f.getName().toLowerCase(Locale.ROOT).endsWith(".csv");
            save(f.toPath(), asCsv);
        }
    }

    /** Saves the filtered events to {@code out}; the result or the error is shown. FX thread. */
    Task<Integer> save(Path out, boolean asCsv) {
        Dataset d = session.store().getDataset();
        List<Event> events = List.copyOf(session.store().filteredEvents());
        var names = session.store().actorNames();
        Task<Integer> task = new Task<>() {
            {
                updateMessage(String.format("Saving %,d events to %s…", events.size(), out.getFileName()));
            }

            @Override
            protected Integer call() throws Exception {
                // Read through a list that stops at Cancel: the writer then throws its file away.
                List<Event> stoppable = Stoppable.until(this::isCancelled, events);
                if (asCsv) {
                    new CsvEventWriter().write(stoppable, names, d.sourcesById(), out);
                } else {
                    new EventFileWriter().write(d, stoppable, out);
                }
                return events.size();
            }
        };
        task.setOnSucceeded(e -> notifier.show(String.format("Saved %,d events to %s", task.getValue(), out)));
        task.setOnFailed(e -> notifier.show("Could not save: " + SnapshotActions.reason(task.getException())
                + " — nothing was changed."));
        task.setOnCancelled(e -> notifier.show("Saving " + out.getFileName() + " cancelled — nothing was changed."));
        return tasks.run(TaskTracker.Kind.SAVE, task);
    }
}
