package io.annalist.changes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the analyst changed in a data file, as it stands now rather than step by step: the
 * events added, the fields changed on the file's events (each with the file's value it
 * replaces — for an imported row, the provider's), the events deleted, and the actors and
 * sources added. For a file in another format (ACLED, GDELT, CSV, TimelineJS), which is
 * never written, these are the overrides the workspace keeps and applies on every load; for a
 * file in our format, the changes not yet saved into it. Keyed by event id, which for
 * imported rows without one is the id made from their content (docs/FORMAT.md), so they find
 * their events again after a re-import. Immutable.
 */
public record Overrides(Map<String, String> actors, Map<String, String> sources, Map<String, EventSnapshot> added,
                        Map<String, Map<String, FieldOverride>> edited, Map<String, Deletion> deleted) {
    public static final Overrides NONE = new Overrides(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

    /**
     * One field of a file's event set by the analyst.
     *
     * @param was the file's value it replaces (null: the file gives none)
     * @param now the analyst's value (null: the analyst removed it)
     * @param at  when it was last set
     */
    public record FieldOverride(String was, String now, Instant at) {
        public FieldOverride {
            Objects.requireNonNull(at, "at");
        }
    }

    /** An event of the file deleted, as it was when deleted, and when. */
    public record Deletion(EventSnapshot event, Instant at) {
        public Deletion {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(at, "at");
        }
    }

    public Overrides {
        actors = frozen(actors);
        sources = frozen(sources);
        added = frozen(added);
        Map<String, Map<String, FieldOverride>> e = new LinkedHashMap<>();
        edited.forEach((id, fields) -> {
            if (!fields.isEmpty()) {
                e.put(id, frozen(fields));
            }
        });
        edited = Collections.unmodifiableMap(e);
        deleted = frozen(deleted);
    }

    private static <V> Map<String, V> frozen(Map<String, V> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    public boolean isEmpty() {
        return actors.isEmpty() && sources.isEmpty() && added.isEmpty() && edited.isEmpty() && deleted.isEmpty();
    }

    /** How many events are added, changed or deleted. */
    public int eventCount() {
        return added.size() + edited.size() + deleted.size();
    }

    /** The fields set on a file's event, or an empty map. */
    public Map<String, FieldOverride> editsOf(String eventId) {
        return edited.getOrDefault(eventId, Map.of());
    }

    /** These overrides with one more change made at {@code at}. */
    public Overrides with(EventChange change, Instant at) {
        Map<String, String> a = new LinkedHashMap<>(actors);
        Map<String, String> s = new LinkedHashMap<>(sources);
        Map<String, EventSnapshot> add = new LinkedHashMap<>(added);
        Map<String, Map<String, FieldOverride>> ed = new LinkedHashMap<>(edited);
        Map<String, Deletion> del = new LinkedHashMap<>(deleted);
        if (change instanceof EventChange.Added x) {
            add.put(x.id(), x.event());
        } else if (change instanceof EventChange.Edited x) {
            if (add.containsKey(x.id())) {
                add.put(x.id(), add.get(x.id()).with(x.fields()));
            } else {
                ed.put(x.id(), edit(ed.getOrDefault(x.id(), Map.of()), x.fields(), at));
            }
        } else if (change instanceof EventChange.Deleted x) {
            if (add.remove(x.id()) == null) {
                del.put(x.id(), new Deletion(x.event(), at));
            }
        } else if (change instanceof EventChange.Restored x) {
            if (del.remove(x.id()) == null) {
                add.put(x.id(), x.event());
            }
        } else if (change instanceof EventChange.Listed x) {
            (x.directory() == Directory.ACTOR ? a : s).put(x.id(), x.json());
        } else if (change instanceof EventChange.Unlisted x) {
            (x.directory() == Directory.ACTOR ? a : s).remove(x.id());
        }
        return new Overrides(a, s, add, ed, del);
    }

    /** The fields set on one event after {@code changes}: a field set back to the file's value is no longer set. */
    private static Map<String, FieldOverride> edit(Map<String, FieldOverride> set, List<FieldChange> changes,
                                                   Instant at) {
        Map<String, FieldOverride> fields = new LinkedHashMap<>(set);
        for (FieldChange c : changes) {
            FieldOverride before = fields.get(c.field());
            String was = before != null ? before.was() : c.was();
            if (Objects.equals(was, c.now())) {
                fields.remove(c.field());
            } else {
                fields.put(c.field(), new FieldOverride(was, c.now(), at));
            }
        }
        return fields;
    }

    /** These overrides with every change of {@code changes}, in order. */
    public Overrides with(List<EventChange> changes, Instant at) {
        Overrides o = this;
        for (EventChange c : changes) {
            o = o.with(c, at);
        }
        return o;
    }
}
