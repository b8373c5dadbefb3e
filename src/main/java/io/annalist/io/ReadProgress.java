package io.annalist.io;

/**
 * Lets a long read report how far it has got and stop when asked. Called from the reading
 * thread; implementations must be thread-safe.
 */
public interface ReadProgress {
    /** Does nothing and never cancels. */
    ReadProgress NONE = new ReadProgress() {
    };

    /** {@code done} of {@code total} bytes read ({@code total} may be -1 when unknown). */
    default void progress(long done, long total) {
    }

    /** True when the read should stop; the reader then throws {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
