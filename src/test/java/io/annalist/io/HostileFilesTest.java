package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.annalist.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files meant to break a reader, and files that are simply strange: each gets a clear message or works. */
class HostileFilesTest {
    @TempDir
    Path dir;

    private final EventFileReader reader = new EventFileReader();

    @Test
    void aHundredMegabyteStringIsRefusedQuickly() throws Exception {
        Path f = dir.resolve("huge.json");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("{\"format\": \"annalist/1\", \"events\": [], \"title\": \"");
            char[] block = new char[1 << 20];
            java.util.Arrays.fill(block, 'a');
            for (int i = 0; i < 100; i++) {
                w.write(block);
            }
            w.write("\"}");
        }
        LoadResult r = reader.read(f);
        assertTrue(r.failed());
        assertTrue(r.report().problems().get(0).message().contains("longer than 1000000 characters"));
        assertEquals(1, r.report().problems().get(0).line());
    }

    @Test
    void aMillionActorsLoad() throws Exception {
        Path f = dir.resolve("actors.json");
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("{\"format\": \"annalist/1\", \"sources\": [{\"id\": \"s\", \"title\": \"S\"}], \"actors\": [");
            for (int i = 0; i < 1_000_000; i++) {
                w.write((i == 0 ? "" : ",") + "{\"id\": \"a" + i + "\", \"name\": \"Actor " + i + "\"}");
            }
            w.write("], \"events\": [{\"id\": \"e\", \"kind\": \"other\", \"title\": \"T\", \"when\": \"2024\","
                    + " \"actors\": [\"a999999\"], \"sources\": [\"s\"]}]}");
        }
        LoadResult r = reader.read(f);
        assertFalse(r.failed(), r.report().problems().toString());
        assertEquals(1_000_000, r.dataset().actors().size());
        assertEquals(1, r.report().loaded());
    }

    @Test
    void aFileCutOffHalfWayIsNamedAsSuchAndLoadsNothing() throws Exception {
        String whole = Files.readString(Path.of("data/russia-north-korea-2018-2025.json"));
        Path f = dir.resolve("cut.json");
        Files.writeString(f, whole.substring(0, whole.length() / 2));
        LoadResult r = reader.read(f);
        assertTrue(r.failed());
        assertTrue(r.report().problems().get(0).message().startsWith("malformed JSON"));
        assertTrue(r.report().problems().get(0).line() > 10, "the line where it stops");
    }

    @Test
    void aPipeAndALinkLoopAreRefusedWithTheirNames() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        LoadResult loop = reader.read(a);
        assertTrue(loop.failed());
        assertTrue(loop.report().problems().get(0).message().contains("symbolic link that leads nowhere"));

        assumeTrue(Files.isExecutable(Path.of("/usr/bin/mkfifo")), "needs mkfifo");
        Path fifo = dir.resolve("pipe.json");
        assertEquals(0, new ProcessBuilder("/usr/bin/mkfifo", fifo.toString()).start().waitFor());
        LoadResult pipe = reader.read(fifo);
        assertTrue(pipe.failed());
        assertTrue(pipe.report().problems().get(0).message().contains("not a regular file"));
    }

    @Test
    void scriptsOfEveryKindAndLongTitlesLoadAsTheyAre() throws Exception {
        String longTitle = "Long ".repeat(2000);
        Path f = dir.resolve("scripts.json");
        Files.writeString(f, "{\"format\": \"annalist/1\","
                + " \"actors\": [{\"id\": \"kim\", \"name\": \"김정은\"}, {\"id\": \"putin\", \"name\": \"Владимир Путин\"},"
                + " {\"id\": \"ar\", \"name\": \"وزارة الخارجية\"}],"
                + " \"sources\": [{\"id\": \"s\", \"title\": \"S\"}], \"events\": ["
                + "{\"id\": \"k\", \"kind\": \"meeting\", \"title\": \"김정은 위원장 회담 🤝\", \"when\": \"2024-06-19\", \"actors\": [\"kim\", \"putin\"], \"sources\": [\"s\"]},"
                + "{\"id\": \"a\", \"kind\": \"statement\", \"title\": \"بيان وزارة الخارجية\", \"when\": \"2024-06-20\", \"actors\": [\"ar\"], \"sources\": [\"s\"]},"
                + "{\"id\": \"l\", \"kind\": \"other\", \"title\": \"" + longTitle + "\", \"when\": \"2024-06-21\", \"sources\": [\"s\"]}]}",
                StandardCharsets.UTF_8);
        LoadResult r = reader.read(f);
        assertEquals(3, r.report().loaded(), r.report().problems().toString());
        Event korean = r.dataset().events().get(0);
        assertEquals("김정은 위원장 회담 🤝", korean.title());
        assertEquals("Владимир Путин", r.dataset().actorsById().get("putin").name());
        assertEquals(10_000, r.dataset().events().get(2).title().length());
    }

    /** Reads {@code file}, changing it with {@code change} when the reader first reports progress. */
    private static LoadResult readWhileChanging(Path file, EventFileReader reader, java.util.function.Consumer<Path> change) {
        boolean[] done = {false};
        return reader.read(file, new ReadProgress() {
            @Override
            public void progress(long bytes, long total) {
                if (!done[0] && bytes > 0) {
                    done[0] = true;
                    change.accept(file);
                }
            }
        });
    }

    private Path generated(String name) throws Exception {
        Path file = dir.resolve(name);
        new EventGenerator(3).write(file, 6000);
        return file;
    }

    private static void truncateToHalf(Path f) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void appendEvents(Path f) {
        try {
            Files.writeString(f, ",{\"id\":\"late\"}]}", java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileCutShortWhileItIsReadIsReportedAndLoadsNothing() throws Exception {
        for (EventFileReader reader : new EventFileReader[] {new EventFileReader(),
                new EventFileReader(EventFileReader.DEFAULT_MAX_FILE_BYTES, 2, 0)}) {
            Path file = generated("shrinking.json");
            LoadResult r = readWhileChanging(file, reader, HostileFilesTest::truncateToHalf);
            assertTrue(r.failed(), r.report().problems().toString());
            assertTrue(r.report().problems().get(0).message().contains("end"), r.report().problems().toString());
            assertTrue(r.report().problems().get(0).line() > 0);
            assertEquals(0, r.dataset().events().size());
        }
    }

    @Test
    void aFileThatGrowsWhileItIsReadIsRefusedWhereItGrew() throws Exception {
        for (EventFileReader reader : new EventFileReader[] {new EventFileReader(),
                new EventFileReader(EventFileReader.DEFAULT_MAX_FILE_BYTES, 2, 0)}) {
            Path file = generated("growing.json");
            long size = Files.size(file);
            LoadResult r = readWhileChanging(file, reader, HostileFilesTest::appendEvents);
            // Bytes after the end of the top-level object: refused at their place, never half-read.
            assertTrue(r.failed(), r.report().problems().toString());
            assertTrue(r.report().problems().get(0).column() > size, r.report().problems().toString());
            assertEquals(0, r.dataset().events().size());
        }
    }
}
