package io.annalist.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Converts the CNS North Korea Missile Test Database, as published in the nk-missile-tests
 * repository (test.en.json, missile.en.json, facility.en.json), into an event file of
 * format annalist/1. Values are carried over as they are: "unknown" stays unknown, "na"
 * becomes "n/a", and nothing missing is filled in. Rerun with
 * {@code annalist import-cns data/sources/cns-nk-missile-tests --out data/nk-missile-tests-1984-2026.json}.
 */
public final class CnsMissileImporter {
    private static final Pattern SALVO = Pattern.compile("(\\d+) of (\\d+)");
    private static final Pattern TIME = Pattern.compile("(\\d{2}:\\d{2}) \\(UTC\\)");
    private static final Map<String, String> LANDING = Map.of(
            "sea-of-japan", "Sea of Japan",
            "yellow-sea", "Yellow Sea",
            "pacific-ocean", "Pacific Ocean",
            "north-korea", "North Korea (on land)",
            "na", "n/a");

    private final ObjectMapper mapper = new ObjectMapper();

    /** Reads the three database files in {@code dir} and returns the event file as pretty JSON text. */
    public String convert(Path dir) throws IOException {
        JsonNode tests = mapper.readTree(dir.resolve("test.en.json").toFile());
        JsonNode missiles = mapper.readTree(dir.resolve("missile.en.json").toFile());
        JsonNode facilities = mapper.readTree(dir.resolve("facility.en.json").toFile()).path("facilities");

        ObjectNode root = mapper.createObjectNode();
        root.put("format", EventFileReader.FORMAT);
        root.put("title", "North Korea missile tests, 1984–2026");
        root.put("description", "Every flight test of a North Korean missile able to carry at least 500 kg at"
                + " least 300 km, April 1984 to April 2026, from the CNS North Korea Missile Test Database."
                + " Converted by Annalist's import-cns command; see data/README.md.");
        ArrayNode actors = root.putArray("actors");
        ObjectNode nk = actors.addObject();
        nk.put("id", "north-korea");
        nk.put("name", "North Korea");
        nk.put("kind", "state");
        ArrayNode sources = root.putArray("sources");
        ObjectNode cns = sources.addObject();
        cns.put("id", "cns-db");
        cns.put("title", "CNS North Korea Missile Test Database");
        cns.put("publisher", "James Martin Center for Nonproliferation Studies, for the Nuclear Threat Initiative");
        cns.put("url", "https://www.nti.org/analysis/articles/cns-north-korea-missile-test-database/");
        cns.put("note", "Records of every test since April 1984; information before 1993 is much less complete.");
        ObjectNode repo = sources.addObject();
        repo.put("id", "nk-missile-tests");
        repo.put("title", "nk-missile-tests: data/test.en.json, facility.en.json, missile.en.json");
        repo.put("publisher", "nagix (GitHub), Apache-2.0");
        repo.put("url", "https://github.com/nagix/nk-missile-tests");
        repo.put("note", "Commit a0cc65874d36a4a0fdf16b73919d23a3a8f5dac5. Adds bearings and landing areas from other"
                + " sources (e.g. Japan Ministry of Defense) to the CNS records.");

        ArrayNode events = root.putArray("events");
        Map<String, Integer> perDate = new HashMap<>();
        for (JsonNode bin : tests.path("timeBins")) {
            for (JsonNode t : bin.path("data")) {
                events.add(event(t, missiles, facilities, perDate));
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return mapper.writer(printer).writeValueAsString(root) + "\n";
    }

    private ObjectNode event(JsonNode t, JsonNode missiles, JsonNode facilities, Map<String, Integer> perDate) {
        String date = t.path("date").asText();
        int n = perDate.merge(date, 1, Integer::sum);
        JsonNode missile = missiles.path(t.path("missile").asText());
        String missileName = missile.path("name").asText("Unknown");
        String facilityKey = t.path("facility").asText();
        JsonNode facility = facilities.path(facilityKey);
        String description = t.path("description").asText("");
        Matcher salvo = SALVO.matcher(description);
        boolean salvoText = salvo.matches();

        ObjectNode e = mapper.createObjectNode();
        e.put("id", "cns-" + date + "-" + n);
        e.put("kind", "missile_test");
        boolean unknownMissile = "unknown".equals(t.path("missile").asText());
        String site = "unknown".equals(facilityKey) ? null : facility.path("name").asText();
        e.put("title", (unknownMissile ? "Missile of unknown type" : missileName) + " launch"
                + (site == null ? "" : ", " + site) + (salvoText ? " (" + description + ")" : ""));
        Matcher time = TIME.matcher(t.path("time").asText());
        e.put("when", time.matches() ? date + "T" + time.group(1) + "Z" : date);
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
        if (t.has("glide")) {
            summary = (summary + " " + glideText(t.path("glide"))).strip();
        }
        if (!summary.isEmpty()) {
            e.put("summary", summary);
        }
        e.putArray("sources").add("cns-db").add("nk-missile-tests");
        e.put("confidence", "reported");

        ObjectNode m = e.putObject("missile_test");
        m.put("missile", missileName);
        m.put("class", classOf(missile.path("type").asText("Unknown")));
        if (salvoText) {
            m.put("salvo_position", Integer.parseInt(salvo.group(1)));
            m.put("salvo_size", Integer.parseInt(salvo.group(2)));
        } else if (t.has("series")) {
            m.put("salvo_position", t.path("series").asInt());
        }
        m.put("launch_site", site == null ? "unknown" : site);
        String landing = t.path("landing").asText("unknown");
        m.put("landing_area", LANDING.getOrDefault(landing, landing.equals("unknown") ? "unknown"
                : landing.replace('-', ' ')));
        putKm(m, "apogee_km", t.path("apogee"));
        putKm(m, "range_km", t.path("distance"));
        if (t.has("bearing")) {
            m.put("bearing_deg", t.path("bearing").asInt());
        }
        if (missile.has("maneuver")) {
            m.put("maneuver", missile.path("maneuver").asText());
        }
        m.put("outcome", t.path("outcome").asText("unknown"));
        return e;
    }

    private static String classOf(String type) {
        return switch (type) {
            case "SRBM", "MRBM", "IRBM", "ICBM", "SLBM", "SLV", "HGV" -> type;
            default -> "unknown";
        };
    }

    /** Numbers stay numbers; "unknown" stays "unknown"; "na" becomes "n/a"; numeric text becomes a number. */
    private static void putKm(ObjectNode m, String field, JsonNode v) {
        if (v.isNumber()) {
            m.put(field, v.numberValue().doubleValue() == v.asLong() ? v.asLong() : v.asDouble());
            return;
        }
        String s = v.asText("unknown").strip();
        if (s.equals("na")) {
            m.put(field, "n/a");
        } else if (s.matches("\\d+(\\.\\d+)?")) {
            if (s.contains(".")) {
                m.put(field, Double.parseDouble(s));
            } else {
                m.put(field, Long.parseLong(s));
            }
        } else {
            m.put(field, "unknown");
        }
    }

    private static String glideText(JsonNode glide) {
        StringBuilder b = new StringBuilder("Flight profile in the database:");
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

    /** Writes the converted file to {@code out}. */
    public void convert(Path dir, Path out) throws IOException {
        Files.writeString(out, convert(dir));
    }
}
