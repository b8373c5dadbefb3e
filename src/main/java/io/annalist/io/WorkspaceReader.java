package io.annalist.io;

import static io.annalist.io.StrictJson.bool;
import static io.annalist.io.StrictJson.instant;
import static io.annalist.io.StrictJson.list;
import static io.annalist.io.StrictJson.object;
import static io.annalist.io.StrictJson.text;
import static io.annalist.io.StrictJson.texts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.annalist.changes.ChangeLog;
import io.annalist.changes.Overrides;
import io.annalist.io.StrictJson.Bad;
import io.annalist.marks.AnalystTag;
import io.annalist.marks.EventRef;
import io.annalist.marks.Mark;
import io.annalist.marks.Marks;
import io.annalist.marks.Note;
import io.annalist.marks.SavedView;
import io.annalist.marks.Workspace;
import io.annalist.model.Problem;
import io.annalist.model.Severity;

/**
 * Reads a workspace file, {@code annalist-workspace/2} or {@code /1} (docs/FORMAT.md): the
 * analyst's marks, saved views, overrides and audit trail for one data file. A workspace is read whole or not at all: the first
 * problem — malformed JSON, another format or version, a field of the wrong type, a field it
 * does not know, a date that is not an instant — refuses the file with that problem, its
 * line, column and JSON path, and the caller keeps the file as it is (the window does not
 * save over a workspace it could not read). Thread-safe.
 */
public final class WorkspaceReader {
    /** The version written when the workspace records changes to events. */
    public static final String FORMAT = "annalist-workspace/2";
    /** The version of marks and views only, still read, and written when there are no changes to events. */
    public static final String FORMAT_1 = "annalist-workspace/1";
    /** Workspaces above this size are refused: a workspace of a hundred thousand notes is far smaller. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(EventFileReader.MAX_NESTING)
                    .maxStringLength(EventFileReader.MAX_STRING_CHARS).maxNumberLength(EventFileReader.MAX_NUMBER_CHARS)
                    .maxDocumentLength(MAX_BYTES).build())
            .build();

    /** The workspace read, or the one problem that refused the file. */
    public record Result(Workspace workspace, Problem problem) {
        public boolean failed() {
            return problem != null;
        }
    }

    public Result read(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return fatal(name, null, "", "is a folder, not a workspace file");
            }
            if (!Files.exists(file)) {
                return fatal(name, null, "", "no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                return fatal(name, null, "", "is larger than " + MAX_BYTES / (1024 * 1024) + " MB; refused");
            }
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                return read(in, name);
            }
        } catch (IOException e) {
            return new Result(null, LoadResults.unreadable(name, e).report().problems().get(0));
        }
    }

    /** Reads a workspace from a stream; {@code name} is used in the problem. Does not close {@code in}. */
    public Result read(InputStream in, String name) {
        JsonParser p = null;
        try {
            p = factory.createParser(in);
            return new Result(document(p), null);
        } catch (Bad b) {
            return fatal(name, b.at, b.path, b.getMessage());
        } catch (StreamConstraintsException e) {
            return fatal(name, e.getLocation(), "", LoadResults.constraintMessage(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            return fatal(name, e.getLocation(), "", LoadResults.syntaxMessage(e.getOriginalMessage()));
        } catch (IOException e) {
            return fatal(name, p == null ? null : p.currentLocation(), "", "cannot be read: " + e.getMessage());
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // Reading is over; a failed close of a read-only stream loses nothing.
                }
            }
        }
    }

    private static Result fatal(String file, JsonLocation at, String path, String message) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new Result(null, new Problem(file, line, column, path, Severity.ERROR, message, null));
    }

    private Workspace document(JsonParser p) throws IOException, Bad {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new Bad(p.currentTokenLocation(), "$", p.currentToken() == null ? "the file is empty"
                    : "a workspace file is a JSON object starting with { \"format\": \"" + FORMAT + "\", ... }");
        }
        var w = new Object() {
            String format;
            String data;
            final List<Mark> marks = new ArrayList<>();
            final Map<String, Instant> deleted = new LinkedHashMap<>();
            final List<SavedView> views = new ArrayList<>();
            Overrides overrides;
            ChangeLog changes;
        };
        object(p, "$", "an object", (field, here) -> {
            switch (field) {
                case "format" -> {
                    w.format = text(p, here);
                    if (!FORMAT.equals(w.format) && !FORMAT_1.equals(w.format)) {
                        throw new Bad(p.currentTokenLocation(), here, w.format != null && w.format.startsWith(
                                "annalist-workspace/") ? "workspace format \"" + w.format + "\" is newer than this"
                                + " version of Annalist reads (\"" + FORMAT + "\"); it is left as it is"
                                : "this is not a workspace file: its format should be \"" + FORMAT + "\"");
                    }
                }
                case "data" -> w.data = text(p, here);
                case "marks" -> list(p, here, path -> w.marks.add(mark(p, path)));
                case "deleted_notes" -> list(p, here, path -> deletedNote(p, path, w.deleted));
                case "views" -> list(p, here, path -> w.views.add(SavedViewReader.view(p, path)));
                case "overrides" -> {
                    version2(w.format, here, p);
                    w.overrides = ChangesJson.readOverrides(p, here);
                }
                case "changes" -> {
                    version2(w.format, here, p);
                    w.changes = ChangesJson.readChanges(p, here);
                }
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (p.nextToken() != null) {
            throw new Bad(p.currentTokenLocation(), "$", "there is more after the end of the top-level object");
        }
        if (w.format == null) {
            throw new Bad(null, "$", "the file has no \"format\" field; a workspace says \"format\": \"" + FORMAT
                    + "\"");
        }
        Set<String> ids = new HashSet<>();
        for (SavedView v : w.views) {
            if (!ids.add(v.id())) {
                throw new Bad(null, "$.views", "two views have the id \"" + v.id() + "\"");
            }
        }
        return new Workspace(w.data, Marks.of(w.marks, w.deleted), w.views, w.overrides, w.changes);
    }

    /** Changes to events are a part of version 2: a file that says version 1 does not have them. */
    private static void version2(String format, String path, JsonParser p) throws Bad {
        if (FORMAT_1.equals(format)) {
            throw new Bad(p.currentTokenLocation(), path, "\"" + StrictJson.last(path) + "\" is a part of \"" + FORMAT
                    + "\", not of \"" + FORMAT_1 + "\"");
        }
    }

    private static Mark mark(JsonParser p, String path) throws IOException, Bad {
        var m = new Object() {
            String event;
            String title;
            String date;
            boolean starred;
            List<String> tags = List.of();
            final List<Note> notes = new ArrayList<>();
        };
        JsonLocation start = object(p, path, "an object", (field, here) -> {
            switch (field) {
                case "event" -> m.event = text(p, here);
                case "title" -> m.title = text(p, here);
                case "date" -> m.date = text(p, here);
                case "starred" -> m.starred = bool(p, here);
                case "tags" -> m.tags = texts(p, here);
                case "notes" -> list(p, here, np -> m.notes.add(note(p, np)));
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (m.event == null || m.event.isEmpty()) {
            throw new Bad(start, path, "a mark needs the \"event\" it is on");
        }
        try {
            return new Mark(m.event, new EventRef(m.title, m.date), m.starred,
                    m.tags.stream().map(AnalystTag::clean).toList(), m.notes);
        } catch (IllegalArgumentException e) {
            throw new Bad(start, path + ".tags", e.getMessage());
        }
    }

    private static Note note(JsonParser p, String path) throws IOException, Bad {
        var n = new Object() {
            String id;
            String text;
            String author;
            Instant written;
            Instant edited;
        };
        JsonLocation start = object(p, path, "an object", (field, here) -> {
            switch (field) {
                case "id" -> n.id = text(p, here);
                case "text" -> n.text = text(p, here);
                case "author" -> n.author = text(p, here);
                case "written" -> n.written = instant(p, here);
                case "edited" -> n.edited = instant(p, here);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (n.id == null || n.text == null || n.written == null) {
            throw new Bad(start, path, "a note needs an \"id\", a \"text\" and the time it was \"written\"");
        }
        try {
            return new Note(n.id, n.text, n.author, n.written, n.edited);
        } catch (IllegalArgumentException e) {
            throw new Bad(start, path, e.getMessage());
        }
    }

    private static void deletedNote(JsonParser p, String path, Map<String, Instant> deleted) throws IOException, Bad {
        var d = new Object() {
            String id;
            Instant at;
        };
        JsonLocation start = object(p, path, "an object", (field, here) -> {
            switch (field) {
                case "id" -> d.id = text(p, here);
                case "deleted" -> d.at = instant(p, here);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (d.id == null || d.at == null) {
            throw new Bad(start, path, "a deleted note needs its \"id\" and when it was \"deleted\"");
        }
        deleted.put(d.id, d.at);
    }
}
