package io.annalist.timeline;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ObjectProperty;

/**
 * Back and forward through the time windows a timeline on its own has shown (Alt+Left,
 * Alt+Right). In the window, the session's history takes its place and remembers filters and
 * lanes too.
 */
final class ViewHistory implements TimelineView.Navigation {
    private static final int LIMIT = 200;
    private final ObjectProperty<TimeWindow> window;
    private final Deque<TimeWindow> back = new ArrayDeque<>();
    private final Deque<TimeWindow> forward = new ArrayDeque<>();

    ViewHistory(ObjectProperty<TimeWindow> window) {
        this.window = window;
    }

    /** Remembers {@code current} before the view moves somewhere new; clears the way forward. */
    @Override
    public void leaving(TimeWindow current) {
        if (current == null || current.equals(back.peek())) {
            return;
        }
        back.push(current);
        if (back.size() > LIMIT) {
            back.removeLast();
        }
        forward.clear();
    }

    @Override
    public boolean back() {
        return step(back, forward);
    }

    @Override
    public boolean forward() {
        return step(forward, back);
    }

    private boolean step(Deque<TimeWindow> from, Deque<TimeWindow> to) {
        if (from.isEmpty()) {
            return false;
        }
        if (window.get() != null) {
            to.push(window.get());
        }
        window.set(from.pop());
        return true;
    }
}
