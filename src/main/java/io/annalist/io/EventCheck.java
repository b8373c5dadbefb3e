package io.annalist.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import io.annalist.changes.EventSnapshot;
import io.annalist.model.Actor;
import io.annalist.model.Event;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import io.annalist.model.Source;

/**
 * Checks one event, actor or source as the reader checks it in a file — by running the
 * reader's own code over it ({@link EventParser}, {@link DetailsParser},
 * {@link ActorSourceParser}, {@link References}) — so an edited event meets the same rules
 * with the same messages as a file: an end before the start, troops "min" above "max", an
 * actor or source that is not defined, a link that is not http(s), no source. A problem's
 * path names the field ({@code $.troop_deployment.troops}). Thread-safe.
 */
public final class EventCheck {
    /** What was read — null when it has an error — and every problem found. */
    public record Checked<T>(T value, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }

        /** True when nothing stands in the way: no error (warnings may remain). */
        public boolean ok() {
            return value != null && problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
        }
    }

    private EventCheck() {
    }

    /**
     * Reads {@code event} as an event of a file that defines {@code actorIds} and
     * {@code sourceIds}; problems name the file {@code name}.
     */
    public static Checked<Event> event(EventSnapshot event, Set<String> actorIds, Set<String> sourceIds, String name) {
        Problems problems = new Problems(name);
        List<PendingEvent> pending = new ArrayList<>(1);
        try (JsonParser p = parser(EventJson.node(event))) {
            Fields f = new Fields(p, problems, EventJson.MAPPER);
            EventParser parser = new EventParser(f);
            parser.knownIds(actorIds, sourceIds);
            EventFileReader.readEvent(p, f, parser, "$", f.here(), pending);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree in memory could not be read", e);
        }
        return new Checked<>(pending.isEmpty() ? null : pending.get(0).event, problems.list());
    }

    /** Reads {@code json} as an actor of a file whose other actors are {@code actorIds}. */
    public static Checked<Actor> actor(String json, Set<String> actorIds, String name) {
        Problems problems = new Problems(name);
        ActorSourceParser.ReadActor read;
        try (JsonParser p = parser(EventJson.parse(json))) {
            read = new ActorSourceParser(new Fields(p, problems, EventJson.MAPPER)).actor("$", new HashMap<>());
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree in memory could not be read", e);
        }
        if (read != null) {
            References.affiliation(problems, read, actorIds);
        }
        return new Checked<>(read == null ? null : read.actor(), problems.list());
    }

    /** Reads {@code json} as a source. */
    public static Checked<Source> source(String json, String name) {
        Problems problems = new Problems(name);
        Map<String, String> extra = new HashMap<>();
        try (JsonParser p = parser(EventJson.parse(json))) {
            ActorSourceParser.ReadSource read = new ActorSourceParser(new Fields(p, problems, EventJson.MAPPER))
                    .source("$", extra);
            return new Checked<>(read == null ? null : read.source(), problems.list());
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree in memory could not be read", e);
        }
    }

    private static JsonParser parser(JsonNode node) throws IOException {
        JsonParser p = EventJson.MAPPER.treeAsTokens(node);
        p.nextToken();
        return p;
    }
}
