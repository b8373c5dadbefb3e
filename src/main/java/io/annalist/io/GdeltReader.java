package io.annalist.io;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.annalist.model.ActorKind;
import io.annalist.model.Confidence;
import io.annalist.model.DateFormatException;
import io.annalist.model.Event;
import io.annalist.model.EventDetails;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;
import io.annalist.model.Precision;
import io.annalist.model.When;

/**
 * Reads GDELT event exports: tab-separated, no header, 57 columns (GDELT 1.0 before April
 * 2013), 58 (GDELT 1.0 with {@code SOURCEURL}) or 61 (GDELT 2.0, with the ADM2 codes). Each row
 * is an event of the day in {@code SQLDATE} between {@code Actor1} and {@code Actor2} (an actor
 * per distinct code, named by the name GDELT uses most for it, affiliated to its country), at
 * the {@code ActionGeo} place with its precision, reported by {@code SOURCEURL}; its kind comes
 * from the CAMEO code ({@link Cameo}), and the codes, scores and counts stay as extra fields.
 * Every event is machine-coded from news and unverified: it says so, and is "reported".
 */
final class GdeltReader extends TableFormat {
    /** Shown with every GDELT event. */
    static final String MACHINE_CODED = "Machine-coded from news reports by GDELT; not verified by a person.";
    static final String TAG = "machine-coded";
    private static final String[] KEPT = {"EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "IsRootEvent", "DATEADDED",
            "ActionGeo_CountryCode", "ActionGeo_ADM1Code"};
    private static final String[] KEPT_NAMES;

    static {
        KEPT_NAMES = new String[KEPT.length];
        for (int i = 0; i < KEPT.length; i++) {
            KEPT_NAMES[i] = "gdelt." + KEPT[i];
        }
    }

    /** True when a first line looks like a GDELT row: 57, 58 or 61 tab-separated fields, an id, then a day. */
    static boolean looksLikeGdelt(String line) {
        String[] f = line.split("\t", -1);
        return (f.length == 57 || f.length == 58 || f.length == 61) && f[0].matches("\\d+") && f[1].matches("\\d{8}");
    }

    @Override
    byte delimiter() {
        return '\t';
    }

    @Override
    boolean quoting() {
        return false;
    }

    @Override
    boolean hasHeader() {
        return false;
    }

    @Override
    String title(String fileName) {
        return "GDELT events (" + fileName + ")";
    }

    @Override
    String description(String fileName) {
        return "Imported from a GDELT event export. " + MACHINE_CODED;
    }

    @Override
    RowReader open(List<String> header, ImportBuilder b, ImportOptions options, String fileName) {
        if (options.rootEventsOnly()) {
            b.asked(NOT_ROOT);
        }
        if (options.minSources() > 0) {
            b.asked(fewerSources(options.minSources()));
        }
        return new Rows(options, fileName)::row;
    }

    /** Why a row is left out by --root-only, as the load report counts it. */
    private static final ImportPart.LeftOut NOT_ROOT = new ImportPart.LeftOut(
            "not a root event (only root events asked for)", "not root events (only root events asked for)");

    /** Why a row is left out by --min-sources N. */
    private static ImportPart.LeftOut fewerSources(int n) {
        return new ImportPart.LeftOut(n == 1 ? "without a source" : "with fewer than " + n + " sources");
    }

    /** Where the columns that differ between the layouts are, for a row of {@code n} fields. */
    private record Layout(int actionGeo, int dateAdded, int url, boolean adm2) {
        static Layout of(int n) {
            return switch (n) {
                case 57 -> new Layout(49, 56, -1, false);
                case 58 -> new Layout(49, 56, 57, false);
                case 61 -> new Layout(51, 59, 60, true);
                default -> null;
            };
        }

        /** The column of each kept field in this layout. */
        int[] kept() {
            return new int[]{26, 27, 28, 29, 30, 31, 32, 33, 34, 25, dateAdded, actionGeo + 2, actionGeo + 3};
        }
    }

    private static final Layout V1_OLD = Layout.of(57);
    private static final Layout V1 = Layout.of(58);
    private static final Layout V2 = Layout.of(61);
    private static final int[] KEPT_V1_OLD = V1_OLD.kept();
    private static final int[] KEPT_V1 = V1.kept();
    private static final int[] KEPT_V2 = V2.kept();

    /** The reading of rows for one file and its import options. */
    private record Rows(ImportOptions options, String fileName) {
        void row(CsvRow row, ImportPart p) {
            int line = row.line;
            Sharing s = p.share;
            Layout layout = row.size() == 61 ? V2 : row.size() == 58 ? V1 : row.size() == 57 ? V1_OLD : null;
            String id = row.get(0);
            if (layout == null) {
                p.reject(line, 1, "", "a GDELT row has 57, 58 or 61 tab-separated fields; this one has " + row.size(),
                        id.isEmpty() ? null : id);
                return;
            }
            if (id.isEmpty()) {
                p.reject(row, 0, "GLOBALEVENTID", "the row has no GLOBALEVENTID", null);
                return;
            }
            if (options.rootEventsOnly() && !row.get(25).equals("1")) {
                p.exclude(NOT_ROOT);
                return;
            }
            if (options.minSources() > 0) {
                Long sources = Imports.count(row.get(32));
                if (sources == null || sources < options.minSources()) {
                    p.exclude(fewerSources(options.minSources()));
                    return;
                }
            }
            When when;
            try {
                when = s.value(When.at(day(row.get(1))));
            } catch (DateFormatException e) {
                p.reject(row, 1, "SQLDATE", e.getMessage(), id);
                return;
            }
            p.aboutEvent(id);
            String code = Cameo.normal(row.get(26));
            if (code == null) {
                p.reject(row, 26, "EventCode", "\"" + row.get(26) + "\" is not a CAMEO event code", id);
                return;
            }
            String a1 = actor(p, row.get(5), row.get(6), row.get(7));
            String a2 = actor(p, row.get(15), row.get(16), row.get(17));
            List<String> actors = Imports.pair(a1, a2, s);
            EventKind kind = Cameo.kind(code);
            String description = Cameo.describe(code);
            List<String> tags = new ArrayList<>(3);
            tags.add(TAG);
            if (Cameo.threat(code)) {
                tags.add("threat");
            }
            tags.add(s.text("CAMEO " + code + ": " + description));
            EventDetails details = Cameo.details(kind, code, a1, a2, s);
            int g = layout.actionGeo();
            String placeName = row.get(g + 1);
            Double lat = Imports.coordinate(row.get(layout.adm2() ? g + 5 : g + 4), 90);
            Double lon = Imports.coordinate(row.get(layout.adm2() ? g + 6 : g + 5), 180);
            Place where = placeName.isEmpty() && lat == null ? null : s.value(new Place(
                    placeName.isEmpty() ? null : s.text(placeName), null, lat, lon, precision(row.get(g))));
            String name1 = row.get(6);
            String name2 = row.get(16);
            String title = s.text(Cameo.title(code, description, name1, name2));
            String source = source(p, layout.url() < 0 ? "" : row.get(layout.url()), fileName);
            Map<String, String> extra = Imports.extra(row, layout == V2 ? KEPT_V2 : layout == V1 ? KEPT_V1
                    : KEPT_V1_OLD, KEPT_NAMES, s);
            p.loaded(new Event(s.text(id), kind, title, when, where, actors, MACHINE_CODED, s.value(List.of(source)),
                    Confidence.REPORTED, s.value(List.copyOf(tags)), details, extra, line));
        }
    }

    /** The actor with this CAMEO actor code, or null when the row names none. */
    private static String actor(ImportPart p, String code, String name, String country) {
        if (code.isEmpty()) {
            return null;
        }
        boolean state = code.equals(country);
        return p.actor(code, name.isEmpty() ? code : name, state ? ActorKind.STATE : ActorKind.ORGANIZATION,
                country.isEmpty() || state ? null : country);
    }

    /** A source for the row's {@code SOURCEURL}: a link (publisher: its host) or, for older rows, the text given. */
    private static String source(ImportPart p, String url, String fileName) {
        if (url.isEmpty()) {
            return p.source("gdelt", "GDELT event file " + fileName, "The GDELT Project", "https://www.gdeltproject.org/",
                    "Rows without a source link cite the file they came from.");
        }
        if (Links.isWebLink(url)) {
            String host = URI.create(url.strip()).getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            return p.source("src-" + host, url, p.share.text(host), url, null);
        }
        return p.source("src-" + url, url, url, null, null);
    }

    /** GDELT's {@code ActionGeo_Type}: 1 a country, 2 a US state, 3 a US city, 4 a city elsewhere, 5 a state or province elsewhere. */
    static PlacePrecision precision(String type) {
        return switch (type) {
            case "1" -> PlacePrecision.COUNTRY;
            case "2", "5" -> PlacePrecision.PROVINCE;
            case "3", "4" -> PlacePrecision.TOWN;
            default -> null;
        };
    }

    /** {@code SQLDATE}: YYYYMMDD. */
    static PartialDate day(String text) {
        if (text.length() != 8 || !text.chars().allMatch(Character::isDigit)) {
            throw new DateFormatException("\"" + text + "\" is not a GDELT date (YYYYMMDD)");
        }
        try {
            long start = java.time.LocalDate.of(Integer.parseInt(text.substring(0, 4)),
                    Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(6, 8))).toEpochDay()
                    * 86_400_000L;
            return new PartialDate(start, start + 86_400_000L, Precision.DAY, true);
        } catch (java.time.DateTimeException e) {
            throw new DateFormatException("\"" + text + "\" is not a day");
        }
    }
}
