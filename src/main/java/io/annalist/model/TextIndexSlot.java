package io.annalist.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Function;

/**
 * The life of the text index of one store: which events it is for, built aside when a large
 * dataset arrives, put in place when ready, dropped when the events change. Until it is ready
 * a text filter reads every event, with the same result. A build runs on the index's own pool
 * ({@link #POOL}), never the common pool that the filter of a million events uses on the FX
 * thread. Who starts a build is the caller's choice ({@link #setRunner}): the window runs it
 * as a task with the others, and without one it runs straight on the pool. Call
 * {@link #eventsChanged} on the thread that changes the events.
 */
public final class TextIndexSlot {
    /** Datasets with at least this many events get an index. */
    public static final int FROM = 20_000;

    /** The index's own threads: as many as there are cores, daemons, named for what they do. */
    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(), pool -> {
        ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        t.setName("annalist-text-index-" + t.getPoolIndex());
        t.setDaemon(true);
        return t;
    }, null, false);

    /** An index and the events it was built from. */
    record Indexed(Event[] events, TextIndex index) {
    }

    /**
     * One build: indexes its events and puts the index in place, unless the events changed
     * meanwhile. Runs on any thread; blocks until the index is built.
     */
    public final class Build implements Runnable {
        private final Event[] events;

        private Build(Event[] events) {
            this.events = events;
        }

        /** How many events it indexes. */
        public int size() {
            return events.length;
        }

        /** Builds the index; it is not put in place when the events changed or the build was cancelled (interrupted). */
        @Override
        public void run() {
            TextIndex index = TextIndex.build(events, POOL);
            if (wanted == events && !Thread.currentThread().isInterrupted()) {
                indexed = new Indexed(events, index);
            }
        }
    }

    private final int from;
    private volatile Event[] wanted;
    private volatile Indexed indexed;
    private CompletableFuture<?> ready = CompletableFuture.completedFuture(null);
    private Function<Build, CompletableFuture<?>> runner = b -> CompletableFuture.runAsync(b, POOL);

    /** A slot that indexes datasets of at least {@code from} events. */
    public TextIndexSlot(int from) {
        this.from = from;
    }

    /**
     * Who runs the builds: given a build, starts it and returns what completes when it ends.
     * A new build makes the one before useless; the runner may cancel it.
     */
    public void setRunner(Function<Build, CompletableFuture<?>> runner) {
        this.runner = runner;
    }

    /** The events are now {@code events}: drops the index of the ones before and builds one when they are many. */
    void eventsChanged(Event[] events) {
        indexed = null;
        wanted = events;
        ready = events.length < from ? CompletableFuture.completedFuture(null) : runner.apply(new Build(events));
    }

    /** The index of {@code events}, or null when it is not ready (or they are not the current events). */
    TextIndex indexOf(Event[] events) {
        Indexed ix = indexed;
        return ix != null && ix.events() == events ? ix.index() : null;
    }

    /** Completes when the build of the current events ends (or at once when none is needed). */
    CompletableFuture<?> ready() {
        return ready;
    }
}
