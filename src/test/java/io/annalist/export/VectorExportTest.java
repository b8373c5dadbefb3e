package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.When;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * PDF and SVG briefs as a reader gets them: every title, lane name and the caption are text
 * that can be found — Korean, Russian, Arabic and emoji included — in fonts embedded in the
 * file; a timeline taller than a page goes on with its axis and lane names; the SVG is XML
 * with a group per lane.
 */
@org.junit.jupiter.api.Tag("toolkit")
class VectorExportTest {
    @TempDir
    Path dir;

    private static final Map<String, String> NAMES = new LinkedHashMap<>();
    private static final List<Event> EVENTS = new ArrayList<>();
    private static final TimeWindow WINDOW = new TimeWindow(PartialDate.parse("2024-01").start(),
            PartialDate.parse("2024-12").end());
    private static final String CAPTION = "Actors: Владимир Путин, 김정은 · Kinds: visit, meeting";

    static {
        NAMES.put("putin", "Владимир Путин");
        NAMES.put("kim", "김정은");
        NAMES.put("mfa", "وزارة الخارجية");
        EVENTS.add(event("a", EventKind.VISIT, "Путин прибыл в Пхеньян", "2024-06-19", "putin", "kim"));
        EVENTS.add(event("b", EventKind.MEETING, "김정은, 러시아 대표단 접견", "2024-03-05", "kim"));
        EVENTS.add(event("c", EventKind.STATEMENT, "بيان وزارة الخارجية", "2024-09-10", "mfa"));
        EVENTS.add(event("d", EventKind.MISSILE_TEST, "Hwasong-19 launch 🚀", "2024-10-31", "kim"));
    }

    private static Event event(String id, EventKind kind, String title, String date, String... actors) {
        return new Event(id, kind, title, When.at(PartialDate.parse(date)), null, List.of(actors), null,
                List.of("s"), null, List.of(), null, Map.of(), 0);
    }

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        BundledFonts.load();
    }

    private static VectorExport.Section section(List<Event> events, Map<String, String> names, String title)
            throws Exception {
        Palette palette = HeadlessFx.call(() -> Palettes.fromCss(false));
        SnapshotSpec spec = SnapshotSpec.brief(WINDOW, title, CAPTION, "Sources: test")
                .withSize(new BriefPages.Format(BriefPages.Paper.A4, false).defaultWidth(), SnapshotSpec.AUTO_HEIGHT, 1);
        return new VectorExport.Section(spec, Lanes.build(events, LaneMode.ACTOR, names), palette);
    }

    private Path pdf(List<VectorExport.Section> sections, BriefPages.Format format) throws Exception {
        Path out = dir.resolve("brief.pdf");
        VectorExport.pdf(sections, format, out, Runnable::run).get(60, TimeUnit.SECONDS);
        return out;
    }

    private static List<String> pageTexts(PDDocument doc) throws Exception {
        List<String> pages = new ArrayList<>();
        PDFTextStripper strip = new PDFTextStripper();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            strip.setStartPage(i);
            strip.setEndPage(i);
            pages.add(strip.getText(doc));
        }
        return pages;
    }

    @Test
    void aBriefLaidOutOnATasksThreadIsWrittenAndAnInterruptStopsIt() throws Exception {
        VectorExport.Section section = section(EVENTS, NAMES, "On the task's thread");
        Path svg = dir.resolve("here.svg");
        // On this test's own thread, as the window's export task does it.
        VectorExport.svg(section, svg, Runnable::run, true).get(60, TimeUnit.SECONDS);
        assertTrue(Files.readString(svg).contains("Путин прибыл в Пхеньян"));
        Path pdf = dir.resolve("here.pdf");
        VectorExport.pdf(List.of(section), new BriefPages.Format(BriefPages.Paper.A4, true), pdf, Runnable::run, true)
                .get(60, TimeUnit.SECONDS);
        assertTrue(Files.size(pdf) > 0);

        Path stopped = dir.resolve("stopped.svg");
        Thread.currentThread().interrupt();
        try {
            var e = org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> VectorExport.svg(section, stopped, Runnable::run, true).get(60, TimeUnit.SECONDS));
            assertTrue(e.getCause() instanceof java.util.concurrent.CancellationException, e.toString());
        } finally {
            Thread.interrupted();
        }
        org.junit.jupiter.api.Assertions.assertFalse(Files.exists(stopped));
    }

    @Test
    void thePdfsTextHoldsEveryTitleLaneNameAndTheCaptionInEveryScript() throws Exception {
        Path out = pdf(List.of(section(EVENTS, NAMES, "Бриф: Россия и КНДР")),
                new BriefPages.Format(BriefPages.Paper.A4, false));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            for (Event e : EVENTS) {
                assertTrue(text.contains(e.title()), "title " + e.title() + " in:\n" + text);
            }
            for (String name : NAMES.values()) {
                assertTrue(text.contains(name), "lane " + name + " in:\n" + text);
            }
            assertTrue(text.contains(CAPTION), text);
            assertTrue(text.contains("Бриф: Россия и КНДР"), text);
            assertEquals("Бриф: Россия и КНДР", doc.getDocumentInformation().getTitle());
            assertEquals(CAPTION, doc.getDocumentInformation().getSubject());
            assertTrue(doc.getDocumentInformation().getProducer().startsWith("Annalist "),
                    doc.getDocumentInformation().getProducer());
            assertEquals(842, Math.round(doc.getPage(0).getMediaBox().getHeight()), "A4 portrait");
        }
    }

    @Test
    void theFontsAreEmbeddedSubsetsOfTheFacesWeShip() throws Exception {
        Path out = pdf(List.of(section(EVENTS, NAMES, "Brief")), new BriefPages.Format(BriefPages.Paper.LETTER,
                true));
        Set<String> faces = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(792, Math.round(doc.getPage(0).getMediaBox().getWidth()), "Letter landscape");
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    assertTrue(f.isEmbedded(), f.getName() + " is embedded");
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), f.getName() + " is a subset");
                    faces.add(f.getName().substring(7));
                }
            }
        }
        assertTrue(faces.containsAll(List.of("NotoSans-Regular", "NotoSans-Bold", "NanumGothic", "Symbola",
                "NotoSansArabic-Regular")), faces.toString());
    }

    /** A text shown on a page: its face, rendering mode, outline width and colours as the content stream sets them. */
    private record Shown(String face, int mode, float lineWidth, List<Float> stroke, List<Float> fill) {
    }

    /** The texts of {@code page} in the order they are shown, with the graphics state each is shown in. */
    private static List<Shown> shown(PDPage page) throws Exception {
        org.apache.pdfbox.pdfparser.PDFStreamParser parser = new org.apache.pdfbox.pdfparser.PDFStreamParser(page);
        List<Shown> out = new ArrayList<>();
        java.util.ArrayDeque<Object[]> saved = new java.util.ArrayDeque<>();
        // face, mode, line width, stroke colour, fill colour
        Object[] state = {"", 0, 1f, List.of(0f, 0f, 0f), List.of(0f, 0f, 0f)};
        List<Object> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (!(token instanceof org.apache.pdfbox.contentstream.operator.Operator op)) {
                operands.add(token);
                continue;
            }
            switch (op.getName()) {
                case "q" -> saved.push(state.clone());
                case "Q" -> state = saved.pop();
                case "Tf" -> state[0] = page.getResources().getFont((COSName) operands.get(0)).getName();
                case "Tr" -> state[1] = ((org.apache.pdfbox.cos.COSNumber) operands.get(0)).intValue();
                case "w" -> state[2] = ((org.apache.pdfbox.cos.COSNumber) operands.get(0)).floatValue();
                case "RG", "rg" -> state[op.getName().equals("RG") ? 3 : 4] = operands.stream()
                        .map(o -> ((org.apache.pdfbox.cos.COSNumber) o).floatValue()).toList();
                case "Tj", "TJ" -> out.add(new Shown(((String) state[0]).substring(7), (int) state[1],
                        (float) state[2], (List<Float>) state[3], (List<Float>) state[4]));
                default -> {
                }
            }
            operands.clear();
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void boldKoreanIsOutlinedInItsOwnColourAsItsFaceHasNoBoldAndStaysText() throws Exception {
        String title = "북한 미사일 Brief";
        Path out = pdf(List.of(section(EVENTS, NAMES, title)), new BriefPages.Format(BriefPages.Paper.A4, true));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains(title), "the title is text");
            List<Shown> texts = shown(doc.getPage(0));
            // The title comes first: its Korean in Nanum Gothic made bold, its Latin in Noto Sans Bold as it is.
            Shown korean = texts.get(0);
            assertEquals("NanumGothic", korean.face());
            assertEquals(RenderingMode.FILL_STROKE.intValue(), korean.mode(), "the bold Korean title is outlined");
            assertTrue(korean.lineWidth() > 0.2 && korean.lineWidth() < 2, "a thin outline: " + korean.lineWidth());
            assertEquals(korean.fill(), korean.stroke(), "in the colour of its letters");
            Shown latin = texts.get(1);
            assertEquals("NotoSans-Bold", latin.face());
            assertEquals(RenderingMode.FILL.intValue(), latin.mode(), "a face with its own bold is not outlined");
            assertTrue(texts.stream().anyMatch(t -> t.face().equals("NanumGothic")
                    && t.mode() == RenderingMode.FILL.intValue()), "Korean that is not bold is not outlined");
            assertTrue(texts.stream().filter(t -> t.face().startsWith("NotoSans-")).allMatch(t -> t.mode()
                    == RenderingMode.FILL.intValue()), "no Noto Sans text is outlined");
        }
    }

    @Test
    void aTimelineTallerThanAPageGoesOnWithItsAxisAndLaneNames() throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            names.put("a" + i, "Actor " + i);
            events.add(event("e" + i, EventKind.VISIT, "Visit number " + i, "2024-0" + (1 + i % 9) + "-1" + (i % 9),
                    "a" + i));
        }
        Path out = pdf(List.of(section(events, names, "Many lanes")), new BriefPages.Format(BriefPages.Paper.A4,
                true));
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<String> pages = pageTexts(doc);
            assertTrue(pages.size() >= 3, pages.size() + " pages");
            int withLanes = 0;
            Set<String> lanesSeen = new TreeSet<>();
            for (int p = 0; p < pages.size(); p++) {
                String page = pages.get(p);
                assertTrue(page.contains("page " + (p + 1) + " of " + pages.size()), page);
                if (page.contains("Actor ")) {
                    withLanes++;
                    assertTrue(page.contains("UTC · "), "page " + (p + 1) + " repeats the axis:\n" + page);
                    assertTrue(page.contains("Jan") || page.contains("2024"), page);
                    assertTrue(p == 0 || page.contains("Many lanes (continued)"), page);
                }
                for (String name : names.values()) {
                    if (page.contains(name + " ") || page.contains(name + "\n")) {
                        lanesSeen.add(name);
                    }
                }
            }
            assertTrue(withLanes >= 2, withLanes + " pages with lanes");
            assertEquals(new TreeSet<>(names.values()), lanesSeen, "every lane is named on a page");
            assertTrue(pages.get(pages.size() - 1).contains("Sources: test"), "the footer is at the end");
        }
    }

    @Test
    void theSvgIsXmlWithTheSameTextsAndAGroupPerLane() throws Exception {
        Path out = dir.resolve("brief.svg");
        VectorExport.Section s = section(EVENTS, NAMES, "Бриф");
        VectorExport.svg(s, out, Runnable::run).get(60, TimeUnit.SECONDS);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            assertTrue(t.getAttribute("font-family").startsWith("'Noto Sans'"), t.getAttribute("font-family"));
            // Laid out at a width a viewer without the embedded faces still fits it to.
            if (!t.getTextContent().isBlank()) {
                assertTrue(Double.parseDouble(t.getAttribute("textLength")) > 0, "width of " + t.getTextContent());
                assertEquals("spacingAndGlyphs", t.getAttribute("lengthAdjust"));
            }
            all.append(t.getTextContent()).append('\n');
        }
        for (Event e : EVENTS) {
            assertTrue(all.toString().contains(e.title()), e.title() + " in:\n" + all);
        }
        for (String name : NAMES.values()) {
            assertTrue(all.toString().contains(name), "lane " + name + " in:\n" + all);
        }
        assertTrue(all.toString().contains(CAPTION), all.toString());
        NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        List<String> lanes = new ArrayList<>();
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if ("lane".equals(g.getAttribute("class"))) {
                lanes.add(g.getAttributeNS("http://www.inkscape.org/namespaces/inkscape", "label"));
                assertTrue(g.getAttribute("id").startsWith("lane-"), g.getAttribute("id"));
            }
        }
        assertEquals(s.lanes().lanes().stream().map(Lanes.Lane::label).toList(), lanes);
    }

    /** The embedded faces of an SVG: family (and " bold") → the font, decoded from its data: URL. */
    private static Map<String, byte[]> embeddedFaces(Document doc) {
        NodeList styles = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "style");
        assertEquals(1, styles.getLength(), "one style sheet with the fonts");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@font-face \\{ font-family: '([^']+)'; font-weight:"
                + " (\\w+); src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\) format\\('truetype'\\); }")
                .matcher(styles.item(0).getTextContent());
        Map<String, byte[]> faces = new LinkedHashMap<>();
        while (m.find()) {
            faces.put(m.group(1) + ("bold".equals(m.group(2)) ? " bold" : ""),
                    java.util.Base64.getDecoder().decode(m.group(3)));
        }
        return faces;
    }

    private static boolean draws(byte[] font, String text) throws Exception {
        org.apache.fontbox.ttf.TrueTypeFont f = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBuffer(font));
        var cmap = f.getUnicodeCmapLookup();
        return text.codePoints().filter(cp -> cp != ' ').allMatch(cp -> cmap.getGlyphId(cp) > 0);
    }

    @Test
    void theSvgEmbedsTheShippedFacesCutDownToItsCharacters() throws Exception {
        Path out = dir.resolve("fonts.svg");
        VectorExport.svg(section(EVENTS, NAMES, "Бриф"), out, Runnable::run).get(60, TimeUnit.SECONDS);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Map<String, byte[]> faces = embeddedFaces(f.newDocumentBuilder().parse(out.toFile()));
        assertEquals(Set.of("Noto Sans", "Noto Sans bold", "Noto Sans Arabic", "NanumGothic", "Symbola"),
                faces.keySet(), "each face that draws some of the text, under the name the text gives it");
        assertTrue(draws(faces.get("Noto Sans"), "Путин прибыл в Пхеньян Hwasong-19 launch"), "Latin and Cyrillic");
        assertTrue(draws(faces.get("NanumGothic"), "김정은 러시아 대표단 접견"), "Hangul");
        assertTrue(draws(faces.get("Noto Sans Arabic"), "بيان وزارة الخارجية"), "Arabic");
        assertTrue(draws(faces.get("Symbola"), "🚀"), "emoji");
        assertTrue(!draws(faces.get("Noto Sans"), "Q"), "cut down to the characters used: no Q in the picture");
        try (java.io.InputStream whole = io.annalist.draw.Faces.open("NanumGothic.ttf")) {
            assertTrue(faces.get("NanumGothic").length * 20 < whole.readAllBytes().length,
                    faces.get("NanumGothic").length + " bytes of Nanum Gothic");
        }
    }
}
