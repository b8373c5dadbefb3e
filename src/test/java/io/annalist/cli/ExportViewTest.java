package io.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.export.PngWriter;
import io.annalist.io.EventFileReader;
import io.annalist.io.WorkspaceWriter;
import io.annalist.marks.Marks;
import io.annalist.marks.SavedView;
import io.annalist.marks.Workspace;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.model.MarkFacet;
import io.annalist.model.PartialDate;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annalist export FILE --view NAME} draws a saved view, its marks facet included. */
@org.junit.jupiter.api.Tag("toolkit")
class ExportViewTest {
    @TempDir
    Path dir;
    private Path data;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The preferences the window and the command line read: where the window keeps the bundled datasets' workspaces. */
    private static final Preferences PREFS = Preferences.userRoot()
            .node(System.getProperty("annalist.prefs.node", "io/annalist"));
    private static final String FOLDER = "workspaces.folder";
    private String folderBefore;
    /** Where the window keeps the workspaces of the bundled datasets in these tests: empty unless a test fills it. */
    private Path windowFolder;

    @BeforeEach
    void theWindowKeepsItsWorkspacesInAFolderOfTheTest() {
        folderBefore = PREFS.get(FOLDER, null);
        windowFolder = dir.resolve("window-workspaces");
        PREFS.put(FOLDER, windowFolder.toString());
    }

    @AfterEach
    void theWindowsFolderAsItWas() {
        if (folderBefore == null) {
            PREFS.remove(FOLDER);
        } else {
            PREFS.put(FOLDER, folderBefore);
        }
    }

    @BeforeEach
    void aWorkspaceWithViews() throws Exception {
        data = dir.resolve("events.json");
        Files.copy(Path.of("data/russia-north-korea-2018-2025.json"), data);
        List<Event> events = new EventFileReader().read(data).dataset().events();
        List<Event> visits = events.stream().filter(e -> e.kind() == EventKind.VISIT).toList();
        Marks m = Marks.NONE.withStar(visits.subList(0, 3), true).withStar(events.subList(0, 1), true);
        long from = PartialDate.parse("2018").start();
        long to = PartialDate.parse("2025").end();
        SavedView starredVisits = SavedView.create("Starred visits", from, to, EventFilter.NONE
                .withKinds(Set.of(EventKind.VISIT)).withMarks(MarkFacet.NONE.withStarred(true)), "kind", Set.of(),
                false, null);
        SavedView all = SavedView.create("Everything", from, to, EventFilter.NONE, "actor", Set.of("russia"), false,
                null);
        new WorkspaceWriter().write(new Workspace("events.json", m, List.of(starredVisits, all)),
                Workspace.beside(data));
    }

    @Test
    void aSavedViewIsDrawnWithItsFilterAndMarks() throws Exception {
        Path out = dir.resolve("view.png");
        Run r = run("export", data.toString(), "--out", out.toString(), "--view", "starred visits");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("1600 × ") && r.out().contains(" px, 3 events drawn"), r.out());
        Map<String, String> text = PngWriter.readText(out);
        assertTrue(text.get("Description").startsWith("Kinds: visit · Starred · Shown: 1 January 2018 – 31 December 2025"),
                text.get("Description"));
        Run all = run("export", data.toString(), "--out", out.toString(), "--view", "Everything");
        assertTrue(all.out().contains("18 events drawn"), all.out());
    }

    /** The stars in an SVG: the ten-point polygons the painter draws for a starred mark (filled, then outlined). */
    private static long stars(Path svg) throws Exception {
        return java.util.regex.Pattern.compile("<polygon points=\"([^\"]*)\"").matcher(Files.readString(svg))
                .results().filter(m -> m.group(1).split(" ").length == 10).count();
    }

    @Test
    void theStarredEventsCarryTheirStarInTheCommandLinesExportAsInTheWindow() throws Exception {
        Path svg = dir.resolve("starred.svg");
        Run r = run("export", data.toString(), "--out", svg.toString(), "--view", "Starred visits");
        assertEquals(0, r.code(), r.err());
        long withView = stars(svg);
        assertTrue(withView >= 6, "a star, filled and outlined, on each of the three starred visits: " + withView);
        Run plain = run("export", data.toString(), "--out", svg.toString());
        assertEquals(0, plain.code(), plain.err());
        assertTrue(stars(svg) >= withView, "without --view too: " + stars(svg));
        Path empty = dir.resolve("empty.annalist-workspace.json");
        new WorkspaceWriter().write(new Workspace("events.json", Marks.NONE, List.of()), empty);
        Run none = run("export", data.toString(), "--out", svg.toString(), "--workspace", empty.toString());
        assertEquals(0, none.code(), none.err());
        assertEquals(0, stars(svg), "no star where nothing is starred");
    }

    /** Every text an SVG draws, in order, as written. */
    private static List<String> texts(Path svg) throws Exception {
        return java.util.regex.Pattern.compile(">([^<]*)</text>").matcher(Files.readString(svg)).results()
                .map(m -> m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                        .replace("&amp;", "&")).toList();
    }

    private Event event(String id) throws Exception {
        return new EventFileReader().read(data).dataset().events().stream().filter(e -> e.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void starredNumbersEachStarredTitleAndListsTheTitlesByNumberBelowThePicture() throws Exception {
        Path svg = dir.resolve("starred.svg");
        Run r = run("export", data.toString(), "--out", svg.toString(), "--view", "Starred visits", "--starred");
        assertEquals(0, r.code(), r.err());
        List<String> texts = texts(svg);
        int heading = texts.indexOf("Starred events, by the number beside their title (★1, ★2, …):");
        assertTrue(heading > 0, "the starred events are listed below the picture:\n" + texts);
        List<String> ids = List.of("shoigu-arms-exhibition-2023", "putin-kim-pyongyang-2024",
                "shoigu-pyongyang-sept-2024");
        for (int i = 0; i < ids.size(); i++) {
            Event e = event(ids.get(i));
            String n = "★" + (i + 1);
            assertEquals(n + "  " + e.when().describe() + " · " + e.displayTitle(), texts.get(heading + 1 + i),
                    "in time order, by number");
            assertTrue(texts.subList(0, heading).stream().anyMatch(t -> (t.startsWith(n + " ")
                    || t.endsWith(" " + n)) && t.contains(e.displayTitle().substring(0, 8))),
                    "the picture shows " + n + " beside the title of " + e.id() + ":\n" + texts);
        }
        assertEquals("1 starred event is in the time shown but left out by the filters or the lanes chosen.",
                texts.get(heading + 4), "the starred meeting of 2018 is not a visit");
        Run plain = run("export", data.toString(), "--out", svg.toString(), "--view", "Starred visits");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(texts(svg).stream().noneMatch(t -> t.contains("★")), "without --starred, no number and no list");
    }

    @Test
    void starredSaysHowManyStarredEventsAreOutsideTheTimeShownInAPdfAndAPng() throws Exception {
        Path pdf = dir.resolve("starred.pdf");
        Run r = run("export", data.toString(), "--out", pdf.toString(), "--from", "2024", "--starred");
        assertEquals(0, r.code(), r.err());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String all = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(all.contains("Starred events, by the number beside their title"), all);
            assertTrue(all.contains("★1  " + event("putin-kim-pyongyang-2024").when().describe()), all);
            assertTrue(all.contains("★2  " + event("shoigu-pyongyang-sept-2024").when().describe()), all);
            assertTrue(all.contains("2 starred events are outside the time shown."), all);
        }
        Path png = dir.resolve("starred.png");
        Path without = dir.resolve("plain.png");
        assertEquals(0, run("export", data.toString(), "--out", png.toString(), "--from", "2024", "--starred").code());
        assertEquals(0, run("export", data.toString(), "--out", without.toString(), "--from", "2024").code());
        int taller = javax.imageio.ImageIO.read(png.toFile()).getHeight()
                - javax.imageio.ImageIO.read(without.toFile()).getHeight();
        assertTrue(taller >= 4 * 17, "the PNG grows by the four lines of the list: " + taller + " px");
        Run map = run("export", data.toString(), "--out", png.toString(), "--map", "--starred");
        assertEquals(2, map.code());
        assertTrue(map.err().contains("--starred"), map.err());
    }

    @Test
    void anUnknownViewOrAViewWithOtherChoicesIsRefused() {
        Path out = dir.resolve("x.png");
        Run r = run("export", data.toString(), "--out", out.toString(), "--view", "Kursk");
        assertEquals(2, r.code());
        assertEquals("annalist: no view \"Kursk\" in " + Workspace.beside(data) + "; its views are: Starred visits,"
                + " Everything", r.err().strip());
        Run both = run("export", data.toString(), "--out", out.toString(), "--view", "Everything", "--kind", "visit");
        assertEquals(2, both.code());
        assertTrue(both.err().contains("leave out --kind"), both.err());
        Run none = run("export", "data/russia-north-korea-2018-2025.json", "--out", out.toString(), "--view", "X");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no workspace beside"), none.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void aViewOfABundledDatasetIsLookedForWhereTheWindowKeepsItsWorkspace() throws Exception {
        Path bundled = Path.of("data/russia-north-korea-2018-2025.json");
        Path kept = windowFolder.resolve("russia-north-korea-2018-2025.json" + Workspace.SUFFIX);
        Path out = dir.resolve("everything.png");
        Run none = run("export", bundled.toString(), "--out", out.toString(), "--view", "Everything");
        assertEquals(2, none.code());
        assertEquals("annalist: no view \"Everything\": no workspace beside " + bundled + " (" + Workspace.beside(bundled)
                + ") and where the window keeps the workspace of the bundled dataset (" + kept + "); name one with"
                + " --workspace", none.err().strip());

        Files.createDirectories(windowFolder);
        Files.copy(Workspace.beside(data), kept);
        Run r = run("export", bundled.toString(), "--out", out.toString(), "--view", "everything");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out));
        assertTrue(r.err().contains("annalist: note: views and marks read from " + kept + ", where the window keeps"
                + " the workspace of the bundled dataset, as none is beside " + bundled), r.err());
        Run unknown = run("export", bundled.toString(), "--out", dir.resolve("x.png").toString(), "--view", "Kursk");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no view \"Kursk\" in " + kept + "; its views are: Starred visits,"
                + " Everything (read where the window keeps the workspace of the bundled dataset"), unknown.err());

        // A copy of the bundled data under another name is a file of its own: the window's workspace is not its.
        Path copy = dir.resolve("copy.json");
        Files.copy(bundled, copy);
        Run other = run("export", copy.toString(), "--out", out.toString(), "--view", "Everything");
        assertEquals(2, other.code());
        assertTrue(!other.err().contains(kept.toString()), other.err());
    }

    @Test
    void severalViewsMakeOnePdfAViewAfterTheOtherEachUnderItsName() throws Exception {
        Path out = dir.resolve("brief.pdf");
        Run r = run("export", data.toString(), "--out", out.toString(), "--view", "Everything", "--view",
                "Starred visits", "--page", "letter", "--landscape");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("pages (LETTER, landscape)"), r.out());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            var strip = new org.apache.pdfbox.text.PDFTextStripper();
            String all = strip.getText(doc);
            int everything = all.indexOf("Everything");
            int starred = all.indexOf("Starred visits");
            assertTrue(everything >= 0 && starred > everything, "the views in the order given:\n" + all);
            assertTrue(all.contains("Kinds: visit · Starred"), all);
            String subject = doc.getDocumentInformation().getSubject();
            assertTrue(subject.startsWith("Everything: ") && subject.contains(" | Starred visits: Kinds: visit"),
                    subject);
            // Each view starts on a page of its own.
            strip.setStartPage(doc.getNumberOfPages());
            strip.setEndPage(doc.getNumberOfPages());
            assertTrue(strip.getText(doc).contains("Starred visits"));
        }
        Path png = dir.resolve("two.png");
        Run refused = run("export", data.toString(), "--out", png.toString(), "--view", "Everything", "--view",
                "Starred visits");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("several --view go into one PDF"), refused.err());
    }
}
