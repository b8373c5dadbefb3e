package io.annalist.changes;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Joins the overrides of two copies of a workspace changed at the same time, given the copy
 * both started from. What changed on one side only is taken from that side. A field set on
 * both sides keeps the later value (the other stays in the audit trail, which keeps every
 * entry of both); an event deleted on one side and changed on the other is kept, changed —
 * nothing the analyst did is dropped silently. Merging again changes nothing.
 */
public final class OverridesMerge {
    private OverridesMerge() {
    }

    public static Overrides merge(Overrides base, Overrides ours, Overrides theirs) {
        Overrides b = base == null ? Overrides.NONE : base;
        Map<String, Map<String, Overrides.FieldOverride>> edited = merge(b.edited(), ours.edited(), theirs.edited(),
                (o, t) -> fields(o, t));
        Map<String, Overrides.Deletion> deleted = merge(b.deleted(), ours.deleted(), theirs.deleted(),
                (o, t) -> o.at().isAfter(t.at()) ? o : t);
        for (String id : Set.copyOf(deleted.keySet())) {
            boolean changedSince = !Objects.equals(ours.edited().get(id), b.edited().get(id))
                    || !Objects.equals(theirs.edited().get(id), b.edited().get(id));
            boolean deletedByOne = !b.deleted().containsKey(id);
            if (changedSince && deletedByOne && !(ours.deleted().containsKey(id) && theirs.deleted().containsKey(id))) {
                deleted.remove(id);
            }
        }
        return new Overrides(merge(b.actors(), ours.actors(), theirs.actors(), (o, t) -> o),
                merge(b.sources(), ours.sources(), theirs.sources(), (o, t) -> o),
                merge(b.added(), ours.added(), theirs.added(), (o, t) -> o), edited, deleted);
    }

    /** The fields one event has set on both sides, field by field: the later setting of a field wins. */
    private static Map<String, Overrides.FieldOverride> fields(Map<String, Overrides.FieldOverride> ours,
                                                              Map<String, Overrides.FieldOverride> theirs) {
        Map<String, Overrides.FieldOverride> out = new LinkedHashMap<>(ours);
        theirs.forEach((field, t) -> out.merge(field, t, (o, x) -> o.at().isAfter(x.at()) ? o : x));
        return out;
    }

    /**
     * Three-way by key: a side that left a key as it was takes the other side's; a key changed
     * on both sides keeps what was not removed, or {@code both} of the two values.
     */
    static <V> Map<String, V> merge(Map<String, V> base, Map<String, V> ours, Map<String, V> theirs,
                                    BinaryOperator<V> both) {
        Set<String> keys = new LinkedHashSet<>(ours.keySet());
        keys.addAll(theirs.keySet());
        keys.addAll(base.keySet());
        Map<String, V> out = new LinkedHashMap<>();
        for (String k : keys) {
            V b = base.get(k);
            V o = ours.get(k);
            V t = theirs.get(k);
            V v;
            if (Objects.equals(o, t) || Objects.equals(t, b)) {
                v = o;
            } else if (Objects.equals(o, b)) {
                v = t;
            } else if (o == null || t == null) {
                // Removed on one side, changed on the other: the change is kept.
                v = o != null ? o : t;
            } else {
                v = both.apply(o, t);
            }
            if (v != null) {
                out.put(k, v);
            }
        }
        return out;
    }
}
