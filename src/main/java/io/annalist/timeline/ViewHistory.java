package io.annalist.timeline;

import java.util.ArrayDeque;
import java.util.Deque;

/** Back and forward through the time windows the analyst has looked at (Alt+Left, Alt+Right). */
public final class ViewHistory {
    private static final int LIMIT = 200;
    private final Deque<TimeWindow> back = new ArrayDeque<>();
    private final Deque<TimeWindow> forward = new ArrayDeque<>();

    /** Remembers {@code current} before the view moves somewhere new; clears the way forward. */
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

    /** The window to go back to, or null; {@code current} becomes the way forward. */
    public TimeWindow back(TimeWindow current) {
        if (back.isEmpty()) {
            return null;
        }
        if (current != null) {
            forward.push(current);
        }
        return back.pop();
    }

    /** The window to go forward to, or null; {@code current} becomes the way back. */
    public TimeWindow forward(TimeWindow current) {
        if (forward.isEmpty()) {
            return null;
        }
        if (current != null) {
            back.push(current);
        }
        return forward.pop();
    }

    public void clear() {
        back.clear();
        forward.clear();
    }
}
