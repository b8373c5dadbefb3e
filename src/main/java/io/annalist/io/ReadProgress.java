package io.annalist.io;

/**
 * What a long read is given besides its file: where to say how far it has got, a way to
 * know it should stop, and the threads that may read parts of a large file beside the
 * reading thread (the window hands over its own background threads, so a read never
 * competes with the window's other work for a pool of its own). Called from the reading
 * thread; implementations must be thread-safe.
 */
public interface ReadProgress {
    /** Does nothing and never cancels. */
    ReadProgress NONE = new ReadProgress() {
    };

    /** {@code done} of {@code total} bytes read ({@code total} may be -1 when unknown). */
    default void progress(long done, long total) {
    }

    /**
     * {@code n} rows or entries of the file read so far, and about how many the whole file holds
     * ({@code inAll}, judged from the share of its bytes they took; -1 when not known).
     */
    default void rows(long n, long inAll) {
    }

    /** True when the read should stop; the reader then throws {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }

    /** Where parts of a large file are read beside the reading thread; by default Java's common pool. */
    default java.util.concurrent.ExecutorService workers() {
        return java.util.concurrent.ForkJoinPool.commonPool();
    }
}
