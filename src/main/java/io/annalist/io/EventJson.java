package io.annalist.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.annalist.changes.EventSnapshot;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.When;

/**
 * An event as the JSON our format writes for it, and as {@link EventSnapshot}: its fields one
 * by one, the fields of its details under their block's name ({@code "troop_deployment.troops"}).
 * Written by the same code as an event file ({@link EventFileWriter}) and read back by the
 * same code as an event file ({@link EventCheck}), so a snapshot says exactly what a file would.
 */
public final class EventJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    /** {@code e} as a file in our format holds it. */
    public static ObjectNode node(Event e) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            EventFileWriter.event(buffer, e, null);
            return (ObjectNode) MAPPER.readTree(buffer.asParser());
        } catch (IOException x) {
            throw new UncheckedIOException("an event held in memory could not be written", x);
        }
    }

    /** {@code e}'s fields. */
    public static EventSnapshot snapshot(Event e) {
        return snapshot(node(e));
    }

    /** The fields of an event object; its {@code id} must be text. */
    public static EventSnapshot snapshot(ObjectNode event) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = event.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String name = f.getKey();
            JsonNode value = f.getValue();
            if (name.equals("id")) {
                continue;
            }
            if (isBlock(name) && value.isObject() && !value.isEmpty()) {
                value.fields().forEachRemaining(d -> fields.put(name + "." + d.getKey(), compact(d.getValue())));
            } else {
                fields.put(name, compact(value));
            }
        }
        return new EventSnapshot(event.path("id").asText(), fields);
    }

    /** The event object of a snapshot, the fields of its details gathered in their block. */
    public static ObjectNode node(EventSnapshot s) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put("id", s.id());
        s.fields().forEach((name, json) -> {
            int dot = name.indexOf('.');
            if (dot > 0 && isBlock(name.substring(0, dot))) {
                JsonNode block = out.get(name.substring(0, dot));
                ObjectNode b = block instanceof ObjectNode o ? o : out.putObject(name.substring(0, dot));
                b.set(name.substring(dot + 1), parse(json));
            } else {
                out.set(name, parse(json));
            }
        });
        return out;
    }

    /** The {@code when} of an event as our format writes it, compact: {@code "2024-06"} or {@code {"start":...}}. */
    public static String when(When w) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            buffer.writeStartObject();
            EventFileWriter.when(buffer, w);
            buffer.writeEndObject();
            JsonNode tree = MAPPER.readTree(buffer.asParser());
            return compact(tree.get("when"));
        } catch (IOException x) {
            throw new UncheckedIOException("a date held in memory could not be written", x);
        }
    }

    /** The fields of a kind's details ({@code "troops"}, {@code "reported_by"}...); empty for {@code other}. */
    public static Set<String> detailFields(EventKind kind) {
        return DetailsParser.FIELDS.getOrDefault(kind, Set.of());
    }

    /** True for a field that holds a kind's details ({@code "visit"}, {@code "troop_deployment"}...). */
    public static boolean isBlock(String name) {
        EventKind k = EventKind.fromJson(name);
        return k != null && k != EventKind.OTHER;
    }

    /** A value as compact JSON: what a snapshot holds. */
    public static String compact(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }

    /** A value of a snapshot read back. */
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException x) {
            throw new IllegalArgumentException("not JSON: " + json, x);
        }
    }
}
