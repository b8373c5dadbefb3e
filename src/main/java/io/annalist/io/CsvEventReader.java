package io.annalist.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.annalist.model.ActorKind;
import io.annalist.model.Confidence;
import io.annalist.model.DateFormatException;
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
 * event stay separate rows.
 */
public final class CsvEventReader {
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

    public LoadResult read(Path file) {
        String name = file.toString();
        CsvText.Loaded loaded = CsvText.load(file);
        if (loaded.failure() != null) {
            return loaded.failure();
        }
        CsvText csv = loaded.csv();
        ImportBuilder b = new ImportBuilder(name);
        if (!csv.encoding.equals("UTF-8")) {
            b.warn(1, 1, "", "the file is not UTF-8; read as " + csv.encoding);
        }
        Map<String, Integer> col = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        for (Map.Entry<String, String[]> c : COLUMNS.entrySet()) {
            int i = csv.column(c.getValue());
            col.put(c.getKey(), i);
            if (i >= 0) {
                used.add(i);
            }
        }
        if (col.get("date") < 0) {
            return LoadResults.fatal(name, "the header has no date column (date, start_date, start or when)");
        }
        for (int i = 0; i < csv.header.size(); i++) {
            if (!used.contains(i) && !csv.header.get(i).isBlank()) {
                b.warn(1, 1, "", "column \"" + csv.header.get(i) + "\" is not one Annalist knows; its values are kept"
                        + " with each event but not shown");
            }
        }
        String fileSource = b.source("csv-file", "Spreadsheet " + file.getFileName(), null, null,
                "Rows without a source of their own cite the file they came from.");
        int n = 0;
        for (CsvText.Row row : csv.rows) {
            n++;
            b.counted();
            row(b, csv, row, col, used, n, fileSource);
        }
        return b.build(file.getFileName().toString(), "Imported from " + file.getFileName());
    }

    private static void row(ImportBuilder b, CsvText csv, CsvText.Row row, Map<String, Integer> col, Set<Integer> used,
                            int n, String fileSource) {
        int line = row.line();
        String id = row.cell(col.get("id"));
        boolean idGiven = !id.isEmpty();
        if (!idGiven) {
            // Named by its row in problems only; a loaded row gets an id made from its content.
            id = "row-" + n;
        }
        String dateText = row.cell(col.get("date"));
        if (dateText.isEmpty()) {
            b.reject(line, 1, "", "the row has no date", id);
            return;
        }
        When when;
        try {
            PartialDate start = LenientDates.parse(dateText);
            String endText = row.cell(col.get("end_date"));
            boolean approx = row.cell(col.get("approximate")).equalsIgnoreCase("true");
            String display = row.cell(col.get("display"));
            when = endText.isEmpty() ? When.at(start, approx, display.isEmpty() ? null : display, null)
                    : When.span(start, LenientDates.parse(endText), approx, display.isEmpty() ? null : display, null);
        } catch (DateFormatException e) {
            b.reject(line, 1, "", e.getMessage(), id);
            return;
        } catch (IllegalArgumentException e) {
            b.reject(line, 1, "", e.getMessage(), id);
            return;
        }
        String kindText = row.cell(col.get("kind"));
        EventKind kind = EventKind.fromJson(kindText.toLowerCase(Locale.ROOT).replace(' ', '_'));
        List<String> tags = new ArrayList<>();
        for (String t : row.cell(col.get("tags")).split(";")) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        if (kind == null) {
            kind = EventKind.OTHER;
            if (!kindText.isEmpty()) {
                tags.add(kindText);
            }
        }
        List<String> actors = new ArrayList<>();
        for (String a : row.cell(col.get("actors")).split(";")) {
            if (!a.isBlank()) {
                actors.add(b.actor(a, ActorKind.ORGANIZATION));
            }
        }
        Double lat = number(b, row, col.get("lat"), -90, 90, "latitude");
        Double lon = number(b, row, col.get("lon"), -180, 180, "longitude");
        String placeName = row.cell(col.get("place"));
        String country = row.cell(col.get("country"));
        Place where = placeName.isEmpty() && country.isEmpty() && lat == null ? null
                : new Place(placeName.isEmpty() ? null : placeName, country.isEmpty() ? null : country, lat, lon);
        String sourceText = row.cell(col.get("source"));
        String source = fileSource;
        if (!sourceText.isEmpty()) {
            boolean web = Links.isWebLink(sourceText);
            source = b.source("source-" + sourceText, sourceText, null, web ? sourceText : null, null);
        }
        String title = row.cell(col.get("title"));
        Confidence confidence = Confidence.fromJson(row.cell(col.get("confidence")).toLowerCase(Locale.ROOT));
        Map<String, String> extra = new HashMap<>();
        for (int i = 0; i < csv.header.size() && i < row.cells().length; i++) {
            if (!used.contains(i) && !row.cell(i).isEmpty()) {
                extra.put("csv." + csv.header.get(i).strip(), "\"" + row.cell(i).replace("\"", "\\\"") + "\"");
            }
        }
        String analyst = AnalystBlock.fromCells(row.cell(col.get("analyst_starred")), row.cell(col.get("analyst_tags")),
                row.cell(col.get("analyst_notes")));
        if (analyst != null) {
            extra.put(AnalystBlock.FIELD, analyst);
        }
        String summary = row.cell(col.get("summary"));
        Event e = new Event(id, kind, title.isEmpty() ? null : title, when, where, actors,
                summary.isEmpty() ? null : summary, List.of(source), confidence, tags, null, extra, line);
        if (idGiven) {
            b.loaded(e, line, 1);
        } else {
            b.loadedWithoutId(e, "row-", line, 1);
        }
    }

    private static Double number(ImportBuilder b, CsvText.Row row, int col, double min, double max, String what) {
        String t = row.cell(col);
        if (t.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(t);
            if (v < min || v > max || !Double.isFinite(v)) {
                b.warn(row.line(), 1, "", what + " " + t + " is out of range; left out");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            b.warn(row.line(), 1, "", what + " \"" + t + "\" is not a number; left out");
            return null;
        }
    }
}
