package io.annalist.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.annalist.map.PlaceFilter;
import io.annalist.marks.Mark;
import io.annalist.marks.Note;
import io.annalist.marks.SavedView;
import io.annalist.marks.Workspace;
import io.annalist.model.Confidence;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;

/**
 * Writes a workspace file ({@code annalist-workspace/2}, or {@code /1} when it records no changes
 * to events; docs/FORMAT.md) that
 * {@link WorkspaceReader} reads back to an equal workspace. The output is the same for the
 * same workspace (marks by event id, notes by the time they were written, views in the
 * analyst's order), so a workspace kept under version control changes only where it changed.
 */
public final class WorkspaceWriter {
    private final JsonFactory factory = new JsonFactory();

    /** Writes {@code w} to {@code out}, all or nothing ({@link AtomicFile}). */
    public void write(Workspace w, Path out) throws IOException {
        byte[] bytes = bytes(w);
        AtomicFile.write(out, temp -> Files.write(temp, bytes));
    }

    /** The file's bytes for {@code w}. */
    public byte[] bytes(Workspace w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            boolean edits = !w.overrides().isEmpty() || !w.changes().isEmpty();
            // Without changes to events the file is version 1, which earlier versions of Annalist read.
            g.writeStringField("format", edits ? WorkspaceReader.FORMAT : WorkspaceReader.FORMAT_1);
            if (w.data() != null) {
                g.writeStringField("data", w.data());
            }
            g.writeArrayFieldStart("marks");
            for (Mark m : w.marks().all()) {
                mark(g, m);
            }
            g.writeEndArray();
            if (!w.marks().deletedNotes().isEmpty()) {
                g.writeArrayFieldStart("deleted_notes");
                for (Map.Entry<String, Instant> d : w.marks().deletedNotes().entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("id", d.getKey());
                    g.writeStringField("deleted", d.getValue().toString());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("views");
            for (SavedView v : w.views()) {
                view(g, v);
            }
            g.writeEndArray();
            if (!w.overrides().isEmpty()) {
                ChangesJson.writeOverrides(g, w.overrides());
            }
            if (!w.changes().isEmpty()) {
                ChangesJson.writeChanges(g, w.changes());
            }
            g.writeEndObject();
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void mark(JsonGenerator g, Mark m) throws IOException {
        g.writeStartObject();
        g.writeStringField("event", m.eventId());
        if (!m.event().title().isEmpty()) {
            g.writeStringField("title", m.event().title());
        }
        if (!m.event().date().isEmpty()) {
            g.writeStringField("date", m.event().date());
        }
        if (m.starred()) {
            g.writeBooleanField("starred", true);
        }
        texts(g, "tags", m.tags());
        if (!m.notes().isEmpty()) {
            g.writeArrayFieldStart("notes");
            for (Note n : m.notes()) {
                note(g, n);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** One note, as the workspace and the analyst block of an event file both write it. */
    static void note(JsonGenerator g, Note n) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", n.id());
        g.writeStringField("text", n.text());
        g.writeStringField("author", n.author());
        g.writeStringField("written", n.written().toString());
        if (n.edited() != null) {
            g.writeStringField("edited", n.edited().toString());
        }
        g.writeEndObject();
    }

    private static void view(JsonGenerator g, SavedView v) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", v.id());
        g.writeStringField("name", v.name());
        g.writeObjectFieldStart("window");
        g.writeStringField("start", Instant.ofEpochMilli(v.start()).toString());
        g.writeStringField("end", Instant.ofEpochMilli(v.end()).toString());
        g.writeEndObject();
        filter(g, v.filter());
        g.writeStringField("lanes", v.lanes());
        texts(g, "collapsed_lanes", new TreeSet<>(v.collapsedLanes()).stream().toList());
        if (v.quietCompressed()) {
            g.writeBooleanField("quiet_compressed", true);
        }
        if (v.selectedEventId() != null) {
            g.writeStringField("selected", v.selectedEventId());
        }
        g.writeEndObject();
    }

    private static void filter(JsonGenerator g, EventFilter f) throws IOException {
        g.writeObjectFieldStart("filter");
        texts(g, "actors", new TreeSet<>(f.actors()).stream().toList());
        if (f.allActors()) {
            g.writeStringField("actors_match", "all");
        }
        if (f.includeAffiliated()) {
            g.writeBooleanField("include_affiliated", true);
        }
        texts(g, "kinds", f.kinds().stream().sorted().map(EventKind::jsonName).toList());
        texts(g, "confidence", f.confidences().stream().sorted().map(Confidence::jsonName).toList());
        if (f.from() != null) {
            g.writeStringField("from", Instant.ofEpochMilli(f.from()).toString());
        }
        if (f.to() != null) {
            g.writeStringField("to", Instant.ofEpochMilli(f.to()).toString());
        }
        if (!f.text().isEmpty()) {
            g.writeStringField("text", f.text());
        }
        if (f.marks().starred()) {
            g.writeBooleanField("starred", true);
        }
        texts(g, "tags", new TreeSet<>(f.marks().tags()).stream().toList());
        if (f.marks().withNotes()) {
            g.writeBooleanField("with_notes", true);
        }
        if (f.place() instanceof PlaceFilter p) {
            g.writeStringField("place", p.encode());
        }
        g.writeEndObject();
    }

    private static void texts(JsonGenerator g, String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(field);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }
}
