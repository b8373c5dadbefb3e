package io.annalist.workspace;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Back and forward through earlier values, as a browser goes through pages. Each change hands
 * in the value it replaces; a burst of changes of the same kind — a drag, typing, the wheel —
 * is one step, so Back goes to where the burst began. A change of another kind, a pause
 * longer than the kind allows, or a {@link #mark()} starts a new step. Values are immutable.
 * Not thread-safe: one thread (the FX thread) uses it.
 *
 * @param <T> the remembered value
 */
final class History<T> {
    /** A kind of change and how long a pause still keeps it in the same step. */
    interface Kind {
        /** Changes of this kind that follow each other within this many milliseconds are one step. */
        long mergeWithinMs();
    }

    private final int limit;
    private final Deque<T> back = new ArrayDeque<>();
    private final Deque<T> forward = new ArrayDeque<>();
    private Kind open;
    private long lastAt;

    History(int limit) {
        this.limit = limit;
    }

    /**
     * Remembers {@code before}, which a change of {@code kind} at {@code now} (ms) replaces,
     * unless it continues the step under way; clears the way forward.
     */
    void changed(T before, Kind kind, long now) {
        boolean continues = open != null && open == kind && now - lastAt <= kind.mergeWithinMs();
        lastAt = now;
        if (continues) {
            return;
        }
        open = kind;
        if (before != null) {
            back.push(before);
            if (back.size() > limit) {
                back.removeLast();
            }
        }
        forward.clear();
    }

    /** The next change starts a step of its own, whatever its kind. */
    void mark() {
        open = null;
    }

    /** The value to go back to, or null; {@code current} becomes the way forward. */
    T back(T current) {
        return step(back, forward, current);
    }

    /** The value to go forward to, or null; {@code current} becomes the way back. */
    T forward(T current) {
        return step(forward, back, current);
    }

    private T step(Deque<T> from, Deque<T> to, T current) {
        if (from.isEmpty()) {
            return null;
        }
        to.push(current);
        open = null;
        return from.pop();
    }

    boolean canGoBack() {
        return !back.isEmpty();
    }

    boolean canGoForward() {
        return !forward.isEmpty();
    }

    void clear() {
        back.clear();
        forward.clear();
        open = null;
    }
}
