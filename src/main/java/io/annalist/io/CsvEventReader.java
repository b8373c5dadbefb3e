package io.annalist.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.annalist.model.ActorKind;
import io.annalist.model.Confidence;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.When;

/**
 * Reads an analyst's spreadsheet saved as CSV: a header row, then one event a row. Columns
 * are matched by name, case-insensitively, with common synonyms (see {@link #COLUMNS});
 * a column that matches nothing is reported once and kept in each event's extra fields.
 * Rows that cannot be read are reported with their line. Rows for consecutive days of one
 * event stay separate rows. Numeric dates (03/04/2020) are read in the {@link DateOrder}
 * the analyst chose; without one, a date that reads two ways is reported, never guessed.
 */
final class CsvEventReader extends TableFormat {
    /** Our column, and the header names that mean it. */
    static final Map<String, String[]> COLUMNS = new java.util.LinkedHashMap<>();

    static {
        COLUMNS.put("id", new String[]{"id", "event_id"});
        COLUMNS.put("date", new String[]{"date", "start_date", "start", "when", "begin"});
        COLUMNS.put("end_date", new String[]{"end_date", "end", "until"});
        COLUMNS.put("kind", new String[]{"kind", "type", "category", "event_type"});
        COLUMNS.put("title", new String[]{"title", "event", "headline", "name"});
        COLUMNS.put("actors", new String[]{"actors", "actor", "participants", "who"});
        COLUMNS.put("place", new String[]{"place", "location", "where"});
        COLUMNS.put("country", new String[]{"country", "country_code"});
        COLUMNS.put("lat", new String[]{"lat", "latitude"});
        COLUMNS.put("lon", new String[]{"lon", "lng", "long", "longitude"});
        COLUMNS.put("summary", new String[]{"summary", "description", "notes", "text", "details"});
        COLUMNS.put("source", new String[]{"source", "url", "media", "link", "sources"});
        COLUMNS.put("confidence", new String[]{"confidence"});
        COLUMNS.put("approximate", new String[]{"approximate"});
        COLUMNS.put("display", new String[]{"display", "display_date"});
        COLUMNS.put("tags", new String[]{"tags"});
        for (String h : AnalystBlock.CSV_HEADER) {
            COLUMNS.put(h, new String[]{h});
        }
    }

    @Override
    String title(String fileName) {
        return fileName;
    }

    @Override
    String description(String fileName) {
        return "Imported from " + fileName;
    }

    @Override
    RowReader open(List<String> header, ImportBuilder b, ImportOptions options, String fileName) throws NotThisFormat {
        Map<String, Integer> col = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Map.Entry<String, String[]> c : COLUMNS.entrySet()) {
            int i = column(header, c.getValue());
            col.put(c.getKey(), i);
            if (i >= 0) {
                used.add(i);
            }
        }
        if (col.get("date") < 0) {
            throw new NotThisFormat("the header has no date column (date, start_date, start or when)");
        }
        List<Integer> others = new ArrayList<>();
        List<String> otherNames = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!used.contains(i) && !header.get(i).isBlank()) {
                b.warnHeader(i, "column \"" + header.get(i) + "\" is not one Annalist knows; its values are kept"
                        + " with each event and shown under Other fields in the details");
                others.add(i);
                otherNames.add("csv." + header.get(i).strip());
            }
        }
        Columns c = new Columns(col, others.stream().mapToInt(Integer::intValue).toArray(),
                otherNames.toArray(String[]::new), options.dateOrder(), fileName);
        return c::row;
    }

    /** The columns of one file, found once from its header. */
    private record Columns(Map<String, Integer> col, int[] others, String[] otherNames, DateOrder order,
                           String fileName) {
        int at(String name) {
            return col.get(name);
        }

        void row(CsvRow row, ImportPart b) {
            int line = row.line;
            Sharing s = b.share;
            String id = row.get(at("id"));
            boolean idGiven = !id.isEmpty();
            if (!idGiven) {
                // Named by its row in problems only; a loaded row gets an id made from its content.
                id = "row-" + row.number;
            }
            String dateText = row.get(at("date"));
            if (dateText.isEmpty()) {
                b.reject(row, at("date"), "the row has no date", id);
                return;
            }
            PartialDate start;
            PartialDate end;
            String endText = row.get(at("end_date"));
            try {
                start = LenientDates.parse(dateText, order);
            } catch (IllegalArgumentException e) {
                b.reject(row, at("date"), e.getMessage(), id);
                return;
            }
            try {
                end = endText.isEmpty() ? null : LenientDates.parse(endText, order);
            } catch (IllegalArgumentException e) {
                b.reject(row, at("end_date"), e.getMessage(), id);
                return;
            }
            When when;
            try {
                boolean approx = row.get(at("approximate")).equalsIgnoreCase("true");
                String display = row.get(at("display"));
                when = end == null ? When.at(start, approx, display.isEmpty() ? null : display, null)
                        : When.span(start, end, approx, display.isEmpty() ? null : display, null);
            } catch (IllegalArgumentException e) {
                b.reject(row, at(end == null ? "date" : "end_date"), e.getMessage(), id);
                return;
            }
            b.aboutEvent(id);
            String kindText = row.get(at("kind"));
            EventKind kind = kindWord(kindText);
            List<String> tags = new ArrayList<>();
            for (String t : row.get(at("tags")).split(";")) {
                Imports.addTag(tags, t.strip());
            }
            if (kind == null) {
                kind = EventKind.OTHER;
                Imports.addTag(tags, kindText);
            }
            List<String> actors = new ArrayList<>();
            for (String a : row.get(at("actors")).split(";")) {
                if (!a.isBlank()) {
                    actors.add(b.actor(a, ActorKind.ORGANIZATION));
                }
            }
            Double lat = number(b, row, at("lat"), -90, 90, "latitude");
            Double lon = number(b, row, at("lon"), -180, 180, "longitude");
            String placeName = row.get(at("place"));
            String country = row.get(at("country"));
            Place where = placeName.isEmpty() && country.isEmpty() && lat == null ? null
                    : s.value(new Place(placeName.isEmpty() ? null : s.text(placeName),
                    country.isEmpty() ? null : s.text(country), lat, lon));
            String sourceText = row.get(at("source"));
            String source;
            if (sourceText.isEmpty()) {
                source = b.source("csv-file", "Spreadsheet " + fileName, null, null,
                        "Rows without a source of their own cite the file they came from.");
            } else {
                boolean web = Links.isWebLink(sourceText);
                source = b.source("source-" + sourceText, sourceText, null, web ? sourceText : null, null);
            }
            String title = row.get(at("title"));
            Confidence confidence = Confidence.fromJson(row.get(at("confidence")).toLowerCase(Locale.ROOT));
            String summary = row.get(at("summary"));
            Map<String, String> extra = Imports.extra(row, others, otherNames, s);
            String analyst = AnalystBlock.fromCells(row.get(at("analyst_starred")), row.get(at("analyst_tags")),
                    row.get(at("analyst_notes")));
            if (analyst != null) {
                extra = new HashMap<>(extra);
                extra.put(AnalystBlock.FIELD, analyst);
            }
            Event e = new Event(s.text(id), kind, title.isEmpty() ? null : s.text(title), s.value(when), where,
                    s.value(List.copyOf(actors)), summary.isEmpty() ? null : summary, s.value(List.of(source)),
                    confidence, s.value(List.copyOf(tags)), null, extra, line);
            if (idGiven) {
                b.loaded(e);
            } else {
                b.loadedWithoutId(e, "row-");
            }
        }
    }

    /**
     * Our kind for a spreadsheet's word: our names, with spaces or hyphens for underscores
     * ({@code troop deployment}), and the short words analysts write for each (the README lists
     * them); null for any other word.
     */
    static EventKind kindWord(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        EventKind k = EventKind.fromJson(w);
        return k != null ? k : KIND_WORDS.get(w);
    }

    /** The words for each kind besides its own name, written with underscores for spaces. */
    private static final Map<String, EventKind> KIND_WORDS = kindWords();

    private static Map<String, EventKind> kindWords() {
        Map<String, EventKind> m = new HashMap<>();
        words(m, EventKind.VISIT, "visits", "state_visit", "official_visit", "trip");
        words(m, EventKind.TROOP_DEPLOYMENT, "deployment", "deployments", "troop_deployments", "troops",
                "troop_movement", "troop_movements", "deploy", "deployed");
        words(m, EventKind.MISSILE_TEST, "test", "tests", "missile", "missile_tests", "missile_launch",
                "missile_launches", "launch");
        words(m, EventKind.MILITARY_EXERCISE, "exercise", "exercises", "military_exercises", "drill", "drills",
                "military_drill", "war_games", "wargames", "manoeuvres", "maneuvers");
        words(m, EventKind.MEETING, "meetings", "meet", "talks", "summit", "negotiations");
        words(m, EventKind.AGREEMENT, "agreements", "treaty", "accord", "deal", "ceasefire", "truce");
        words(m, EventKind.STATEMENT, "statements", "announcement", "declaration", "speech", "remarks");
        words(m, EventKind.CLASH, "clashes", "armed_clash", "battle", "battles", "fighting", "attack", "attacks",
                "airstrike", "air_strike", "shelling");
        return Map.copyOf(m);
    }

    private static void words(Map<String, EventKind> m, EventKind kind, String... words) {
        for (String w : words) {
            m.put(w, kind);
        }
    }

    /** A coordinate written with a decimal comma (39,03), as spreadsheets save them where the comma is the decimal sign. */
    private static final java.util.regex.Pattern DECIMAL_COMMA = java.util.regex.Pattern.compile("[-+]?\\d+,\\d+");

    private static Double number(ImportPart b, CsvRow row, int col, double min, double max, String what) {
        String t = row.get(col);
        if (t.isEmpty()) {
            return null;
        }
        try {
            // One comma between digits can only be a decimal sign in a coordinate: 39,03 as a thousands form is out of range.
            double v = Double.parseDouble(DECIMAL_COMMA.matcher(t).matches() ? t.replace(',', '.') : t);
            if (v < min || v > max || !Double.isFinite(v)) {
                b.warn(row, col, what + " " + t + " is out of range; left out");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            b.warn(row, col, what + " \"" + t + "\" is not a number; left out");
            return null;
        }
    }
}
