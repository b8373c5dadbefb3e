package io.annalist.workspace;

import java.util.List;

import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.io.OutOfMemory;
import io.annalist.io.ReadProgress;
import io.annalist.model.Dataset;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.model.LoadReport;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * Loads datasets into the session in the background, through the task tracker: progress and
 * Cancel in the status line, a newer load cancels an older one, a failed load leaves what was
 * on screen (and the report of it), a reload keeps the view, and the open file is watched for
 * changes on disk. A file other than the one on screen starts at its own full range with no
 * date filter, and with no other filter unless the analyst chose to keep them. FX thread.
 */
final class Loader implements AutoCloseable {
    private final Session session;
    private final TaskTracker tasks;
    private final Notifier notifier;
    private final AppPreferences prefs;
    private final EventFileReader reader = new EventFileReader();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<LoadReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ReadOnlyObjectWrapper<LoadReport> shownReport = new ReadOnlyObjectWrapper<>(this, "shownReport");
    private FileWatcher watcher;
    private LoadTask current;
    /** Asked before another file replaces the one on screen: false to stay (it may go on later, by the runnable). */
    private java.util.function.Predicate<Runnable> leaving = next -> true;
    /** The file whose filter the session holds: at start the one the remembered filter was made for. */
    private DataLocation filterFor;

    /** A load, with the dataset made ready for the store off the FX thread. */
    private abstract static class LoadTask extends Task<LoadResult> {
        volatile EventStore.Prepared prepared;
    }

    private Loader(Session session, TaskTracker tasks, Notifier notifier, AppPreferences prefs) {
        this.session = session;
        this.tasks = tasks;
        this.notifier = notifier;
        this.prefs = prefs;
        this.filterFor = prefs.lastLocation();
    }

    /** A loader for {@code session}; what it remembers (recent files, keep filters) is in {@code prefs}. */
    static Loader create(Session session, TaskTracker tasks, Notifier notifier, AppPreferences prefs) {
        Loader loader = new Loader(session, tasks, notifier, prefs);
        loader.watcher = new FileWatcher(loader::changedOnDisk);
        return loader;
    }

    private void changedOnDisk() {
        if (session.getLocation() instanceof DataLocation.OnDisk) {
            open(session.getLocation(), true);
        }
    }

    /** True from the start of a load until its result is on screen (or it failed or was cancelled). */
    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    boolean loading() {
        return loading.get();
    }

    /** The report of the last load tried, whether or not it succeeded. */
    ReadOnlyObjectProperty<LoadReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** The report of the data on screen: a failed load later does not replace it. */
    ReadOnlyObjectProperty<LoadReport> shownReportProperty() {
        return shownReport.getReadOnlyProperty();
    }

    /** Loads the file on screen again, keeping the view; null when nothing is open. */
    Task<LoadResult> reload() {
        return session.getLocation() == null ? null : open(session.getLocation(), true);
    }

    /** Sets what is asked before another file replaces the one on screen (unsaved changes). */
    void setLeaving(java.util.function.Predicate<Runnable> ask) {
        leaving = ask;
    }

    /**
     * Loads {@code where}; {@code keepPlace} keeps the view (a reload). Null once closed, or when
     * the analyst chose to stay with the file on screen.
     */
    Task<LoadResult> open(DataLocation where, boolean keepPlace) {
        if (!keepPlace && session.getLocation() != null && !where.equals(session.getLocation())
                && !leaving.test(() -> load(where, false))) {
            return null;
        }
        return load(where, keepPlace);
    }

    private Task<LoadResult> load(DataLocation where, boolean keepPlace) {
        LoadTask task = new LoadTask() {
            {
                // Made on the FX thread: the status line has the words from the start.
                updateMessage("Loading " + where.displayName() + "…");
            }

            @Override
            protected LoadResult call() {
                LoadResult r = where.load(reader, new ReadProgress() {
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

                    @Override
                    public java.util.concurrent.ExecutorService workers() {
                        // The parts of a large file are read on the tracker's threads, not the common pool.
                        return tasks.workers();
                    }
                });
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
                    return new LoadResult(Dataset.empty(), new LoadReport(file, 0, 0, 0, List.of(new Problem(file, 0,
                            0, "", Severity.ERROR, OutOfMemory.message(file, n), null)), true));
                }
                return new LoadResult(prepared.dataset(), r.report());
            }
        };
        current = task;
        loading.set(true);
        task.setOnSucceeded(e -> finished(task, where, task.getValue(), keepPlace));
        task.setOnFailed(e -> {
            finished(task, where, null, keepPlace);
            Throwable t = task.getException();
            notifier.tell("Could not load " + where.displayName() + ": "
                    + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
        });
        task.setOnCancelled(e -> finished(task, where, null, keepPlace));
        tasks.run(TaskTracker.Kind.LOAD, task);
        return task.isCancelled() ? null : task;
    }

    private void finished(LoadTask task, DataLocation where, LoadResult result, boolean keepPlace) {
        if (task != current) {
            return;
        }
        current = null;
        loading.set(false);
        if (result == null) {
            return;
        }
        if (result.failed()) {
            notifier.tell(failure(result.report(), where.displayName(), session.getLocation() != null));
        } else {
            notifier.hide();
            show(where, task.prepared, keepPlace);
            shownReport.set(result.report());
        }
        lastReport.set(result.report());
    }

    /**
     * A failed load in one sentence, naming the file once by the name the window gives it:
     * "Could not load broken.json:2:5: malformed JSON: … — the previous data is still shown", or,
     * for a message that names the file itself (running out of memory), that message alone; that
     * the data on screen stays is said only when there is some.
     */
    static String failure(LoadReport report, String name, boolean dataOnScreen) {
        Problem p = report.problems().isEmpty() ? null : report.problems().get(0);
        String why = p == null ? "unreadable" : p.message();
        if (p != null && !p.file().isEmpty() && !p.file().equals(name)) {
            why = why.replace(p.file(), name);
        }
        String kept = dataOnScreen ? " — the previous data is still shown." : ".";
        if (why.contains(name)) {
            return Character.toUpperCase(why.charAt(0)) + why.substring(1) + kept;
        }
        String at = p != null && p.line() > 0 ? ":" + p.line() + ":" + Math.max(1, p.column()) : "";
        String path = p != null && p.path() != null && !p.path().isEmpty() ? " (at " + p.path() + ")" : "";
        return "Could not load " + name + at + ": " + why + path + kept;
    }

    private void show(DataLocation where, EventStore.Prepared prepared, boolean keepPlace) {
        if (keepPlace && session.getLocation() != null) {
            session.reload(where, prepared);
        } else {
            ViewState now = session.getView();
            EventFilter filter = where.equals(filterFor) ? now.filter()
                    : prefs.keepFilters() ? now.filter().withWindow(null, null) : EventFilter.NONE;
            // No window: the session fits the new events that pass the filter.
            session.open(where, prepared, now.withFilter(filter).withWindow(null).withCollapsedLanes(null)
                    .withRowLimits(null).withSelectedEventId(null));
        }
        filterFor = where;
        prefs.setLastLocation(where);
        if (where instanceof DataLocation.OnDisk disk) {
            prefs.addRecentFile(disk.file());
            watcher.watch(disk.file());
        } else {
            watcher.watch(null);
        }
    }

    @Override
    public void close() {
        tasks.cancel(TaskTracker.Kind.LOAD);
        watcher.close();
    }
}
