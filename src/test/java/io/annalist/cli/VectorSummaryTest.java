package io.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line the command prints for a PDF or an SVG says what the brief's own footer says: the
 * events drawn as their own mark, and apart those only counted in badges. The missile data at
 * its whole range on A4 holds events in badges, so a line that counted every event as drawn
 * would claim more than the page shows.
 */
@Tag("toolkit")
class VectorSummaryTest {
    @TempDir
    Path dir;

    private static final Pattern FOOTER = Pattern.compile(
            "([\\d,]+) drawn as (?:their|its) own mark(?: · ([\\d,]+) counted in badges)?");
    private static final Pattern LINE = Pattern.compile(
            "([\\d,]+) events? drawn(?:, ([\\d,]+) counted in badges)?");

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, err.toString());
        return out.toString();
    }

    private static int[] counts(Pattern p, String text) {
        Matcher m = p.matcher(text.replaceAll("\\s+", " "));
        assertTrue(m.find(), "no counts in:\n" + text);
        return new int[]{Integer.parseInt(m.group(1).replace(",", "")),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2).replace(",", ""))};
    }

    @Test
    void thePdfsLineCountsWhatItsFooterCounts() throws Exception {
        Path out = dir.resolve("brief.pdf");
        String line = run("export", "data/nk-missile-tests-1984-2026.json", "--out", out.toString(),
                "--page", "a4", "--landscape");
        String text;
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        int[] footer = counts(FOOTER, text);
        assertTrue(footer[1] > 0, "the whole range on A4 holds events in badges:\n" + text);
        int[] said = counts(LINE, line);
        assertEquals(footer[0], said[0], line);
        assertEquals(footer[1], said[1], line);
    }

    @Test
    void theSvgsLineCountsWhatItsFooterCounts() throws Exception {
        Path out = dir.resolve("brief.svg");
        String line = run("export", "data/nk-missile-tests-1984-2026.json", "--out", out.toString());
        String svg = Files.readString(out).replaceAll("<[^>]+>", " ").replace("&#183;", "·");
        int[] footer = counts(FOOTER, svg);
        int[] said = counts(LINE, line);
        assertEquals(footer[0], said[0], line);
        assertEquals(footer[1], said[1], line);
    }

    @Test
    void aPdfIsLandscapeUnlessAskedForPortrait() throws Exception {
        Path wide = dir.resolve("wide.pdf");
        Path tall = dir.resolve("tall.pdf");
        run("export", "data/russia-north-korea-2018-2025.json", "--out", wide.toString());
        run("export", "data/russia-north-korea-2018-2025.json", "--out", tall.toString(), "--portrait");
        try (PDDocument w = Loader.loadPDF(wide.toFile()); PDDocument t = Loader.loadPDF(tall.toFile())) {
            assertEquals(842, Math.round(w.getPage(0).getMediaBox().getWidth()), "A4 landscape by default");
            assertEquals(595, Math.round(t.getPage(0).getMediaBox().getWidth()), "A4 portrait when asked");
        }
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export",
                "data/russia-north-korea-2018-2025.json", "--out", dir.resolve("x.pdf").toString(), "--portrait",
                "--landscape");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("choose one"), err.toString());
    }
}
