package io.annalist.map.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import io.annalist.export.BriefPages;
import io.annalist.export.BundledFonts;
import io.annalist.io.EventFileReader;
import io.annalist.model.Event;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The map as a PDF page and as an SVG, drawn by the map's painter: its countries as shapes, its words as text. */
@org.junit.jupiter.api.Tag("toolkit")
class MapVectorTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        BundledFonts.load();
    }

    private static MapSnapshot.Spec spec() {
        return new MapSnapshot.Spec(1000, 700, 1, "Где: ракеты", "All events", "Sources: test", false, null,
                Long.MIN_VALUE, Long.MAX_VALUE, null);
    }

    @Test
    void theMapIsAPdfPageWithItsTextAndAnSvgWithItsShapes() throws Exception {
        List<Event> events = new EventFileReader().read(Path.of("data/nk-missile-tests-1984-2026.json")).dataset()
                .events();
        BriefPages.Format a4 = new BriefPages.Format(BriefPages.Paper.A4, true);
        Path pdf = dir.resolve("map.pdf");
        MapSnapshot.Done done = MapSnapshot.exportVector(spec(), events, pdf, a4, Runnable::run).get(60,
                TimeUnit.SECONDS);
        assertEquals(events.size(), done.onMap());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Где: ракеты") && text.contains(events.size() + " events on the map"), text);
            // The filters, and the time the map shows: here that of its events, as no window was given.
            assertEquals("All events · Time: 1 April 1984 – 18 April 2026", doc.getDocumentInformation().getSubject());
        }
        Path svg = dir.resolve("map.svg");
        MapSnapshot.exportVector(spec(), events, svg, a4, Runnable::run).get(60, TimeUnit.SECONDS);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength() > 50,
                "countries are paths");
        assertTrue(doc.getDocumentElement().getTextContent().contains("Где: ракеты"));
    }
}
