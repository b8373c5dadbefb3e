package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import io.annalist.io.CsvEventWriter;
import io.annalist.io.EventFileWriter;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;

/** File → Save events as…: the events now shown (filtered), as our JSON or as CSV, written in the background. */
final class SaveEvents {
    private SaveEvents() {
    }

    static void withDialog(MainWindow w) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the events shown");
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter("Annalist events (*.json)", "*.json");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("Spreadsheet (*.csv)", "*.csv");
        chooser.getExtensionFilters().addAll(json, csv);
        File f = chooser.showSaveDialog(w.stage());
        if (f != null) {
            boolean asCsv = chooser.getSelectedExtensionFilter() == csv || f.getName().toLowerCase().endsWith(".csv");
            save(w, f.toPath(), asCsv);
        }
    }

    /** Saves the filtered events to {@code out}; the result or the error is shown. */
    static Task<Integer> save(MainWindow w, Path out, boolean asCsv) {
        Dataset d = w.store().getDataset();
        List<Event> events = List.copyOf(w.store().filteredEvents());
        var names = w.store().actorNames();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                updateMessage("Saving " + events.size() + " events to " + out.getFileName() + "…");
                if (asCsv) {
                    new CsvEventWriter().write(events, names, d.sourcesById(), out);
                } else {
                    new EventFileWriter().write(d, events, out);
                }
                return events.size();
            }
        };
        w.status().loading(task);
        task.setOnSucceeded(e -> {
            w.status().idle();
            w.notifications().show(String.format("Saved %,d events to %s", task.getValue(), out));
        });
        task.setOnFailed(e -> {
            w.status().idle();
            w.notifications().show("Could not save: " + task.getException().getMessage() + " — nothing was changed.");
        });
        Thread t = new Thread(task, "annalist-save");
        t.setDaemon(true);
        t.start();
        return task;
    }
}
