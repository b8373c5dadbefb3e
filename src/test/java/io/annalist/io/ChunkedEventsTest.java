package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file read on several threads gives exactly what a one-thread read gives. */
class ChunkedEventsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What reading on several threads gave, and how many parts other threads read. */
    private record Split(LoadResult result, int parts) {
    }

    /** Reads {@code file} on one thread and on {@code threads}; asserts the same result. */
    private static Split assertSameAsOneThread(Path file, int threads) {
        LoadResult one = new EventFileReader(EventFileReader.DEFAULT_MAX_FILE_BYTES, 1, 0).read(file);
        EventFileReader split = new EventFileReader(EventFileReader.DEFAULT_MAX_FILE_BYTES, threads, 0);
        LoadResult many = split.read(file);
        assertEquals(one.report(), many.report());
        assertEquals(one.dataset(), many.dataset());
        return new Split(many, split.lastParts());
    }

    private ObjectNode generated(int events) throws IOException {
        Path raw = dir.resolve("raw.json");
        new EventGenerator(7).write(raw, events);
        return (ObjectNode) JSON.readTree(raw.toFile());
    }

    /** Problems spread over the whole list, most of them in the parts other threads read. */
    private static void spoil(ArrayNode events) {
        ((ObjectNode) events.get(2900)).remove("sources");
        ((ObjectNode) events.get(2100)).put("kind", "parade");
        ((ObjectNode) events.get(2500)).put("id", events.get(10).get("id").asText());
        ((ObjectNode) events.get(1800)).putArray("actors").add("nobody");
        ((ObjectNode) events.get(1200)).put("mood", "tense");
        ((ObjectNode) events.get(2950)).put("when", "sometime");
        events.set(2700, JSON.getNodeFactory().textNode("not an event"));
        ((ObjectNode) events.get(300)).put("title", "");
    }

    private Path write(JsonNode doc, String name, boolean pretty) throws IOException {
        Path file = dir.resolve(name);
        if (pretty) {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), doc);
        } else {
            JSON.writeValue(file.toFile(), doc);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void aCleanFileIsSplitAndReadTheSame(int threads) throws IOException {
        Path file = write(generated(3000), "clean.json", false);
        assertEquals(threads - 1, assertSameAsOneThread(file, threads).parts());
    }

    @Test
    void problemsKeepTheirLinesColumnsAndPathsOnOneLine() throws IOException {
        ObjectNode doc = generated(3000);
        spoil((ArrayNode) doc.get("events"));
        Path file = write(doc, "spoiled.json", false);
        Split split = assertSameAsOneThread(file, 3);
        assertTrue(split.parts() > 0);
        LoadResult r = split.result();
        assertEquals(6, r.report().rejected());
        assertTrue(r.report().problems().stream().anyMatch(p -> p.path().equals("$.events[2950].when")),
                r.report().problems().toString());
    }

    @Test
    void problemsKeepTheirLinesOnManyLines() throws IOException {
        ObjectNode doc = generated(3000);
        spoil((ArrayNode) doc.get("events"));
        Path file = write(doc, "pretty.json", true);
        Split split = assertSameAsOneThread(file, 4);
        assertTrue(split.parts() > 0);
        LoadResult r = split.result();
        Problem late = r.report().problems().stream().filter(p -> p.path().equals("$.events[2900].sources"))
                .findFirst().orElseThrow();
        assertTrue(late.line() > 50_000, late.toString());
        assertEquals(2999 - 6 + 1, r.dataset().events().size());
        int line = r.dataset().events().get(r.dataset().events().size() - 1).line();
        assertTrue(line > 1, "events keep the line they start on");
    }

    @Test
    void actorsAndSourcesAfterTheEventsAreCheckedInTheEnd() throws IOException {
        ObjectNode doc = generated(3000);
        spoil((ArrayNode) doc.get("events"));
        ObjectNode reordered = JSON.createObjectNode();
        reordered.set("events", doc.get("events"));
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("events")) {
                reordered.set(e.getKey(), e.getValue());
            }
        }
        reordered.put("colour", "after the events");
        Path file = write(reordered, "late-actors.json", true);
        assertTrue(assertSameAsOneThread(file, 2).parts() > 0);
    }

    @Test
    void guessesBeyondTheEventsAreDropped() throws IOException {
        ObjectNode doc = generated(3000);
        ObjectNode reordered = JSON.createObjectNode();
        ArrayNode few = reordered.putArray("events");
        for (int i = 0; i < 20; i++) {
            few.add(doc.get("events").get(i));
        }
        doc.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("events")) {
                reordered.set(e.getKey(), e.getValue());
            }
        });
        // A long list after the events, where the guesses land.
        ArrayNode notes = reordered.putArray("notes");
        for (int i = 0; i < 20_000; i++) {
            notes.addObject().put("n", i);
        }
        Path file = write(reordered, "events-first.json", false);
        assertEquals(0, assertSameAsOneThread(file, 3).parts());
    }

    @Test
    void guessesInsideTextsAreNotTrusted() throws IOException {
        ObjectNode doc = generated(3000);
        for (JsonNode e : doc.get("events")) {
            ((ObjectNode) e).put("summary", "}, {".repeat(200));
        }
        Path file = write(doc, "braces.json", false);
        // Every guess lands inside a summary: nothing is split, and nothing differs.
        assertEquals(0, assertSameAsOneThread(file, 3).parts());
    }

    @Test
    void aBrokenEndIsReportedAsOnOneThread() throws IOException {
        Path file = write(generated(3000), "broken.json", false);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length * 9 / 10));
        LoadResult r = assertSameAsOneThread(file, 2).result();
        assertTrue(r.failed());
        Problem fatal = r.report().problems().get(0);
        assertEquals(Severity.ERROR, fatal.severity());
        assertTrue(fatal.column() > all.length / 2, fatal.toString());
    }

    @Test
    void cancellingStopsASplitRead() throws IOException {
        Path file = write(generated(3000), "cancel.json", false);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        ReadProgress cancelLate = new ReadProgress() {
            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 2;
            }
        };
        EventFileReader reader = new EventFileReader(EventFileReader.DEFAULT_MAX_FILE_BYTES, 2, 0);
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> reader.read(file, cancelLate));
        assertTrue(asked.get() > 2);
    }

    @Test
    void aSmallFileIsReadOnOneThread() throws IOException {
        Path file = write(generated(50), "small.json", false);
        EventFileReader reader = new EventFileReader();
        assertFalse(reader.read(file).failed());
        assertEquals(0, reader.lastParts());
    }
}
