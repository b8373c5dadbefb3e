package io.annalist.workspace;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The one way the window runs slow work — a load, the lanes of many events, the status
 * line's counts, the text index, an export, a save: each a {@link Task} on the tracker's
 * threads. A new request of a kind cancels the one of that kind still running (latest wins).
 * The tracker decides what the status line shows: the newest running task that shows itself,
 * and how many others are running, so two tasks never write over each other's progress;
 * {@link #cancelShown()} cancels exactly the task shown. Call on the FX thread.
 */
public final class TaskTracker implements AutoCloseable {
    /** What a task does, whether the status line shows it, and whether the analyst may cancel it. */
    public enum Kind {
        LOAD(true, true),
        /** The lanes of many events: shown, not cancelled by hand (the timeline needs them). */
        LANES(true, false),
        /** The status line's own counts: never shown. */
        STATUS_COUNTS(false, false),
        /** The filter pane's counts of the events shown: never shown. */
        FACET_COUNTS(false, false),
        /** Earlier visits, running totals and the troop scale of a new dataset: never shown. */
        RELATED_EVENTS(false, false),
        /** The word index for search: cancelling it only leaves search reading every event. */
        TEXT_INDEX(true, true),
        EXPORT(true, true),
        MAP_EXPORT(true, true),
        SAVE(true, true),
        /** Reading the analyst's workspace file: small, never shown. */
        WORKSPACE(false, false),
        /** Saving the analyst's marks after each change: quiet, and never cancelled by hand (nothing may be lost). */
        WORKSPACE_SAVE(false, false),
        /** Reading how a data file was written (its format, its bytes' digest) for editing and Save: quiet. */
        EDIT_READ(false, false),
        /** Making the data with the analyst's change applied, ready for the store: quiet, never cancelled by hand. */
        EDIT_APPLY(false, false);

        private final boolean shown;
        private final boolean cancellable;

        Kind(boolean shown, boolean cancellable) {
            this.shown = shown;
            this.cancellable = cancellable;
        }

        public boolean shown() {
            return shown;
        }

        public boolean cancellable() {
            return cancellable;
        }
    }

    /** A task under way and what kind it is. */
    public record Running(Kind kind, Task<?> task) {
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "annalist-work-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ObservableList<Running> running = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Running> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyIntegerWrapper othersShown = new ReadOnlyIntegerWrapper(this, "othersShown");
    private boolean closed;

    /**
     * Runs {@code task} as work of {@code kind}, cancelling the task of that kind still running.
     * Once the tracker is closed the task is cancelled instead of run. Returns {@code task}.
     */
    public <T> Task<T> run(Kind kind, Task<T> task) {
        cancel(kind);
        if (closed) {
            task.cancel();
            return task;
        }
        Running r = new Running(kind, task);
        running.add(r);
        // Heard before the task's own handlers: they see the status line as it is without the task.
        task.stateProperty().addListener((obs, o, s) -> {
            if (s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED) {
                running.remove(r);
                refresh();
            }
        });
        refresh();
        workers.execute(task);
        return task;
    }

    /**
     * Works out a value from a copy of some events and hands it to {@code done}: at once on the
     * FX thread when {@code aside} is false, else as a task of {@code kind} (a newer request of
     * the kind cancels it, and {@code done} hears only of a task that ran to its end).
     */
    public <T> void compute(Kind kind, boolean aside, java.util.function.Supplier<T> work,
                            java.util.function.Consumer<T> done) {
        if (!aside) {
            cancel(kind);
            done.accept(work.get());
            return;
        }
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        run(kind, task);
    }

    /** Cancels every running task of {@code kind}. */
    public void cancel(Kind kind) {
        for (Running r : List.copyOf(running)) {
            if (r.kind() == kind) {
                r.task().cancel(true);
            }
        }
    }

    /** Cancels the task the status line shows, if it may be cancelled; no other. */
    public void cancelShown() {
        Running r = shown.get();
        if (r != null && r.kind().cancellable()) {
            r.task().cancel(true);
        }
    }

    /** True while a task of {@code kind} runs. */
    public boolean isRunning(Kind kind) {
        return running.stream().anyMatch(r -> r.kind() == kind);
    }

    /** The tasks under way, oldest first. Read-only. */
    public ObservableList<Running> running() {
        return FXCollections.unmodifiableObservableList(running);
    }

    /** The task the status line shows: the newest that shows itself, or null. */
    public ReadOnlyObjectProperty<Running> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** How many other tasks that show themselves are running besides the one shown. */
    public ReadOnlyIntegerProperty othersShownProperty() {
        return othersShown.getReadOnlyProperty();
    }

    /**
     * Threads for the parts of a task that run beside it: the parts of a large file a load
     * reads in parallel. The tracker shuts them down when it closes; nobody else does.
     */
    public ExecutorService workers() {
        return workers;
    }

    private void refresh() {
        Running newest = null;
        int count = 0;
        for (Running r : running) {
            if (r.kind().shown()) {
                newest = r;
                count++;
            }
        }
        shown.set(newest);
        othersShown.set(Math.max(0, count - 1));
    }

    /** Cancels everything and lets the threads go; later requests are cancelled at once. */
    @Override
    public void close() {
        closed = true;
        for (Running r : List.copyOf(running)) {
            r.task().cancel(true);
        }
        workers.shutdownNow();
    }
}
