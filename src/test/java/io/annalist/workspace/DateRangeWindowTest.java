package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.annalist.model.Event;
import io.annalist.model.PartialDate;
import io.annalist.timeline.TimeScale;
import io.annalist.timeline.TimeWindow;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Filters pane's date range, typed as an analyst types it: the timeline goes there, and Fit all stays in it. */
@org.junit.jupiter.api.Tag("toolkit")
class DateRangeWindowTest extends WindowTestBase {
    private static final long DAY = 86_400_000L;

    @BeforeEach
    void openTheDefaultData() throws Exception {
        WindowWaits.open(window, new DataLocation.Bundled(BundledData.DEFAULT));
    }

    private TimeWindow shown() {
        return window.timeline().getVisibleWindow();
    }

    private String field(String id) {
        return lookup(id).queryAs(TextField.class).getText();
    }

    private void type(String id, String text) {
        clickOn(id);
        push(KeyCode.SHORTCUT, KeyCode.A);
        if (text.isEmpty()) {
            type(KeyCode.BACK_SPACE);
        } else {
            write(text);
        }
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The first start to the last end of the events shown, within {@code from}–{@code to}. */
    private TimeWindow keptWithin(Long from, Long to) {
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Event e : window.store().filteredEvents()) {
            start = Math.min(start, e.when().start());
            end = Math.max(end, e.when().end());
        }
        return new TimeWindow(start, end).within(from, to);
    }

    @Test
    void aTypedRangeBringsTheTimelineThereAndBackReturns() {
        TimeWindow before = shown();
        type("#dateFrom", "2023-3");
        assertEquals("2023-03", field("#dateFrom"), "written as dates are written");
        long from = PartialDate.parse("2023-03").start();
        assertEquals(from, window.session().getFilter().from());
        assertEquals(TimeScale.fit(keptWithin(from, null), from, null), shown(), "the timeline went to the range");
        assertTrue(shown().start() > before.start() + 365 * DAY, before + " → " + shown());
        clickOn("#viewBack");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, shown(), "one Back undoes the range and the move together");
        assertNull(window.session().getFilter().from());
        assertEquals("", field("#dateFrom"));
        clickOn("#viewForward");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(from, window.session().getFilter().from());
        assertEquals(TimeScale.fit(keptWithin(from, null), from, null), shown());
    }

    @Test
    void fitAllWithADateRangeFitsTheEventsItKeepsWithinIt() {
        type("#dateTo", "2019");
        long to = PartialDate.parse("2019").end();
        TimeWindow kept = keptWithin(null, to);
        assertTrue(kept.end() <= to);
        interact(() -> window.timeline().navigateTo(new TimeWindow(to + 100 * DAY, to + 130 * DAY)));
        clickOn("#fitAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TimeScale.fit(kept, null, to), shown(), "the 2018–2019 events, not the whole data, and"
                + " no more after the range than Fit all's margin");
        // From March 2023, the events kept include one that began in 2022: Fit all starts at the range.
        type("#dateTo", "");
        type("#dateFrom", "2023-03");
        long from = PartialDate.parse("2023-03").start();
        assertTrue(window.store().filteredEvents().get(0).when().start() < from, "an event begins before the range");
        interact(() -> window.timeline().navigateTo(new TimeWindow(from - 900 * DAY, from - 800 * DAY)));
        clickOn("#fitAll");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TimeScale.fit(keptWithin(from, null), from, null), shown());
    }

    @Test
    void aReversedRangeIsSwappedAndSaidSo() {
        type("#dateFrom", "2025");
        type("#dateTo", "2023-3");
        assertEquals("2023-03", field("#dateFrom"));
        assertEquals("2025", field("#dateTo"));
        assertEquals(PartialDate.parse("2023-03").start(), window.session().getFilter().from());
        assertEquals(PartialDate.parse("2025").end(), window.session().getFilter().to());
        Label message = lookup("#dateMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertEquals("From was after To; swapped: 2023-03 to 2025.", message.getText());
        assertFalse(message.getStyleClass().contains("field-error"), "a note, not an error");
        // Back to the range before: From 2025 alone, written as it was typed.
        clickOn("#viewBack");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2025", field("#dateFrom"), "a year stays a year, not 2025-01-01");
        assertEquals("", field("#dateTo"));
    }

    @Test
    void whatIsNoDateIsRefusedInTheFieldAndTheViewStays() {
        TimeWindow before = shown();
        type("#dateFrom", "2023-13");
        Label message = lookup("#dateMessage").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("From: \"2023-13\" has month 13"), message.getText());
        assertTrue(message.getStyleClass().contains("field-error"));
        assertNull(window.session().getFilter().from());
        assertEquals(before, shown());
        type("#dateFrom", "2023");
        assertFalse(message.isVisible(), "a good date puts the message away");
        assertNotEquals(before, shown());
    }
}
