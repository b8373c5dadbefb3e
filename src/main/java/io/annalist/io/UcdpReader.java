package io.annalist.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.annalist.model.ActorKind;
import io.annalist.model.Clash;
import io.annalist.model.Confidence;
import io.annalist.model.Estimate;
import io.annalist.model.Event;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.PlacePrecision;
import io.annalist.model.Precision;
import io.annalist.model.When;

/**
 * Reads UCDP's Georeferenced Event Dataset (GED) as CSV, in the layouts analysts get: the
 * release file ({@code best}, {@code low}, {@code high}), the website's download
 * ({@code best_est}, {@code low_est}, {@code high_est}, dates with a time of day, a comma at
 * the end of every row, line breaks inside quoted fields) and the copy humanitarian data
 * portals republish (an {@code iso3} column and a second line of HXL hashtags, which is not an
 * event). Every event is a clash between {@code side_a} and {@code side_b}, with the fatalities
 * as a range with a best estimate, and the honest precision of its date ({@code date_prec})
 * and place ({@code where_prec}), as UCDP's codebook defines them (see {@link #when} and
 * {@link #placePrecision}).
 */
final class UcdpReader extends TableFormat {
    private static final String[] KEPT = {"relid", "conflict_name", "dyad_name", "conflict_new_id", "dyad_new_id",
            "side_a_new_id", "side_b_new_id", "number_of_sources", "event_clarity", "deaths_a", "deaths_b",
            "deaths_civilians", "deaths_unknown", "where_description", "adm_2", "region", "priogrid_gid", "iso3",
            "source_date", "source_headline", "source_original", "code_status", "active_year", "date_prec",
            "where_prec"};

    @Override
    String title(String fileName) {
        return "UCDP GED events (" + fileName + ")";
    }

    @Override
    String description(String fileName) {
        return "Imported from the UCDP Georeferenced Event Dataset.";
    }

    /** UCDP's {@code type_of_violence}: 1 state-based conflict, 2 non-state conflict, 3 one-sided violence. */
    static String violence(String code) {
        return switch (code) {
            case "1" -> "state-based conflict";
            case "2" -> "non-state conflict";
            case "3" -> "one-sided violence";
            default -> code.isEmpty() ? null : "type of violence " + code;
        };
    }

    /**
     * UCDP's {@code where_prec}: 1 the exact place; 2 a limited area around a named place (up to
     * about 25 km); 3 a district (ADM2), its centre; 4 a province (ADM1), its centre; 5 a larger
     * part of the country, or between two places; 6 the whole country, its centre; 7 at sea or
     * in international airspace.
     */
    static PlacePrecision placePrecision(String code) {
        return switch (code) {
            case "1" -> PlacePrecision.EXACT;
            case "2" -> PlacePrecision.NEAR;
            case "3" -> PlacePrecision.DISTRICT;
            case "4" -> PlacePrecision.PROVINCE;
            case "5" -> PlacePrecision.AREA;
            case "6" -> PlacePrecision.COUNTRY;
            case "7" -> PlacePrecision.WATER;
            default -> null;
        };
    }

    @Override
    RowReader open(List<String> header, ImportBuilder b, ImportOptions options, String fileName) throws NotThisFormat {
        if (column(header, "date_start") < 0 || column(header, "side_a") < 0) {
            throw new NotThisFormat("this is not a UCDP GED file: it has no date_start or side_a column");
        }
        return new Columns(header, options.dateOrder())::row;
    }

    private static final class Columns {
        final int id;
        final int violence;
        final int dyad;
        final int sideA;
        final int sideB;
        final int article;
        final int office;
        final int sourceDate;
        final int wherePrec;
        final int whereCoordinates;
        final int adm1;
        final int lat;
        final int lon;
        final int country;
        final int datePrec;
        final int start;
        final int end;
        final int best;
        final int low;
        final int high;
        final Imports.Kept kept;
        final DateOrder order;

        Columns(List<String> h, DateOrder order) {
            this.order = order;
            id = column(h, "id");
            violence = column(h, "type_of_violence");
            dyad = column(h, "dyad_name");
            sideA = column(h, "side_a");
            sideB = column(h, "side_b");
            article = column(h, "source_article");
            office = column(h, "source_office");
            sourceDate = column(h, "source_date");
            wherePrec = column(h, "where_prec");
            whereCoordinates = column(h, "where_coordinates");
            adm1 = column(h, "adm_1");
            lat = column(h, "latitude");
            lon = column(h, "longitude");
            country = column(h, "country");
            datePrec = column(h, "date_prec");
            start = column(h, "date_start");
            end = column(h, "date_end");
            best = column(h, "best", "best_est");
            low = column(h, "low", "low_est");
            high = column(h, "high", "high_est");
            kept = Imports.Kept.of(h, "ucdp.", KEPT);
        }

        void row(CsvRow row, ImportPart p) {
            int line = row.line;
            Sharing s = p.share;
            if (row.number == 1 && hxl(row)) {
                p.notARow();
                return;
            }
            String eventId = row.get(id);
            boolean idGiven = !eventId.isEmpty();
            if (!idGiven) {
                // Named by its row in problems only; a loaded row gets an id made from its content.
                eventId = "ucdp-row-" + row.number;
            }
            PartialDate first;
            PartialDate last;
            try {
                first = day(row.get(start));
            } catch (IllegalArgumentException e) {
                p.reject(row, start, e.getMessage(), eventId);
                return;
            }
            try {
                last = row.get(end).isEmpty() ? null : day(row.get(end));
            } catch (IllegalArgumentException e) {
                p.reject(row, end, e.getMessage(), eventId);
                return;
            }
            When when;
            try {
                when = s.value(when(first, last, row.get(datePrec)));
            } catch (IllegalArgumentException e) {
                p.reject(row, last == null ? start : end, e.getMessage(), eventId);
                return;
            }
            p.aboutEvent(eventId);
            String a = row.get(sideA);
            String b = row.get(sideB);
            String idA = a.isEmpty() ? null : p.actor(a, kindOf(a));
            String idB = b.isEmpty() ? null : p.actor(b, kindOf(b));
            List<String> sa = idA == null ? List.of() : s.value(List.of(idA));
            List<String> sb = idB == null ? List.of() : s.value(List.of(idB));
            List<String> actors = s.value(idA == null ? sb : idB == null || idB.equals(idA) ? sa : List.of(idA, idB));
            Estimate fatalities = fatalities(p, row);
            String type = row.get(violence);
            String tag = violence(type);
            Clash clash = s.value(new Clash(sa, sb, null, fatalities == null ? null : s.value(fatalities),
                    type.equals("3") ? Boolean.TRUE : null));
            String place = String.join(", ", java.util.stream.Stream.of(row.get(whereCoordinates), row.get(adm1),
                    row.get(country)).filter(x -> !x.isEmpty()).distinct().toList());
            Double la = Imports.coordinate(row.get(lat), 90);
            Double lo = Imports.coordinate(row.get(lon), 180);
            Place where = place.isEmpty() && la == null ? null : s.value(new Place(place.isEmpty() ? null
                    : s.text(place), null, la, lo, placePrecision(row.get(wherePrec))));
            String text = row.get(article);
            String off = row.get(office);
            String source = text.isEmpty()
                    ? p.source("ucdp", "UCDP Georeferenced Event Dataset", "Uppsala Conflict Data Program", "https://ucdp.uu.se/",
                    "Events without a source article of their own cite the dataset.")
                    : p.source("ucdp-" + eventId, text, off.isEmpty() ? null : s.text(off), null,
                    row.get(sourceDate).isEmpty() ? null : "source date: " + row.get(sourceDate));
            String dyadName = row.get(dyad);
            String who = !dyadName.isEmpty() ? dyadName : a + (b.isEmpty() ? "" : " – " + b);
            String at = row.get(whereCoordinates).isEmpty() ? row.get(adm1) : row.get(whereCoordinates);
            String title = s.text(who + (at.isEmpty() ? "" : " — " + at));
            Event e = new Event(s.text(eventId), io.annalist.model.EventKind.CLASH, title, when, where, actors, null,
                    s.value(List.of(source)), Confidence.REPORTED, tag == null ? List.of() : s.value(List.of(s.text(tag))),
                    clash, kept.of(row, s), line);
            if (idGiven) {
                p.loaded(e);
            } else {
                p.loadedWithoutId(e, "ucdp-");
            }
        }

        /** The HXL line of a republished file: every cell a hashtag such as {@code #date+year}. */
        private static boolean hxl(CsvRow row) {
            boolean any = false;
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (!v.isEmpty()) {
                    if (!v.startsWith("#")) {
                        return false;
                    }
                    any = true;
                }
            }
            return any;
        }

        private PartialDate day(String text) {
            // The website writes a time of day after every date; the dates are days.
            String t = text.replaceFirst("[ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z)?$", "");
            PartialDate d = LenientDates.parse(t, order);
            if (d.precision() != Precision.DAY) {
                throw new IllegalArgumentException("\"" + text + "\" is not a day");
            }
            return d;
        }

        private static ActorKind kindOf(String name) {
            return name.toLowerCase(Locale.ROOT).startsWith("government of") ? ActorKind.STATE : ActorKind.ORGANIZATION;
        }

        /** Low, best and high as one estimate; a best outside the range is reported and left out. */
        private Estimate fatalities(ImportPart p, CsvRow row) {
            Long l = Imports.count(row.get(low));
            Long bst = Imports.count(row.get(best));
            Long h = Imports.count(row.get(high));
            if (l == null && bst == null && h == null) {
                return null;
            }
            long min = l != null ? l : bst != null ? bst : h;
            long max = h != null ? h : bst != null ? bst : l;
            if (min > max) {
                p.warn(row, low, "the low estimate " + min + " is above the high " + max + "; read as "
                        + max + "–" + min);
                long t = min;
                min = max;
                max = t;
            }
            if (bst != null && (bst < min || bst > max)) {
                p.warn(row, best, "the best estimate " + bst + " is outside " + min + "–" + max + "; left out");
                bst = null;
            }
            return new Estimate(min, max, bst);
        }
    }

    /**
     * The date as precisely as UCDP knows it ({@code date_prec}): 1 the day; 2 a period of two to
     * six days; 3 a week; 4 a month; 5 a year — each between {@code date_start} and
     * {@code date_end}. A whole calendar month or year is kept as that month or year, a week of
     * seven days as that week; any other period is an approximate span.
     */
    static When when(PartialDate start, PartialDate end, String precision) {
        PartialDate last = end == null ? start : end;
        String note = switch (precision) {
            case "2" -> "UCDP date_prec 2: some day(s) in this period of up to six days";
            case "3" -> "UCDP date_prec 3: some time in this week";
            case "4" -> "UCDP date_prec 4: some time in this month";
            case "5" -> "UCDP date_prec 5: some time in this year";
            default -> null;
        };
        if (note == null) {
            return last.start() == start.start() ? When.at(start) : When.span(start, last, false, null, null);
        }
        LocalDate a = LocalDate.ofEpochDay(Math.floorDiv(start.start(), 86_400_000L));
        LocalDate b = LocalDate.ofEpochDay(Math.floorDiv(last.start(), 86_400_000L));
        if (a.getDayOfMonth() == 1 && b.equals(a.withDayOfMonth(a.lengthOfMonth()))) {
            long m = a.toEpochDay() * 86_400_000L;
            return When.at(new PartialDate(m, Precision.MONTH.endOfUnit(m), Precision.MONTH, true), false, null, note);
        }
        if (a.getDayOfYear() == 1 && b.equals(a.withDayOfYear(a.lengthOfYear()))) {
            long y = a.toEpochDay() * 86_400_000L;
            return When.at(new PartialDate(y, Precision.YEAR.endOfUnit(y), Precision.YEAR, true), false, null, note);
        }
        if (precision.equals("3") && b.equals(a.plusDays(6))) {
            long w = a.toEpochDay() * 86_400_000L;
            return When.at(new PartialDate(w, Precision.WEEK.endOfUnit(w), Precision.WEEK, true), false, null, note);
        }
        return When.span(start, last, true, null, note);
    }
}
