package io.annalist.io;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.annalist.marks.EventRef;
import io.annalist.marks.Mark;
import io.annalist.marks.Marks;
import io.annalist.marks.Note;
import io.annalist.model.Event;

/**
 * The analyst's marks on an event, written into an event file so that a colleague without
 * the workspace still sees them: in our JSON an {@code "analyst"} block beside the event's
 * own fields ({@code {"starred": true, "tags": [...], "notes": [...]}}), in CSV three columns
 * ({@code analyst_starred}, {@code analyst_tags}, {@code analyst_notes}). Reading such a file
 * keeps the block with the event (under {@link #FIELD} in its extra fields), whichever of the
 * two it came from; {@link #read} turns it back into a mark.
 */
public final class AnalystBlock {
    /** The field of an event, in our JSON and in an event's extra fields. */
    public static final String FIELD = "analyst";
    static final String[] CSV_HEADER = {"analyst_starred", "analyst_tags", "analyst_notes"};
    /** A note in a CSV cell starts a line with "[time author] ". */
    private static final Pattern CSV_NOTE = Pattern.compile("(?m)^\\[(\\S+) ([^\\]\\n]*)\\] ");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = new JsonFactory();

    private AnalystBlock() {
    }

    /** The block for {@code m} as JSON text. */
    static String json(Mark m) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            if (m.starred()) {
                g.writeBooleanField("starred", true);
            }
            if (!m.tags().isEmpty()) {
                g.writeArrayFieldStart("tags");
                for (String t : m.tags()) {
                    g.writeString(t);
                }
                g.writeEndArray();
            }
            if (!m.notes().isEmpty()) {
                g.writeArrayFieldStart("notes");
                for (Note n : m.notes()) {
                    WorkspaceWriter.note(g, n);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string does not fail", e);
        }
        return out.toString();
    }

    /** The CSV cells for {@code m} (empty cells when null): starred, tags, notes. */
    static String[] cells(Mark m) {
        if (m == null) {
            return new String[]{"", "", ""};
        }
        List<String> notes = new ArrayList<>();
        for (Note n : m.notes()) {
            notes.add("[" + n.written() + " " + n.author().replace("]", ")") + "] " + n.text());
        }
        return new String[]{m.starred() ? "yes" : "", String.join("; ", m.tags()), String.join("\n\n", notes)};
    }

    /** The block, as JSON text, from the three CSV cells; null when they are all empty. */
    static String fromCells(String starred, String tags, String notes) {
        List<String> tagList = new ArrayList<>();
        for (String t : tags.split(";")) {
            if (!t.isBlank()) {
                tagList.add(t.strip());
            }
        }
        List<Note> noteList = new ArrayList<>();
        Matcher m = CSV_NOTE.matcher(notes);
        List<int[]> starts = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        while (m.find()) {
            try {
                times.add(Instant.parse(m.group(1)));
                authors.add(m.group(2));
                starts.add(new int[]{m.start(), m.end()});
            } catch (DateTimeParseException e) {
                // Not the start of a note: a line of a note's text that happens to open with a bracket.
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : notes.length();
            String text = notes.substring(starts.get(i)[1], end).strip();
            noteList.add(new Note("n-csv-" + (i + 1), text, authors.get(i), times.get(i), null));
        }
        if (starts.isEmpty() && !notes.isBlank()) {
            noteList.add(new Note("n-csv-1", notes.strip(), "", Instant.EPOCH, null));
        }
        boolean star = starred.strip().equalsIgnoreCase("yes") || starred.strip().equalsIgnoreCase("true");
        Mark mark = new Mark("-", null, star, tagList, noteList);
        return mark.isEmpty() ? null : json(mark);
    }

    /** The marks a file carried with its events (their analyst blocks). */
    public static Marks marksIn(List<Event> events) {
        List<Mark> found = new ArrayList<>();
        for (Event e : events) {
            if (e.extra().containsKey(FIELD)) {
                Mark m = read(e);
                if (m != null) {
                    found.add(m);
                }
            }
        }
        return Marks.of(found, java.util.Map.of());
    }

    /**
     * The mark an event file carries for {@code e} (its analyst block), or null when it has
     * none or the block cannot be read as one.
     */
    public static Mark read(Event e) {
        String raw = e.extra().get(FIELD);
        if (raw == null) {
            return null;
        }
        try {
            JsonNode n = MAPPER.readTree(raw);
            List<String> tags = new ArrayList<>();
            n.path("tags").forEach(t -> tags.add(t.asText()));
            List<Note> notes = new ArrayList<>();
            for (JsonNode x : n.path("notes")) {
                Instant written = Instant.parse(x.path("written").asText(Instant.EPOCH.toString()));
                Instant edited = x.hasNonNull("edited") ? Instant.parse(x.path("edited").asText()) : null;
                notes.add(new Note(x.path("id").asText("n-file"), x.path("text").asText(""), x.path("author").asText(""),
                        written, edited));
            }
            return new Mark(e.id(), EventRef.of(e), n.path("starred").asBoolean(false), tags, notes);
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }
}
