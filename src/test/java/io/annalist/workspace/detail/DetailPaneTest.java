package io.annalist.workspace.detail;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The details of the bundled missile tests: whole texts, and where single values come from. */
@org.junit.jupiter.api.Tag("toolkit")
class DetailPaneTest extends ApplicationTest {
    private static final Dataset MISSILES = load();
    private static final Map<String, Event> BY_ID = MISSILES.events().stream()
            .collect(Collectors.toMap(Event::id, e -> e));
    private DetailPane pane;

    private static Dataset load() {
        LoadResult r = new EventFileReader().read(Path.of("data/nk-missile-tests-1984-2026.json"));
        if (r.failed()) {
            throw new IllegalStateException(r.report().problems().toString());
        }
        return r.dataset();
    }

    @Override
    public void start(Stage stage) {
        DetailContext ctx = new DetailContext(MISSILES.actorsById(), MISSILES.sourcesById(),
                io.annalist.model.RelatedEvents.of(MISSILES.sortedByTime().events()), "",
                e -> { }, id -> { }, url -> { });
        pane = new DetailPane(() -> ctx);
        // The pane in a row, so a test can make it wider or narrower without resizing the stage, which
        // the next test class gets as it is.
        pane.setMaxWidth(380);
        stage.setScene(new Scene(new javafx.scene.layout.HBox(pane), 800, 640));
        stage.show();
    }

    private void show(String id) {
        interact(() -> pane.eventProperty().set(BY_ID.get(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text() {
        StringBuilder b = new StringBuilder();
        for (Node n : pane.lookupAll(".detail-text")) {
            b.append(((DetailText) n).getText()).append('\n');
        }
        for (Node n : pane.lookupAll(".label")) {
            b.append(((Label) n).getText()).append('\n');
        }
        return b.toString();
    }

    /** Every text of the details is as tall as its lines at the width it has, and no wider than that width. */
    private void assertEveryTextWhole() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        for (Node n : pane.lookupAll(".detail-text")) {
            DetailText t = (DetailText) n;
            double[] got = WaitForAsyncUtils.asyncFx(() -> new double[]{t.getWidth(), t.getHeight(),
                    t.prefHeight(t.getWidth()), t.localToScene(t.getLayoutBounds()).getMaxX(),
                    pane.localToScene(pane.getLayoutBounds()).getMaxX()}).get();
            String start = t.getText().substring(0, Math.min(40, t.getText().length()));
            assertTrue(got[0] > 0, "not laid out: " + start);
            assertTrue(got[1] >= got[2] - 1, "cut: " + got[1] + " of " + got[2] + " for \"" + start + "…\"");
            assertTrue(got[3] <= got[4], "runs past the pane: " + got[3] + " of " + got[4] + " for \""
                    + start + "…\"");
        }
    }

    @Test
    void aLongTextIsShownWholeWhenTheScrollBarNarrowsThePane() throws Exception {
        // A long summary makes the pane scroll; the scroll bar then takes width from every text.
        show("cns-1984-04-09-1");
        assertEveryTextWhole();
        DetailText summary = lookup("#detailSummary").query();
        assertTrue(summary.getText().endsWith("Joseph Bermudez."), summary.getText());
    }

    @Test
    void aWiderPaneReflowsTheTextWithNoGaps() throws Exception {
        show("cns-1984-04-09-1");
        DetailText summary = lookup("#detailSummary").query();
        double narrow = summary.getHeight();
        interact(() -> width(760));
        assertEveryTextWhole();
        double wide = summary.getHeight();
        assertTrue(wide < narrow * 0.7, "the summary takes fewer lines when wider: " + narrow + " → " + wide);
        double needed = WaitForAsyncUtils.asyncFx(() -> summary.prefHeight(summary.getWidth())).get();
        assertTrue(Math.abs(wide - needed) <= 1, "as tall as its lines, no gap: " + wide + " for " + needed);
        interact(() -> width(300));
        assertEveryTextWhole();
    }

    private void width(double w) {
        pane.setMinWidth(w);
        pane.setPrefWidth(w);
        pane.setMaxWidth(w);
    }

    @Test
    void aLongPlaceNameIsShownWhole() throws Exception {
        show("cns-2012-04-13-1");
        DetailText site = lookup("#detailField-launch-site").query();
        assertTrue(site.getText().equals("Sohae Satellite Launching Station"), site.getText());
        assertEveryTextWhole();
    }

    @Test
    void theWheelOverTheTextScrollsThePane() {
        show("cns-1984-04-09-1");
        ScrollPane scroll = lookup("#detailScroll").query();
        assertTrue(scroll.getVvalue() == 0);
        // A notch of the wheel down, on the words themselves (the deepest node under the pointer).
        DetailText summary = lookup("#detailSummary").query();
        Node words = summary.getChildren().get(summary.getChildren().size() - 1);
        interact(() -> javafx.event.Event.fireEvent(words, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 30, 20, 30, 20, false, false, false, false, false, false,
                0, -40, 0, -40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scroll.getVvalue() > 0, "the wheel over the summary scrolls the details");
    }

    @Test
    void textCanBeSelectedAndCopied() {
        show("cns-2012-04-13-1");
        DetailText site = lookup("#detailField-launch-site").query();
        interact(() -> site.select(0, 5));
        assertTrue(site.selectedText().equals("Sohae"), site.selectedText());
        DetailText title = lookup("#detailTitle").query();
        doubleClickOn(title);
        assertFalse(title.selectedText().isEmpty(), "a double-click selects a word");
        assertTrue(title.getText().contains(title.selectedText()), title.selectedText());
    }

    @Test
    void fieldsTheFormatDoesNotKnowAreShownUnderOtherFieldsByTheirColumnNames() {
        Event e = BY_ID.get("cns-2012-04-13-1");
        Event withColumn = new Event(e.id(), e.kind(), e.title(), e.when(), e.where(), e.actors(), e.summary(),
                e.sources(), e.confidence(), e.tags(), e.details(),
                Map.of("csv.analyst_comment", "\"check against the imagery\""), e.line(), e.citations());
        interact(() -> pane.eventProperty().set(withColumn));
        WaitForAsyncUtils.waitForFxEvents();
        String t = text();
        assertTrue(t.contains("Other fields\nanalyst_comment\n"), t);
        assertTrue(t.contains("check against the imagery"), t);
        assertFalse(t.contains("csv.analyst_comment"), "the importer's prefix is not the column's name: " + t);
        DetailText value = lookup("#detailField-analyst-comment").query();
        assertTrue(value.getText().equals("check against the imagery"), value.getText());
        javafx.scene.control.Label name = lookup(".detail-label").match((javafx.scene.control.Label l) ->
                "analyst_comment".equals(l.getText())).query();
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) name.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text).findFirst().orElseThrow();
        assertFalse(drawn.getText().contains("\n"), "one line, not broken inside the word: " + drawn.getText());
        assertTrue(drawn.getBoundsInParent().getHeight() < 2 * name.getFont().getSize() * 1.1,
                "one line high: " + drawn.getBoundsInParent());
        org.junit.jupiter.api.Assertions.assertEquals("analyst_comment", name.getTooltip().getText());
    }

    @Test
    void aCorrectedLaunchSaysFromWhatAndOnWhoseWord() {
        show("cns-2016-02-07-1");
        assertNotNull(pane.lookup("#detailCorrected"));
        assertNull(pane.lookup("#detailPreliminary"));
        String t = text();
        assertTrue(t.contains("Sources of values"), t);
        assertTrue(t.contains("corrected from the database's time 12:29 (UTC): SpacePolicyOnline.com"), t);
        assertTrue(t.contains("7 February 2016 00:30 UTC"), t);
    }

    @Test
    void aPreliminaryLaunchIsMarkedAndItsAddedValuesNamedAsTheDetailsNameThem() {
        show("cns-2025-01-06-1");
        assertNotNull(pane.lookup("#detailPreliminary"));
        assertNull(pane.lookup("#detailCorrected"));
        String t = text();
        assertTrue(t.contains("Bearing\n") && t.contains("Landing area\n") && t.contains("Manoeuvre\n"), t);
        assertFalse(t.contains("missile_test."), "field names of the file are not labels: " + t);
    }

    @Test
    void aKoreanDateWithoutATimeIsNotGivenTheFirstMinuteOfItsSpanAsLaunchTime() {
        show("cns-2012-04-13-1");
        String t = text();
        assertTrue(t.contains("2012-04-13 (Korean date)"), t);
        assertTrue(t.contains("time of day unknown"), t);
        assertFalse(t.contains("12 April 2012 15:00 UTC\n"), "a launch time made up from the span: " + t);
        assertTrue(t.contains("to the day, in UTC+9; time of day unknown"), t);
        assertFalse(t.contains("to the minute"), "a Korean day is not known to the minute: " + t);
    }

    @Test
    void aPlaceholderOutcomeReadsUnknownWithTheDatabasesWord() {
        show("cns-1984-09-1");
        String t = text();
        assertTrue(t.contains("between April and September of 1984"), t);
        assertTrue(t.contains("enters this test as a failure but says it does not know"), t);
    }
}
