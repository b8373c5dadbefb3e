package io.annalist.model;

import java.util.Arrays;

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
        beginChange();
        if (old.length == 0) {
            nextAdd(0, next.length);
        } else if (next.length == 0) {
            nextRemove(0, Arrays.asList(old));
        } else {
            nextReplace(0, next.length, Arrays.asList(old));
        }
        endChange();
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
