package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.annalist.export.PngWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving and exporting onto a real small disk that fills up, and onto a read-only disk
 * (which refuses even the superuser). Needs the right to mount a tmpfs: skipped elsewhere,
 * where AtomicFileTest and ExportTest simulate the same failures.
 */
class RealDiskFaultsTest {
    @TempDir
    Path dir;
    private Path mounted;

    private Path disk(String options) throws Exception {
        Path at = Files.createDirectory(dir.resolve("disk"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here");
        mounted = at;
        return at;
    }

    private static List<Path> list(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString()).start().waitFor();
        }
    }

    @Test
    void savingToAFullDiskSaysSoAndKeepsThePreviousFile() throws Exception {
        Path small = disk("size=256k");
        Path target = small.resolve("events.json");
        Files.writeString(target, "the previous file");
        Path big = dir.resolve("big.json");
        new EventGenerator(5).write(big, 3000);
        LoadResult loaded = new EventFileReader().read(big);
        IOException e = assertThrows(IOException.class, () -> new EventFileWriter().write(loaded.dataset(),
                loaded.dataset().events(), target));
        assertEquals("cannot write " + target + ": the disk is full", e.getMessage());
        assertEquals("the previous file", Files.readString(target));
        assertEquals(List.of(target), list(small));
    }

    @Test
    void exportingToAFullDiskSaysSoAndLeavesNoPart() throws Exception {
        Path small = disk("size=64k");
        BufferedImage noise = new BufferedImage(800, 800, BufferedImage.TYPE_INT_ARGB);
        java.util.Random r = new java.util.Random(1);
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 800; x++) {
                noise.setRGB(x, y, r.nextInt());
            }
        }
        Path png = small.resolve("brief.png");
        IOException e = assertThrows(IOException.class, () -> PngWriter.write(noise, png, Map.of()));
        assertTrue(e.getMessage().endsWith("the disk is full"), e.getMessage());
        assertEquals(List.of(), list(small));
    }

    @Test
    void aReadOnlyDiskIsRefusedEvenForTheSuperuser() throws Exception {
        Path ro = disk("ro,size=64k");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(ro.resolve("x.json"),
                temp -> Files.writeString(temp, "x")));
        assertEquals("cannot write " + ro.resolve("x.json") + ": the disk is read-only", e.getMessage());
    }
}
