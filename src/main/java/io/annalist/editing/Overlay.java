package io.annalist.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.annalist.changes.EventSnapshot;
import io.annalist.changes.Overrides;
import io.annalist.io.EventCheck;
import io.annalist.io.EventJson;
import io.annalist.model.Actor;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.Source;

/**
 * Puts the analyst's overrides over the events of a data file: the file's events in the file's
 * order, each with the fields the analyst set and without those deleted, then the events the
 * analyst added; the actors and sources added after the file's own. Every event that results
 * is read as the reader reads a file. Nothing is dropped without a word: an override whose
 * event is gone, whose provider value changed or that no longer reads is listed
 * ({@link OverrideNote}). Pure: the file's dataset is not changed.
 */
public final class Overlay {
    /** The data with the overrides over it, and what there is to say about them. */
    public record Applied(Dataset data, List<OverrideNote> notes) {
        public Applied {
            notes = List.copyOf(notes);
        }
    }

    private Overlay() {
    }

    public static Applied apply(Dataset file, Overrides o, String name) {
        List<OverrideNote> notes = new ArrayList<>();
        if (o.isEmpty()) {
            return new Applied(file, notes);
        }
        List<Actor> actors = new ArrayList<>(file.actors());
        Set<String> actorIds = new HashSet<>();
        actors.forEach(a -> actorIds.add(a.id()));
        o.actors().values().forEach(json -> {
            EventCheck.Checked<Actor> a = EventCheck.actor(json, actorIds, name);
            if (a.value() != null && actorIds.add(a.value().id())) {
                actors.add(a.value());
            }
        });
        List<Source> sources = new ArrayList<>(file.sources());
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        o.sources().values().forEach(json -> {
            EventCheck.Checked<Source> s = EventCheck.source(json, name);
            if (s.value() != null && sourceIds.add(s.value().id())) {
                sources.add(s.value());
            }
        });
        Set<String> seen = new HashSet<>();
        List<Event> events = new ArrayList<>(file.events().size() + o.added().size());
        for (Event e : file.events()) {
            seen.add(e.id());
            if (o.deleted().containsKey(e.id())) {
                continue;
            }
            Map<String, Overrides.FieldOverride> fields = o.editsOf(e.id());
            events.add(fields.isEmpty() ? e : edited(e, fields, actorIds, sourceIds, name, notes));
        }
        for (EventSnapshot s : o.added().values()) {
            if (seen.contains(s.id())) {
                notes.add(new OverrideNote(s.id(), OverrideNote.Kind.ID_TAKEN, "", "the event added as \"" + s.id()
                        + "\" is kept in the workspace but not shown: the file now has an event with that id"));
                continue;
            }
            EventCheck.Checked<Event> c = EventCheck.event(s, actorIds, sourceIds, name);
            if (c.ok()) {
                events.add(c.value().atLine(0));
            } else {
                notes.add(invalid(s.id(), c));
            }
        }
        Set<String> missing = new LinkedHashSet<>(o.edited().keySet());
        missing.addAll(o.deleted().keySet());
        missing.removeAll(seen);
        for (String id : missing) {
            notes.add(new OverrideNote(id, OverrideNote.Kind.NOT_IN_DATA, "", "the event \"" + id
                    + "\" that was " + (o.deleted().containsKey(id) ? "deleted" : "changed")
                    + " is not in this file; the change is kept"));
        }
        Dataset d = new Dataset(file.title(), file.description(), actors, sources, events, file.extra());
        return new Applied(d, notes);
    }

    private static Event edited(Event e, Map<String, Overrides.FieldOverride> fields, Set<String> actorIds,
                                Set<String> sourceIds, String name, List<OverrideNote> notes) {
        EventSnapshot provider = EventJson.snapshot(e);
        List<io.annalist.changes.FieldChange> changes = new ArrayList<>();
        fields.forEach((field, f) -> {
            String current = provider.get(field);
            if (!Objects.equals(current, f.was())) {
                notes.add(new OverrideNote(e.id(), OverrideNote.Kind.PROVIDER_CHANGED, field,
                        "the file's value changed since it was replaced; the value set in the workspace stands"));
            }
            if (!Objects.equals(current, f.now())) {
                changes.add(new io.annalist.changes.FieldChange(field, current, f.now()));
            }
        });
        if (changes.isEmpty()) {
            return e;
        }
        EventCheck.Checked<Event> c = EventCheck.event(provider.with(changes), actorIds, sourceIds, name);
        if (!c.ok()) {
            notes.add(invalid(e.id(), c));
            return e;
        }
        return c.value().atLine(e.line());
    }

    private static OverrideNote invalid(String id, EventCheck.Checked<Event> c) {
        FieldProblem p = c.problems().stream().map(FieldProblem::of).filter(FieldProblem::isError).findFirst()
                .orElse(FieldProblem.error("", "the event could not be read"));
        return new OverrideNote(id, OverrideNote.Kind.NO_LONGER_VALID, p.field(), "the change no longer applies: "
                + p.message());
    }
}
