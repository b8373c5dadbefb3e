package io.annalist.io;

import java.util.ArrayList;
import java.util.List;

import io.annalist.model.ActorKind;
import io.annalist.model.Confidence;
import io.annalist.model.Event;
import io.annalist.model.EventDetails;
import io.annalist.model.EventKind;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;
import io.annalist.model.When;

/**
 * Reads ICEWS coded event files: tab-separated with a header ({@code Event ID},
 * {@code Event Date}, {@code Source Name}, {@code Source Country}, {@code Event Text},
 * {@code CAMEO Code}, {@code Intensity}, {@code Target Name}, ..., {@code City},
 * {@code Province}, {@code Country}, {@code Latitude}, {@code Longitude}), with the same
 * CAMEO table as GDELT. Files re-written by R say {@code NA} for an empty field: unknown,
 * never a name.
 */
final class IcewsReader extends TableFormat {
    static final String MACHINE_CODED = "Machine-coded from news reports by ICEWS; not verified by a person.";
    private static final String[] KEPT = {"Intensity", "Source Sectors", "Target Sectors", "Story ID",
            "Sentence Number", "Event Text"};

    @Override
    byte delimiter() {
        return '\t';
    }

    @Override
    String missing() {
        return "NA";
    }

    @Override
    String title(String fileName) {
        return "ICEWS events (" + fileName + ")";
    }

    @Override
    String description(String fileName) {
        return "Imported from an ICEWS coded event file. " + MACHINE_CODED;
    }

    @Override
    RowReader open(List<String> header, ImportBuilder b, ImportOptions options, String fileName) throws NotThisFormat {
        int code = column(header, "CAMEO Code");
        int date = column(header, "Event Date");
        if (code < 0 || date < 0) {
            throw new NotThisFormat("this is not an ICEWS event file: it has no \"Event Date\" or \"CAMEO Code\" column");
        }
        return new Columns(header, fileName, options.dateOrder())::row;
    }

    private static final class Columns {
        final int id;
        final int date;
        final int sourceName;
        final int sourceCountry;
        final int eventText;
        final int code;
        final int targetName;
        final int targetCountry;
        final int publisher;
        final int city;
        final int district;
        final int province;
        final int country;
        final int lat;
        final int lon;
        final Imports.Kept kept;
        final String fileName;
        final DateOrder order;

        Columns(List<String> h, String fileName, DateOrder order) {
            this.fileName = fileName;
            this.order = order;
            id = column(h, "Event ID");
            date = column(h, "Event Date");
            sourceName = column(h, "Source Name");
            sourceCountry = column(h, "Source Country");
            eventText = column(h, "Event Text");
            code = column(h, "CAMEO Code");
            targetName = column(h, "Target Name");
            targetCountry = column(h, "Target Country");
            publisher = column(h, "Publisher");
            city = column(h, "City");
            district = column(h, "District");
            province = column(h, "Province");
            country = column(h, "Country");
            lat = column(h, "Latitude");
            lon = column(h, "Longitude");
            kept = Imports.Kept.of(h, "icews.", KEPT);
        }

        void row(CsvRow row, ImportPart p) {
            int line = row.line;
            Sharing s = p.share;
            String eventId = row.get(id);
            boolean idGiven = !eventId.isEmpty();
            if (!idGiven) {
                // Named by its row in problems only; a loaded row gets an id made from its content.
                eventId = "icews-row-" + row.number;
            }
            When when;
            try {
                when = s.value(When.at(LenientDates.parse(row.get(date), order)));
            } catch (IllegalArgumentException e) {
                p.reject(row, date, e.getMessage(), eventId);
                return;
            }
            p.aboutEvent(eventId);
            String given = row.get(code);
            String cameo = Cameo.normal(given);
            if (cameo == null) {
                p.reject(row, code, "\"" + given + "\" is not a CAMEO event code", eventId);
                return;
            }
            String a1 = actor(p, row.get(sourceName), row.get(sourceCountry));
            String a2 = actor(p, row.get(targetName), row.get(targetCountry));
            List<String> actors = Imports.pair(a1, a2, s);
            EventKind kind = Cameo.kind(cameo);
            String description = Cameo.describe(cameo);
            List<String> tags = new ArrayList<>(3);
            tags.add(GdeltReader.TAG);
            if (Cameo.threat(cameo)) {
                tags.add("threat");
            }
            tags.add(s.text("CAMEO " + cameo + ": " + description));
            EventDetails details = Cameo.details(kind, cameo, a1, a2, s);
            String c = row.get(city);
            String d = row.get(district);
            String pr = row.get(province);
            String co = row.get(country);
            String name = String.join(", ", java.util.stream.Stream.of(c, d, pr, co).filter(x -> !x.isEmpty())
                    .distinct().toList());
            PlacePrecision precision = !c.isEmpty() ? PlacePrecision.TOWN : !d.isEmpty() ? PlacePrecision.DISTRICT
                    : !pr.isEmpty() ? PlacePrecision.PROVINCE : !co.isEmpty() ? PlacePrecision.COUNTRY : null;
            Double la = Imports.coordinate(row.get(lat), 90);
            Double lo = Imports.coordinate(row.get(lon), 180);
            Place where = name.isEmpty() && la == null ? null
                    : s.value(new Place(name.isEmpty() ? null : s.text(name), null, la, lo, precision));
            String pub = row.get(publisher);
            String source = pub.isEmpty()
                    ? p.source("icews", "ICEWS event file " + fileName, "ICEWS", null,
                    "Rows without a publisher cite the file they came from.")
                    : p.source("src-" + pub, pub, s.text(pub), null, null);
            String n1 = row.get(sourceName);
            String n2 = row.get(targetName);
            String title = s.text(Cameo.title(cameo, description, n1, n2));
            Event e = new Event(s.text(eventId), kind, title, when, where, actors, MACHINE_CODED,
                    s.value(List.of(source)), Confidence.REPORTED, s.value(List.copyOf(tags)), details,
                    kept.of(row, s), line);
            if (idGiven) {
                p.loaded(e);
            } else {
                p.loadedWithoutId(e, "icews-");
            }
        }

        private static String actor(ImportPart p, String name, String country) {
            if (name.isEmpty()) {
                return null;
            }
            boolean state = name.equals(country);
            return p.actor(name, name, state ? ActorKind.STATE : ActorKind.ORGANIZATION,
                    country.isEmpty() || state ? null : country);
        }
    }
}
