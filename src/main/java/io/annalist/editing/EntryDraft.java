package io.annalist.editing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.annalist.changes.Directory;
import io.annalist.io.EventJson;
import io.annalist.model.ActorKind;

/**
 * A new actor or source as a form fills it in, as the JSON our format writes for it:
 * an actor's name, kind and affiliation; a source's title, publisher, link, publication date
 * and note. Checked with the reader's rules by {@link EditedData#check(EntryDraft)} (a link
 * must be http or https; a source needs a title). Immutable.
 */
public record EntryDraft(Directory directory, String id, String json) {

    /** A new actor; {@code affiliation} is another actor's id, or null. */
    public static EntryDraft actor(String id, String name, ActorKind kind, String affiliation) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", id);
        put(o, "name", name);
        if (kind != null) {
            o.put("kind", kind.jsonName());
        }
        put(o, "affiliation", affiliation);
        return new EntryDraft(Directory.ACTOR, id, EventJson.compact(o));
    }

    /** A new source; {@code published} is a partial date as the format writes it ({@code 2024-11}), or null. */
    public static EntryDraft source(String id, String title, String publisher, String url, String published,
                                    String note) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", id);
        put(o, "title", title);
        put(o, "publisher", publisher);
        put(o, "url", url);
        put(o, "published", published);
        put(o, "note", note);
        return new EntryDraft(Directory.SOURCE, id, EventJson.compact(o));
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            o.put(field, value.strip());
        }
    }
}
