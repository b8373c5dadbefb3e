package io.annalist.changes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One event as its fields, each value the JSON our format writes for it ({@code "title"} →
 * {@code "\"Shoigu visits Pyongyang\""}), in the order the format writes them. A field of the
 * kind's details is named after its block ({@code "troop_deployment.troops"}); {@code "extra"}
 * and {@code "analyst"} hold what the event carries besides. This is how an edit sees an event:
 * two snapshots differ field by field ({@link #changesTo}), and a change applies field by field
 * ({@link #with}). The values are compact JSON, equal when the values are. Immutable.
 */
public record EventSnapshot(String id, Map<String, String> fields) {

    public EventSnapshot {
        Objects.requireNonNull(id, "id");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The JSON of {@code field}, or null when the event does not give it. */
    public String get(String field) {
        return fields.get(field);
    }

    /** The same event under another id (a duplicate). */
    public EventSnapshot withId(String newId) {
        return new EventSnapshot(newId, fields);
    }

    /** This event with {@code changes} applied: each field set to its new value, or removed when that is null. */
    public EventSnapshot with(List<FieldChange> changes) {
        Map<String, String> out = new LinkedHashMap<>(fields);
        for (FieldChange c : changes) {
            if (c.now() == null) {
                out.remove(c.field());
            } else {
                out.put(c.field(), c.now());
            }
        }
        return new EventSnapshot(id, out);
    }

    /** What changes this event into {@code other}, field by field, in the format's order; empty when they are equal. */
    public List<FieldChange> changesTo(EventSnapshot other) {
        Set<String> names = new LinkedHashSet<>(fields.keySet());
        names.addAll(other.fields.keySet());
        List<FieldChange> out = new ArrayList<>();
        for (String name : names) {
            String was = fields.get(name);
            String now = other.fields.get(name);
            if (!Objects.equals(was, now)) {
                out.add(new FieldChange(name, was, now));
            }
        }
        return out;
    }
}
