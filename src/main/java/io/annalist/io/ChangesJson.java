package io.annalist.io;

import static io.annalist.io.StrictJson.bool;
import static io.annalist.io.StrictJson.instant;
import static io.annalist.io.StrictJson.list;
import static io.annalist.io.StrictJson.object;
import static io.annalist.io.StrictJson.text;
import static io.annalist.io.StrictJson.texts;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.annalist.changes.ChangeLog;
import io.annalist.changes.ChangeRecord;
import io.annalist.changes.Directory;
import io.annalist.changes.EventChange;
import io.annalist.changes.EventSnapshot;
import io.annalist.changes.FieldChange;
import io.annalist.changes.Overrides;
import io.annalist.io.StrictJson.Bad;

/**
 * The workspace's record of changes to events ({@code annalist-workspace/2}, docs/FORMAT.md):
 * the {@code overrides} over a file Annalist does not write, and the {@code changes}, the
 * audit trail. Values of events are written as our format writes them.
 */
final class ChangesJson {
    private ChangesJson() {
    }

    static void writeOverrides(JsonGenerator g, Overrides o) throws IOException {
        g.writeObjectFieldStart("overrides");
        raws(g, "actors", o.actors().values());
        raws(g, "sources", o.sources().values());
        if (!o.added().isEmpty()) {
            g.writeArrayFieldStart("added");
            for (EventSnapshot s : o.added().values()) {
                g.writeRawValue(event(s));
            }
            g.writeEndArray();
        }
        if (!o.edited().isEmpty()) {
            g.writeArrayFieldStart("changed");
            for (Map.Entry<String, Map<String, Overrides.FieldOverride>> e : o.edited().entrySet()) {
                g.writeStartObject();
                g.writeStringField("event", e.getKey());
                g.writeArrayFieldStart("fields");
                for (Map.Entry<String, Overrides.FieldOverride> f : e.getValue().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("field", f.getKey());
                    raw(g, "was", f.getValue().was());
                    raw(g, "now", f.getValue().now());
                    g.writeStringField("changed", f.getValue().at().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (!o.deleted().isEmpty()) {
            g.writeArrayFieldStart("deleted");
            for (Overrides.Deletion d : o.deleted().values()) {
                g.writeStartObject();
                g.writeStringField("event", d.event().id());
                g.writeStringField("deleted", d.at().toString());
                g.writeFieldName("was");
                g.writeRawValue(event(d.event()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    static void writeChanges(JsonGenerator g, ChangeLog log) throws IOException {
        g.writeArrayFieldStart("changes");
        for (ChangeRecord r : log.entries()) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("at", r.at().toString());
            g.writeStringField("user", r.user());
            EventChange c = r.change();
            g.writeStringField("action", c.action());
            if (c instanceof EventChange.Listed || c instanceof EventChange.Unlisted) {
                Directory d = c instanceof EventChange.Listed l ? l.directory() : ((EventChange.Unlisted) c).directory();
                g.writeStringField(d.jsonName(), c.id());
            } else {
                g.writeStringField("event", c.id());
            }
            if (!r.title().isEmpty()) {
                g.writeStringField("title", r.title());
            }
            if (c instanceof EventChange.Edited e) {
                g.writeArrayFieldStart("fields");
                for (FieldChange f : e.fields()) {
                    g.writeStartObject();
                    g.writeStringField("field", f.field());
                    raw(g, "was", f.was());
                    raw(g, "now", f.now());
                    g.writeEndObject();
                }
                g.writeEndArray();
            } else if (c instanceof EventChange.Listed l) {
                raw(g, "entry", l.json());
            } else if (c instanceof EventChange.Unlisted u) {
                raw(g, "entry", u.json());
            } else {
                g.writeFieldName("snapshot");
                g.writeRawValue(event(snapshotOf(c)));
            }
            if (!r.sources().isEmpty()) {
                g.writeArrayFieldStart("sources");
                for (String s : r.sources()) {
                    g.writeString(s);
                }
                g.writeEndArray();
            }
            if (r.undo()) {
                g.writeBooleanField("undo", true);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static EventSnapshot snapshotOf(EventChange c) {
        if (c instanceof EventChange.Added a) {
            return a.event();
        }
        return c instanceof EventChange.Deleted d ? d.event() : ((EventChange.Restored) c).event();
    }

    private static String event(EventSnapshot s) {
        return EventJson.compact(EventJson.node(s));
    }

    private static void raws(JsonGenerator g, String field, java.util.Collection<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(field);
            for (String v : values) {
                g.writeRawValue(v);
            }
            g.writeEndArray();
        }
    }

    private static void raw(JsonGenerator g, String field, String json) throws IOException {
        if (json != null) {
            g.writeFieldName(field);
            g.writeRawValue(json);
        }
    }

    static Overrides readOverrides(JsonParser p, String path) throws IOException, Bad {
        Map<String, String> actors = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, EventSnapshot> added = new LinkedHashMap<>();
        Map<String, Map<String, Overrides.FieldOverride>> edited = new LinkedHashMap<>();
        Map<String, Overrides.Deletion> deleted = new LinkedHashMap<>();
        object(p, path, "an object", (field, here) -> {
            switch (field) {
                case "actors" -> list(p, here, at -> entry(p, at, actors));
                case "sources" -> list(p, here, at -> entry(p, at, sources));
                case "added" -> list(p, here, at -> {
                    EventSnapshot s = snapshot(p, at);
                    added.put(s.id(), s);
                });
                case "changed" -> list(p, here, at -> changed(p, at, edited));
                case "deleted" -> list(p, here, at -> deletion(p, at, deleted));
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new Overrides(actors, sources, added, edited, deleted);
    }

    private static void entry(JsonParser p, String path, Map<String, String> into) throws IOException, Bad {
        JsonLocation at = p.currentTokenLocation();
        JsonNode n = EventJson.MAPPER.readTree(p);
        if (!n.isObject() || !n.path("id").isTextual()) {
            throw new Bad(at, path, "each actor or source is an object with an \"id\"");
        }
        into.put(n.get("id").asText(), EventJson.compact(n));
    }

    private static EventSnapshot snapshot(JsonParser p, String path) throws IOException, Bad {
        JsonLocation at = p.currentTokenLocation();
        JsonNode n = EventJson.MAPPER.readTree(p);
        if (!n.isObject() || !n.path("id").isTextual()) {
            throw new Bad(at, path, "an event is an object with an \"id\"");
        }
        return EventJson.snapshot((ObjectNode) n);
    }

    /** A value as compact JSON; null for absent. */
    private static String value(JsonParser p) throws IOException {
        return EventJson.compact(EventJson.MAPPER.readTree(p));
    }

    /** One changed field as written: its name, the values before and after, and (in overrides) when. */
    private static final class FieldValues {
        String name;
        String was;
        String now;
        Instant at;
    }

    private static FieldValues fieldValues(JsonParser p, String path, boolean timed) throws IOException, Bad {
        FieldValues f = new FieldValues();
        JsonLocation start = object(p, path, "an object", (n, h) -> {
            switch (n) {
                case "field" -> f.name = text(p, h);
                case "was" -> f.was = value(p);
                case "now" -> f.now = value(p);
                case "changed" -> {
                    if (!timed) {
                        return false;
                    }
                    f.at = instant(p, h);
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (f.name == null || timed && f.at == null) {
            throw new Bad(start, path, "a changed field needs its \"field\"" + (timed ? " and when it was \"changed\""
                    : ""));
        }
        return f;
    }

    private static void changed(JsonParser p, String path, Map<String, Map<String, Overrides.FieldOverride>> into)
            throws IOException, Bad {
        var c = new Object() {
            String event;
            final Map<String, Overrides.FieldOverride> fields = new LinkedHashMap<>();
        };
        JsonLocation start = object(p, path, "an object", (field, here) -> {
            switch (field) {
                case "event" -> c.event = text(p, here);
                case "fields" -> list(p, here, fp -> {
                    FieldValues f = fieldValues(p, fp, true);
                    c.fields.put(f.name, new Overrides.FieldOverride(f.was, f.now, f.at));
                });
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (c.event == null) {
            throw new Bad(start, path, "a changed event needs the \"event\" it is");
        }
        into.put(c.event, c.fields);
    }

    private static void deletion(JsonParser p, String path, Map<String, Overrides.Deletion> into)
            throws IOException, Bad {
        var d = new Object() {
            String event;
            Instant at;
            EventSnapshot was;
        };
        JsonLocation start = object(p, path, "an object", (field, here) -> {
            switch (field) {
                case "event" -> d.event = text(p, here);
                case "deleted" -> d.at = instant(p, here);
                case "was" -> d.was = snapshot(p, here);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (d.event == null || d.at == null || d.was == null) {
            throw new Bad(start, path, "a deleted event needs the \"event\" it is, when it was \"deleted\" and what it"
                    + " \"was\"");
        }
        into.put(d.event, new Overrides.Deletion(d.was.withId(d.event), d.at));
    }

    static ChangeLog readChanges(JsonParser p, String path) throws IOException, Bad {
        List<ChangeRecord> out = new ArrayList<>();
        list(p, path, at -> out.add(record(p, at)));
        return new ChangeLog(out);
    }

    private static ChangeRecord record(JsonParser p, String path) throws IOException, Bad {
        var r = new Object() {
            String id;
            Instant at;
            String user;
            String action;
            String event;
            String title;
            List<FieldChange> fields = new ArrayList<>();
            EventSnapshot snapshot;
            String entry;
            List<String> sources = List.of();
            boolean undo;
            Directory directory;
        };
        JsonLocation start = object(p, path, "an object", (field, here) -> {
            switch (field) {
                case "id" -> r.id = text(p, here);
                case "at" -> r.at = instant(p, here);
                case "user" -> r.user = text(p, here);
                case "action" -> r.action = text(p, here);
                case "event" -> r.event = text(p, here);
                case "actor", "source" -> {
                    r.event = text(p, here);
                    r.directory = Directory.fromJson(field);
                }
                case "title" -> r.title = text(p, here);
                case "fields" -> list(p, here, fp -> {
                    FieldValues f = fieldValues(p, fp, false);
                    if (java.util.Objects.equals(f.was, f.now)) {
                        throw new Bad(p.currentTokenLocation(), fp, "a changed field needs a \"was\" or \"now\" that"
                                + " differ");
                    }
                    r.fields.add(new FieldChange(f.name, f.was, f.now));
                });
                case "snapshot" -> r.snapshot = snapshot(p, here);
                case "entry" -> r.entry = value(p);
                case "sources" -> r.sources = texts(p, here);
                case "undo" -> r.undo = bool(p, here);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (r.id == null || r.at == null || r.action == null || r.event == null) {
            throw new Bad(start, path, "a change needs its \"id\", the time it was made (\"at\"), its \"action\" and"
                    + " the \"event\" (or \"actor\", \"source\") it is about");
        }
        EventChange c = change(r.action, r.event, r.fields, r.snapshot, r.entry, r.directory);
        if (c == null) {
            throw new Bad(start, path, "a change \"" + r.action + "\" needs " + (r.action.equals("changed")
                    ? "its \"fields\"" : r.directory != null ? "its \"entry\"" : "the event's \"snapshot\""));
        }
        return new ChangeRecord(r.id, r.at, r.user, c, r.title, r.sources, r.undo);
    }

    private static EventChange change(String action, String id, List<FieldChange> fields, EventSnapshot snapshot,
                                      String entry, Directory directory) {
        EventSnapshot s = snapshot == null ? null : snapshot.withId(id);
        return switch (action) {
            case "changed" -> fields.isEmpty() ? null : new EventChange.Edited(id, fields);
            case "added" -> s == null ? null : new EventChange.Added(s);
            case "deleted" -> s == null ? null : new EventChange.Deleted(s);
            case "restored" -> s == null ? null : new EventChange.Restored(s);
            case "actor added", "source added" -> entry == null || directory == null ? null
                    : new EventChange.Listed(directory, id, entry);
            case "actor removed", "source removed" -> entry == null || directory == null ? null
                    : new EventChange.Unlisted(directory, id, entry);
            default -> null;
        };
    }
}
