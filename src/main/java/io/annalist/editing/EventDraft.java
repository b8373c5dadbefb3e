package io.annalist.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.annalist.changes.EventSnapshot;
import io.annalist.io.EventJson;
import io.annalist.model.Confidence;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PlacePrecision;

/**
 * An event as a form holds it while the analyst fills it in: its fields as our format writes
 * them, set one by one from what the form's controls hold. Nothing is checked here —
 * {@link EditedData#check} reads the draft as the reader reads a file and says what is wrong
 * with which field. A value left empty removes the field (the source does not say). Fields the
 * form does not show (unknown fields a file carried, the analyst block, citations) stay as they
 * were. Immutable.
 */
public record EventDraft(EventSnapshot snapshot) {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A draft of an existing event, to change it. */
    public static EventDraft of(Event e) {
        return new EventDraft(EventJson.snapshot(e));
    }

    /** An empty draft of a new event of {@code kind}, under {@code id}. */
    public static EventDraft blank(String id, EventKind kind) {
        return new EventDraft(new EventSnapshot(id, Map.of())).withKind(kind);
    }

    public String id() {
        return snapshot.id();
    }

    /** The JSON of a field, or null. */
    public String get(String field) {
        return snapshot.get(field);
    }

    /** The draft with {@code field} set to {@code json}, or removed when {@code json} is null. */
    public EventDraft with(String field, String json) {
        Map<String, String> f = new LinkedHashMap<>(snapshot.fields());
        if (json == null) {
            f.remove(field);
        } else {
            f.put(field, json);
        }
        return new EventDraft(new EventSnapshot(snapshot.id(), f));
    }

    public EventDraft without(String field) {
        return with(field, null);
    }

    /**
     * The draft as an event of another kind: the details of the old kind go, except those the
     * new kind has too under the same name (a meeting's participants become an exercise's).
     */
    public EventDraft withKind(EventKind kind) {
        Map<String, String> f = new LinkedHashMap<>();
        Set<String> keep = EventJson.detailFields(kind);
        for (Map.Entry<String, String> e : snapshot.fields().entrySet()) {
            String name = e.getKey();
            int dot = name.indexOf('.');
            if (name.equals("kind")) {
                continue;
            }
            if (dot > 0 && EventJson.isBlock(name.substring(0, dot))) {
                String sub = name.substring(dot + 1);
                if (keep.contains(sub)) {
                    f.put(kind.jsonName() + "." + sub, e.getValue());
                }
            } else if (!EventJson.isBlock(name)) {
                f.put(name, e.getValue());
            }
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("kind", text(kind.jsonName()));
        ordered.putAll(f);
        return new EventDraft(new EventSnapshot(snapshot.id(), ordered));
    }

    public EventDraft withTitle(String title) {
        return withText("title", title);
    }

    /** A text field ({@code "title"}, {@code "summary"}, {@code "visit.purpose"}); blank removes it. */
    public EventDraft withText(String field, String value) {
        return with(field, value == null || value.isBlank() ? null : text(value.strip()));
    }

    /** A list of ids or words ({@code "actors"}, {@code "sources"}, {@code "tags"}, {@code "visit.hosts"}); empty removes it. */
    public EventDraft withList(String field, List<String> values) {
        if (values == null || values.isEmpty()) {
            return without(field);
        }
        ArrayNode a = JSON.arrayNode();
        values.forEach(a::add);
        return with(field, EventJson.compact(a));
    }

    /** An actor id ({@code "troop_deployment.from"}, {@code "statement.speaker"}); blank removes it. */
    public EventDraft withId(String field, String id) {
        return withText(field, id);
    }

    /** The date as the analyst typed it ({@link DateEntry}); a text that is no date leaves the date out. */
    public EventDraft withWhen(DateEntry.Reading reading) {
        return with("when", reading.json());
    }

    /** A count — a number of troops, of fatalities — exact ({@code min == max}) or a range with an optional best estimate. */
    public EventDraft withCount(String field, Long min, Long max, Long best) {
        if (min == null && max == null) {
            return without(field);
        }
        if (min != null && min.equals(max) && best == null || max == null) {
            return with(field, Long.toString(min));
        }
        if (min == null) {
            return with(field, Long.toString(max));
        }
        ObjectNode o = JSON.objectNode();
        o.put("min", min);
        o.put("max", max);
        if (best != null) {
            o.put("best", best);
        }
        return with(field, EventJson.compact(o));
    }

    /**
     * A number ({@code "missile_test.apogee_km"}, {@code "missile_test.salvo_size"}): whole for an
     * Integer or Long, else a decimal; "n/a" for NaN; null removes it.
     */
    public EventDraft withNumber(String field, Number value) {
        if (value == null) {
            return without(field);
        }
        if (value instanceof Double d && d.isNaN()) {
            return with(field, text("n/a"));
        }
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof Short;
        return with(field, EventJson.compact(whole ? JSON.numberNode(value.longValue())
                : JSON.numberNode(value.doubleValue())));
    }

    /** A yes/no field ({@code "clash.civilian_targeting"}); null removes it (the source does not say). */
    public EventDraft withBoolean(String field, Boolean value) {
        return with(field, value == null ? null : value.toString());
    }

    /** A field with one of the format's names ({@code "missile_test.class"}: {@code "ICBM"}); null removes it. */
    public EventDraft withName(String field, String jsonName) {
        return withText(field, jsonName);
    }

    public EventDraft withConfidence(Confidence c) {
        return withName("confidence", c == null ? null : c.jsonName());
    }

    /** Where: any part may be null; all null removes the place. */
    public EventDraft withPlace(String place, String country, Double lat, Double lon, PlacePrecision precision) {
        ObjectNode o = JSON.objectNode();
        if (place != null && !place.isBlank()) {
            o.put("place", place.strip());
        }
        if (country != null && !country.isBlank()) {
            o.put("country", country.strip());
        }
        if (lat != null) {
            o.put("lat", lat);
        }
        if (lon != null) {
            o.put("lon", lon);
        }
        if (precision != null) {
            o.put("precision", precision.jsonName());
        }
        return with("where", o.isEmpty() ? null : EventJson.compact(o));
    }

    private static String text(String s) {
        return EventJson.compact(JSON.textNode(s));
    }
}
