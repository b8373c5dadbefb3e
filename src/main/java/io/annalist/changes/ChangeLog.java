package io.annalist.changes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of one data file: every change made to its events, in the order it was
 * made. Entries are only ever added; two copies of the trail join by taking every entry of
 * both, in time order ({@link #merge}). Immutable.
 */
public record ChangeLog(List<ChangeRecord> entries) {
    public static final ChangeLog EMPTY = new ChangeLog(List.of());

    public ChangeLog {
        entries = List.copyOf(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** This trail with {@code more} after it. */
    public ChangeLog with(List<ChangeRecord> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ChangeRecord> all = new ArrayList<>(entries);
        all.addAll(more);
        return new ChangeLog(all);
    }

    /** The entries about one event (or actor, or source), in order. */
    public List<ChangeRecord> about(String id) {
        return entries.stream().filter(r -> r.change().id().equals(id)).toList();
    }

    /**
     * Two copies of a trail joined: every entry of either, each once (by id), in time order;
     * entries of the same instant keep the order they had.
     */
    public static ChangeLog merge(ChangeLog ours, ChangeLog theirs) {
        Map<String, ChangeRecord> byId = new LinkedHashMap<>();
        ours.entries.forEach(r -> byId.put(r.id(), r));
        theirs.entries.forEach(r -> byId.putIfAbsent(r.id(), r));
        List<ChangeRecord> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(ChangeRecord::at));
        return new ChangeLog(all);
    }
}
