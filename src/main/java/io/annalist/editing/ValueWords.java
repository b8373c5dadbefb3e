package io.annalist.editing;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.annalist.io.EventJson;
import io.annalist.model.Dataset;
import io.annalist.model.Estimate;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.When;

/**
 * Fields and their values in an analyst's words, for the audit trail and the details: the
 * field {@code troop_deployment.troops} is "troops", its value {@code {"min":1000,"max":3000}}
 * is "1,000–3,000"; actors and sources by name; a value the event does not give is "unknown".
 * Names come from the data the change is shown with.
 */
public final class ValueWords {
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("when", "date"),
            Map.entry("where", "place"), Map.entry("citations", "sources of values"), Map.entry("reported_by",
                    "reported by"), Map.entry("apogee_km", "apogee"), Map.entry("range_km", "range"),
            Map.entry("bearing_deg", "bearing"), Map.entry("side_a", "side A"), Map.entry("side_b", "side B"),
            Map.entry("civilian_targeting", "civilians targeted"), Map.entry("test_of_year", "test of the year"),
            Map.entry("extra", "other fields"), Map.entry("analyst", "marks written with the event"));
    private static final Set<String> ACTOR_FIELDS = Set.of("actors", "visitors", "hosts", "participants", "parties",
            "reported_by", "addressees", "side_a", "side_b", "from", "to", "speaker");

    private final Map<String, String> actors;
    private final Map<String, String> sources;

    /** Words with actor names and source titles looked up in these maps (ids stand for themselves otherwise). */
    public ValueWords(Map<String, String> actorNames, Map<String, String> sourceTitles) {
        this.actors = Map.copyOf(actorNames);
        this.sources = Map.copyOf(sourceTitles);
    }

    /** Words with the names of {@code d}'s actors and the titles of its sources. */
    public static ValueWords of(Dataset d) {
        Map<String, String> a = new HashMap<>();
        d.actors().forEach(x -> a.put(x.id(), x.name()));
        Map<String, String> s = new HashMap<>();
        d.sources().forEach(x -> s.put(x.id(), x.publisher() != null ? x.publisher() + ", " + x.title() : x.title()));
        return new ValueWords(a, s);
    }

    /** "troops" for {@code troop_deployment.troops}, "date" for {@code when}. */
    public static String label(String field) {
        String last = last(field);
        return LABELS.getOrDefault(last, last.replace('_', ' '));
    }

    /** A source by its title (and publisher), or its id. */
    public String source(String id) {
        return sources.getOrDefault(id, id);
    }

    /** The value ({@code json}, null when the event does not give it) of {@code field} in words. */
    public String value(String field, String json) {
        if (json == null) {
            return "unknown";
        }
        JsonNode v = EventJson.parse(json);
        String last = last(field);
        try {
            switch (last) {
                case "when":
                    return when(v);
                case "where":
                    return place(v);
                case "kind":
                    EventKind k = EventKind.fromJson(v.asText());
                    return k == null ? v.asText() : k.label();
                case "sources":
                    return names(v, sources);
                case "citations":
                    return v.size() + (v.size() == 1 ? " citation" : " citations");
                case "extra", "analyst":
                    return v.size() + (v.size() == 1 ? " field" : " fields");
                default:
                    break;
            }
        } catch (RuntimeException notWhatTheFormatSays) {
            return EventJson.compact(v);
        }
        if (ACTOR_FIELDS.contains(last)) {
            return names(v, actors);
        }
        if (v.isObject() && v.has("min") && v.has("max")) {
            Long best = v.hasNonNull("best") ? v.get("best").asLong() : null;
            return new Estimate(v.get("min").asLong(), v.get("max").asLong(), best).describe();
        }
        if (v.isIntegralNumber()) {
            return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(v.asLong()) + unit(last);
        }
        if (v.isNumber()) {
            return v.asText() + unit(last);
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "yes" : "no";
        }
        if (v.isArray()) {
            List<String> out = new ArrayList<>();
            v.forEach(x -> out.add(x.asText()));
            return String.join(", ", out);
        }
        return v.isTextual() ? v.asText() : EventJson.compact(v);
    }

    private static String unit(String field) {
        return field.endsWith("_km") ? " km" : field.endsWith("_deg") ? "°" : "";
    }

    private static String names(JsonNode v, Map<String, String> names) {
        List<String> out = new ArrayList<>();
        if (v.isTextual()) {
            out.add(names.getOrDefault(v.asText(), v.asText()));
        }
        v.forEach(x -> out.add(names.getOrDefault(x.asText(), x.asText())));
        return out.isEmpty() ? "none" : String.join(", ", out);
    }

    private static String when(JsonNode v) {
        if (v.isTextual()) {
            return When.at(PartialDate.parse(v.asText())).describe();
        }
        boolean approximate = v.path("approximate").asBoolean(false);
        String display = v.hasNonNull("display") ? v.get("display").asText() : null;
        When w = v.has("at") || !v.has("end")
                ? When.at(PartialDate.parse(v.path("at").asText(v.path("start").asText())), approximate, display, null)
                : When.span(PartialDate.parse(v.get("start").asText()), PartialDate.parse(v.get("end").asText()),
                approximate, display, null);
        return display == null ? w.describe() : w.describe() + " (\"" + display + "\")";
    }

    private static String place(JsonNode v) {
        if (v.isTextual()) {
            return v.asText();
        }
        Place p = new Place(v.hasNonNull("place") ? v.get("place").asText() : null,
                v.hasNonNull("country") ? v.get("country").asText() : null, null, null);
        String at = p.describe();
        if (v.hasNonNull("lat") && v.hasNonNull("lon")) {
            at = (at.isEmpty() ? "" : at + " ") + "(" + v.get("lat").asText() + ", " + v.get("lon").asText() + ")";
        }
        return at.isEmpty() ? "unknown" : at;
    }

    private static String last(String field) {
        int dot = field.indexOf('.');
        return dot > 0 && EventJson.isBlock(field.substring(0, dot)) ? field.substring(dot + 1) : field;
    }
}
