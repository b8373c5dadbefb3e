package io.annalist.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.annalist.model.ActorKind;
import io.annalist.model.Confidence;
import io.annalist.model.DateFormatException;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.Precision;
import io.annalist.model.When;

/**
 * Reads ACLED CSV exports, current and older (upper-case headers, {@code data_id},
 * {@code iso3}, missing columns): one event a row, with its actors (actor1, actor2 and the
 * associated actors, not directional), the date at the precision ACLED gives
 * ({@code time_precision} 1 day, 2 the week around it, 3 the month), the place and
 * coordinates, fatalities, notes and source. The kind comes from {@code sub_event_type} where
 * one of ours fits ({@link #kindOf}); ACLED's own types are kept as tags.
 */
public final class AcledReader {
    private static final String[] KEPT = {"fatalities", "inter1", "inter2", "interaction", "civilian_targeting",
            "geo_precision", "source_scale", "iso", "iso3", "region", "admin2", "admin3", "timestamp", "data_id",
            "event_id_no_cnty", "year"};

    public LoadResult read(Path file) {
        String name = file.toString();
        CsvText.Loaded loaded = CsvText.load(file);
        if (loaded.failure() != null) {
            return loaded.failure();
        }
        CsvText csv = loaded.csv();
        int date = csv.column("event_date");
        if (date < 0) {
            return LoadResults.fatal(name, "this is not an ACLED export: it has no event_date column");
        }
        ImportBuilder b = new ImportBuilder(name);
        String fallbackSource = b.source("acled", "ACLED export " + file.getFileName(),
                "Armed Conflict Location & Event Data (ACLED)", "https://acleddata.com/", null);
        int n = 0;
        for (CsvText.Row row : csv.rows) {
            n++;
            b.counted();
            row(b, csv, row, date, n, fallbackSource);
        }
        return b.build("ACLED events (" + file.getFileName() + ")", "Imported from an ACLED export.");
    }

    /** Our kind for an ACLED sub-event type; everything else is "other" (the ACLED types stay as tags). */
    static EventKind kindOf(String subEventType) {
        return switch (subEventType.toLowerCase(Locale.ROOT)) {
            case "agreement" -> EventKind.AGREEMENT;
            case "headquarters or base established" -> EventKind.TROOP_DEPLOYMENT;
            default -> EventKind.OTHER;
        };
    }

    private static void row(ImportBuilder b, CsvText csv, CsvText.Row row, int dateCol, int n, String fallbackSource) {
        int line = row.line();
        String id = row.cell(csv.column("event_id_cnty", "data_id", "event_id_no_cnty"));
        boolean idGiven = !id.isEmpty();
        if (!idGiven) {
            // Named by its row in problems only; a loaded row gets an id made from its content.
            id = "acled-row-" + n;
        }
        String dateText = row.cell(dateCol);
        When when;
        try {
            PartialDate day = LenientDates.parse(dateText);
            String precision = row.cell(csv.column("time_precision"));
            when = switch (precision) {
                case "2" -> When.span(new PartialDate(day.start() - 3 * 86_400_000L, day.start() - 2 * 86_400_000L,
                                Precision.DAY, true), new PartialDate(day.start() + 3 * 86_400_000L,
                                day.start() + 4 * 86_400_000L, Precision.DAY, true), true, "week of " + dateText,
                        "ACLED time_precision 2: the week around this date");
                case "3" -> {
                    long monthStart = java.time.LocalDate.ofEpochDay(day.start() / 86_400_000L).withDayOfMonth(1)
                            .toEpochDay() * 86_400_000L;
                    yield When.at(new PartialDate(monthStart, Precision.MONTH.endOfUnit(monthStart), Precision.MONTH,
                            true), false, null, "ACLED time_precision 3: the month of this date");
                }
                default -> When.at(day);
            };
        } catch (DateFormatException e) {
            b.reject(line, 1, "event_date", e.getMessage(), id);
            return;
        }
        List<String> actors = new ArrayList<>();
        for (String c : new String[]{"actor1", "actor2", "assoc_actor_1", "assoc_actor_2"}) {
            for (String a : row.cell(csv.column(c)).split(";")) {
                if (!a.isBlank()) {
                    String actorId = b.actor(a, ActorKind.ORGANIZATION);
                    if (!actors.contains(actorId)) {
                        actors.add(actorId);
                    }
                }
            }
        }
        String eventType = row.cell(csv.column("event_type"));
        String subType = row.cell(csv.column("sub_event_type"));
        List<String> tags = new ArrayList<>();
        for (String t : new String[]{row.cell(csv.column("disorder_type")), eventType, subType}) {
            if (!t.isEmpty()) {
                tags.add(t);
            }
        }
        for (String t : row.cell(csv.column("tags")).split(";")) {
            if (!t.isBlank()) {
                tags.add(t.strip());
            }
        }
        String location = row.cell(csv.column("location"));
        String admin1 = row.cell(csv.column("admin1"));
        String country = row.cell(csv.column("country"));
        String place = String.join(", ", java.util.stream.Stream.of(location, admin1, country)
                .filter(s -> !s.isEmpty()).distinct().toList());
        Double lat = parse(row.cell(csv.column("latitude")), -90, 90);
        Double lon = parse(row.cell(csv.column("longitude")), -180, 180);
        String sourceText = row.cell(csv.column("source"));
        String source = sourceText.isEmpty() ? fallbackSource : b.source("src-" + sourceText, sourceText, sourceText,
                null, row.cell(csv.column("source_scale")).isEmpty() ? null
                        : "ACLED source scale: " + row.cell(csv.column("source_scale")));
        String fatalities = row.cell(csv.column("fatalities"));
        String notes = row.cell(csv.column("notes"));
        String summary = (notes + (fatalities.isEmpty() ? "" : (notes.isEmpty() ? "" : " ") + "Fatalities: "
                + fatalities + ".")).strip();
        Map<String, String> extra = new HashMap<>();
        for (String k : KEPT) {
            String v = row.cell(csv.column(k));
            if (!v.isEmpty()) {
                extra.put("acled." + k, "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            }
        }
        String title = (eventType.isEmpty() ? "Event" : eventType) + (subType.isEmpty() ? "" : ": " + subType)
                + (location.isEmpty() ? "" : " — " + location);
        Event e = new Event(id, kindOf(subType), title, when, place.isEmpty() && lat == null ? null
                : new Place(place.isEmpty() ? null : place, null, lat, lon), actors,
                summary.isEmpty() ? null : summary, List.of(source), Confidence.REPORTED, tags, null, extra, line);
        if (idGiven) {
            b.loaded(e, line, 1);
        } else {
            b.loadedWithoutId(e, "acled-", line, 1);
        }
    }

    private static Double parse(String s, double min, double max) {
        try {
            double v = Double.parseDouble(s);
            return v >= min && v <= max ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
