package io.annalist.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.model.Event;
import io.annalist.model.When;
import io.annalist.workspace.BundledData;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline driven as a person would: clicks, the wheel, the keyboard. */
@org.junit.jupiter.api.Tag("toolkit")
class TimelineViewTest extends ApplicationTest {
    private static final long DAY = 86_400_000L;
    private TimelineView view;
    private List<Event> events;
    private Map<String, String> names;

    @Override
    public void start(Stage stage) {
        LoadResult r = BundledData.DEFAULT.load(new EventFileReader());
        events = r.dataset().events();
        names = new java.util.HashMap<>();
        r.dataset().actors().forEach(a -> names.put(a.id(), a.name()));
        view = new TimelineView();
        lanes(LaneMode.ACTOR);
        stage.setScene(new Scene(view, 1200, 700));
        stage.show();
    }

    /** The lanes the window would give the view: its events split by {@code mode}. */
    private void lanes(LaneMode mode) {
        view.setLanes(Lanes.build(events, mode, names));
    }

    private Event event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private Frame frame() {
        WaitForAsyncUtils.waitForFxEvents();
        return ((TimelineSkin) view.getSkin()).frame();
    }

    private Point2D onScreen(double x, double y) {
        return view.localToScreen(x, y);
    }

    private void show(TimeWindow w) {
        interact(() -> view.setVisibleWindow(w));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingAnEventSelectsIt() {
        Event putin = event("putin-kim-pyongyang-2024");
        show(new TimeWindow(putin.when().start() - 60 * DAY, putin.when().start() + 60 * DAY));
        Frame.Hit hit = frame().hitOf(putin);
        assertNotNull(hit, "the event is drawn");
        double x = frame().scale().xOf((putin.when().start() + putin.when().end()) / 2.0);
        clickOn(onScreen(x, hit.y() + hit.h() / 2));
        assertEquals(putin, view.getSelectedEvent());
        moveTo(onScreen(5, 5));
        type(KeyCode.ESCAPE);
        assertNull(view.getSelectedEvent());
    }

    @Test
    void oneEscapeClearsTheSelectionWithThePointerStillOverTheEventAndItsTooltipShown() {
        Event putin = event("putin-kim-pyongyang-2024");
        show(new TimeWindow(putin.when().start() - 60 * DAY, putin.when().start() + 60 * DAY));
        Frame.Hit hit = frame().hitOf(putin);
        double x = frame().scale().xOf((putin.when().start() + putin.when().end()) / 2.0);
        clickOn(onScreen(x, hit.y() + hit.h() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(putin, view.getSelectedEvent());
        type(KeyCode.ESCAPE);
        assertNull(view.getSelectedEvent(), "the first Escape clears it, not only the tooltip");
    }

    @Test
    void theWheelZoomsAroundThePointer() {
        show(new TimeWindow(event("singapore-summit").when().start(), event("shoigu-arrives-pyongyang-march-2025").when().end()));
        Frame f = frame();
        // Between the two summits: a place where time runs evenly, not inside a compressed quiet period.
        double x = (f.scale().xOf(event("singapore-summit").when().start())
                + f.scale().xOf(event("hanoi-summit").when().start())) / 2;
        double y = f.layout().lanesTop() + 40;
        double before = f.scale().timeAt(x);
        long spanBefore = view.getVisibleWindow().duration();
        moveTo(onScreen(x, y));
        scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        Frame after = frame();
        assertTrue(view.getVisibleWindow().duration() != spanBefore, "the wheel zooms");
        assertEquals(before, after.scale().timeAt(x), after.scale().msPerPixel() * 1.5,
                "the time under the pointer stays put");

        // One notch of a mouse wheel turned away from the user is +40 in JavaFX: it zooms in.
        long span = view.getVisibleWindow().duration();
        Point2D screen = onScreen(x, y);
        interact(() -> javafx.event.Event.fireEvent(((TimelineSkin) view.getSkin()).canvas(),
                new javafx.scene.input.ScrollEvent(javafx.scene.input.ScrollEvent.SCROLL, x, y, screen.getX(),
                        screen.getY(), false, false, false, false, false, false, 0, 40, 0, 40,
                        javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        Frame zoomed = frame();
        assertTrue(view.getVisibleWindow().duration() < span, "a notch up zooms in");
        assertEquals(before, zoomed.scale().timeAt(x), zoomed.scale().msPerPixel() * 1.5);
    }

    @Test
    void keyboardMovesThroughEventsAndViews() {
        Event singapore = event("singapore-summit");
        Event hanoi = event("hanoi-summit");
        interact(() -> {
            view.requestFocus();
            view.fitAll();
            view.setSelectedEvent(singapore);
        });
        type(KeyCode.RIGHT);
        assertEquals(hanoi, view.getSelectedEvent(), "Right goes to the next event in time");
        type(KeyCode.LEFT);
        assertEquals(singapore, view.getSelectedEvent());

        TimeWindow fitted = view.getVisibleWindow();
        type(KeyCode.PLUS);
        assertEquals(fitted.duration() / 2.0, view.getVisibleWindow().duration(), fitted.duration() * 0.01);
        press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals(fitted, view.getVisibleWindow(), "Alt+Left goes back");
        press(KeyCode.ALT).press(KeyCode.RIGHT).release(KeyCode.RIGHT).release(KeyCode.ALT);
        assertEquals(fitted.duration() / 2.0, view.getVisibleWindow().duration(), fitted.duration() * 0.01);
        type(KeyCode.HOME);
        assertEquals(fitted, view.getVisibleWindow(), "Home fits all");
    }

    @Test
    void aSelectionOffScreenIsBroughtIntoView() {
        Event hanoi = event("hanoi-summit");
        show(new TimeWindow(event("shoigu-arrives-pyongyang-march-2025").when().start() - 10 * DAY,
                event("shoigu-arrives-pyongyang-march-2025").when().start() + 10 * DAY));
        interact(() -> view.setSelectedEvent(hanoi));
        assertTrue(view.getVisibleWindow().overlaps(hanoi.when().start(), hanoi.when().end()));
        assertNotNull(frame().hitOf(hanoi), "and drawn");
    }

    @Test
    void lanesSwitchAndCollapse() {
        assertEquals(LaneMode.ACTOR, view.getLanes().mode());
        int actors = view.getLanes().lanes().size();
        interact(() -> lanes(LaneMode.KIND));
        assertEquals(view.getLanes().kinds().size(), view.getLanes().lanes().size());
        assertTrue(view.getLanes().lanes().size() < actors);
        interact(() -> lanes(LaneMode.NONE));
        assertEquals(1, view.getLanes().lanes().size());
        assertEquals(events.size(), view.getLanes().lanes().get(0).index().size());

        interact(() -> lanes(LaneMode.KIND));
        Frame f = frame();
        Frame.Hit header = f.hits().stream().filter(h -> h.event() == null && h.cluster() == null).findFirst()
                .orElseThrow();
        clickOn(onScreen(20, header.y() + 8));
        assertTrue(view.getCollapsedLanes().contains(header.laneKey()));
        clickOn(onScreen(20, header.y() + 8));
        assertTrue(view.getCollapsedLanes().isEmpty());
    }

    @Test
    void aClickAnywhereOnALanesHeaderCollapsesThatLane() {
        interact(() -> lanes(LaneMode.KIND));
        List<Frame.Hit> headers = frame().hits().stream().filter(h -> h.event() == null && h.cluster() == null
                && h.laneKey() != null).toList();
        assertTrue(headers.size() >= 3, headers.toString());
        for (Frame.Hit header : headers.subList(1, 3)) {
            // Near its top edge too: the grip for the lane above's height ends at that lane's own bottom line.
            for (double dy : new double[]{2, header.h() / 2}) {
                clickOn(onScreen(20, header.y() + dy));
                assertTrue(view.getCollapsedLanes().contains(header.laneKey()), header.laneKey() + " at +" + dy);
                Frame.Hit now = frame().hits().stream().filter(h -> h.event() == null && h.cluster() == null
                        && header.laneKey().equals(h.laneKey())).findFirst().orElseThrow();
                clickOn(onScreen(20, now.y() + Math.min(dy, now.h() / 2)));
                assertTrue(view.getCollapsedLanes().isEmpty(), header.laneKey() + " expanded again");
            }
        }
    }

    @Test
    void anEventWithSeveralActorsIsDrawnInEachLane() {
        Event visit = event("putin-kim-pyongyang-2024");
        show(new TimeWindow(visit.when().start() - 30 * DAY, visit.when().start() + 30 * DAY));
        long drawn = frame().hits().stream().filter(h -> h.event() == visit).count();
        assertTrue(drawn >= 3, "in the lanes of Putin, Kim, Russia and North Korea that are on screen: " + drawn);
    }

    @Test
    void draggingPansTheView() {
        TimeWindow w = new TimeWindow(event("singapore-summit").when().start(), event("hanoi-summit").when().end());
        show(w);
        Frame f = frame();
        double y = f.layout().lanesTop() + f.layout().lanesHeight() - 30;
        double x = f.layout().timeX0() + 400;
        drag(onScreen(x, y)).dropTo(onScreen(x - 200, y));
        WaitForAsyncUtils.waitForFxEvents();
        long moved = view.getVisibleWindow().start() - w.start();
        assertEquals(200 * f.scale().msPerPixel(), moved, f.scale().msPerPixel() * 3);
    }

    @Test
    void draggingAcrossTheAxisZoomsToThatRange() {
        interact(() -> view.setCompressQuietPeriods(false));
        TimeWindow w = new TimeWindow(event("singapore-summit").when().start(), event("hanoi-summit").when().end());
        show(w);
        Frame f = frame();
        double a = f.layout().timeX0() + 300;
        double b = f.layout().timeX0() + 600;
        double y = f.layout().axisHeight() / 2;
        long t0 = (long) f.scale().timeAt(a);
        long t1 = (long) f.scale().timeAt(b);
        drag(onScreen(a, y)).dropTo(onScreen(b, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(t0, view.getVisibleWindow().start(), f.scale().msPerPixel() * 3);
        assertEquals(t1, view.getVisibleWindow().end(), f.scale().msPerPixel() * 3);
    }

    @Test
    void draggingAcrossTheAxisZoomsToThatRangeAcrossABreak() {
        interact(() -> {
            // Collapsed, the lanes have no titles the quiet years could hold: the breaks are kept at any width.
            view.getLanes().lanes().forEach(l -> view.getCollapsedLanes().add(l.key()));
            view.setCompressQuietPeriods(true);
            view.fitAll();
        });
        Frame f = frame();
        assertEquals(1, f.scale().breaks().size(), "Fit all compresses the quiet years");
        TimeScale.Break br = f.scale().breaks().get(0);
        double a = br.x() - 100;
        double b = br.x() + br.w() + 100;
        double y = f.layout().axisHeight() / 2;
        long t0 = (long) f.scale().timeAt(a);
        long t1 = (long) f.scale().timeAt(b);
        drag(onScreen(a, y)).dropTo(onScreen(b, y));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(t0, view.getVisibleWindow().start(), f.scale().msPerPixel() * 3, "the time under the pointer");
        assertEquals(t1, view.getVisibleWindow().end(), f.scale().msPerPixel() * 3, "on both sides of the break");
    }

    @Test
    void draggingTheOverviewMovesTheView() {
        interact(() -> view.setCompressQuietPeriods(false));
        Event hanoi = event("hanoi-summit");
        show(new TimeWindow(hanoi.when().start() - 30 * DAY, hanoi.when().start() + 30 * DAY));
        Frame f = frame();
        double y = f.layout().overviewTop() + f.layout().overviewHeight() / 2;
        double x = f.layout().timeX0() + f.layout().timeWidth() * 0.8;
        TimeWindow before = view.getVisibleWindow();
        drag(onScreen(x - 100, y)).dropTo(onScreen(x, y));
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow after = view.getVisibleWindow();
        assertEquals(before.duration(), after.duration(), 2, "the same zoom");
        TimeScale overview = TimeScale.of(Chrome.overviewRange(view.getDataRange(), before), f.layout().timeX0(),
                f.layout().timeWidth());
        assertEquals(overview.timeAt(x), after.centre(), overview.msPerPixel() * 3,
                "centred where the drag ended, not where it began");
    }

    @Test
    void aBadgeListsItsEventsAndItsDoubleClickZoomsInNeverOut() {
        Frame.Hit badge = seedBadge();
        assertEquals(badge.clusterCount(), badge.members().size(), "it lists what it counts");
        TimelineInput input = ((TimelineSkin) view.getSkin()).input();
        String tip = TimelineInput.describeBadge(badge);
        assertTrue(tip.contains(badge.members().get(0).displayTitle()), tip);
        assertTrue(input.badgeItems(badge).stream().anyMatch(i -> badge.members().get(0).displayTitle() != null
                && i.getText() != null && i.getText().contains(badge.members().get(0).displayTitle())));
        input.badgeItems(badge).get(0).fire();
        assertEquals(badge.members().get(0), view.getSelectedEvent(), "choosing an entry selects its event");
        TimeWindow before = view.getVisibleWindow();
        boolean apart = TimelineInput.startsOf(badge.members()).duration() > 1;
        interact(() -> input.openBadge(badge));
        if (apart) {
            assertTrue(view.getVisibleWindow().duration() < before.duration(), "zooms in");
        } else {
            assertEquals(TimelineView.ALL_LANE_ROWS, view.getLaneRowLimits().get("all"),
                    "events starting together get a row each");
        }
        assertTrue(view.getVisibleWindow().start() >= before.start() && view.getVisibleWindow().end() <= before.end());
    }

    @Test
    void aDoubleClickOnABadgeZoomsInAndOneClickListsItsEvents() throws Exception {
        // Twenty tests over one day, in a lane of one row, two months shown: a badge that zooming splits.
        java.util.List<Event> day = new java.util.ArrayList<>();
        long noon = io.annalist.model.PartialDate.parse("2024-06-19T12:00Z").start();
        for (int i = 0; i < 20; i++) {
            day.add(NothingHiddenTest.event(i, When.at(io.annalist.model.PartialDate.parse(java.time.Instant.ofEpochMilli(
                    noon + i * 1_800_000L).toString().substring(0, 16) + "Z")), io.annalist.model.EventKind.MISSILE_TEST));
        }
        interact(() -> {
            view.setLanes(Lanes.build(day, LaneMode.NONE, Map.of()));
            view.getLaneRowLimits().put("all", 1);
        });
        TimeWindow before = new TimeWindow(noon - 30 * DAY, noon + 30 * DAY);
        show(before);
        stageHeight(260);
        TimelineInput input = ((TimelineSkin) view.getSkin()).input();
        Frame.Hit badge = frame().hits().stream().filter(Frame.Hit::isBadge).findFirst().orElseThrow();
        // Its second click must reach the badge: the list the first click would open may not take it.
        doubleClickOn(onScreen(badge.x() + badge.w() / 2, badge.y() + badge.h() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getVisibleWindow().duration() < before.duration() / 10, "zoomed in: " + view.getVisibleWindow());
        interact(() -> input.badgeMenu().hide());

        show(before);
        Frame.Hit again = frame().hits().stream().filter(Frame.Hit::isBadge).findFirst().orElseThrow();
        clickOn(onScreen(again.x() + again.w() / 2, again.y() + again.h() / 2));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> input.badgeMenu().isShowing());
        assertEquals(before, view.getVisibleWindow(), "one click lists, it does not zoom");
        interact(() -> input.badgeMenu().hide());
    }

    @Test
    void oneDoubleClickOnABadgeOfEventsAtOneInstantShowsThemAll() {
        java.util.List<Event> same = new java.util.ArrayList<>();
        When at = When.at(io.annalist.model.PartialDate.parse("2024-06-19T10:00Z"));
        for (int i = 0; i < 20; i++) {
            same.add(NothingHiddenTest.event(i, at, io.annalist.model.EventKind.MISSILE_TEST));
        }
        interact(() -> {
            view.setLanes(Lanes.build(same, LaneMode.NONE, Map.of()));
            view.getLaneRowLimits().put("all", 1);
        });
        show(new TimeWindow(at.start() - 30 * DAY, at.start() + 30 * DAY));
        stageHeight(260);
        Frame.Hit badge = frame().hits().stream().filter(Frame.Hit::isBadge).findFirst().orElseThrow();
        assertTrue(TimelineInput.describeBadge(badge).contains("starting 19 June 2024 10:00"),
                "the badge's time is its events' time: " + TimelineInput.describeBadge(badge));
        Frame.Hit one = new Frame.Hit(0, 0, 10, 10, null, badge.cluster(), 1, "all", List.of(same.get(0)), null);
        assertTrue(TimelineInput.describeBadge(one).startsWith("1 event not drawn apart, starting 19 June 2024"),
                TimelineInput.describeBadge(one));
        Point2D at0 = onScreen(badge.x() + badge.w() / 2, badge.y() + badge.h() / 2);
        doubleClickOn(at0);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TimelineView.ALL_LANE_ROWS, view.getLaneRowLimits().get("all"),
                "time cannot split them: each gets a row of its own at once");
        assertTrue(((TimelineSkin) view.getSkin()).input().badgeMenu().isShowing(), "they are listed");
        interact(() -> ((TimelineSkin) view.getSkin()).input().badgeMenu().hide());
        stageHeight(800);
        for (Event e : same) {
            assertNotNull(frame().hitOf(e), "drawn after one double-click: " + e.id());
        }
        assertTrue(frame().hits().stream().noneMatch(Frame.Hit::isBadge), "no badge left");
    }

    @Test
    void aLaneHeadersTooltipGivesTheLanesWholeName() {
        Frame.Hit header = frame().hits().stream().filter(h -> h.laneKey() != null && h.event() == null
                && h.cluster() == null).findFirst().orElseThrow();
        moveTo(onScreen(header.x() + 20, header.y() + header.h() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Tooltip tip = ((TimelineSkin) view.getSkin()).tooltip();
        Lanes.Lane lane = view.getLanes().lanes().stream().filter(l -> l.key().equals(header.laneKey())).findFirst()
                .orElseThrow();
        assertTrue(tip.isShowing() && tip.getText().startsWith(lane.label() + " · "), tip.getText());
    }

    @Test
    void theTooltipOfABadgeSaysWhatIsUnderThePointerAfterAZoom() {
        Frame.Hit badge = seedBadge();
        moveTo(onScreen(badge.x() + badge.w() / 2, badge.y() + badge.h() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Tooltip tip = ((TimelineSkin) view.getSkin()).tooltip();
        assertTrue(tip.isShowing());
        String before = tip.getText();
        TimeWindow w = view.getVisibleWindow();
        show(new TimeWindow(w.start() + w.duration() / 3, w.end() - w.duration() / 3));
        WaitForAsyncUtils.waitForFxEvents();
        Frame.Hit now = frame().hitAt(badge.x() + badge.w() / 2, badge.y() + badge.h() / 2);
        String expected = now == null ? null : now.event() != null
                ? ((TimelineSkin) view.getSkin()).input().describe(now.event())
                : now.cluster() != null ? TimelineInput.describeBadge(now) : tip.getText();
        assertTrue(!tip.isShowing() || tip.getText().equals(expected), "the tooltip follows the new frame: "
                + tip.getText() + " (was " + before + ")");
        assertTrue(!tip.isShowing() || !tip.getText().equals(before) || before.equals(expected),
                "not what the old frame held");
    }

    @Test
    void aReplacedSkinLeavesNoKeyHandlerOrListenerBehind() {
        java.util.List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        interact(() -> {
            view.setSkin(new TimelineSkin(view));
            view.requestFocus();
            view.fitAll();
        });
        TimeWindow fitted = view.getVisibleWindow();
        type(KeyCode.PLUS);
        assertEquals(fitted.duration() / 2.0, view.getVisibleWindow().duration(), fitted.duration() * 0.01,
                "one zoom step, not one for each skin the view ever had");
        interact(() -> {
            Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> errors.add(e));
            try {
                view.getCollapsedLanes().add("russia");
                view.getLaneRowLimits().put("russia", 2);
            } finally {
                Thread.currentThread().setUncaughtExceptionHandler(before);
            }
        });
        assertEquals(List.of(), errors, "the disposed skin no longer hears the lanes change");
        assertNotNull(frame(), "the new skin draws");
    }

    /** The seed data in one lane of one row, in a low window: the first badge it makes. */
    private Frame.Hit seedBadge() {
        interact(() -> {
            lanes(LaneMode.NONE);
            view.getLaneRowLimits().put("all", 1);
        });
        show(new TimeWindow(event("singapore-summit").when().start() - 400 * DAY,
                event("shoigu-arrives-pyongyang-march-2025").when().end() + 30 * DAY));
        stageHeight(260);
        return frame().hits().stream().filter(Frame.Hit::isBadge).findFirst().orElseThrow();
    }

    private void stageHeight(double h) {
        interact(() -> view.getScene().getWindow().setHeight(h));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
