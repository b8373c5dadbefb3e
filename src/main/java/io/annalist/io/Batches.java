package io.annalist.io;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Runs the batches of an import — each an independent piece of the file turned into an
 * {@link ImportPart} — on the worker threads the caller hands over ({@link ReadProgress#workers()}),
 * a few at a time, and merges their parts into the
 * builder in the order they were added. With one thread each batch runs at once on the
 * caller's thread. Either way the merged result is the same.
 */
final class Batches implements AutoCloseable {
    private final ImportBuilder builder;
    private final int threads;
    private final java.util.concurrent.ExecutorService workers;
    private final ArrayDeque<Future<ImportPart>> inFlight = new ArrayDeque<>();

    /** Batches merged into {@code builder}, run on {@code workers} (up to {@code threads} at once). */
    Batches(ImportBuilder builder, int threads, java.util.concurrent.ExecutorService workers) {
        this.builder = builder;
        this.threads = threads;
        this.workers = workers;
    }

    /** Runs {@code batch} (now, or on a worker), merging finished batches in order; blocks while too many are running. */
    void add(Callable<ImportPart> batch) throws IOException {
        if (threads <= 1) {
            builder.merge(call(batch));
            return;
        }
        inFlight.add(workers.submit(batch));
        while (inFlight.size() >= 2 * threads) {
            builder.merge(take(inFlight.poll()));
        }
    }

    /** Waits for the batches still running and merges them. */
    void finish() throws IOException {
        while (!inFlight.isEmpty()) {
            builder.merge(take(inFlight.poll()));
        }
    }

    /** Stops the batches still running (after a failure or a cancel); their parts are dropped. */
    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }

    private static ImportPart call(Callable<ImportPart> batch) throws IOException {
        try {
            return batch.call();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    private static ImportPart take(Future<ImportPart> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("reading was interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Error err) {
                throw err;
            }
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw c instanceof IOException io ? io : new IOException(c);
        }
    }
}
