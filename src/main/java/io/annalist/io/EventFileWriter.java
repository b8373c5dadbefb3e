package io.annalist.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.annalist.marks.Mark;
import io.annalist.model.Actor;
import io.annalist.model.Agreement;
import io.annalist.model.Clash;
import io.annalist.model.DateText;
import io.annalist.model.Dataset;
import io.annalist.model.Estimate;
import io.annalist.model.Event;
import io.annalist.model.EventDetails;
import io.annalist.model.Meeting;
import io.annalist.model.MilitaryExercise;
import io.annalist.model.MissileTest;
import io.annalist.model.Role;
import io.annalist.model.Source;
import io.annalist.model.Statement;
import io.annalist.model.TroopDeployment;
import io.annalist.model.Visit;
import io.annalist.model.When;

/**
 * Writes a dataset as an {@code annalist/1} file that {@link EventFileReader} reads back with
 * the same events. Fields an import brought along go under {@code extra}; the analyst's marks,
 * when given, go in each event's {@code analyst} block ({@link AnalystBlock}). The file is
 * written beside the target and moved into place when complete.
 */
public final class EventFileWriter {
    private final JsonFactory factory = new JsonFactory();

    public void write(Dataset d, List<Event> events, Path out) throws IOException {
        write(d, events, e -> null, out);
    }

    /**
     * Writes {@code events} with the analyst's marks: {@code marks} gives an event's mark, or
     * null (an event then keeps the analyst block its file gave it, if any).
     */
    public void write(Dataset d, List<Event> events, Function<Event, Mark> marks, Path out) throws IOException {
        AtomicFile.write(out, temp -> {
            try (OutputStream os = Files.newOutputStream(temp);
                 JsonGenerator g = factory.createGenerator(new java.io.BufferedOutputStream(os, 1 << 16),
                         JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                document(g, d, events, marks);
            }
        });
    }

    private void document(JsonGenerator g, Dataset d, List<Event> events, Function<Event, Mark> marks)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("format", EventFileReader.FORMAT);
        g.writeStringField("title", d.title());
        g.writeStringField("description", d.description());
        g.writeArrayFieldStart("actors");
        for (Actor a : d.actors()) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("name", a.name());
            if (a.kind() != null) {
                g.writeStringField("kind", a.kind().jsonName());
            }
            if (a.affiliation() != null) {
                g.writeStringField("affiliation", a.affiliation());
            }
            if (!a.roles().isEmpty()) {
                g.writeArrayFieldStart("roles");
                for (Role r : a.roles()) {
                    g.writeStartObject();
                    g.writeStringField("title", r.title());
                    if (r.from() != null) {
                        g.writeStringField("from", r.from().toIsoText());
                    }
                    if (r.until() != null) {
                        g.writeStringField("until", r.until().toIsoText());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sources");
        for (Source s : d.sources()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("title", s.title());
            optional(g, "publisher", s.publisher());
            optional(g, "url", s.url());
            if (s.published() != null) {
                g.writeStringField("published", s.published().toIsoText());
            }
            optional(g, "note", s.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : events) {
            event(g, e, marks.apply(e));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void list(JsonGenerator g, String field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            g.writeArrayFieldStart(field);
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
    }

    /** One event as the file holds it; {@link EventJson} reads events through this too, so both agree. */
    static void event(JsonGenerator g, Event e, Mark m) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("kind", e.kind().jsonName());
        optional(g, "title", e.title());
        when(g, e.when());
        if (e.where() != null) {
            g.writeObjectFieldStart("where");
            optional(g, "place", e.where().name());
            optional(g, "country", e.where().country());
            if (e.where().lat() != null) {
                g.writeNumberField("lat", e.where().lat());
            }
            if (e.where().lon() != null) {
                g.writeNumberField("lon", e.where().lon());
            }
            if (e.where().precision() != null) {
                g.writeStringField("precision", e.where().precision().jsonName());
            }
            g.writeEndObject();
        }
        list(g, "actors", e.actors());
        optional(g, "summary", e.summary());
        list(g, "sources", e.sources());
        if (e.confidence() != null) {
            g.writeStringField("confidence", e.confidence().jsonName());
        }
        list(g, "tags", e.tags());
        if (e.details() != null) {
            details(g, e.details());
        }
        if (!e.citations().isEmpty()) {
            g.writeArrayFieldStart("citations");
            for (io.annalist.model.Citation c : e.citations()) {
                g.writeStartObject();
                g.writeStringField("field", c.field());
                list(g, "sources", c.sources());
                optional(g, "was", c.was());
                optional(g, "note", c.note());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        String analyst = m != null ? AnalystBlock.json(m) : e.extra().get(AnalystBlock.FIELD);
        if (analyst != null) {
            g.writeFieldName(AnalystBlock.FIELD);
            g.writeRawValue(analyst);
        }
        if (e.extra().size() > (e.extra().containsKey(AnalystBlock.FIELD) ? 1 : 0)) {
            g.writeObjectFieldStart("extra");
            for (Map.Entry<String, String> x : new TreeMap<>(e.extra()).entrySet()) {
                if (!x.getKey().equals(AnalystBlock.FIELD)) {
                    g.writeFieldName(x.getKey());
                    g.writeRawValue(x.getValue());
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    static void when(JsonGenerator g, When when) throws IOException {
        When w = when.inDays();
        String start = DateText.iso(w.start(), w.startPrecision());
        if (!w.isSpan() && !w.isApproximate() && w.display() == null && w.note() == null) {
            g.writeStringField("when", start);
            return;
        }
        g.writeObjectFieldStart("when");
        if (w.isSpan()) {
            g.writeStringField("start", start);
            g.writeStringField("end", DateText.iso(w.endUnitStart(), w.endPrecision()));
        } else {
            g.writeStringField("at", start);
        }
        if (w.isApproximate()) {
            g.writeBooleanField("approximate", true);
        }
        optional(g, "display", w.display());
        optional(g, "note", w.note());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null) {
            return;
        }
        if (v.isNaN()) {
            g.writeStringField(field, "n/a");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumberField(field, v.longValue());
        } else {
            g.writeNumberField(field, v);
        }
    }

    private static void details(JsonGenerator g, EventDetails d) throws IOException {
        g.writeObjectFieldStart(d.kind().jsonName());
        if (d instanceof Visit v) {
            list(g, "visitors", v.visitors());
            list(g, "hosts", v.hosts());
            optional(g, "place", v.place());
            optional(g, "purpose", v.purpose());
            optional(g, "delegation", v.delegation());
            optional(g, "outcome", v.outcome());
        } else if (d instanceof TroopDeployment t) {
            optional(g, "from", t.from());
            optional(g, "to", t.to());
            estimate(g, "troops", t.troops());
            list(g, "reported_by", t.reportedBy());
            optional(g, "theatre", t.theatre());
            optional(g, "unit", t.unit());
        } else if (d instanceof MissileTest m) {
            optional(g, "missile", m.missile());
            if (m.missileClass() != null) {
                g.writeStringField("class", m.missileClass().jsonName());
            }
            if (m.salvoPosition() != null) {
                g.writeNumberField("salvo_position", m.salvoPosition());
            }
            if (m.salvoSize() != null) {
                g.writeNumberField("salvo_size", m.salvoSize());
            }
            optional(g, "launch_site", m.launchSite());
            optional(g, "landing_area", m.landingArea());
            number(g, "apogee_km", m.apogeeKm());
            number(g, "range_km", m.rangeKm());
            number(g, "bearing_deg", m.bearingDeg());
            optional(g, "maneuver", m.maneuver());
            if (m.outcome() != null) {
                g.writeStringField("outcome", m.outcome().jsonName());
            }
            optional(g, "claims", m.claims());
            if (m.testOfYear() != null) {
                g.writeNumberField("test_of_year", m.testOfYear());
            }
        } else if (d instanceof MilitaryExercise x) {
            list(g, "participants", x.participants());
            optional(g, "name", x.name());
            optional(g, "scale", x.scale());
        } else if (d instanceof Meeting m) {
            list(g, "participants", m.participants());
            optional(g, "topic", m.topic());
            optional(g, "outcome", m.outcome());
        } else if (d instanceof Agreement a) {
            list(g, "parties", a.parties());
            optional(g, "name", a.name());
            optional(g, "terms", a.terms());
        } else if (d instanceof Statement s) {
            optional(g, "speaker", s.speaker());
            list(g, "addressees", s.addressees());
            optional(g, "quote", s.quote());
        } else if (d instanceof Clash c) {
            list(g, "side_a", c.sideA());
            list(g, "side_b", c.sideB());
            if (c.type() != null) {
                g.writeStringField("type", c.type().jsonName());
            }
            estimate(g, "fatalities", c.fatalities());
            if (c.civilianTargeting() != null) {
                g.writeBooleanField("civilian_targeting", c.civilianTargeting());
            }
        }
        g.writeEndObject();
    }

    /** A count as a number when exact, else {@code {"min": ..., "max": ..., "best": ...}}. */
    private static void estimate(JsonGenerator g, String field, Estimate e) throws IOException {
        if (e != null && e.isExact()) {
            g.writeNumberField(field, e.min());
        } else if (e != null) {
            g.writeObjectFieldStart(field);
            g.writeNumberField("min", e.min());
            g.writeNumberField("max", e.max());
            if (e.best() != null) {
                g.writeNumberField("best", e.best());
            }
            g.writeEndObject();
        }
    }
}
