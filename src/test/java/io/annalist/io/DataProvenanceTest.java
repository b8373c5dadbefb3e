package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The checks that keep the bundled data citable: a value the report does not give cites a
 * source that states it, a quote names its source, a placeholder is never carried as data,
 * and the converter changes the database only where the corrections file says why.
 */
class DataProvenanceTest {
    static final String REPORT = "hexham-courant";
    static final Path SEED = Path.of("data/russia-north-korea-2018-2025.json");
    static final Path MISSILES = Path.of("data/nk-missile-tests-1984-2026.json");
    static final Path CNS_DIR = Path.of("data/sources/cns-nk-missile-tests");
    static final Path CORRECTIONS = Path.of("data/sources/cns-nk-missile-tests-corrections.json");
    private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{3,})[\"”]");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The values the report never gives: it dates nothing more precisely than a month,
     * places only Shoigu's arrival, and names no exercise, host or missile. Each of these,
     * where an event carries it, must be cited to a source other than the report.
     */
    static List<String> valuesFromOutsideTheReport(JsonNode e) {
        List<String> out = new ArrayList<>();
        JsonNode when = e.path("when");
        String first = when.isTextual() ? when.asText() : when.path("at").asText(when.path("start").asText());
        String last = when.isTextual() ? first : when.path("end").asText(first);
        if (first.length() >= 10 || last.length() >= 10) {
            out.add("when");
        }
        if (e.has("where")) {
            out.add("where");
        }
        for (String f : new String[]{"visit.hosts", "visit.place", "military_exercise.name", "missile_test.missile"}) {
            String[] p = f.split("\\.");
            JsonNode v = e.path(p[0]).path(p[1]);
            if (!v.isMissingNode() && !"unknown".equals(v.asText())) {
                out.add(f);
            }
        }
        return out;
    }

    /** Problems with the citations of one file: every one must name defined, dated sources the event lists. */
    static List<String> citationProblems(JsonNode file, boolean seed) {
        Map<String, JsonNode> sources = new HashMap<>();
        file.path("sources").forEach(s -> sources.put(s.path("id").asText(), s));
        List<String> problems = new ArrayList<>();
        for (JsonNode e : file.path("events")) {
            String id = e.path("id").asText();
            Set<String> listed = new HashSet<>();
            e.path("sources").forEach(s -> listed.add(s.asText()));
            Map<String, Set<String>> citedFor = new HashMap<>();
            for (JsonNode c : e.path("citations")) {
                String field = c.path("field").asText();
                for (JsonNode s : c.path("sources")) {
                    String sid = s.asText();
                    citedFor.computeIfAbsent(field, k -> new HashSet<>()).add(sid);
                    JsonNode src = sources.get(sid);
                    if (src == null || !listed.contains(sid)) {
                        problems.add(id + ": " + field + " cites " + sid + ", not a source of the event");
                    } else if (!sid.equals(REPORT) && (seed || c.has("was"))
                            && (src.path("publisher").asText("").isBlank() || src.path("published").asText("").isBlank()
                            || src.path("note").asText("").isBlank())) {
                        problems.add(id + ": " + field + " cites " + sid
                                + ", which lacks a publisher, a date or a note of what it states");
                    }
                }
            }
            if (seed) {
                for (String v : valuesFromOutsideTheReport(e)) {
                    Set<String> cited = new HashSet<>(citedFor.getOrDefault(v, Set.of()));
                    cited.remove(REPORT);
                    if (cited.isEmpty()) {
                        problems.add(id + ": " + v + " is not in the report and cites no source that states it");
                    }
                }
            }
            for (String quoteField : new String[]{"statement.quote", "missile_test.claims"}) {
                String[] p = quoteField.split("\\.");
                if (e.path(p[0]).has(p[1]) && !citedFor.containsKey(quoteField)) {
                    problems.add(id + ": the quote in " + quoteField + " names no source");
                }
            }
            if (seed) {
                Set<String> citedQuotes = new HashSet<>();
                e.path("statement").path("quote").forEach(q -> citedQuotes.add(q.asText()));
                if (citedFor.containsKey("missile_test.claims")) {
                    citedQuotes.add(e.path("missile_test").path("claims").asText());
                }
                if (citedFor.containsKey("visit.place")) {
                    citedQuotes.add(e.path("visit").path("place").asText().replace("\"", ""));
                }
                for (String f : new String[]{"title", "summary"}) {
                    Matcher m = QUOTED.matcher(e.path(f).asText(""));
                    while (m.find()) {
                        if (!citedQuotes.contains(m.group(1)) && !citedFor.containsKey(f)) {
                            problems.add(id + ": the quote \"" + m.group(1) + "\" in the " + f + " names no source");
                        }
                    }
                }
            }
        }
        return problems;
    }

    static JsonNode read(Path p) throws IOException {
        return MAPPER.readTree(p.toFile());
    }

    @Test
    void everyValueTheReportDoesNotGiveCitesASourceThatStatesIt() throws IOException {
        List<String> problems = citationProblems(read(SEED), true);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theChecksCatchAnUncitedDayAndAnUnsourcedQuote() throws IOException {
        JsonNode seed = read(SEED);
        for (JsonNode e : seed.path("events")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) e).remove("citations");
        }
        List<String> problems = citationProblems(seed, true);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("singapore-summit: when")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("missile_test.claims names no source")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("the quote \"another major defense weapons system\"")),
                problems.toString());
    }

    @Test
    void everyCorrectionInTheMissileDataNamesDatedSources() throws IOException {
        JsonNode missiles = read(MISSILES);
        List<String> problems = citationProblems(missiles, false);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        long corrected = 0;
        for (JsonNode e : missiles.path("events")) {
            for (JsonNode c : e.path("citations")) {
                if (c.has("was")) {
                    corrected++;
                    assertFalse(c.path("note").asText("").isBlank(), e.path("id").asText());
                }
            }
        }
        assertEquals(5 + 7, corrected, "five corrected launch times and the seven launches of 4 July 2009");
    }

    @Test
    void noPlaceholderIsCarriedAsData() throws IOException {
        JsonNode missiles = MAPPER.readTree(new CnsMissileImporter().convert(CNS_DIR));
        int spans1984 = 0;
        for (JsonNode e : missiles.path("events")) {
            JsonNode m = e.path("missile_test");
            String range = m.path("range_km").asText();
            if (range.equals("unknown") || range.equals("n/a")) {
                assertFalse(m.path("bearing_deg").isNumber() && m.path("bearing_deg").asInt() == 90,
                        e.path("id") + " carries the viewer's default bearing as a bearing");
            }
            JsonNode when = e.path("when");
            String start = when.isTextual() ? when.asText() : when.path("at").asText(when.path("start").asText());
            if (start.startsWith("1984")) {
                assertEquals("1984-04", when.path("start").asText(), e.path("id") + ": a placeholder date as data");
                assertEquals("1984-09", when.path("end").asText());
                assertTrue(when.path("approximate").asBoolean());
                assertEquals("unknown", m.path("outcome").asText(),
                        e.path("id") + ": the database does not know which 1984 test succeeded");
                spans1984++;
            }
        }
        assertEquals(6, spans1984);
    }

    /** Everything but the sources and citations an event carries, to compare conversions. */
    private static Map<String, JsonNode> byIdWithoutCitations(String json) throws IOException {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode e : MAPPER.readTree(json).path("events")) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = e.deepCopy();
            copy.remove("sources");
            copy.remove("citations");
            out.put(e.path("id").asText(), copy);
        }
        return out;
    }

    @Test
    void theConverterChangesTheDatabaseOnlyWhereTheCorrectionsFileSaysWhy() throws IOException {
        String corrected = new CnsMissileImporter().convert(CNS_DIR, CORRECTIONS);
        Map<String, JsonNode> with = byIdWithoutCitations(corrected);
        Map<String, JsonNode> without = byIdWithoutCitations(new CnsMissileImporter().convert(CNS_DIR, null));
        assertEquals(without.keySet(), with.keySet());
        Set<String> explained = new HashSet<>();
        for (JsonNode e : MAPPER.readTree(corrected).path("events")) {
            for (JsonNode c : e.path("citations")) {
                if (c.has("was")) {
                    explained.add(e.path("id").asText());
                }
            }
        }
        Set<String> changed = new HashSet<>();
        for (String id : with.keySet()) {
            if (!with.get(id).equals(without.get(id))) {
                changed.add(id);
                com.fasterxml.jackson.databind.node.ObjectNode a = with.get(id).deepCopy();
                com.fasterxml.jackson.databind.node.ObjectNode b = without.get(id).deepCopy();
                a.remove("when");
                b.remove("when");
                assertEquals(b, a, id + ": a correction changed more than the date and time");
            }
        }
        assertEquals(explained, changed, "every change has a correction that says why, and every correction changes");
        assertEquals(Files.readString(MISSILES), corrected, "the bundled file is the corrected conversion");
    }

    @Test
    void aCorrectionThatNoLongerMatchesTheDatabaseOrCitesNothingStopsTheConversion(
            @org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        String text = Files.readString(CORRECTIONS);
        Path noSource = tmp.resolve("no-source.json");
        Files.writeString(noSource, text.replace("\"sources\": [\"wikinews-2016-04-17\"],", "\"sources\": [],"));
        IOException e1 = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> new CnsMissileImporter().convert(CNS_DIR, noSource));
        assertTrue(e1.getMessage().contains("must cite its sources"), e1.getMessage());
        Path moved = tmp.resolve("moved.json");
        Files.writeString(moved, text.replace("\"date\": \"2016-04-15\", \"time\": \"20:33 (UTC)\"",
                "\"date\": \"2016-04-15\", \"time\": \"20:34 (UTC)\""));
        IOException e2 = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> new CnsMissileImporter().convert(CNS_DIR, moved));
        assertTrue(e2.getMessage().contains("matches 0"), e2.getMessage());
    }
}
