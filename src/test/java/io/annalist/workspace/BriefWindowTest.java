package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import io.annalist.export.BriefPages;
import io.annalist.export.ExportFormat;
import io.annalist.export.PngWriter;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's briefs: Export snapshot as PDF or SVG, the dialog's options for each format and
 * picture (the map alone in every format, both on one image only as a PNG), and Print's pages.
 */
@org.junit.jupiter.api.Tag("toolkit")
class BriefWindowTest extends ApplicationTest {
    @TempDir
    Path dir;

    private MainWindow window;
    private Preferences node;

    @Override
    public void start(Stage stage) throws Exception {
        WindowWaits.hideOthers(stage);
        node = Preferences.userRoot().node("io/annalist/test/" + UUID.randomUUID());
        System.setProperty("annalist.prefs.node", "io/annalist/test/" + UUID.randomUUID());
        window = new MainWindow(stage, new AppPreferences(node), url -> { });
        window.show();
    }

    @BeforeEach
    void openTheDefaultData() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
    }

    @AfterEach
    void forget() throws Exception {
        WindowWaits.putAway(window, node);
    }

    private static ExportDialog.Choice choice(ExportFormat format, BriefPages.Format paper) {
        return new ExportDialog.Choice(true, null, null, 1, "Brief", true, true, true, true, true, true, false, true,
                Set.of(), true, format, paper);
    }

    @Test
    void aPdfIsWrittenInTheFormatChosenWhenTheNameHasNoEndingAndHoldsWhatTheWindowShows() throws Exception {
        Path named = dir.resolve("brief");
        var task = WaitForAsyncUtils.asyncFx(() -> window.snapshots().exportAs(choice(ExportFormat.PDF,
                new BriefPages.Format(BriefPages.Paper.LETTER, true)), named)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        Path out = dir.resolve("brief.pdf");
        assertTrue(Files.exists(out), window.notifications().getText());
        assertTrue(window.notifications().getText().startsWith("Exported " + out), window.notifications().getText());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(792, Math.round(doc.getPage(0).getMediaBox().getWidth()), "Letter, landscape");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Shoigu arrives in Pyongyang") && text.contains("North Korea"), text);
        }
        var svg = WaitForAsyncUtils.asyncFx(() -> window.snapshots().exportAs(choice(ExportFormat.PNG,
                new BriefPages.Format(BriefPages.Paper.A4, false)), dir.resolve("drawing.svg"))).get(10,
                TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, svg::isDone);
        assertTrue(Files.readString(dir.resolve("drawing.svg")).contains("<text"), "the file name's ending wins");
    }

    /** Export snapshot's dialog, shown; {@code map} is the map's size on screen, or null for no map. */
    private ExportDialog exportDialog(javafx.geometry.Dimension2D map) throws Exception {
        return exportDialog(map, false);
    }

    /** The same, the map on screen showing its whole range when {@code mapWhole}. */
    private ExportDialog exportDialog(javafx.geometry.Dimension2D map, boolean mapWhole) throws Exception {
        ExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            ExportDialog d = new ExportDialog(window.stage(), window.timeline(), map, mapWhole, "Brief", false, false);
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return dialog;
    }

    @Test
    void theDialogIsAsWideAsItsRowsWithItsHeaderWrappedAndATitleFieldThatShowsTheTitle() throws Exception {
        ExportDialog dialog = exportDialog(null);
        double width = dialog.getDialogPane().getWidth();
        assertTrue(width <= ExportDialog.DIALOG_WIDTH + 0.5, "fits a small screen: " + width);
        javafx.scene.control.TextField title = (javafx.scene.control.TextField) dialog.getDialogPane()
                .lookupAll(".text-field").stream().filter(n -> n instanceof javafx.scene.control.TextField t
                        && "Brief".equals(t.getText())).findFirst().orElseThrow();
        assertTrue(title.getWidth() >= 300, "the title field shows a title of a few words: " + title.getWidth());
        interact(dialog::close);
    }

    @Test
    void theDialogHidesThePngsOptionsForVectorsAndShowsThePaperForAPdf() throws Exception {
        ExportDialog dialog = exportDialog(null);
        ComboBox<String> format = formatOf(dialog);
        Node paper = dialog.getDialogPane().lookup("#exportPaper");
        interact(() -> format.getSelectionModel().select(0));
        assertFalse(shown(paper), "a PNG has no paper");
        Node scale = dialog.getDialogPane().lookupAll(".combo-box").stream()
                .filter(n -> n instanceof ComboBox<?> c && c.getItems().contains("1×")).findFirst().orElseThrow();
        assertTrue(shown(scale));
        interact(() -> format.getSelectionModel().select(1));
        assertTrue(shown(paper), "a PDF has its paper");
        assertFalse(shown(scale), "and no pixels to scale");
        interact(() -> format.getSelectionModel().select(2));
        assertFalse(shown(scale));
        assertFalse(shown(paper));
        interact(dialog::close);
    }

    @Test
    void aPdfsRowsFollowOneAnotherWithNoGapWhereThePngsRowsAreHidden() throws Exception {
        ExportDialog dialog = exportDialog(null);
        ComboBox<String> format = formatOf(dialog);
        Node show = dialog.getDialogPane().lookup("#exportShowRow");
        Node lanes = dialog.getDialogPane().lookup("#exportLanesRow");
        for (int f : new int[]{1, 0, 1}) {
            interact(() -> format.getSelectionModel().select(f));
            WaitForAsyncUtils.waitForFxEvents();
            double gap = lanes.localToScene(lanes.getLayoutBounds()).getMinY()
                    - show.localToScene(show.getLayoutBounds()).getMaxY();
            javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) show.getParent();
            if (f == 1) {
                assertTrue(gap <= grid.getVgap() + 1, "the Lanes row follows the Show row of a PDF: " + gap
                        + " pixels apart");
            } else {
                assertTrue(gap > 2 * grid.getVgap(), "a PNG's size and scale stand between them: " + gap);
            }
        }
        interact(dialog::close);
    }

    @Test
    void thePdfsPaperIsLandscapeAsOnTheCommandLineUnlessChosenOtherwise() throws Exception {
        Preferences memory = Preferences.userRoot().node(System.getProperty("annalist.prefs.node")).node("export");
        // Before, every export wrote the paper's box as it stood, unticked, though a PNG never shows it.
        memory.putBoolean("landscape", false);
        ExportDialog dialog = exportDialog(null);
        javafx.scene.control.CheckBox landscape = (javafx.scene.control.CheckBox) dialog.getDialogPane()
                .lookup("#exportLandscape");
        ComboBox<String> format = formatOf(dialog);
        assertTrue(landscape.isSelected(), "A4 landscape, as annalist export writes a PDF");
        interact(() -> {
            format.getSelectionModel().select(1);
            landscape.setSelected(false);
        });
        ExportDialog.Choice pdf = exported(dialog);
        assertFalse(pdf.paper().landscape());

        ExportDialog again = exportDialog(null);
        ComboBox<String> format2 = formatOf(again);
        javafx.scene.control.CheckBox landscape2 = (javafx.scene.control.CheckBox) again.getDialogPane()
                .lookup("#exportLandscape");
        assertFalse(landscape2.isSelected(), "portrait, as chosen for the last PDF");
        interact(() -> {
            format2.getSelectionModel().select(0);
            landscape2.setSelected(true);
        });
        exported(again);
        ExportDialog third = exportDialog(null);
        assertFalse(((javafx.scene.control.CheckBox) third.getDialogPane().lookup("#exportLandscape")).isSelected(),
                "a PNG, which shows no paper, leaves the PDF's paper as it was chosen");
        interact(third::close);
    }

    /** What {@code dialog} returns when Export… is pressed, and then closes it. */
    private ExportDialog.Choice exported(ExportDialog dialog) throws Exception {
        javafx.scene.control.ButtonType export = dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getText().equals("Export…")).findFirst().orElseThrow();
        ExportDialog.Choice c = WaitForAsyncUtils.asyncFx(() -> dialog.getResultConverter().call(export))
                .get(10, TimeUnit.SECONDS);
        interact(dialog::close);
        return c;
    }

    /** The dialog's choice of format. */
    @SuppressWarnings("unchecked")
    private static ComboBox<String> formatOf(ExportDialog dialog) {
        return (ComboBox<String>) dialog.getDialogPane().lookup("#exportFormat");
    }

    /** True when the node and everything it is in are visible. */
    static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void printBuildsThePagesThePdfHolds() throws Exception {
        BriefPages.Format a4 = new BriefPages.Format(BriefPages.Paper.A4, false);
        BriefPages pages = WaitForAsyncUtils.asyncFx(() -> window.snapshots().printPages(choice(ExportFormat.PDF,
                a4))).get(30,
                TimeUnit.SECONDS);
        assertTrue(pages.pages().size() >= 2, pages.pages().size() + " pages: the seed data by actor is taller than A4");
        List<Node> nodes = WaitForAsyncUtils.asyncFx(() -> PrintBrief.pages(pages, 540, 780)).get(30,
                TimeUnit.SECONDS);
        assertEquals(pages.pages().size(), nodes.size());
        Canvas first = (Canvas) nodes.get(0);
        assertEquals(Math.ceil((a4.widthPt() - 72) * PrintBrief.FINE), first.getWidth(), 0.5);
        assertTrue(first.getBoundsInParent().getWidth() <= 540.5, "fits the printable width");
    }

    /** The texts a page draws, read from the same page drawn as SVG. FX thread. */
    private static List<String> texts(BriefPages.Page page) {
        io.annalist.export.svg.SvgSurface svg = new io.annalist.export.svg.SvgSurface(1000, 1000);
        page.draw(svg);
        List<String> texts = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<text [^>]*>([^<]*)</text>")
                .matcher(svg.document("", ""));
        while (m.find()) {
            texts.add(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&amp;", "&"));
        }
        return texts;
    }

    @Test
    void printTakesTheDialogsChoicesAndPrintsThePagesOfThePdf() throws Exception {
        BriefPages.Format letter = new BriefPages.Format(BriefPages.Paper.LETTER, true);
        ExportDialog.Choice c = new ExportDialog.Choice(true, null, null, 1, "Printed brief", true, true, false, true,
                true, true, false, true, Set.of(), true, ExportFormat.PDF, letter);
        Path out = dir.resolve("same.pdf");
        var task = WaitForAsyncUtils.asyncFx(() -> window.snapshots().exportAs(c, out)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        BriefPages pages = WaitForAsyncUtils.asyncFx(() -> window.snapshots().printPages(c)).get(30, TimeUnit.SECONDS);
        assertEquals(letter, pages.format(), "the paper and orientation chosen");
        List<List<String>> printed = WaitForAsyncUtils.asyncFx(() -> pages.pages().stream()
                .map(BriefWindowTest::texts).toList()).get(30, TimeUnit.SECONDS);
        assertTrue(printed.get(0).contains("Printed brief"), printed.get(0).toString());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertEquals(doc.getNumberOfPages(), printed.size(), "as many pages as the PDF");
            PDFTextStripper strip = new PDFTextStripper();
            for (int i = 0; i < printed.size(); i++) {
                strip.setStartPage(i + 1);
                strip.setEndPage(i + 1);
                String pdfPage = strip.getText(doc).replaceAll("\\s+", "");
                for (String t : printed.get(i)) {
                    assertTrue(pdfPage.contains(t.replaceAll("\\s+", "")), "page " + (i + 1) + " printed \"" + t
                            + "\", which the PDF's page does not hold:\n" + pdfPage);
                }
            }
        }
        ExportDialog.Choice untitled = new ExportDialog.Choice(true, null, null, 1, "Printed brief", false, true, false,
                true, true, true, false, true, Set.of(), true, ExportFormat.PDF, new BriefPages.Format(
                BriefPages.Paper.A4, false));
        BriefPages a4 = WaitForAsyncUtils.asyncFx(() -> window.snapshots().printPages(untitled)).get(30,
                TimeUnit.SECONDS);
        assertEquals(new BriefPages.Format(BriefPages.Paper.A4, false), a4.format());
        List<String> first = WaitForAsyncUtils.asyncFx(() -> texts(a4.pages().get(0))).get(30, TimeUnit.SECONDS);
        assertFalse(first.contains("Printed brief"), "no title when the dialog leaves it out: " + first);
    }

    @Test
    void printAsksThePdfsChoicesWithNoFormatToChoose() throws Exception {
        ExportDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            ExportDialog d = new ExportDialog(window.stage(), window.timeline(), "Brief", false, true);
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(dialog.getDialogPane().lookup("#exportFormat")));
        assertTrue(shown(dialog.getDialogPane().lookup("#exportPaper")));
        assertTrue(shown(dialog.getDialogPane().lookup("#exportLandscape")));
        assertEquals("Print", dialog.getTitle());
        assertTrue(dialog.getDialogPane().getButtonTypes().stream().anyMatch(b -> b.getText().equals("Print…")));
        interact(dialog::close);
    }

    // The map alone: each format, with the timeline's title, caption, legend and sources, each left out when asked.

    private static ExportDialog.Choice map(ExportFormat format, boolean title, boolean legend) {
        return new ExportDialog.Choice(true, null, null, 1, "Where they met", title, true, legend, true, true, true,
                false, true, Set.of(), true, format, new BriefPages.Format(BriefPages.Paper.A4, true),
                ExportDialog.Picture.MAP);
    }

    private Path export(ExportDialog.Choice choice, String name) throws Exception {
        Path out = dir.resolve(name);
        var task = WaitForAsyncUtils.asyncFx(() -> window.snapshots().exportAs(choice, out)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, task::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.exists(out), window.notifications().getText());
        return out;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages(), "the map on one page");
            assertEquals(842, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4, landscape");
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theMapAloneIsWrittenAsAPngAPdfAndAnSvgWithTheTimelinesTitleCaptionLegendAndSources() throws Exception {
        Path png = export(map(ExportFormat.PNG, true, true), "where.png");
        assertTrue(window.notifications().getText().contains("events on the map"), window.notifications().getText());
        Map<String, String> text = PngWriter.readText(png);
        assertEquals("Where they met", text.get("Title"));
        assertTrue(text.get("Description").startsWith("All events: "), text.get("Description"));
        assertTrue(text.get("Source").contains("Sources"), text.get("Source"));

        String pdf = pdfText(export(map(ExportFormat.PDF, true, true), "where.pdf"));
        for (String said : new String[]{"Where they met", "All events: ", "events on the map", "Natural Earth",
            "exact place", "Sources"}) {
            assertTrue(pdf.contains(said), "the PDF says \"" + said + "\":\n" + pdf);
        }
        assertFalse(pdf.contains("North Korea (2018"), "no lane of the timeline:\n" + pdf);

        String svg = Files.readString(export(map(ExportFormat.SVG, true, true), "where.svg"));
        assertTrue(svg.contains(">Where they met<") && svg.contains("events on the map")
                && svg.contains("exact place"), "the SVG's words");
        assertTrue(svg.contains("<path"), "countries as shapes");
    }

    @Test
    void aTitleOrALegendLeftOutInTheDialogIsLeftOutOfTheMap() throws Exception {
        String pdf = pdfText(export(map(ExportFormat.PDF, false, false), "bare.pdf"));
        assertFalse(pdf.contains("Where they met"), pdf);
        assertFalse(pdf.contains("exact place"), "no legend:\n" + pdf);
        assertTrue(pdf.contains("events on the map") && pdf.contains("All events: "),
                "what the map leaves out and its caption are still said:\n" + pdf);
        Map<String, String> text = PngWriter.readText(export(map(ExportFormat.PNG, false, true), "bare.png"));
        assertFalse(text.containsKey("Title"), text.toString());
    }

    @Test
    void theTimelineAndTheMapOfTheVisibleWindowShowTheSameEvents() throws Exception {
        // The year of the Pyongyang visits: the map under the timeline shows that year's events, not every one.
        io.annalist.timeline.TimeWindow year = new io.annalist.timeline.TimeWindow(
                io.annalist.model.PartialDate.parse("2024").start(), io.annalist.model.PartialDate.parse("2024").end());
        interact(() -> window.timeline().setVisibleWindow(year));
        WaitForAsyncUtils.waitForFxEvents();
        ExportDialog.Choice both = new ExportDialog.Choice(false, 1200, null, 1, "Both", true, true, true, true, true,
                true, false, true, Set.of(), true, ExportFormat.PNG, new BriefPages.Format(BriefPages.Paper.A4, false),
                ExportDialog.Picture.BOTH);
        export(both, "both.png");
        String said = window.notifications().getText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9,]+) on the map").matcher(said);
        assertTrue(m.find(), said);
        long placedThatYear = window.store().sortedEvents().stream()
                .filter(e -> e.when().start() < year.end() && e.when().end() > year.start())
                .filter(e -> e.where() != null && (e.where().lat() != null || e.where().country() != null)).count();
        assertEquals(placedThatYear, Long.parseLong(m.group(1).replace(",", "")), said);
    }

    @Test
    void aMapAloneShowsTheTimeTheMapOnScreenShows() throws Exception {
        for (boolean mapWhole : new boolean[]{true, false}) {
            ExportDialog dialog = exportDialog(new javafx.geometry.Dimension2D(640, 480), mapWhole);
            RadioButton mapPicture = (RadioButton) dialog.getDialogPane().lookup("#exportPictureMap");
            RadioButton whole = (RadioButton) dialog.getDialogPane().lookup("#exportWhole");
            interact(() -> {
                ((RadioButton) dialog.getDialogPane().lookup("#exportPictureTimeline")).setSelected(true);
                whole.setSelected(!mapWhole);
                mapPicture.setSelected(true);
            });
            assertEquals(mapWhole, whole.isSelected(), "the map on screen shows its whole range: " + mapWhole);
            interact(dialog::close);
        }
    }

    @Test
    void theDialogOffersTheMapInEveryFormatAndBothOnOneImageOnlyAsAPng() throws Exception {
        ExportDialog dialog = exportDialog(new javafx.geometry.Dimension2D(640, 480));
        ComboBox<String> format = formatOf(dialog);
        RadioButton mapPicture = (RadioButton) dialog.getDialogPane().lookup("#exportPictureMap");
        Node both = dialog.getDialogPane().lookup("#exportPictureBoth");
        Node fit = dialog.getDialogPane().lookup("#exportFitHeight");
        RadioButton onScreen = (RadioButton) dialog.getDialogPane().lookup("#exportOnScreen");
        interact(() -> format.getSelectionModel().select(0));
        assertTrue(shown(both), "a PNG may hold both");
        interact(() -> mapPicture.setSelected(true));
        assertFalse(shown(fit), "a map has no lanes to grow with");
        assertEquals("As on screen (640 × 480)", onScreen.getText(), "the map's size on screen");
        for (int f = 1; f <= 2; f++) {
            int chosen = f;
            interact(() -> format.getSelectionModel().select(chosen));
            assertTrue(shown(mapPicture), "the map in format " + f);
            assertFalse(shown(both), "both on one image is a PNG only");
        }
        interact(() -> ((Button) dialog.getDialogPane().lookupButton(dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow())).fire());
        ExportDialog.Choice choice = dialog.getResult();
        assertEquals(ExportDialog.Picture.MAP, choice.picture());
        assertEquals(ExportFormat.SVG, choice.format());
    }
}
