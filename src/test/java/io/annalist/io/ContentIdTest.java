package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.annalist.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows without an id get one made from their content, so it survives rows moving, and re-exports keep it. */
class ContentIdTest {
    @TempDir
    Path dir;

    private static final String HEADER = "date,kind,title,actors,place,summary\n";
    private static final String VISIT = "2024-06-19,visit,Putin visits Pyongyang,Vladimir Putin; Kim Jong Un,Pyongyang,A state visit\n";
    private static final String TROOPS = "2024-09,troop deployment,Troops sent,North Korea; Russia,,Estimated\n";
    private static final String TALKS = "2019-02-28,meeting,Hanoi summit,Kim Jong Un; Donald Trump,Hanoi,No deal\n";

    private Map<String, String> idsByTitle(String csv) throws IOException {
        Path f = dir.resolve("rows-" + csv.hashCode() + ".csv");
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        LoadResult r = Formats.read(f, Format.CSV);
        return r.dataset().events().stream().collect(Collectors.toMap(Event::title, Event::id));
    }

    @Test
    void aRowKeepsItsIdWhenRowsAreAddedRemovedOrSorted() throws IOException {
        Map<String, String> before = idsByTitle(HEADER + VISIT + TROOPS + TALKS);
        Map<String, String> after = idsByTitle(HEADER + TALKS + "2025-01-01,statement,New row,,,\n" + VISIT);
        assertEquals(before.get("Putin visits Pyongyang"), after.get("Putin visits Pyongyang"));
        assertEquals(before.get("Hanoi summit"), after.get("Hanoi summit"));
        assertTrue(before.get("Troops sent").matches("row-[0-9a-f]{16}"), before.get("Troops sent"));
    }

    @Test
    void theIdFollowsTheContentNotTheFilesSpelling() throws IOException {
        String base = idsByTitle(HEADER + VISIT).get("Putin visits Pyongyang");
        // Columns in another order, the date written another way, actors in another order: the same event.
        String reordered = idsByTitle("summary,title,date,place,kind,actors\n"
                + "A state visit,Putin visits Pyongyang,19 June 2024,Pyongyang,visit,Kim Jong Un; Vladimir Putin\n")
                .get("Putin visits Pyongyang");
        assertEquals(base, reordered);
        String edited = idsByTitle(HEADER + VISIT.replace("A state visit", "A state visit and a treaty"))
                .get("Putin visits Pyongyang");
        assertNotEquals(base, edited, "another summary is another row");
    }

    @Test
    void identicalRowsAreNumberedInTheOrderOfTheFile() throws IOException {
        Path f = dir.resolve("twice.csv");
        Files.writeString(f, HEADER + VISIT + VISIT, StandardCharsets.UTF_8);
        List<Event> events = Formats.read(f, Format.CSV).dataset().events();
        assertEquals(2, events.size(), "neither row is lost");
        assertEquals(events.get(0).id() + "-2", events.get(1).id());
    }

    @Test
    void anIdColumnIsKeptAsItIs() throws IOException {
        assertEquals("v1", idsByTitle("id," + HEADER + "v1," + VISIT).get("Putin visits Pyongyang"));
    }

    @Test
    void theHashedTextIsTheDocumentedOne() throws IOException {
        Path f = dir.resolve("one.csv");
        Files.writeString(f, HEADER + VISIT, StandardCharsets.UTF_8);
        LoadResult r = Formats.read(f, Format.CSV);
        Event e = r.dataset().events().get(0);
        Map<String, String> names = r.dataset().actors().stream()
                .collect(Collectors.toMap(a -> a.id(), a -> a.name()));
        assertEquals("visit\n2024-06-19\n\n\nPutin visits Pyongyang\nPyongyang\n\nKim Jong Un; Vladimir Putin\n"
                + "A state visit", ContentId.text(e, names));
        // The first 16 hex digits of SHA-256 of that text (as `printf '%s' TEXT | sha256sum` gives).
        assertEquals("row-" + sha256Prefix(ContentId.text(e, names)), e.id());
    }

    private static String sha256Prefix(String text) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
