package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, converting and exporting: all or nothing, and a clear reason when nothing. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void aFailureHalfWayLeavesThePreviousFileAndNoPartOfTheNewOne() throws Exception {
        Path target = dir.resolve("events.json");
        Files.writeString(target, "previous");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, temp -> {
            Files.writeString(temp, "half of the new file");
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + target + ": the disk is full", e.getMessage());
        assertEquals("previous", Files.readString(target));
        assertEquals(List.of(target), Files.list(dir).toList());
    }

    @Test
    void savingIntoAVanishedFolderSaysSo() throws Exception {
        LoadResult seed = new EventFileReader().read(Path.of("data/russia-north-korea-2018-2025.json"));
        Path gone = dir.resolve("gone/events.json");
        IOException json = assertThrows(IOException.class, () -> new EventFileWriter().write(seed.dataset(),
                seed.dataset().events(), gone));
        assertTrue(json.getMessage().contains("does not exist"), json.getMessage());
        IOException csv = assertThrows(IOException.class, () -> new CsvEventWriter().write(seed.dataset().events(),
                Map.of(), seed.dataset().sourcesById(), gone));
        assertTrue(csv.getMessage().contains("does not exist"), csv.getMessage());
        assertFalse(Files.exists(dir.resolve("gone")));
    }

    @Test
    void aReadOnlyFolderIsRefusedWithItsName() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(ro.resolve("x.json"),
                temp -> Files.writeString(temp, "x")));
        assertTrue(e.getMessage().contains("permission denied"), e.getMessage());
    }

    @Test
    void anUnreadableFileIsNamedAsSuch() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may read anything");
        Path f = dir.resolve("secret.json");
        Files.writeString(f, "{}");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        LoadResult r = new EventFileReader().read(f);
        assertTrue(r.report().problems().get(0).message().contains("permission denied"));
    }
}
