package io.annalist.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.annalist.model.Actor;
import io.annalist.model.ActorKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Role;
import io.annalist.model.Source;

/** Reads the file's {@code actors} and {@code sources}; one that has an error is rejected with its reason. */
final class ActorSourceParser {
    /** An actor as read, with where its affiliation was written so it can be checked later. */
    record ReadActor(Actor actor, JsonLocation at, String path, JsonLocation affiliationAt) {
    }

    /** A source as read, with where it was written. */
    record ReadSource(Source source, JsonLocation at, String path) {
    }

    private static final Seen.Names ACTOR_FIELDS = new Seen.Names("id", "name", "kind", "affiliation", "roles");
    private static final Seen.Names SOURCE_FIELDS = new Seen.Names("id", "title", "publisher", "url", "published",
            "note");

    private final Fields f;

    ActorSourceParser(Fields fields) {
        this.f = fields;
    }

    ReadActor actor(String path, Map<String, String> extra) throws IOException {
        JsonParser p = f.parser();
        JsonLocation start = f.here();
        if (!f.expectObject(path, "")) {
            return null;
        }
        int errorsBefore = f.problems().errorCount();
        String id = null;
        String name = null;
        ActorKind kind = null;
        String affiliation = null;
        JsonLocation affiliationAt = null;
        List<Role> roles = List.of();
        Seen seen = new Seen(ACTOR_FIELDS);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (f.duplicate(seen, path, field)) {
                continue;
            }
            switch (field) {
                case "id" -> id = f.token(path, field);
                case "name" -> name = f.text(path, field);
                case "kind" -> {
                    JsonLocation at = f.here();
                    String k = f.text(path, field);
                    if (k != null) {
                        kind = ActorKind.fromJson(k.toLowerCase(Locale.ROOT).replace(' ', '_'));
                        if (kind == null) {
                            f.problems().error(at, path, field, "unknown actor kind \"" + k
                                    + "\"; expected state, person, organization, military_unit, agency or media");
                        }
                    }
                }
                case "affiliation" -> {
                    affiliationAt = f.here();
                    affiliation = f.token(path, field);
                }
                case "roles" -> roles = roles(path, field);
                default -> f.keepUnknown(extra, path, field);
            }
        }
        if (id == null || id.isBlank()) {
            f.problems().error(start, path, "id", "the actor has no \"id\"");
        }
        if (name == null || name.isBlank()) {
            f.problems().error(start, path, "name", "the actor has no \"name\"");
        }
        if (f.problems().errorCount() > errorsBefore) {
            return null;
        }
        return new ReadActor(new Actor(id, name, kind, affiliation, roles), start, path, affiliationAt);
    }

    private List<Role> roles(String path, String field) throws IOException {
        JsonParser p = f.parser();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            f.wrongType(path, field, "a list of roles");
            return List.of();
        }
        List<Role> roles = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String rpath = path + "." + field + "[" + i++ + "]";
            if (!f.expectObject(rpath, "")) {
                continue;
            }
            String title = null;
            PartialDate from = null;
            PartialDate until = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "title" -> title = f.text(rpath, name);
                    case "from" -> from = f.date(rpath, name);
                    case "until" -> until = f.date(rpath, name);
                    default -> {
                        f.problems().error(f.here(), rpath, name, "a role has title, from and until, not \"" + name
                                + "\"");
                        p.skipChildren();
                    }
                }
            }
            if (title == null) {
                f.problems().error(f.here(), rpath, "title", "the role has no \"title\"");
            } else {
                roles.add(new Role(title, from, until));
            }
        }
        return roles;
    }

    ReadSource source(String path, Map<String, String> extra) throws IOException {
        JsonParser p = f.parser();
        JsonLocation start = f.here();
        if (!f.expectObject(path, "")) {
            return null;
        }
        int errorsBefore = f.problems().errorCount();
        String id = null;
        String title = null;
        String publisher = null;
        String url = null;
        PartialDate published = null;
        String note = null;
        Seen seen = new Seen(SOURCE_FIELDS);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (f.duplicate(seen, path, field)) {
                continue;
            }
            switch (field) {
                case "id" -> id = f.token(path, field);
                case "title" -> title = f.text(path, field);
                case "publisher" -> publisher = f.token(path, field);
                case "url" -> {
                    JsonLocation at = f.here();
                    url = f.text(path, field);
                    String why = Links.whyNotWebLink(url);
                    if (url != null && why != null) {
                        f.problems().error(at, path, field, why);
                    }
                }
                case "published" -> published = f.date(path, field);
                case "note" -> note = f.text(path, field);
                default -> f.keepUnknown(extra, path, field);
            }
        }
        if (id == null || id.isBlank()) {
            f.problems().error(start, path, "id", "the source has no \"id\"");
        }
        if (title == null || title.isBlank()) {
            f.problems().error(start, path, "title", "the source has no \"title\"");
        }
        if (f.problems().errorCount() > errorsBefore) {
            return null;
        }
        return new ReadSource(new Source(id, title, publisher, url, published, note), start, path);
    }
}
