package io.annalist.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Corrections to the CNS missile-test records, kept in a file of their own beside the
 * unchanged database files. Each correction names the record it corrects by the
 * database's own date and time (and salvo series where a day has several), how many
 * records it must match, the values it sets, and the sources that state them. A
 * correction that matches another number of records, names no source, or cites a source
 * the file does not define stops the conversion: a change in the database is then seen,
 * never silently corrected.
 */
final class CnsCorrections {
    /** One correction as written in the file. */
    record Correction(String date, String time, Integer series, int records, ObjectNode set, List<String> sources,
                      String note) {
        boolean matches(JsonNode t) {
            return date.equals(t.path("date").asText()) && (time == null || time.equals(t.path("time").asText()))
                    && (series == null || series == t.path("series").asInt(-1));
        }

        String describe() {
            return date + (time == null ? "" : " " + time) + (series == null ? "" : " (series " + series + ")");
        }
    }

    private final List<Correction> corrections;
    private final List<Correction> checked;
    private final List<JsonNode> sources;
    private final int[] used;

    private CnsCorrections(List<Correction> corrections, List<Correction> checked, List<JsonNode> sources) {
        this.corrections = corrections;
        this.checked = checked;
        this.sources = sources;
        this.used = new int[corrections.size()];
    }

    /** No corrections: the database as it is. */
    static CnsCorrections none() {
        return new CnsCorrections(List.of(), List.of(), List.of());
    }

    /** Reads the corrections file; refuses one whose corrections name no source it defines. */
    static CnsCorrections read(Path file, ObjectMapper mapper) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such corrections file");
        }
        JsonNode root = mapper.readTree(file.toFile());
        List<JsonNode> sources = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            for (String f : new String[]{"id", "title", "publisher", "published"}) {
                if (s.path(f).asText("").isBlank()) {
                    throw new IOException(file + ": source " + s.path("id").asText("?") + " has no " + f);
                }
            }
            sources.add(s);
            ids.add(s.path("id").asText());
        }
        List<Correction> out = new ArrayList<>();
        List<Correction> checked = new ArrayList<>();
        for (JsonNode c : root.path("checked")) {
            List<String> cited = new ArrayList<>();
            c.path("sources").forEach(s -> cited.add(s.asText()));
            if (cited.isEmpty() || !ids.containsAll(cited)) {
                throw new IOException(file + ": the check of " + c.path("date").asText() + " must cite sources the"
                        + " file defines");
            }
            checked.add(new Correction(c.path("date").asText(), c.hasNonNull("time") ? c.path("time").asText() : null,
                    null, 1, null, List.copyOf(cited), c.path("note").asText()));
        }
        for (JsonNode c : root.path("corrections")) {
            String date = c.path("date").asText(null);
            JsonNode set = c.path("set");
            List<String> cited = new ArrayList<>();
            c.path("sources").forEach(s -> cited.add(s.asText()));
            String what = date + " " + c.path("time").asText("");
            if (date == null || !set.isObject() || set.isEmpty()) {
                throw new IOException(file + ": a correction (" + what + ") needs a \"date\" and the values it \"set\"s");
            }
            if (cited.isEmpty() || c.path("note").asText("").isBlank()) {
                throw new IOException(file + ": the correction of " + what + " must cite its sources and say why");
            }
            for (String s : cited) {
                if (!ids.contains(s)) {
                    throw new IOException(file + ": the correction of " + what + " cites " + s
                            + ", which the file does not define");
                }
            }
            out.add(new Correction(date, c.hasNonNull("time") ? c.path("time").asText() : null,
                    c.hasNonNull("series") ? c.path("series").asInt() : null, c.path("records").asInt(1),
                    (ObjectNode) set, List.copyOf(cited), c.path("note").asText()));
        }
        return new CnsCorrections(List.copyOf(out), List.copyOf(checked), List.copyOf(sources));
    }

    /** The sources the corrections cite, as the file gives them. */
    List<JsonNode> sources() {
        return sources;
    }

    /** The correction of one database record, or null when it has none. */
    Correction of(JsonNode test) {
        for (int i = 0; i < corrections.size(); i++) {
            if (corrections.get(i).matches(test)) {
                used[i]++;
                return corrections.get(i);
            }
        }
        return null;
    }

    /** The check of one record against reporting that left it as it was, or null. */
    Correction checkOf(JsonNode test) {
        return checked.stream().filter(c -> c.matches(test)).findFirst().orElse(null);
    }

    /** Fails unless every correction matched exactly as many records as it says. */
    void checkAllApplied() throws IOException {
        for (int i = 0; i < corrections.size(); i++) {
            Correction c = corrections.get(i);
            if (used[i] != c.records()) {
                throw new IOException("the correction of " + c.describe() + " should match " + c.records()
                        + " record(s) of the database but matches " + used[i]);
            }
        }
    }
}
