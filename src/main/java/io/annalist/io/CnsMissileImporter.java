package io.annalist.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
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
 * becomes "n/a", and nothing missing is filled in. What the files give as a placeholder
 * (the viewer's default bearing, the 1984 dates the database itself calls stand-ins) is
 * carried as unknown or as the span the database states, and launch times that public
 * reporting contradicts are corrected only from the corrections file beside the database
 * ({@code <DIR>-corrections.json}), each correction with its sources and the database's
 * value kept. Rerun with
 * {@code annalist import-cns data/sources/cns-nk-missile-tests --out data/nk-missile-tests-1984-2026.json}.
 */
public final class CnsMissileImporter {
    private static final Pattern SALVO = Pattern.compile("(\\d+) of (\\d+)");
    private static final Pattern TIME = Pattern.compile("(\\d{2}:\\d{2}) \\(UTC\\)");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Map<String, String> LANDING = Map.of(
            "sea-of-japan", "Sea of Japan",
            "yellow-sea", "Yellow Sea",
            "pacific-ocean", "Pacific Ocean",
            "north-korea", "North Korea",
            "na", "n/a");
    /** The bearing the repository's viewer gives a launch whose range is unknown: a default, not a bearing. */
    static final int PLACEHOLDER_BEARING = 90;
    /**
     * From this day on the repository's records carry no CNS description: its author added
     * them as preliminary figures ahead of the database.
     */
    static final String PRELIMINARY_FROM = "2025-01-06";
    /** The year whose dates the database says are stand-ins for tests between April and September. */
    static final String PLACEHOLDER_YEAR = "1984";
    static final String REPO = "nk-missile-tests";
    static final String CNS = "cns-db";

    private final ObjectMapper mapper = new ObjectMapper();

    /** The corrections file that belongs to a database folder: {@code <DIR>-corrections.json} beside it. */
    public static Path correctionsFileOf(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-corrections.json");
    }

    /** Converts the files in {@code dir} with the corrections file beside it, when there is one. */
    public String convert(Path dir) throws IOException {
        Path corrections = correctionsFileOf(dir);
        return convert(dir, Files.isRegularFile(corrections) ? corrections : null);
    }

    /** Converts the files in {@code dir}, applying {@code corrections} (null: the database exactly as it is). */
    public String convert(Path dir, Path corrections) throws IOException {
        CnsCorrections c = corrections == null ? CnsCorrections.none() : CnsCorrections.read(corrections, mapper);
        JsonNode tests = mapper.readTree(dir.resolve("test.en.json").toFile());
        JsonNode missiles = mapper.readTree(dir.resolve("missile.en.json").toFile());
        JsonNode facilities = mapper.readTree(dir.resolve("facility.en.json").toFile()).path("facilities");

        ObjectNode root = mapper.createObjectNode();
        root.put("format", EventFileReader.FORMAT);
        root.put("title", "North Korea missile tests, 1984–2026");
        root.put("description", "Flight tests of North Korean missiles able to carry at least 500 kg at least 300 km,"
                + " April 1984 to April 2026: the CNS North Korea Missile Test Database as published in the"
                + " nk-missile-tests repository, whose entries from 6 January 2025 on are the repository author's"
                + " preliminary figures. Converted by Annalist's import-cns command, with the corrections in"
                + " data/sources/cns-nk-missile-tests-corrections.json; see data/README.md.");
        ArrayNode actors = root.putArray("actors");
        ObjectNode nk = actors.addObject();
        nk.put("id", "north-korea");
        nk.put("name", "North Korea");
        nk.put("kind", "state");
        ArrayNode sources = root.putArray("sources");
        ObjectNode cns = sources.addObject();
        cns.put("id", CNS);
        cns.put("title", "CNS North Korea Missile Test Database");
        cns.put("publisher", "James Martin Center for Nonproliferation Studies, for the Nuclear Threat Initiative");
        cns.put("url", "https://www.nti.org/analysis/articles/cns-north-korea-missile-test-database/");
        cns.put("note", "Records of every test since April 1984, kept up to date by CNS; information before 1993 is"
                + " much less complete. Read here in the copy of the nk-missile-tests repository (no date of its own;"
                + " its last record is of 18 April 2026). Terms: those of NTI's site; the repository republishes"
                + " the records under Apache-2.0.");
        ObjectNode repo = sources.addObject();
        repo.put("id", REPO);
        repo.put("title", "nk-missile-tests: data/test.en.json, facility.en.json, missile.en.json");
        repo.put("publisher", "Akihiko Kusanagi (nagix), GitHub; Apache-2.0");
        repo.put("url", "https://github.com/nagix/nk-missile-tests");
        repo.put("note", "Commit a0cc65874d36a4a0fdf16b73919d23a3a8f5dac5 (its date is not recorded here; its last"
                + " record is of 18 April 2026). The author added bearings, landing areas, glide profiles and"
                + " manoeuvres from other sources (e.g. Japan Ministry of Defense), and the entries from"
                + " 6 January 2025 on as preliminary figures without a CNS description.");
        for (JsonNode s : c.sources()) {
            sources.add(s.deepCopy());
        }

        Set<String> timedDays = new HashSet<>();
        for (JsonNode bin : tests.path("timeBins")) {
            for (JsonNode t : bin.path("data")) {
                if (TIME.matcher(t.path("time").asText()).matches()) {
                    timedDays.add(t.path("date").asText());
                }
            }
        }
        ArrayNode events = root.putArray("events");
        Map<String, Integer> perDate = new HashMap<>();
        for (JsonNode bin : tests.path("timeBins")) {
            for (JsonNode t : bin.path("data")) {
                String rawDate = t.path("date").asText();
                int n = perDate.merge(rawDate, 1, Integer::sum);
                CnsCorrections.Correction fix = c.of(t);
                JsonNode test = t;
                if (fix != null) {
                    ObjectNode copy = t.deepCopy();
                    copy.setAll(fix.set());
                    test = copy;
                }
                ObjectNode e = new CnsLaunch(mapper, test, missiles, facilities).event("cns-" + rawDate + "-" + n,
                        timedDays.contains(rawDate));
                if (fix != null) {
                    cite(e, fix, t);
                }
                CnsCorrections.Correction check = c.checkOf(t);
                if (check != null) {
                    ObjectNode citation = e.withArray("citations").insertObject(0);
                    citation.put("field", "when");
                    ArrayNode cited = citation.putArray("sources");
                    check.sources().forEach(cited::add);
                    citation.put("note", check.note());
                    check.sources().forEach(((ArrayNode) e.get("sources"))::add);
                }
                events.add(e);
            }
        }
        c.checkAllApplied();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return mapper.writer(printer).writeValueAsString(root) + "\n";
    }

    /** Cites the correction's sources on the event and keeps the database's values beside the corrected ones. */
    private static void cite(ObjectNode e, CnsCorrections.Correction fix, JsonNode raw) {
        ArrayNode sources = (ArrayNode) e.get("sources");
        for (String s : fix.sources()) {
            sources.add(s);
        }
        StringBuilder was = new StringBuilder();
        Iterator<String> fields = fix.set().fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            was.append(was.length() == 0 ? "" : ", ").append(f).append(' ').append(raw.path(f).asText());
        }
        ObjectNode citation = e.withArray("citations").insertObject(0);
        citation.put("field", "when");
        ArrayNode cited = citation.putArray("sources");
        fix.sources().forEach(cited::add);
        citation.put("was", "the database's " + was);
        citation.put("note", fix.note());
    }

    /** True for a day written YYYY-MM-DD (not a month). */
    static boolean isDay(String date) {
        return DAY.matcher(date).matches();
    }

    /** Writes the converted file to {@code out}, all or nothing. */
    public void write(Path dir, Path corrections, Path out) throws IOException {
        String text = convert(dir, corrections);
        AtomicFile.write(out, f -> Files.writeString(f, text));
    }

    /** Writes the converted file to {@code out}, with the corrections file beside the database when there is one. */
    public void write(Path dir, Path out) throws IOException {
        Path corrections = correctionsFileOf(dir);
        write(dir, Files.isRegularFile(corrections) ? corrections : null, out);
    }

    static Pattern salvoPattern() {
        return SALVO;
    }

    static Pattern timePattern() {
        return TIME;
    }

    static String landingName(String key) {
        return LANDING.getOrDefault(key, key.equals("unknown") ? "unknown" : key.replace('-', ' '));
    }
}
