package io.annalist.workspace;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.io.ReadProgress;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventStore;
import io.annalist.model.LoadReport;
import io.annalist.timeline.TimeWindow;
import javafx.concurrent.Task;

/**
 * Loads datasets in the background for the window: progress and Cancel in the status line, a
 * newer load cancels an older one, a failed load leaves what was on screen, a reload keeps
 * the selection and the view, and the open file is watched for changes on disk.
 */
final class Loader implements AutoCloseable {
    private final MainWindow window;
    private final EventFileReader reader = new EventFileReader();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annalist-loader");
        t.setDaemon(true);
        return t;
    });
    private final FileWatcher watcher;
    private LoadTask current;

    /** A load, with the dataset made ready for the store off the FX thread. */
    private abstract static class LoadTask extends Task<LoadResult> {
        volatile EventStore.Prepared prepared;
    }
    private LoadReport lastReport;
    private DataLocation location;

    Loader(MainWindow window) {
        this.window = window;
        this.watcher = new FileWatcher(() -> {
            if (location instanceof DataLocation.OnDisk) {
                open(location, true);
            }
        });
    }

    /** True from the start of a load until its result is on screen (or it failed or was cancelled). */
    boolean loading() {
        return current != null;
    }

    DataLocation location() {
        return location;
    }

    LoadReport lastReport() {
        return lastReport;
    }

    Task<LoadResult> open(DataLocation where, boolean keepPlace) {
        if (executor.isShutdown()) {
            return null;
        }
        if (current != null) {
            current.cancel(true);
        }
        LoadTask task = new LoadTask() {
            @Override
            protected LoadResult call() {
                updateMessage("Loading " + where.displayName() + "…");
                updateProgress(-1, 1);
                ReadProgress progress = new ReadProgress() {
                    @Override
                    public void progress(long done, long total) {
                        if (total > 0) {
                            updateProgress(done, total);
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                };
                LoadResult r = where.load(reader, progress);
                if (r.failed()) {
                    return r;
                }
                updateMessage("Sorting " + String.format("%,d", r.dataset().events().size()) + " events…");
                try {
                    prepared = EventStore.prepare(r.dataset());
                } catch (OutOfMemoryError e) {
                    // The events read but there is no room to sort them: say so, and keep what is on screen.
                    int n = r.dataset().events().size();
                    r = null;
                    String file = where.displayName();
                    return new LoadResult(io.annalist.model.Dataset.empty(), new LoadReport(file, 0, 0, 0,
                            java.util.List.of(new io.annalist.model.Problem(file, 0, 0, "",
                                    io.annalist.model.Severity.ERROR, io.annalist.io.OutOfMemory.message(file, n),
                                    null)), true));
                }
                return new LoadResult(prepared.dataset(), r.report());
            }
        };
        current = task;
        window.status().loading(task);
        window.emptyState().refresh();
        task.setOnSucceeded(e -> finished(task, where, task.getValue(), keepPlace));
        task.setOnFailed(e -> {
            finished(task, where, null, keepPlace);
            Throwable t = task.getException();
            tell("Could not load " + where.displayName() + ": "
                    + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
        });
        task.setOnCancelled(e -> finished(task, where, null, keepPlace));
        executor.submit(task);
        return task;
    }

    void cancel() {
        if (current != null) {
            current.cancel(true);
        }
    }

    private void finished(LoadTask task, DataLocation where, LoadResult result, boolean keepPlace) {
        if (task != current) {
            return;
        }
        current = null;
        window.status().idle();
        window.emptyState().refresh();
        if (result == null) {
            return;
        }
        lastReport = result.report();
        if (result.failed()) {
            tell("Could not load " + result.report().file() + ": "
                    + result.report().problems().get(0).format() + " — the previous data is still shown.");
        } else {
            window.notifications().hide();
            apply(where, task.prepared, keepPlace);
        }
        window.status().report(lastReport);
    }

    /**
     * Shows {@code text} in the notification bar, leaving it be when it already says exactly
     * that: a file that stays broken is often read twice (F5 and the file watcher), and the
     * bar would otherwise hide and slide in again for the same message.
     */
    private void tell(String text) {
        var bar = window.notifications();
        if (!(bar.isShowing() && text.equals(bar.getText()))) {
            bar.show(text);
        }
    }

    private void apply(DataLocation where, EventStore.Prepared prepared, boolean keepPlace) {
        Dataset d = prepared.dataset();
        var timeline = window.timeline();
        Event selected = timeline.getSelectedEvent();
        TimeWindow view = timeline.getVisibleWindow();
        location = where;
        if (keepPlace) {
            window.session().reload(where, prepared);
        } else {
            window.session().open(where, prepared, window.session().getView());
        }
        timeline.setSelectedEvent(null);
        if (keepPlace && view != null) {
            timeline.setVisibleWindow(view);
            if (selected != null) {
                window.store().filteredEvents().stream().filter(e -> e.id().equals(selected.id())).findFirst()
                        .ifPresent(timeline::setSelectedEvent);
            }
        } else {
            timeline.fitAll();
        }
        window.stage().setTitle((d.title().isBlank() ? where.displayName() : d.title()) + " — " + MainWindow.APP);
        window.status().location(where);
        window.prefs().setLastLocation(where);
        if (where instanceof DataLocation.OnDisk disk) {
            window.prefs().addRecentFile(disk.file());
            watcher.watch(disk.file());
        } else {
            watcher.watch(null);
        }
    }

    @Override
    public void close() {
        cancel();
        watcher.close();
        executor.shutdownNow();
    }
}
