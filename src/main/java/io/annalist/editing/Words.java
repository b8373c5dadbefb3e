package io.annalist.editing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import io.annalist.changes.EventChange;
import io.annalist.changes.EventSnapshot;
import io.annalist.changes.FieldChange;
import io.annalist.io.EventJson;
import io.annalist.model.Event;

/** Titles, cited sources and ids taken from changes and snapshots, for the audit trail and new events. */
final class Words {
    private Words() {
    }

    /** The title of the event a snapshot holds, or its id when it has none. */
    static String title(EventSnapshot s) {
        String t = text(s.get("title"));
        return t == null || t.isBlank() ? s.id() : t;
    }

    /** What a change is about, by name: the event's title (as it is after the change), the actor's name, the source's title. */
    static String title(EventChange c, Function<String, Event> events) {
        if (c instanceof EventChange.Added a) {
            return title(a.event());
        } else if (c instanceof EventChange.Deleted d) {
            return title(d.event());
        } else if (c instanceof EventChange.Restored r) {
            return title(r.event());
        } else if (c instanceof EventChange.Edited e) {
            for (FieldChange f : e.fields()) {
                if (f.field().equals("title") && text(f.now()) != null) {
                    return text(f.now());
                }
            }
            Event before = events.apply(e.id());
            return before == null ? e.id() : before.displayTitle();
        } else if (c instanceof EventChange.Listed l) {
            return entryName(l.json(), l.id());
        } else if (c instanceof EventChange.Unlisted u) {
            return entryName(u.json(), u.id());
        }
        return c.id();
    }

    /** The sources an event rests on after a change: what the audit trail cites when the analyst named none. */
    static List<String> sources(EventChange c, Function<String, Event> events) {
        EventSnapshot s = c instanceof EventChange.Added a ? a.event()
                : c instanceof EventChange.Restored r ? r.event()
                : c instanceof EventChange.Deleted d ? d.event() : null;
        if (s != null) {
            return ids(s.get("sources"));
        }
        if (c instanceof EventChange.Edited e) {
            for (FieldChange f : e.fields()) {
                if (f.field().equals("sources")) {
                    List<String> now = new ArrayList<>(ids(f.now()));
                    now.removeAll(ids(f.was()));
                    return now.isEmpty() ? ids(f.now()) : now;
                }
            }
            Event before = events.apply(e.id());
            return before == null ? List.of() : before.sources();
        }
        return List.of();
    }

    private static String entryName(String json, String id) {
        JsonNode n = EventJson.parse(json);
        String name = n.path("name").asText(n.path("title").asText(""));
        return name.isBlank() ? id : name;
    }

    /** A JSON text value as text; null when it is absent or not text. */
    static String text(String json) {
        if (json == null) {
            return null;
        }
        JsonNode n = EventJson.parse(json);
        return n.isTextual() ? n.asText() : null;
    }

    /** A JSON list of ids (or one id) as a list. */
    static List<String> ids(String json) {
        List<String> out = new ArrayList<>();
        if (json != null) {
            JsonNode n = EventJson.parse(json);
            if (n.isTextual()) {
                out.add(n.asText());
            } else {
                n.forEach(x -> out.add(x.asText()));
            }
        }
        return out;
    }

    /** "Shoigu visits Pyongyang 2025-03" → "shoigu-visits-pyongyang-2025-03": letters and digits, at most 60. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String s = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return s;
    }
}
