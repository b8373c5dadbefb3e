package io.annalist.workspace;

import java.util.concurrent.CompletableFuture;

import io.annalist.model.EventStore;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The window builds the word index of a large dataset as a task of the tracker, like its
 * other slow work: shown in the status line, cancelled by a newer dataset or by Cancel (search
 * then goes on reading every event, with the same result). The index itself is built on its
 * own pool (see {@link io.annalist.model.TextIndexSlot}).
 */
final class TextIndexing {
    private TextIndexing() {
    }

    /** Makes {@code store} build its text indexes through {@code tasks}. */
    static void runThrough(TaskTracker tasks, EventStore store) {
        store.textIndex().setRunner(build -> {
            CompletableFuture<Void> ended = new CompletableFuture<>();
            Task<Void> task = new Task<>() {
                {
                    updateMessage(String.format("Indexing the words of %,d events for search…", build.size()));
                }

                @Override
                protected Void call() {
                    build.run();
                    return null;
                }
            };
            task.stateProperty().addListener((obs, o, s) -> {
                if (s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED) {
                    ended.complete(null);
                }
            });
            tasks.run(TaskTracker.Kind.TEXT_INDEX, task);
            return ended;
        });
    }
}
