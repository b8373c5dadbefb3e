package io.annalist.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.annalist.changes.EventSnapshot;
import io.annalist.changes.FieldChange;
import io.annalist.changes.Overrides;
import io.annalist.io.EventJson;
import io.annalist.model.Dataset;
import io.annalist.model.Event;

/**
 * A data file in our format changed on disk while the window holds unsaved changes to it:
 * which events changed on both sides ({@link #find}), and the data reloaded with the analyst's
 * choice for each of them ({@link #reload}). What changed on one side only is kept from that
 * side — their changes come in, the analyst's stay unsaved — so neither side is lost without
 * the analyst choosing it.
 */
public final class Conflicts {
    private Conflicts() {
    }

    /** The events changed both in {@code mine}'s unsaved changes and in {@code disk}, the file as it is now. */
    public static List<Conflict> find(EditedData mine, Dataset disk) {
        Map<String, Event> base = byId(mine.file());
        Map<String, Event> now = byId(disk);
        Overrides o = mine.overrides();
        List<Conflict> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Overrides.FieldOverride>> e : o.edited().entrySet()) {
            String id = e.getKey();
            Event b = base.get(id);
            Event t = now.get(id);
            if (b == null) {
                continue;
            }
            if (t == null) {
                out.add(new Conflict(id, b.displayTitle(), Conflict.Kind.CHANGED_HERE_DELETED_THERE,
                        List.copyOf(e.getValue().keySet())));
                continue;
            }
            EventSnapshot theirs = EventJson.snapshot(t);
            List<String> both = new ArrayList<>();
            for (FieldChange f : EventJson.snapshot(b).changesTo(theirs)) {
                Overrides.FieldOverride ours = e.getValue().get(f.field());
                if (ours != null && !Objects.equals(ours.now(), f.now())) {
                    both.add(f.field());
                }
            }
            if (!both.isEmpty()) {
                out.add(new Conflict(id, t.displayTitle(), Conflict.Kind.CHANGED_ON_BOTH_SIDES, both));
            }
        }
        for (String id : o.deleted().keySet()) {
            Event b = base.get(id);
            Event t = now.get(id);
            if (b != null && t != null) {
                List<String> theirs = EventJson.snapshot(b).changesTo(EventJson.snapshot(t)).stream()
                        .map(FieldChange::field).toList();
                if (!theirs.isEmpty()) {
                    out.add(new Conflict(id, t.displayTitle(), Conflict.Kind.DELETED_HERE_CHANGED_THERE, theirs));
                }
            }
        }
        for (EventSnapshot s : o.added().values()) {
            if (now.containsKey(s.id())) {
                out.add(new Conflict(s.id(), Words.title(s), Conflict.Kind.ADDED_ON_BOTH_SIDES, List.of()));
            }
        }
        return out;
    }

    /**
     * The data as {@code disk} holds it now ({@code stamp}), with the unsaved changes of
     * {@code mine} still over it: for each conflict, the side chosen. The undo history starts
     * afresh (its steps were made over the file as it was).
     *
     * @throws IllegalArgumentException when a conflict has no choice
     */
    public static EditedData reload(EditedData mine, Dataset disk, FileStamp stamp, Map<String, Conflict.Choice> choices) {
        if (!mine.writesFile()) {
            throw new IllegalStateException("a file kept as overrides is reloaded by opening it again with them");
        }
        for (Conflict c : find(mine, disk)) {
            if (!choices.containsKey(c.eventId())) {
                throw new IllegalArgumentException("no choice for the conflict on \"" + c.eventId() + "\"");
            }
        }
        Map<String, Event> base = byId(mine.file());
        Map<String, Event> now = byId(disk);
        Overrides o = mine.overrides();
        Map<String, EventSnapshot> added = new LinkedHashMap<>();
        Map<String, Map<String, Overrides.FieldOverride>> edited = new LinkedHashMap<>();
        Map<String, Overrides.Deletion> deleted = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Overrides.FieldOverride>> e : o.edited().entrySet()) {
            String id = e.getKey();
            boolean mineWins = choices.getOrDefault(id, Conflict.Choice.KEEP_MINE) == Conflict.Choice.KEEP_MINE;
            Event t = now.get(id);
            if (t == null) {
                if (mineWins && base.containsKey(id)) {
                    // Deleted there, kept here: it comes back as an event of ours.
                    added.put(id, apply(EventJson.snapshot(base.get(id)), e.getValue()));
                }
                continue;
            }
            EventSnapshot theirs = EventJson.snapshot(t);
            EventSnapshot was = base.containsKey(id) ? EventJson.snapshot(base.get(id)) : theirs;
            Map<String, Overrides.FieldOverride> fields = new LinkedHashMap<>();
            e.getValue().forEach((field, f) -> {
                boolean theyChanged = !Objects.equals(was.get(field), theirs.get(field));
                if ((mineWins || !theyChanged) && !Objects.equals(theirs.get(field), f.now())) {
                    fields.put(field, new Overrides.FieldOverride(theirs.get(field), f.now(), f.at()));
                }
            });
            edited.put(id, fields);
        }
        o.deleted().forEach((id, d) -> {
            Event t = now.get(id);
            boolean changedThere = t != null && base.containsKey(id)
                    && !EventJson.snapshot(base.get(id)).equals(EventJson.snapshot(t));
            if (t != null && (!changedThere || choices.get(id) == Conflict.Choice.KEEP_MINE)) {
                deleted.put(id, d);
            }
        });
        o.added().forEach((id, s) -> {
            Event t = now.get(id);
            if (t == null) {
                added.put(id, s);
            } else if (choices.get(id) == Conflict.Choice.KEEP_MINE) {
                Map<String, Overrides.FieldOverride> fields = new LinkedHashMap<>();
                for (FieldChange f : EventJson.snapshot(t).changesTo(s)) {
                    fields.put(f.field(), new Overrides.FieldOverride(f.was(), f.now(), java.time.Instant.EPOCH));
                }
                edited.put(id, fields);
            }
        });
        Map<String, String> actors = new LinkedHashMap<>(o.actors());
        disk.actors().forEach(a -> actors.remove(a.id()));
        Map<String, String> sources = new LinkedHashMap<>(o.sources());
        disk.sources().forEach(s -> sources.remove(s.id()));
        Overrides rebased = new Overrides(actors, sources, added, edited, deleted);
        return mine.next(disk, new EditedData.DataFile(mine.dataFile().path(), stamp), rebased, mine.changes(),
                mine.unsaved(), EditHistory.EMPTY);
    }

    private static EventSnapshot apply(EventSnapshot s, Map<String, Overrides.FieldOverride> fields) {
        List<FieldChange> changes = new ArrayList<>();
        fields.forEach((field, f) -> {
            if (!Objects.equals(s.get(field), f.now())) {
                changes.add(new FieldChange(field, s.get(field), f.now()));
            }
        });
        return s.with(changes);
    }

    private static Map<String, Event> byId(Dataset d) {
        Map<String, Event> m = new HashMap<>();
        d.events().forEach(e -> m.putIfAbsent(e.id(), e));
        return m;
    }
}
