package io.annalist.io;

import java.util.Iterator;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One launch record of the CNS database turned into an event: the database's values as
 * they are, its placeholders carried as unknown or as the span it states, its untimed days
 * read in the calendar it writes them in, and every value the repository's author added
 * (bearing, landing area, glide profile, manoeuvre) cited to the repository, not to CNS.
 */
final class CnsLaunch {
    private final ObjectMapper mapper;
    private final JsonNode t;
    private final JsonNode missile;
    private final String missileKey;
    private final String facilityKey;
    private final JsonNode facility;
    private final String date;
    private final String description;

    CnsLaunch(ObjectMapper mapper, JsonNode test, JsonNode missiles, JsonNode facilities) {
        this.mapper = mapper;
        this.t = test;
        this.missileKey = test.path("missile").asText();
        this.missile = missiles.path(missileKey);
        this.facilityKey = test.path("facility").asText();
        this.facility = facilities.path(facilityKey);
        this.date = test.path("date").asText();
        this.description = test.path("description").asText("");
    }

    /** True for the records the repository's author added ahead of the database, without a CNS description. */
    boolean preliminary() {
        return date.compareTo(CnsMissileImporter.PRELIMINARY_FROM) >= 0;
    }

    /** True for the six 1984 tests, whose dates and outcomes the database enters as stand-ins. */
    boolean placeholderYear() {
        return date.startsWith(CnsMissileImporter.PLACEHOLDER_YEAR);
    }

    /** True when the bearing is the viewer's default for a launch whose range is unknown, not a bearing. */
    boolean placeholderBearing() {
        String range = t.path("distance").asText("unknown").strip();
        return t.path("bearing").asInt(-1) == CnsMissileImporter.PLACEHOLDER_BEARING
                && (range.equals("unknown") || range.equals("na"));
    }

    /**
     * The event. {@code dayHasTimes} is true when other launches of the same database day
     * carry a UTC time: an untimed launch of that day is then a UTC day like theirs.
     */
    ObjectNode event(String id, boolean dayHasTimes) {
        String missileName = missile.path("name").asText("Unknown");
        Matcher salvo = CnsMissileImporter.salvoPattern().matcher(description);
        boolean salvoText = salvo.matches();
        String site = "unknown".equals(facilityKey) ? null : facility.path("name").asText();

        ObjectNode e = mapper.createObjectNode();
        e.put("id", id);
        e.put("kind", "missile_test");
        e.put("title", ("unknown".equals(missileKey) ? "Missile of unknown type" : missileName) + " launch"
                + (site == null ? "" : ", " + site) + (salvoText ? " (" + description + ")" : ""));
        when(e, dayHasTimes);
        ObjectNode where = e.putObject("where");
        if (site != null) {
            where.put("place", site);
        }
        where.put("country", "KP");
        if (site != null) {
            where.put("lat", facility.path("lat").asDouble());
            where.put("lon", facility.path("lon").asDouble());
        }
        e.putArray("actors").add("north-korea");
        String summary = salvoText || description.isBlank() ? "" : description;
        if (preliminary()) {
            summary = "Preliminary figures, added to the nk-missile-tests repository by its author ahead of the CNS"
                    + " database, which gives no description of this launch." + (summary.isEmpty() ? "" : " " + summary);
        }
        if (t.has("glide")) {
            summary = (summary + " " + glideText(t.path("glide"))).strip();
        }
        if (!summary.isEmpty()) {
            e.put("summary", summary);
        }
        ArrayNode sources = e.putArray("sources");
        if (!preliminary()) {
            sources.add(CnsMissileImporter.CNS);
        }
        sources.add(CnsMissileImporter.REPO);
        e.put("confidence", "reported");
        if (preliminary()) {
            e.putArray("tags").add(io.annalist.model.Event.PRELIMINARY);
        }

        ObjectNode m = e.putObject("missile_test");
        m.put("missile", missileName);
        m.put("class", classOf(missile.path("type").asText("Unknown")));
        if (salvoText) {
            m.put("salvo_position", Integer.parseInt(salvo.group(1)));
            m.put("salvo_size", Integer.parseInt(salvo.group(2)));
        }
        m.put("launch_site", site == null ? "unknown" : site);
        String landing = CnsMissileImporter.landingName(t.path("landing").asText("unknown"));
        m.put("landing_area", landing);
        putKm(m, "apogee_km", t.path("apogee"));
        putKm(m, "range_km", t.path("distance"));
        ArrayNode citations = mapper.createArrayNode();
        if (placeholderBearing()) {
            m.put("bearing_deg", "unknown");
            cite(citations, "missile_test.bearing_deg", "The repository gives 90°, its viewer's default for a launch"
                    + " whose range is unknown; carried as unknown.");
        } else if (t.has("bearing")) {
            m.put("bearing_deg", t.path("bearing").asInt());
            cite(citations, "missile_test.bearing_deg", "Added by the repository's author from other sources;"
                    + " not in the CNS database.");
        }
        if (!landing.equals("unknown") && !landing.equals("n/a")) {
            cite(citations, "missile_test.landing_area", "Added by the repository's author; not in the CNS database.");
        }
        if (missile.has("maneuver")) {
            m.put("maneuver", missile.path("maneuver").asText());
            cite(citations, "missile_test.maneuver", "Added by the repository's author; not in the CNS database.");
        }
        if (placeholderYear()) {
            // The database splits the six 1984 tests into three successes and three failures but says it
            // does not know which test was which: a per-test outcome would be a placeholder.
            m.put("outcome", "unknown");
            cite(citations, "missile_test.outcome", "The database enters this test as a " + t.path("outcome").asText()
                    + " but says it does not know which of the six 1984 tests succeeded (3) and which failed"
                    + " (at least 3); carried as unknown.");
        } else {
            m.put("outcome", t.path("outcome").asText("unknown"));
        }
        if (t.has("glide")) {
            cite(citations, "summary", "The flight profile is the repository author's, not the CNS database's.");
        }
        if (!citations.isEmpty()) {
            e.set("citations", citations);
        }
        if (t.has("series") && !salvoText) {
            // The database's own count; on a day with two missile types it is not the salvo position.
            e.putObject("extra").put("database_series", t.path("series").asInt());
        }
        return e;
    }

    private void when(ObjectNode e, boolean dayHasTimes) {
        Matcher time = CnsMissileImporter.timePattern().matcher(t.path("time").asText());
        if (time.matches()) {
            e.put("when", date + "T" + time.group(1) + "Z");
        } else if (date.startsWith(CnsMissileImporter.PLACEHOLDER_YEAR)) {
            ObjectNode w = e.putObject("when");
            w.put("start", "1984-04");
            w.put("end", "1984-09");
            w.put("approximate", true);
            w.put("display", "between April and September of 1984");
            w.put("note", "The database enters the six 1984 tests on " + (CnsMissileImporter.isDay(date)
                    ? "9 April" : "September") + " 1984 but says these are not their dates: the tests fell between"
                    + " April and September 1984.");
        } else if (!CnsMissileImporter.isDay(date)) {
            e.put("when", date);
        } else if (dayHasTimes) {
            ObjectNode w = e.putObject("when");
            w.put("at", date);
            w.put("note", "Time of day unknown; a UTC day, like the timed launches the database gives the same day.");
        } else {
            // The database writes an untimed launch on its Korean date (Unha-3: 12 April 2012 22:39 UTC is
            // 2012-04-13): that day runs from 15:00 UTC the day before.
            ObjectNode w = e.putObject("when");
            w.put("start", date + "T00:00+09:00");
            w.put("end", date + "T23:59+09:00");
            w.put("display", date + " (Korean date)");
            w.put("note", "Time of day unknown. The database's day is a Korean date (UTC+9); read here as that day in"
                    + " UTC, from 15:00 the day before.");
        }
    }

    private static void cite(ArrayNode citations, String field, String note) {
        ObjectNode c = citations.addObject();
        c.put("field", field);
        c.putArray("sources").add(CnsMissileImporter.REPO);
        c.put("note", note);
    }

    private static String classOf(String type) {
        return switch (type) {
            case "SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "SLV", "HGV" -> type;
            default -> "unknown";
        };
    }

    /** Numbers stay numbers (whole ones without a decimal point); "unknown" stays; "na" becomes "n/a". */
    private static void putKm(ObjectNode m, String field, JsonNode v) {
        if (v.isIntegralNumber()) {
            m.put(field, v.asLong());
            return;
        }
        if (v.isNumber()) {
            m.put(field, v.asDouble());
            return;
        }
        String s = v.asText("unknown").strip();
        if (s.equals("na")) {
            m.put(field, "n/a");
        } else if (s.matches("\\d+")) {
            m.put(field, Long.parseLong(s));
        } else if (s.matches("\\d+\\.\\d+")) {
            m.put(field, Double.parseDouble(s));
        } else {
            m.put(field, "unknown");
        }
    }

    private static String glideText(JsonNode glide) {
        StringBuilder b = new StringBuilder("Flight profile added by the repository's author:");
        Iterator<JsonNode> it = glide.elements();
        int stage = 1;
        while (it.hasNext()) {
            JsonNode g = it.next();
            b.append(stage++ == 1 ? " " : "; then ").append(g.path("distance").asText()).append(" km");
            if (g.has("maneuvering-distance")) {
                b.append(", manoeuvring over ").append(g.path("maneuvering-distance").asText()).append(" km");
            }
            if (g.has("bearing")) {
                b.append(" on bearing ").append(g.path("bearing").asText()).append('°');
            }
        }
        return b.append('.').toString();
    }
}
