package io.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The footer of a PDF brief does not leave a line or two alone on a page of their own: the
 * missile tests of 2017 on Letter portrait once put one footnote alone on page 2.
 */
@Tag("toolkit")
class BriefPageBreaksTest {
    @TempDir
    Path dir;

    /** Lines of a page besides its running head ("… (continued)") and its page number. */
    private static final int HEAD_AND_NUMBER = 2;

    /** Each page's lines of text. */
    private List<List<String>> pages(String... args) throws Exception {
        Path out = dir.resolve("brief.pdf");
        List<String> all = new ArrayList<>(List.of("export", "data/nk-missile-tests-1984-2026.json", "--out",
                out.toString()));
        all.addAll(List.of(args));
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), all.toArray(String[]::new)),
                err.toString());
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper strip = new PDFTextStripper();
                strip.setStartPage(p);
                strip.setEndPage(p);
                pages.add(strip.getText(doc).lines().filter(l -> !l.isBlank()).toList());
            }
        }
        return pages;
    }

    @Test
    void theMissileTestsOf2017OnLetterPortraitKeepTheirLastFootnoteOnThePage() throws Exception {
        List<List<String>> pages = pages("--from", "2017", "--to", "2017", "--page", "letter", "--portrait");
        assertEquals(1, pages.size(), "one line would spill: the notes are set closer instead: " + pages);
        assertTrue(String.join(" ", pages.get(0)).contains("Hwasong-15 launch"), "the last footnote: " + pages);
    }

    @Test
    void noPageOfABriefHoldsOnlyALineOrTwo() throws Exception {
        int checked = 0;
        for (String year : new String[]{"2014", "2016", "2017", "2019", "2022"}) {
            for (String paper : new String[]{"letter", "a4"}) {
                for (String orientation : new String[]{"--portrait", "--landscape"}) {
                    List<List<String>> pages = pages("--from", year, "--to", year, "--page", paper, orientation);
                    for (int p = 1; p < pages.size(); p++) {
                        checked++;
                        assertTrue(pages.get(p).size() - HEAD_AND_NUMBER >= 3, year + " on " + paper + " "
                                + orientation + ", page " + (p + 1) + " of " + pages.size() + ": " + pages.get(p));
                    }
                }
            }
        }
        assertTrue(checked > 0, "some brief runs onto a second page");
    }
}
