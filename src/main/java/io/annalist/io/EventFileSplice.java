package io.annalist.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.annalist.changes.EventSnapshot;
import io.annalist.changes.Overrides;

/**
 * Writes an event file in our format with changes made in place: the text of every event, actor
 * and source not changed is copied byte for byte — with every field we do not know, the order
 * of the events and the file's layout — a changed event has only its changed fields rewritten,
 * a deleted event goes with its comma, and new events, actors and sources go at the end of their
 * lists, laid out like their neighbours ({@link JsonStyle}). Reads the file as a stream and
 * holds only the changed events in memory. Does not check the result: the caller reads it back.
 */
public final class EventFileSplice {
    private EventFileSplice() {
    }

    /** Where one element of a list stands in the file, in bytes. */
    private record Span(long start, long end) {
    }

    /** A list of the file ({@code actors}, {@code sources}, {@code events}): its brackets and elements. */
    private static final class Listing {
        long open = -1;
        long close = -1;
        long memberStart = -1;
        final List<Span> elements = new ArrayList<>();
    }

    /** A piece of the output that differs from the file: bytes {@code [from, to)} replaced by {@code text}. */
    private record Replacement(long from, long to, String text) {
    }

    /**
     * Writes {@code file} with {@code changes} made to {@code out}.
     *
     * @throws IOException when the file cannot be read, or is no longer an event file with an events list
     */
    public static void write(Path file, Overrides changes, OutputStream out) throws IOException {
        Set<String> wanted = new HashSet<>(changes.edited().keySet());
        wanted.addAll(changes.deleted().keySet());
        Map<String, Listing> lists = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        scan(file, wanted, lists, index);
        Listing events = lists.get("events");
        if (events == null) {
            throw new IOException(file + " has no \"events\" list any more");
        }
        JsonStyle style = JsonStyle.detect(head(file));
        List<Replacement> edits = new ArrayList<>();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            for (Map.Entry<String, Map<String, Overrides.FieldOverride>> e : changes.edited().entrySet()) {
                Integer i = index.get(e.getKey());
                if (i == null || changes.deleted().containsKey(e.getKey())) {
                    continue;
                }
                Span s = events.elements.get(i);
                String text = read(raf, s.start, s.end);
                JsonSplice splice = new JsonSplice(text, style, unknownFields(text));
                e.getValue().forEach((field, f) -> splice.set(field, f.now() == null ? null : EventJson.parse(f.now())));
                edits.add(new Replacement(s.start, s.end, splice.text()));
            }
            Set<Integer> gone = new HashSet<>();
            changes.deleted().keySet().forEach(id -> {
                if (index.containsKey(id)) {
                    gone.add(index.get(id));
                }
            });
            List<String> added = new ArrayList<>();
            for (EventSnapshot s : changes.added().values()) {
                added.add(EventJson.compact(EventJson.node(s)));
            }
            edits.addAll(list(raf, events, gone, added, style));
            for (String name : List.of("actors", "sources")) {
                List<String> entries = new ArrayList<>((name.equals("actors") ? changes.actors() : changes.sources())
                        .values());
                Listing l = lists.get(name);
                if (entries.isEmpty()) {
                    continue;
                }
                if (l == null) {
                    edits.add(newList(raf, events, name, entries, style));
                } else {
                    edits.addAll(list(raf, l, Set.of(), entries, style));
                }
            }
        }
        edits.sort(Comparator.comparingLong(Replacement::from).thenComparingLong(Replacement::to));
        copy(file, edits, out);
    }

    /** The replacements that delete elements {@code gone} of a list and add {@code added} (JSON) at its end. */
    private static List<Replacement> list(RandomAccessFile raf, Listing l, Set<Integer> gone, List<String> added,
                                          JsonStyle style) throws IOException {
        List<Replacement> out = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < l.elements.size(); i++) {
            if (!gone.contains(i)) {
                kept.add(i);
            }
        }
        String listIndent = indentBefore(raf, l.memberStart);
        int n = l.elements.size();
        // One element a line when the list breaks its line before an element; objects laid out on
        // several lines when the first breaks its line after its opening brace.
        boolean multiline = n == 0 || read(raf, l.open, l.elements.get(0).start).contains("\n")
                || n > 1 && read(raf, l.elements.get(n - 2).end, l.elements.get(n - 1).start).contains("\n");
        String indent = n == 0 ? listIndent + style.unit : indentBefore(raf, l.elements.get(n - 1).start);
        if (indent.isEmpty() && multiline) {
            indent = listIndent + style.unit;
        }
        boolean elementsMultiline = n == 0 || JsonSplice.opensLine(read(raf, l.elements.get(0).start,
                l.elements.get(0).end));
        StringBuilder more = new StringBuilder();
        for (String json : added) {
            String text = style.render(EventJson.parse(json), indent, elementsMultiline);
            more.append(more.length() == 0 && kept.isEmpty() ? "" : ",")
                    .append(multiline ? style.newline + indent : style.comma.equals(",") ? "" : " ").append(text);
        }
        if (kept.isEmpty()) {
            String inner = more.length() == 0 ? "" : multiline ? more + style.newline + listIndent : more.toString();
            out.add(new Replacement(l.open + 1, l.close, inner));
            return out;
        }
        for (int i = 0; i < l.elements.size(); i++) {
            if (!gone.contains(i)) {
                continue;
            }
            int prevKept = -1;
            for (int k : kept) {
                if (k < i) {
                    prevKept = k;
                }
            }
            if (prevKept >= 0) {
                // From the end of the element before (its comma goes) to the end of this one.
                long from = i - 1 == prevKept ? l.elements.get(prevKept).end : l.elements.get(i - 1).end;
                out.add(new Replacement(from, l.elements.get(i).end, ""));
            } else {
                // Before the first kept element: this one with the comma and space after it.
                out.add(new Replacement(l.elements.get(i).start, l.elements.get(i + 1).start, ""));
            }
        }
        if (more.length() > 0) {
            long at = l.elements.get(kept.get(kept.size() - 1)).end;
            out.add(new Replacement(at, at, more.toString()));
        }
        return out;
    }

    /** A list the file does not have ({@code actors}), put before its events. */
    private static Replacement newList(RandomAccessFile raf, Listing events, String name, List<String> entries,
                                       JsonStyle style) throws IOException {
        String indent = indentBefore(raf, events.memberStart);
        StringBuilder b = new StringBuilder(JsonStyle.name(name)).append(style.colon).append('[');
        for (int i = 0; i < entries.size(); i++) {
            b.append(i == 0 ? "" : ",").append(style.newline).append(indent).append(style.unit)
                    .append(style.render(EventJson.parse(entries.get(i)), indent + style.unit, true));
        }
        b.append(style.newline).append(indent).append("],").append(style.newline).append(indent);
        return new Replacement(events.memberStart, events.memberStart, b.toString());
    }

    /** The names of an event's fields the reader keeps as unknown ({@code "where.elevation"}). */
    private static Set<String> unknownFields(String eventText) {
        Set<String> out = new HashSet<>();
        JsonNode node = EventJson.parse(eventText);
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                e.getValue().fieldNames().forEachRemaining(n -> out.add(e.getKey() + "." + n));
            }
        });
        return out;
    }

    private static void scan(Path file, Set<String> wanted, Map<String, Listing> lists, Map<String, Integer> index)
            throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             JsonParser p = EventJson.MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + " is not an event file any more");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                long memberStart = p.currentTokenLocation().getByteOffset();
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_ARRAY || !List.of("actors", "sources", "events").contains(name)) {
                    p.skipChildren();
                    continue;
                }
                Listing l = new Listing();
                l.memberStart = memberStart;
                l.open = p.currentTokenLocation().getByteOffset();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    long start = p.currentTokenLocation().getByteOffset();
                    String id = null;
                    if (p.currentToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String field = p.currentName();
                            JsonToken v = p.nextToken();
                            if (field.equals("id") && v == JsonToken.VALUE_STRING && id == null) {
                                id = p.getText();
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                    long end;
                    if (p.currentToken() == JsonToken.END_OBJECT || p.currentToken() == JsonToken.END_ARRAY) {
                        end = p.currentTokenLocation().getByteOffset() + 1;
                    } else {
                        p.finishToken();
                        end = p.currentLocation().getByteOffset();
                    }
                    if (name.equals("events") && id != null && wanted.contains(id)) {
                        index.putIfAbsent(id, l.elements.size());
                    }
                    l.elements.add(new Span(start, end));
                }
                l.close = p.currentTokenLocation().getByteOffset();
                lists.putIfAbsent(name, l);
            }
        }
    }

    private static String head(Path file) throws IOException {
        byte[] b = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(b, 0, b.length);
            return new String(b, 0, n, StandardCharsets.UTF_8);
        }
    }

    private static String read(RandomAccessFile raf, long from, long to) throws IOException {
        byte[] b = new byte[(int) (to - from)];
        raf.seek(from);
        raf.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The spaces or tabs before {@code at} on its line, or "" when something else is before it there. */
    private static String indentBefore(RandomAccessFile raf, long at) throws IOException {
        long from = Math.max(0, at - 256);
        String before = read(raf, from, at);
        String line = before.substring(before.lastIndexOf('\n') + 1);
        return line.isBlank() ? line : "";
    }

    private static void copy(Path file, List<Replacement> edits, OutputStream out) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            long pos = 0;
            for (Replacement r : edits) {
                if (r.from < pos) {
                    throw new IllegalStateException("changes overlap at byte " + r.from);
                }
                pos += copy(in, out, r.from - pos);
                out.write(r.text.getBytes(StandardCharsets.UTF_8));
                in.skipNBytes(r.to - r.from);
                pos = r.to;
            }
            in.transferTo(out);
        }
    }

    private static long copy(InputStream in, OutputStream out, long n) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long left = n;
        while (left > 0) {
            int k = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (k < 0) {
                throw new IOException("the file ended early");
            }
            out.write(buffer, 0, k);
            left -= k;
        }
        return n;
    }
}
