package io.annalist.workspace;

import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A read-only view of a list that stops whoever goes through it once the task it was made for
 * is cancelled: a writer saving a million events stops at the next one (file writes ignore
 * interrupts, so a cancelled task is not enough), and what it wrote is thrown away.
 */
final class Stoppable<T> extends AbstractList<T> {
    private final List<T> items;
    private final BooleanSupplier cancelled;

    private Stoppable(List<T> items, BooleanSupplier cancelled) {
        this.items = items;
        this.cancelled = cancelled;
    }

    /** {@code items}, read until {@code cancelled} says true. */
    static <T> List<T> until(BooleanSupplier cancelled, List<T> items) {
        return new Stoppable<>(items, cancelled);
    }

    @Override
    public T get(int index) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
