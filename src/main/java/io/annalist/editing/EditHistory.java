package io.annalist.editing;

import java.util.ArrayList;
import java.util.List;

/**
 * Undo and redo over the analyst's steps, as a value: the steps done (the last is undone
 * first) and the steps undone (the last undone is redone first). A new step clears what was
 * undone. At most {@link #DEPTH} steps are kept to undo. Immutable: the window keeps the
 * current history and binds Ctrl+Z / Ctrl+Shift+Z to {@link EditedData#undo} and
 * {@link EditedData#redo}.
 */
public record EditHistory(List<EditStep> done, List<EditStep> undone) {
    public static final int DEPTH = 500;
    public static final EditHistory EMPTY = new EditHistory(List.of(), List.of());

    public EditHistory {
        done = List.copyOf(done);
        undone = List.copyOf(undone);
    }

    public boolean canUndo() {
        return !done.isEmpty();
    }

    public boolean canRedo() {
        return !undone.isEmpty();
    }

    /** The step Undo would undo, or null. */
    public EditStep nextUndo() {
        return done.isEmpty() ? null : done.get(done.size() - 1);
    }

    /** The step Redo would redo, or null. */
    public EditStep nextRedo() {
        return undone.isEmpty() ? null : undone.get(undone.size() - 1);
    }

    /** "Undo Change 'Shoigu visits Pyongyang'", or "Undo" when there is nothing to undo. */
    public String undoLabel() {
        return canUndo() ? "Undo " + nextUndo().name() : "Undo";
    }

    public String redoLabel() {
        return canRedo() ? "Redo " + nextRedo().name() : "Redo";
    }

    /** After a new step: it can be undone; nothing can be redone. */
    public EditHistory after(EditStep step) {
        List<EditStep> d = new ArrayList<>(done);
        d.add(step);
        if (d.size() > DEPTH) {
            d.remove(0);
        }
        return new EditHistory(d, List.of());
    }

    /** After undoing {@link #nextUndo()}. */
    public EditHistory afterUndo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        List<EditStep> d = new ArrayList<>(done);
        List<EditStep> u = new ArrayList<>(undone);
        u.add(d.remove(d.size() - 1));
        return new EditHistory(d, u);
    }

    /** After redoing {@link #nextRedo()}. */
    public EditHistory afterRedo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        List<EditStep> d = new ArrayList<>(done);
        List<EditStep> u = new ArrayList<>(undone);
        d.add(u.remove(u.size() - 1));
        return new EditHistory(d, u);
    }
}
