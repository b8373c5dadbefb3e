package io.annalist.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.annalist.model.ActorKind;
import io.annalist.model.Clash;
import io.annalist.model.ClashType;
import io.annalist.model.Confidence;
import io.annalist.model.DateFormatException;
import io.annalist.model.Estimate;
import io.annalist.model.Event;
import io.annalist.model.EventDetails;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;
import io.annalist.model.Precision;
import io.annalist.model.When;

/**
 * Reads ACLED CSV exports, current and older (upper-case headers, {@code data_id},
 * {@code iso3}, missing columns): one event a row, with its actors (actor1 and its associates
 * against actor2 and its associates), the date at the precision ACLED gives
 * ({@code time_precision} 1 day, 2 the week around it, 3 the month), the place, its
 * coordinates and their precision, fatalities, notes and source. An export a spreadsheet saved
 * again has numeric dates (09/05/2020): they are read in the analyst's {@link DateOrder}, and
 * without one only when they read one way. Battles and
 * explosions/remote violence are clashes ({@link #kindOf}); ACLED's own types are kept as tags.
 */
final class AcledReader extends TableFormat {
    private static final String[] KEPT = {"fatalities", "inter1", "inter2", "interaction", "civilian_targeting",
            "geo_precision", "source_scale", "iso", "iso3", "region", "admin2", "admin3", "timestamp", "data_id",
            "event_id_no_cnty", "year"};

    /** Our kind for an ACLED event and sub-event type; the ACLED types stay as tags. */
    static EventKind kindOf(String eventType, String subEventType) {
        String event = eventType.toLowerCase(Locale.ROOT);
        if (event.equals("battles") || event.equals("explosions/remote violence")) {
            return EventKind.CLASH;
        }
        return switch (subEventType.toLowerCase(Locale.ROOT)) {
            case "agreement" -> EventKind.AGREEMENT;
            case "headquarters or base established" -> EventKind.TROOP_DEPLOYMENT;
            default -> EventKind.OTHER;
        };
    }

    /** The sort of clash an ACLED sub-event type is. */
    static ClashType clashType(String subEventType) {
        return switch (subEventType.toLowerCase(Locale.ROOT)) {
            case "armed clash", "government regains territory", "non-state actor overtakes territory" -> ClashType.BATTLE;
            case "air/drone strike" -> ClashType.AIR_STRIKE;
            case "shelling/artillery/missile attack" -> ClashType.SHELLING;
            default -> ClashType.OTHER;
        };
    }

    /** ACLED's {@code geo_precision}: 1 the town, 2 near a town or part of a region, 3 a larger region. */
    static PlacePrecision placePrecision(String code) {
        return switch (code) {
            case "1" -> PlacePrecision.TOWN;
            case "2" -> PlacePrecision.NEAR;
            case "3" -> PlacePrecision.PROVINCE;
            default -> null;
        };
    }

    @Override
    String title(String fileName) {
        return "ACLED events (" + fileName + ")";
    }

    @Override
    String description(String fileName) {
        return "Imported from an ACLED export.";
    }

    @Override
    RowReader open(List<String> header, ImportBuilder b, ImportOptions options, String fileName) throws NotThisFormat {
        int date = column(header, "event_date");
        if (date < 0) {
            throw new NotThisFormat("this is not an ACLED export: it has no event_date column");
        }
        Columns c = new Columns(header, date, fileName, options.dateOrder());
        return c::row;
    }

    /** The columns of one file, found once from its header. */
    private static final class Columns {
        final int date;
        final int[] ids;
        final int precision;
        final int actor1;
        final int actor2;
        final int assoc1;
        final int assoc2;
        final int disorder;
        final int eventType;
        final int subType;
        final int tags;
        final int location;
        final int admin1;
        final int country;
        final int lat;
        final int lon;
        final int geoPrecision;
        final int source;
        final int sourceScale;
        final int fatalities;
        final int notes;
        final int civilians;
        final Imports.Kept kept;
        final String fileName;
        /** How numeric dates (a spreadsheet's 09/05/2020) are read, or null to read only those that read one way. */
        final DateOrder order;

        Columns(List<String> h, int date, String fileName, DateOrder order) {
            this.date = date;
            this.fileName = fileName;
            this.order = order;
            ids = new int[]{column(h, "event_id_cnty"), column(h, "data_id"), column(h, "event_id_no_cnty")};
            precision = column(h, "time_precision");
            actor1 = column(h, "actor1");
            actor2 = column(h, "actor2");
            assoc1 = column(h, "assoc_actor_1");
            assoc2 = column(h, "assoc_actor_2");
            disorder = column(h, "disorder_type");
            eventType = column(h, "event_type");
            subType = column(h, "sub_event_type");
            tags = column(h, "tags");
            location = column(h, "location");
            admin1 = column(h, "admin1");
            country = column(h, "country");
            lat = column(h, "latitude");
            lon = column(h, "longitude");
            geoPrecision = column(h, "geo_precision");
            source = column(h, "source");
            sourceScale = column(h, "source_scale");
            fatalities = column(h, "fatalities");
            notes = column(h, "notes");
            civilians = column(h, "civilian_targeting");
            kept = Imports.Kept.of(h, "acled.", KEPT);
        }

        void row(CsvRow row, ImportPart p) {
            int line = row.line;
            Sharing s = p.share;
            String id = "";
            for (int i : ids) {
                id = row.get(i);
                if (!id.isEmpty()) {
                    break;
                }
            }
            boolean idGiven = !id.isEmpty();
            if (!idGiven) {
                // Named by its row in problems only; a loaded row gets an id made from its content.
                id = "acled-row-" + row.number;
            }
            String dateText = row.get(date);
            When when;
            try {
                when = s.value(when(LenientDates.parse(dateText, order), row.get(precision), dateText));
            } catch (DateFormatException e) {
                p.reject(row, date, e.getMessage(), id);
                return;
            }
            p.aboutEvent(id);
            List<String> sideA = new ArrayList<>(2);
            List<String> sideB = new ArrayList<>(2);
            addActors(p, row.get(actor1), sideA);
            addActors(p, row.get(assoc1), sideA);
            addActors(p, row.get(actor2), sideB);
            addActors(p, row.get(assoc2), sideB);
            List<String> actors = new ArrayList<>(sideA);
            for (String a : sideB) {
                if (!actors.contains(a)) {
                    actors.add(a);
                }
            }
            String type = row.get(eventType);
            String sub = row.get(subType);
            List<String> tagList = new ArrayList<>(4);
            for (String t : new String[]{row.get(disorder), type, sub}) {
                Imports.addTag(tagList, t.isEmpty() ? null : s.text(t));
            }
            for (String t : row.get(tags).split(";")) {
                Imports.addTag(tagList, t.isBlank() ? null : s.text(t.strip()));
            }
            String loc = row.get(location);
            String place = String.join(", ", java.util.stream.Stream.of(loc, row.get(admin1), row.get(country))
                    .filter(x -> !x.isEmpty()).distinct().toList());
            Double la = Imports.coordinate(row.get(lat), 90);
            Double lo = Imports.coordinate(row.get(lon), 180);
            PlacePrecision pp = placePrecision(row.get(geoPrecision));
            Place where = place.isEmpty() && la == null ? null
                    : s.value(new Place(place.isEmpty() ? null : s.text(place), null, la, lo, pp));
            String sourceText = row.get(source);
            String scale = row.get(sourceScale);
            String src = sourceText.isEmpty()
                    ? p.source("acled", "ACLED export " + fileName, "Armed Conflict Location & Event Data (ACLED)",
                    "https://acleddata.com/", null)
                    : p.source("src-" + sourceText, sourceText, sourceText, null,
                    scale.isEmpty() ? null : "ACLED source scale: " + scale);
            EventKind kind = kindOf(type, sub);
            EventDetails details = null;
            if (kind == EventKind.CLASH) {
                Long dead = Imports.count(row.get(fatalities));
                Boolean civ = civilians < 0 ? null : !row.get(civilians).isEmpty();
                details = s.value(new Clash(s.value(List.copyOf(sideA)), s.value(List.copyOf(sideB)), clashType(sub),
                        dead == null ? null : s.value(Estimate.exactly(dead)), civ));
            }
            String title = s.text((type.isEmpty() ? "Event" : type) + (sub.isEmpty() ? "" : ": " + sub)
                    + (loc.isEmpty() ? "" : " — " + loc));
            String summary = row.get(notes);
            Event e = new Event(s.text(id), kind, title, when, where, s.value(List.copyOf(actors)),
                    summary.isEmpty() ? null : summary, s.value(List.of(src)), Confidence.REPORTED,
                    s.value(List.copyOf(tagList)), details, kept.of(row, s), line);
            if (idGiven) {
                p.loaded(e);
            } else {
                p.loadedWithoutId(e, "acled-");
            }
        }

        private static void addActors(ImportPart p, String cell, List<String> into) {
            if (cell.isEmpty()) {
                return;
            }
            for (String a : cell.split(";")) {
                if (!a.isBlank()) {
                    String id = p.actor(a, ActorKind.ORGANIZATION);
                    if (!into.contains(id)) {
                        into.add(id);
                    }
                }
            }
        }

        private static When when(PartialDate day, String precision, String dateText) {
            return switch (precision) {
                case "2" -> When.at(new PartialDate(day.start() - 3 * 86_400_000L, day.start() + 4 * 86_400_000L,
                                Precision.WEEK, true), true, "week of " + dateText,
                        "ACLED time_precision 2: the week around this date");
                case "3" -> {
                    long monthStart = java.time.LocalDate.ofEpochDay(Math.floorDiv(day.start(), 86_400_000L))
                            .withDayOfMonth(1).toEpochDay() * 86_400_000L;
                    yield When.at(new PartialDate(monthStart, Precision.MONTH.endOfUnit(monthStart), Precision.MONTH,
                            true), false, null, "ACLED time_precision 3: the month of this date");
                }
                default -> When.at(day);
            };
        }
    }
}
