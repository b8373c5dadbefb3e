package io.annalist.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.annalist.model.ActorKind;
import io.annalist.model.Event;
import io.annalist.model.Problem;
import io.annalist.model.Severity;

/**
 * What one batch of rows or entries of an imported file turned into: its events, problems,
 * and the actors and sources it names in the order it met them. A batch knows nothing of
 * the others, so batches can be read on any thread; {@link ImportBuilder} then takes them
 * in file order, giving actors and sources their ids as a one-thread read would, and
 * renaming the few ids that two batches chose alike for different names.
 */
final class ImportPart {
    /** An actor as a batch met it: its key (a name, or a code), the names used for it, counted. */
    static final class ActorSeen {
        final String key;
        final String id;
        final ActorKind kind;
        final String affiliationKey;
        final LinkedHashMap<String, Integer> names = new LinkedHashMap<>(2);

        ActorSeen(String key, String id, ActorKind kind, String affiliationKey) {
            this.key = key;
            this.id = id;
            this.kind = kind;
            this.affiliationKey = affiliationKey;
        }
    }

    /** A source as a batch met it; equal title, publisher and link make one source. */
    record SourceKey(String title, String publisher, String url) {
    }

    static final class SourceSeen {
        final SourceKey key;
        final String idHint;
        final String id;
        final String note;

        SourceSeen(SourceKey key, String idHint, String id, String note) {
            this.key = key;
            this.idHint = idHint;
            this.id = id;
            this.note = note;
        }
    }

    final String file;
    final Sharing share;
    final List<Event> events = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final LinkedHashMap<String, ActorSeen> actors = new LinkedHashMap<>();
    final LinkedHashMap<SourceKey, SourceSeen> sources = new LinkedHashMap<>();
    /** Rows left out by an import option, by the option's words. */
    final Map<LeftOut, Integer> excludedBy = new LinkedHashMap<>();
    private final IdSet actorIds = new IdSet();
    private final IdSet sourceIds = new IdSet();
    int read;
    int rejected;
    int excluded;
    /** The rows whose bytes are not UTF-8 (read as Windows-1252), loaded or not. */
    final LineTally notUtf8 = new LineTally();
    /** The rows rejected for a date that reads two ways, no order of day and month being given. */
    final LineTally twoWayDates = new LineTally();
    private String eventId;

    ImportPart(String file, Sharing share) {
        this.file = file;
        this.share = share;
    }

    /** The id of the actor known by {@code key} (its name, or a code), named {@code name}. */
    String actor(String key, String name, ActorKind kind) {
        return actor(key, name, kind, null);
    }

    /** As {@link #actor(String, String, ActorKind)}, affiliated to the actor known by {@code affiliationKey}. */
    String actor(String key, String name, ActorKind kind, String affiliationKey) {
        ActorSeen a = actors.get(key);
        if (a == null) {
            String id = actorIds.claim(ImportBuilder.slug(key));
            a = new ActorSeen(key, share.text(id), kind, affiliationKey);
            actors.put(key, a);
            nameById.put(a.id, name);
        }
        a.names.merge(name, 1, Integer::sum);
        return a.id;
    }

    /** The id of an actor named {@code name}: the name is its key. */
    String actor(String name, ActorKind kind) {
        String clean = name.strip();
        return actor(clean, clean, kind, null);
    }

    /** Adds a source and returns its id; the same title, publisher and link give the same id. */
    String source(String idHint, String title, String publisher, String url, String note) {
        SourceKey key = new SourceKey(title, publisher, url);
        SourceSeen s = sources.get(key);
        if (s == null) {
            String id = sourceIds.claim(ImportBuilder.slug(idHint));
            s = new SourceSeen(key, idHint, share.text(id), note);
            sources.put(key, s);
        }
        return s.id;
    }

    /** Counts an entry of the file: every counted entry ends as loaded, rejected or excluded. */
    void counted() {
        read++;
    }

    void loaded(Event e) {
        events.add(e);
    }

    /** Positions in {@link #events} of events loaded without an id: theirs is a base the builder makes unique. */
    final java.util.BitSet withoutId = new java.util.BitSet();
    /** The first name each actor was met by, for ids made from an event's content. */
    private final Map<String, String> nameById = new java.util.HashMap<>();

    /**
     * Adds an event whose file gave it no id: its id is made from its content
     * ({@link ContentId}), {@code prefix} first; the builder adds "-2", "-3" to later events
     * with the same content, in the order of the file.
     */
    void loadedWithoutId(Event e, String prefix) {
        String base = ContentId.of(prefix, e, nameById);
        withoutId.set(events.size());
        events.add(new Event(base, e.kind(), e.title(), e.when(), e.where(), e.actors(), e.summary(), e.sources(),
                e.confidence(), e.tags(), e.details(), e.extra(), e.line()));
    }

    void reject(int line, int column, String path, String message, String id) {
        problems.add(new Problem(file, Math.max(0, line), Math.max(0, column), path, Severity.ERROR, message, id));
        rejected++;
    }

    /**
     * Rejects the row for the value of its cell {@code cell}: the problem names the line and
     * character column where the cell starts, and the column by the file's header.
     */
    void reject(CsvRow row, int cell, String message, String id) {
        reject(row, cell, row.name(cell), message, id);
    }

    /** As {@link #reject(CsvRow, int, String, String)}, naming the field {@code field} (files without a header). */
    void reject(CsvRow row, int cell, String field, String message, String id) {
        reject(row.lineOf(cell), row.columnOf(cell), field, message, id);
        if (LenientDates.readsTwoWays(message)) {
            twoWayDates.add(row.lineOf(cell));
        }
    }

    /** A warning about the value of the row's cell {@code cell}, placed and named as {@link #reject(CsvRow, int, String, String)} does. */
    void warn(CsvRow row, int cell, String message) {
        warn(row.lineOf(cell), row.columnOf(cell), row.name(cell), message);
    }

    void warn(int line, int column, String path, String message) {
        problems.add(new Problem(file, Math.max(0, line), Math.max(0, column), path, Severity.WARNING, message,
                eventId));
    }

    private boolean notARow;

    /** The row just counted is not an event (a second header line): uncounts it. */
    void notARow() {
        read--;
        notARow = true;
    }

    /** True once after {@link #notARow()}. */
    boolean takeNotARow() {
        boolean was = notARow;
        notARow = false;
        return was;
    }

    /**
     * Why rows were left out by an import option, in words that follow their count: {@code one}
     * for one row ("1 not a root event"), {@code many} for any other count ("0 not root events").
     */
    record LeftOut(String one, String many) {
        /** The same words after any count ("5 with fewer than 2 sources"). */
        LeftOut(String words) {
            this(words, words);
        }

        String words(long n) {
            return n == 1 ? one : many;
        }
    }

    /** A counted row left out by an import option, named in words ("not a root event"). */
    void exclude(LeftOut why) {
        excluded++;
        excludedBy.merge(why, 1, Integer::sum);
    }

    /** The event that warnings are about until the next call, or null. */
    void aboutEvent(String id) {
        eventId = id;
    }

    void notUtf8(int line) {
        notUtf8.add(line);
    }

    @Override
    public String toString() {
        return Objects.toString(file) + ": " + events.size() + (events.size() == 1 ? " event" : " events");
    }
}
