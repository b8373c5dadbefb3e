package io.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import io.annalist.export.PngWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist export FILE --map}: the map alone, with title, caption, legend and what it leaves out. */
@org.junit.jupiter.api.Tag("toolkit")
class MapExportTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[]{Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void theMissileDataAsAMap() throws Exception {
        Path png = dir.resolve("where.png");
        String[] r = run("export", "data/nk-missile-tests-1984-2026.json", "--map", "--out", png.toString(),
                "--title", "Where North Korea launches from");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("1600 × 900 px, 339 events on the map"), r[1]);
        Path pdf = dir.resolve("where.pdf");
        String[] page = run("export", "data/nk-missile-tests-1984-2026.json", "--map", "--out", pdf.toString());
        assertTrue(page[1].contains("where.pdf: one page, 339 events on the map"), "a page, not pixels: " + page[1]);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1600, img.getWidth());
        assertEquals(900, img.getHeight());
        Map<String, String> text = PngWriter.readText(png);
        assertEquals("Where North Korea launches from", text.get("Title"));
        assertTrue(text.get("Source").contains("CNS North Korea Missile Test Database"));
    }

    @Test
    void whatHasNoPlaceIsSaid() throws Exception {
        Path png = dir.resolve("seed.png");
        String[] r = run("export", "data/russia-north-korea-2018-2025.json", "--map", "--out", png.toString(),
                "--scale", "2", "--theme", "dark");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("3200 × 1800 px"), r[1]);
        assertTrue(r[1].matches("(?s).*\\d+ events on the map, \\d+ with no place.*"), r[1]);
    }

    @Test
    void badSizesAreOneLineAndNoFile() {
        Path png = dir.resolve("tiny.png");
        String[] r = run("export", "data/nk-missile-tests-1984-2026.json", "--map", "--out", png.toString(),
                "--width", "50");
        assertEquals("2", r[0]);
        assertTrue(r[2].startsWith("annalist: a ") && r[2].contains("must be at least 200"), r[2]);
        assertFalse(Files.exists(png));
    }

    @Test
    void aNarrowMapKeepsItsWholeFooterAndSaysItsTime() throws Exception {
        Path png = dir.resolve("narrow.png");
        String[] r = run("export", "data/nk-missile-tests-1984-2026.json", "--map", "--out", png.toString(),
                "--width", "500");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("339 events on the map"), "the map is not squeezed out by its footer: " + r[1]);
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getHeight() > 900, "it grew to hold the sources whole: " + img.getHeight());
        // The footer's last line (the counts) is drawn inside the picture: the bottom rows hold text.
        int inked = 0;
        int bg = img.getRGB(2, img.getHeight() - 2);
        for (int y = img.getHeight() - 40; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                inked += img.getRGB(x, y) != bg ? 1 : 0;
            }
        }
        assertTrue(inked > 50, "the last footer line is on the picture");
        Map<String, String> text = PngWriter.readText(png);
        assertTrue(text.get("Time range").startsWith("1984") || text.get("Time range").contains("1984"),
                "the time the map shows: " + text.get("Time range"));
    }

    @Test
    void theTimelineAndTheMapOnOneImage() throws Exception {
        Path png = dir.resolve("both.png");
        String[] r = run("export", "data/nk-missile-tests-1984-2026.json", "--map", "both", "--out", png.toString(),
                "--from", "2022", "--to", "2022");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("timeline and map: 69 events drawn; 69 on the map"), r[1]);
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img.getHeight() > 900 + 400, "the timeline above a map of 900: " + img.getHeight());
        String[] pdf = run("export", "data/nk-missile-tests-1984-2026.json", "--map", "both", "--out",
                dir.resolve("both.pdf").toString());
        assertEquals("2", pdf[0], "one PNG only: " + pdf[2]);
        assertFalse(Files.exists(dir.resolve("both.pdf")));
    }
}
