package io.annalist.model;

import java.util.Arrays;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableListBase;

/**
 * A read-only observable list of events whose contents are replaced whole, in one change
 * that costs nothing per event: a million events swap in without a million single adds.
 * Views (the table, the timeline) still do their own work with the change.
 */
final class EventList extends ObservableListBase<Event> {
    private Event[] items = new Event[0];

    /** Replaces the contents with {@code next}, which the list keeps and must not change. */
    void replaceWith(Event[] next) {
        Event[] old = items;
        items = next;
        if (old.length == 0 && next.length == 0) {
            return;
        }
        // One change made here rather than through beginChange/nextReplace, which would copy
        // every removed event into a list of its own.
        fireChange(new Replaced(this, Arrays.asList(old), next.length));
    }

    /** The whole list replaced: everything that was there removed, everything now there added. */
    private static final class Replaced extends ListChangeListener.Change<Event> {
        private final List<Event> removed;
        private final int added;
        private boolean read;

        Replaced(EventList list, List<Event> removed, int added) {
            super(list);
            this.removed = java.util.Collections.unmodifiableList(removed);
            this.added = added;
        }

        @Override
        public boolean next() {
            if (read) {
                return false;
            }
            read = true;
            return true;
        }

        @Override
        public void reset() {
            read = false;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return added;
        }

        @Override
        public List<Event> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }

    @Override
    public Event get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }

    @Override
    public Object[] toArray() {
        return items.clone();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < items.length) {
            return (T[]) Arrays.copyOf(items, items.length, a.getClass());
        }
        System.arraycopy(items, 0, a, 0, items.length);
        if (a.length > items.length) {
            a[items.length] = null;
        }
        return a;
    }
}
