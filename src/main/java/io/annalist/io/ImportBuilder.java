package io.annalist.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.annalist.model.Actor;
import io.annalist.model.ActorKind;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.LoadReport;
import io.annalist.model.Problem;
import io.annalist.model.Source;

/**
 * Collects what an importer reads from a foreign format — actors named in the text, sources,
 * events, problems with their line — into a dataset and a load report with the same promise
 * as our own format: every row or entry is loaded or reported with its reason.
 */
final class ImportBuilder {
    final Problems problems;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final Map<String, String> actorIdsByName = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final Set<String> eventIds = new HashSet<>();
    private int read;
    private int rejected;

    ImportBuilder(String file) {
        problems = new Problems(file);
    }

    /** The id of the actor called {@code name}, made on first sight ("Military Forces of Russia" → military-forces-of-russia). */
    String actor(String name, ActorKind kind) {
        String clean = name.strip();
        String id = actorIdsByName.get(clean);
        if (id == null) {
            id = unique(slug(clean), actors.keySet());
            actorIdsByName.put(clean, id);
            actors.put(id, new Actor(id, clean, kind, null, List.of()));
        }
        return id;
    }

    /** Adds a source and returns its id; the same source twice gets the same id. */
    String source(String idHint, String title, String publisher, String url, String note) {
        Source s = new Source(null, title, publisher, url, null, note);
        for (Source existing : sources.values()) {
            if (existing.title().equals(title) && java.util.Objects.equals(existing.publisher(), publisher)
                    && java.util.Objects.equals(existing.url(), url)) {
                return existing.id();
            }
        }
        String id = unique(slug(idHint), sources.keySet());
        sources.put(id, new Source(id, s.title(), publisher, url, null, note));
        return id;
    }

    /** Counts an entry of the file: every counted entry must end as {@link #loaded} or {@link #reject}. */
    void counted() {
        read++;
    }

    void loaded(Event e, int line, int column) {
        if (!eventIds.add(e.id())) {
            reject(line, column, "", "id \"" + e.id() + "\" is used twice; the later one is left out", e.id());
            return;
        }
        events.add(e);
    }

    /**
     * Adds an event whose file gave it no id: it gets one made from its content
     * ({@link ContentId}), {@code prefix} first; a second event with the same content gets
     * "-2", a third "-3", in the order of the file.
     */
    void loadedWithoutId(Event e, String prefix, int line, int column) {
        Map<String, String> names = new java.util.HashMap<>();
        for (String a : e.actors()) {
            Actor actor = actors.get(a);
            names.put(a, actor == null ? a : actor.name());
        }
        String base = ContentId.of(prefix, e, names);
        String id = base;
        for (int i = 2; eventIds.contains(id); i++) {
            id = base + "-" + i;
        }
        loaded(new Event(id, e.kind(), e.title(), e.when(), e.where(), e.actors(), e.summary(), e.sources(),
                e.confidence(), e.tags(), e.details(), e.extra(), e.line()), line, column);
    }

    void reject(int line, int column, String path, String message, String eventId) {
        problems.aboutEvent(eventId);
        problems.error(line, column, path, null, message);
        problems.aboutEvent(null);
        rejected++;
    }

    void warn(int line, int column, String path, String message) {
        problems.warn(line, column, path, null, message);
    }

    LoadResult build(String title, String description) {
        List<Problem> sorted = new ArrayList<>(problems.list());
        sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        Dataset d = new Dataset(title, description, new ArrayList<>(actors.values()), new ArrayList<>(sources.values()),
                events, Map.of());
        return new LoadResult(d, new LoadReport(problems.file(), read, events.size(), rejected, sorted, false));
    }

    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private static String unique(String base, Set<String> taken) {
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
