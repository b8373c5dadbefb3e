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
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The details of the bundled missile tests: whole texts, and where single values come from. */
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
        DetailContext ctx = new DetailContext(MISSILES.actorsById(), MISSILES.sourcesById(), MISSILES.events(), "",
                e -> { }, id -> { }, url -> { });
        pane = new DetailPane(() -> ctx);
        stage.setScene(new Scene(pane, 380, 640));
        stage.show();
    }

    private void show(String id) {
        interact(() -> pane.eventProperty().set(BY_ID.get(id)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text() {
        StringBuilder b = new StringBuilder();
        for (Node n : pane.lookupAll(".detail-text")) {
            b.append(((StyleClassedTextArea) n).getText()).append('\n');
        }
        for (Node n : pane.lookupAll(".label")) {
            b.append(((Label) n).getText()).append('\n');
        }
        return b.toString();
    }

    @Test
    void aLongTextIsShownWholeWhenTheScrollBarNarrowsThePane() throws Exception {
        // A long summary makes the pane scroll; the scroll bar then takes width from every text.
        show("cns-1984-04-09-1");
        for (Node n : pane.lookupAll(".detail-text")) {
            StyleClassedTextArea area = (StyleClassedTextArea) n;
            double needed = WaitForAsyncUtils.asyncFx(() -> area.prefHeight(area.getWidth())).get();
            assertTrue(area.getHeight() >= needed - 1, "cut: " + area.getHeight() + " of " + needed + " for \""
                    + area.getText().substring(0, Math.min(40, area.getText().length())) + "…\"");
        }
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
