package io.annalist.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.annalist.model.DateText;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.Precision;
import io.annalist.model.Source;

/**
 * Writes the events of a dataset as an ACLED CSV export and as a GDELT 2.0 event file, every
 * column filled as those providers fill them, so that {@code annalist bench --imports} can
 * compare our importers with our own reader on the same events. Synthetic: for measuring,
 * not for analysis.
 */
public final class ImportSamples {
    private static final String ACLED_HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
            + "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
            + "notes,fatalities,tags,timestamp";

    private ImportSamples() {
    }

    /** ACLED's event and sub-event type for one of our kinds. */
    private static String[] acledTypes(EventKind k) {
        return switch (k) {
            case CLASH, MISSILE_TEST -> new String[]{"Political violence", "Explosions/Remote violence",
                    "Shelling/artillery/missile attack"};
            case AGREEMENT -> new String[]{"Strategic developments", "Strategic developments", "Agreement"};
            case TROOP_DEPLOYMENT -> new String[]{"Strategic developments", "Strategic developments",
                    "Headquarters or base established"};
            default -> new String[]{"Strategic developments", "Strategic developments", "Other"};
        };
    }

    /** The CAMEO code GDELT would give an event of one of our kinds. */
    private static String cameo(EventKind k) {
        return switch (k) {
            case VISIT -> "042";
            case MEETING -> "040";
            case AGREEMENT -> "057";
            case STATEMENT -> "010";
            case TROOP_DEPLOYMENT -> "154";
            case CLASH -> "193";
            case MISSILE_TEST, MILITARY_EXERCISE -> "150";
            default -> "061";
        };
    }

    private static String csv(String s) {
        if (s == null) {
            return "";
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String tsv(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String name(Map<String, String> names, List<String> ids, int i) {
        return ids.size() > i ? names.getOrDefault(ids.get(i), ids.get(i)) : "";
    }

    /** The events as an ACLED export. */
    public static void writeAcled(Dataset d, Path out) throws IOException {
        Map<String, String> names = new java.util.HashMap<>();
        d.actors().forEach(a -> names.put(a.id(), a.name()));
        Map<String, Source> sources = d.sourcesById();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(ACLED_HEADER);
            w.write('\n');
            long ts = 1_600_000_000L;
            for (Event e : d.events()) {
                String[] t = acledTypes(e.kind());
                Precision known = e.when().startPrecision();
                // ACLED's week (time_precision 2) is the week around the day it gives.
                String day = DateText.iso(known == Precision.WEEK ? e.when().start() + 3 * 86_400_000L
                        : e.when().start(), Precision.DAY);
                String precision = known == Precision.WEEK ? "2" : known.coarserThanDay() ? "3" : "1";
                String place = e.where() == null || e.where().name() == null ? "" : e.where().name();
                Source s = e.sources().isEmpty() ? null : sources.get(e.sources().get(0));
                String[] row = {e.id(), day, day.substring(0, 4), precision, t[0], t[1], t[2], name(names, e.actors(), 0),
                        "", "1", name(names, e.actors(), 1), "", "1", "11", "", "408", "Eastern Asia",
                        e.where() == null || e.where().country() == null ? "" : e.where().country(), place, "", "",
                        place, e.where() == null || e.where().lat() == null ? "" : e.where().lat().toString(),
                        e.where() == null || e.where().lon() == null ? "" : e.where().lon().toString(), "1",
                        s == null ? "" : s.title(), "National", e.summary(), "0", String.join(";", e.tags()),
                        Long.toString(ts++)};
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        w.write(',');
                    }
                    w.write(csv(row[i]));
                }
                w.write('\n');
            }
        }
    }

    /** The events as a GDELT 2.0 event file (61 tab-separated columns, no header). */
    public static void writeGdelt(Dataset d, Path out) throws IOException {
        Map<String, String> names = new java.util.HashMap<>();
        d.actors().forEach(a -> names.put(a.id(), a.name()));
        Map<String, Source> sources = d.sourcesById();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            long id = 400_000_000L;
            for (Event e : d.events()) {
                String day = DateText.iso(e.when().start(), Precision.DAY).replace("-", "");
                String code = cameo(e.kind());
                String a1 = e.actors().isEmpty() ? "" : e.actors().get(0).toUpperCase(java.util.Locale.ROOT);
                String a2 = e.actors().size() < 2 ? "" : e.actors().get(1).toUpperCase(java.util.Locale.ROOT);
                String place = e.where() == null || e.where().name() == null ? "" : e.where().name();
                Source s = e.sources().isEmpty() ? null : sources.get(e.sources().get(0));
                String url = s != null && s.url() != null ? s.url() : "https://news.example.org/" + id;
                String[] r = new String[61];
                java.util.Arrays.fill(r, "");
                r[0] = Long.toString(id++);
                r[1] = day;
                r[2] = day.substring(0, 6);
                r[3] = day.substring(0, 4);
                r[4] = day.substring(0, 4) + ".5";
                r[5] = a1;
                r[6] = tsv(name(names, e.actors(), 0)).toUpperCase(java.util.Locale.ROOT);
                r[15] = a2;
                r[16] = tsv(name(names, e.actors(), 1)).toUpperCase(java.util.Locale.ROOT);
                r[25] = id % 3 == 0 ? "0" : "1";
                r[26] = code;
                r[27] = code;
                r[28] = code.substring(0, 2);
                r[29] = "1";
                r[30] = "3.4";
                r[31] = Long.toString(1 + id % 9);
                r[32] = Long.toString(1 + id % 4);
                r[33] = Long.toString(1 + id % 9);
                r[34] = "-2.19178082191781";
                r[51] = place.isEmpty() ? "" : "4";
                r[52] = tsv(place);
                r[56] = e.where() == null || e.where().lat() == null ? "" : e.where().lat().toString();
                r[57] = e.where() == null || e.where().lon() == null ? "" : e.where().lon().toString();
                r[59] = day + "120000";
                r[60] = url;
                w.write(String.join("\t", r));
                w.write('\n');
            }
        }
    }
}
