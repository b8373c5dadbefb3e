package io.annalist.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.annalist.model.Citation;
import io.annalist.model.Confidence;
import io.annalist.model.Event;
import io.annalist.model.EventDetails;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;
import io.annalist.model.When;

/**
 * Reads one event object. Problems are reported with their line, column and path; the
 * caller rejects the event when any of them is an error.
 */
final class EventParser {
    private final Fields f;
    private final DetailsParser details;
    /** Unknown fields of the event being read, nested ones under dotted keys ("where.elevation"). */
    private Map<String, String> extra;

    private static final Seen.Names EVENT_FIELDS = new Seen.Names("id", "kind", "title", "when", "where", "actors",
            "summary", "sources", "confidence", "tags", "extra", "analyst", "citations", "visit", "troop_deployment",
            "missile_test",
            "military_exercise", "meeting", "agreement", "statement", "clash");
    private static final Seen.Names WHEN_FIELDS = new Seen.Names("at", "start", "end", "approximate", "display", "note");
    private static final Seen.Names CITATION_FIELDS = new Seen.Names("field", "sources", "was", "note");
    private static final Seen.Names PLACE_FIELDS = new Seen.Names("place", "country", "lat", "lon", "precision");

    private java.util.Set<String> knownActors;
    private java.util.Set<String> knownSources;

    /**
     * When the file defined its actors and sources before its events (the usual order), their
     * ids: references are then checked as each event is read, with their exact place.
     */
    void knownIds(java.util.Set<String> actors, java.util.Set<String> sources) {
        knownActors = actors;
        knownSources = sources;
    }

    /** The unknown fields of the event being read, made when the first one turns up. */
    Map<String, String> extra() {
        if (extra == null) {
            extra = new HashMap<>();
        }
        return extra;
    }

    EventParser(Fields fields) {
        this.f = fields;
        this.details = new DetailsParser(fields);
    }

    /** Reads the event under the parser (on its START_OBJECT); returns null when it has no usable core. */
    PendingEvent read(String path, JsonLocation start) throws IOException {
        JsonParser p = f.parser();
        int line = start.getLineNr();
        String id = null;
        EventKind kind = null;
        String kindName = null;
        String title = null;
        When when = null;
        boolean whenSeen = false;
        Place where = null;
        List<String> actors = List.of();
        String summary = null;
        List<String> sources = null;
        JsonLocation sourcesAt = null;
        Confidence confidence = null;
        List<String> tags = List.of();
        List<Citation> citations = List.of();
        List<PendingEvent.Ref> citedSources = List.of();
        extra = null;
        Seen seen = new Seen(EVENT_FIELDS);
        DetailsParser.Block block = null;
        JsonLocation actorsAt = null;

        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (f.duplicate(seen, path, name)) {
                continue;
            }
            switch (name) {
                case "id" -> {
                    id = f.text(path, name);
                    f.problems().aboutEvent(id);
                }
                case "kind" -> {
                    kindName = f.text(path, name);
                    if (kindName != null) {
                        kind = EventKind.fromJson(kindName);
                        if (kind == null) {
                            f.problems().error(f.here(), path, name, "unknown kind \"" + kindName + "\"; expected one of "
                                    + kindNames());
                        }
                    }
                }
                case "title" -> title = f.phrase(path, name);
                case "when" -> {
                    whenSeen = true;
                    when = readWhen(path, name);
                }
                case "where" -> where = readPlace(path, name);
                case "actors" -> {
                    actorsAt = f.here();
                    actors = f.tokens(path, name);
                }
                case "summary" -> summary = f.text(path, name);
                case "sources" -> {
                    sourcesAt = f.here();
                    sources = f.tokens(path, name);
                }
                case "confidence" -> {
                    String c = f.text(path, name);
                    if (c != null) {
                        confidence = Confidence.fromJson(c);
                        if (confidence == null) {
                            f.problems().error(f.here(), path, name, "unknown confidence \"" + c
                                    + "\"; expected confirmed, reported, claimed, alleged or estimated");
                        }
                    }
                }
                case "tags" -> tags = f.tokens(path, name);
                case "analyst" -> {
                    // The analyst's marks written with the event (AnalystBlock): kept as they are.
                    if (p.currentToken() == JsonToken.START_OBJECT) {
                        extra().put(AnalystBlock.FIELD, f.raw());
                    } else {
                        f.wrongType(path, name, "an object");
                    }
                }
                case "citations" -> {
                    citedSources = new ArrayList<>();
                    citations = readCitations(path, name, citedSources);
                }
                case "extra" -> {
                    // Fields an import brought along, kept as they were and not reported.
                    if (p.currentToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            p.nextToken();
                            extra().put(key, f.raw());
                        }
                    } else {
                        f.wrongType(path, name, "an object");
                    }
                }
                default -> {
                    EventKind blockKind = EventKind.fromJson(name);
                    if (blockKind != null && blockKind != EventKind.OTHER) {
                        if (block != null) {
                            f.problems().error(f.here(), path, name, "an event has one block of details, but \""
                                    + block.details().kind().jsonName() + "\" is also given");
                            p.skipChildren();
                        } else {
                            block = details.read(blockKind, path, name, this::extra);
                        }
                    } else {
                        f.keepUnknown(extra(), path, name);
                    }
                }
            }
        }
        if (id == null || id.isBlank()) {
            f.problems().error(start, path, "id", "the event has no \"id\"");
        }
        if (kindName == null) {
            f.problems().error(start, path, "kind", "the event has no \"kind\"");
        }
        if (!whenSeen) {
            f.problems().error(start, path, "when", "the event has no \"when\"");
        }
        if (sources == null || sources.isEmpty()) {
            f.problems().error(sourcesAt == null ? start : sourcesAt, path, "sources",
                    "the event cites no source; every event needs at least one");
        }
        if (title == null || title.isBlank()) {
            f.problems().warn(start, path, "title", "the event has no \"title\"; its id is shown instead");
        }
        if (block != null && kind != null && block.details().kind() != kind) {
            f.problems().error(block.at(), path, block.details().kind().jsonName(), "the event's kind is \""
                    + kind.jsonName() + "\" but its details are for \"" + block.details().kind().jsonName() + "\"");
        }
        if (id == null || kind == null || when == null) {
            return null;
        }
        EventDetails d = block == null ? null : block.details();
        Event event = new Event(id, kind, title, when, where, actors, summary,
                sources == null ? List.of() : sources, confidence, tags, d, extra == null ? Map.of() : extra, line,
                citations);
        PendingEvent pending = new PendingEvent(event, start, path);
        if (block != null && !block.refs().isEmpty()) {
            for (PendingEvent.Ref r : block.refs()) {
                // An agency that only reports a deployment takes no part in it: it needs no lane.
                if (!actors.contains(r.id()) && !"reported_by".equals(r.field())) {
                    f.problems().warn(r.line(), r.column(), r.path(), r.field(), "\"" + r.id()
                            + "\" is named in the details but not in the event's \"actors\"");
                }
            }
        }
        if (knownActors != null && knownSources != null) {
            // The usual case: actors and sources came first, so check now, making objects only for what is wrong.
            for (int i = 0; i < actors.size(); i++) {
                if (!knownActors.contains(actors.get(i))) {
                    References.unknown(f.problems(), new PendingEvent.Ref(actors.get(i), false, actorsAt, path,
                            "actors"));
                }
            }
            for (int i = 0; sources != null && i < sources.size(); i++) {
                if (!knownSources.contains(sources.get(i))) {
                    References.unknown(f.problems(), new PendingEvent.Ref(sources.get(i), true, sourcesAt, path,
                            "sources"));
                }
            }
            if (block != null) {
                List<PendingEvent.Ref> refs = block.refs();
                for (int i = 0; i < refs.size(); i++) {
                    if (!knownActors.contains(refs.get(i).id())) {
                        References.unknown(f.problems(), refs.get(i));
                    }
                }
            }
            for (PendingEvent.Ref r : citedSources) {
                if (!knownSources.contains(r.id())) {
                    References.unknown(f.problems(), r);
                }
            }
        } else {
            List<PendingEvent.Ref> refs = new ArrayList<>(actors.size() + 2);
            for (String a : actors) {
                refs.add(new PendingEvent.Ref(a, false, actorsAt, path, "actors"));
            }
            if (sources != null) {
                for (String s : sources) {
                    refs.add(new PendingEvent.Ref(s, true, sourcesAt, path, "sources"));
                }
            }
            if (block != null) {
                refs.addAll(block.refs());
            }
            refs.addAll(citedSources);
            pending.defer(refs);
        }
        return pending;
    }

    static String kindNames() {
        StringBuilder b = new StringBuilder();
        for (EventKind k : EventKind.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(k.jsonName());
        }
        return b.toString();
    }

    /** "2024-06" or {"at": ..., "start": ..., "end": ..., "approximate": ..., "display": ..., "note": ...}. */
    private When readWhen(String path, String field) throws IOException {
        JsonParser p = f.parser();
        JsonLocation at = f.here();
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            PartialDate d = f.date(path, field);
            return d == null ? null : f.share(When.at(d));
        }
        if (!f.expectObject(path, field)) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                f.problems().error(at, path, field, "\"when\" is null; give a date");
            }
            return null;
        }
        String wpath = path + "." + field;
        PartialDate single = null;
        PartialDate from = null;
        PartialDate to = null;
        boolean approximate = false;
        String display = null;
        String note = null;
        int errorsBefore = f.problems().errorCount();
        Seen seen = new Seen(WHEN_FIELDS);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (f.duplicate(seen, wpath, name)) {
                continue;
            }
            switch (name) {
                case "at" -> single = f.date(wpath, name);
                case "start" -> from = f.date(wpath, name);
                case "end" -> to = f.date(wpath, name);
                case "approximate" -> approximate = f.bool(wpath, name);
                case "display" -> display = f.text(wpath, name);
                case "note" -> note = f.text(wpath, name);
                default -> f.keepUnknown(extra(), path, field + "." + name);
            }
        }
        if (f.problems().errorCount() > errorsBefore) {
            return null;
        }
        if (single != null && (from != null || to != null)) {
            f.problems().error(at, path, field, "\"when\" gives both \"at\" and \"start\"/\"end\"; give one or the other");
            return null;
        }
        if (single != null) {
            return f.share(When.at(single, approximate, display, note));
        }
        if (from == null) {
            f.problems().error(at, path, field, "\"when\" needs \"at\" (a date) or \"start\" (a span)");
            return null;
        }
        if (to == null) {
            return f.share(When.at(from, approximate, display, note));
        }
        try {
            return f.share(When.span(from, to, approximate, display, note));
        } catch (IllegalArgumentException e) {
            f.problems().error(at, path, field, e.getMessage());
            return null;
        }
    }

    /**
     * [{"field": "when", "sources": [...], "was": ..., "note": ...}, ...]: the sources of single
     * values. Each cited source is added to {@code cited} to be checked like the event's own.
     */
    private List<Citation> readCitations(String path, String field, List<PendingEvent.Ref> cited) throws IOException {
        JsonParser p = f.parser();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            f.wrongType(path, field, "a list of citations");
            return List.of();
        }
        List<Citation> out = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            String cpath = path + "." + field + "[" + i + "]";
            JsonLocation at = f.here();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                f.wrongType(path, field + "[" + i + "]", "an object");
                continue;
            }
            String name = null;
            List<String> sources = List.of();
            JsonLocation sourcesAt = at;
            String was = null;
            String note = null;
            Seen seen = new Seen(CITATION_FIELDS);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String n = p.currentName();
                p.nextToken();
                if (f.duplicate(seen, cpath, n)) {
                    continue;
                }
                switch (n) {
                    case "field" -> name = f.token(cpath, n);
                    case "sources" -> {
                        sourcesAt = f.here();
                        sources = f.tokens(cpath, n);
                    }
                    case "was" -> was = f.text(cpath, n);
                    case "note" -> note = f.text(cpath, n);
                    default -> f.keepUnknown(extra(), path, field + "[" + i + "]." + n);
                }
            }
            if (name == null || name.isBlank()) {
                f.problems().error(at, cpath, "field", "the citation names no \"field\"");
                continue;
            }
            if (sources.isEmpty()) {
                f.problems().error(at, cpath, "sources", "the citation of \"" + name + "\" names no source");
                continue;
            }
            for (String s : sources) {
                cited.add(new PendingEvent.Ref(s, true, sourcesAt, cpath, "sources"));
            }
            out.add(new Citation(name, sources, was, note));
        }
        return out;
    }

    private Place readPlace(String path, String field) throws IOException {
        JsonParser p = f.parser();
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return f.share(new Place(f.intern(p.getText()), null, null, null));
        }
        if (!f.expectObject(path, field)) {
            return null;
        }
        String wpath = path + "." + field;
        String name = null;
        String country = null;
        Double lat = null;
        Double lon = null;
        PlacePrecision precision = null;
        JsonLocation latAt = null;
        JsonLocation lonAt = null;
        Seen seen = new Seen(PLACE_FIELDS);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String n = p.currentName();
            p.nextToken();
            if (f.duplicate(seen, wpath, n)) {
                continue;
            }
            switch (n) {
                case "place" -> name = f.token(wpath, n);
                case "country" -> {
                    JsonLocation at = f.here();
                    country = f.token(wpath, n);
                    if (country != null && !isCountryCode(country)) {
                        f.problems().warn(at, wpath, n, "country \"" + country
                                + "\" is not a two-letter ISO 3166 code such as KP or RU");
                    }
                }
                case "lat" -> {
                    latAt = f.here();
                    lat = f.number(wpath, n, true);
                }
                case "lon" -> {
                    lonAt = f.here();
                    lon = f.number(wpath, n, true);
                }
                case "precision" -> {
                    String t = f.text(wpath, n);
                    if (t != null) {
                        precision = PlacePrecision.fromJson(t);
                        if (precision == null) {
                            f.problems().error(f.here(), wpath, n, "unknown place precision \"" + t + "\"; expected "
                                    + placePrecisionNames());
                        }
                    }
                }
                default -> f.keepUnknown(extra(), path, field + "." + n);
            }
        }
        if (lat != null && (lat < -90 || lat > 90)) {
            f.problems().error(latAt, wpath, "lat", "latitude " + lat + " is outside -90..90");
            lat = null;
        }
        if (lon != null && (lon < -180 || lon > 180)) {
            f.problems().error(lonAt, wpath, "lon", "longitude " + lon + " is outside -180..180");
            lon = null;
        }
        return f.share(new Place(name, country, lat, lon, precision));
    }

    static String placePrecisionNames() {
        StringBuilder b = new StringBuilder();
        for (PlacePrecision p : PlacePrecision.values()) {
            b.append(b.length() == 0 ? "" : ", ").append(p.jsonName());
        }
        return b.toString();
    }

    private static boolean isCountryCode(String s) {
        return s.length() == 2 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && s.charAt(1) >= 'A' && s.charAt(1) <= 'Z';
    }
}
