package io.annalist.timeline;

import java.util.stream.Collectors;

import io.annalist.model.Event;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * What the mouse, the wheel, the touchpad and the keyboard do to a timeline. Every move of
 * the view goes through {@link TimeScale} and ends in the view's visible window.
 */
final class TimelineInput {
    private enum Drag { NONE, PAN, RANGE, OVERVIEW, LANE_EDGE }

    /** How close to a lane's lower edge, in the header column, the pointer takes hold of it. */
    private static final double EDGE_GRIP = 4;
    /** Titles listed in a badge's tooltip and menu before "… N more". */
    static final int LISTED = 20;

    private final TimelineView view;
    private final TimelineSkin skin;
    private Drag drag = Drag.NONE;
    private double pressX;
    private double pressY;
    private TimeScale pressScale;
    private double pressLaneScroll;
    private boolean moved;
    private long lastWheel;
    private Event hovered;
    private Frame.LaneBounds resizing;
    private final javafx.scene.control.ContextMenu badgeMenu = new javafx.scene.control.ContextMenu();
    private final javafx.scene.control.ContextMenu laneMenu = new javafx.scene.control.ContextMenu();
    /** A badge's list waits this long after one click, the time within which a second makes a double-click. */
    private final javafx.animation.PauseTransition listSoon = new javafx.animation.PauseTransition(
            javafx.util.Duration.millis(300));

    TimelineInput(TimelineView view, TimelineSkin skin) {
        this.view = view;
        this.skin = skin;
    }

    Event hovered() {
        return hovered;
    }

    void mouse(MouseEvent e) {
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            pressed(e);
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            dragged(e);
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            released(e);
        } else if (e.getEventType() == MouseEvent.MOUSE_CLICKED) {
            clicked(e);
        } else if (e.getEventType() == MouseEvent.MOUSE_MOVED) {
            hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        } else if (e.getEventType() == MouseEvent.MOUSE_EXITED) {
            lastHover = null;
            setHovered(null);
            skin.tooltip().hide();
        }
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        Frame f = skin.frame();
        if (f == null || !TimelineSkin.primary(e)) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressScale = skin.scale();
        pressLaneScroll = skin.laneScroll().getValue();
        moved = false;
        FrameLayout l = f.layout();
        resizing = e.getX() < l.timeX0() ? laneEdgeAt(f, e.getY()) : null;
        if (resizing != null) {
            drag = Drag.LANE_EDGE;
        } else if (e.getY() < l.axisHeight() + l.densityHeight() && e.getX() >= l.timeX0()) {
            drag = Drag.RANGE;
        } else if (l.overviewHeight() > 0 && e.getY() >= l.overviewTop()) {
            drag = Drag.OVERVIEW;
            view.leaving();
            centreOverviewAt(e.getX());
        } else if (e.getX() >= l.timeX0()) {
            drag = Drag.PAN;
        } else {
            drag = Drag.NONE;
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!moved && Math.hypot(dx, dy) < 4) {
            return;
        }
        if (!moved && drag == Drag.PAN) {
            view.leaving();
        }
        moved = true;
        skin.tooltip().hide();
        switch (drag) {
            case PAN -> {
                view.setVisibleWindow(pressScale.panBy(-dx).window());
                double max = skin.laneScroll().getMax();
                skin.laneScroll().setValue(Math.max(0, Math.min(max, pressLaneScroll - dy)));
                skin.setCursor(Cursor.CLOSED_HAND);
            }
            case RANGE -> {
                Frame f = skin.frame();
                double a = Math.max(f.layout().timeX0(), Math.min(pressX, e.getX()));
                double b = Math.min(f.layout().width(), Math.max(pressX, e.getX()));
                skin.rangeMark().setX(a);
                skin.rangeMark().setY(0);
                skin.rangeMark().setWidth(Math.max(1, b - a));
                skin.rangeMark().setHeight(f.layout().lanesBottom());
                skin.rangeMark().setVisible(true);
            }
            case OVERVIEW -> centreOverviewAt(e.getX());
            case LANE_EDGE -> {
                // The lane keeps the rows its new height holds (a row at least).
                double rowH = skin.frame().layout().rowHeight();
                int rows = (int) Math.max(1, Math.min(TimelineView.ALL_LANE_ROWS,
                        Math.round((resizing.height() + dy - 6 - rowH) / rowH)));
                view.getLaneRowLimits().put(resizing.key(), rows);
            }
            default -> {
            }
        }
    }

    private void released(MouseEvent e) {
        if (drag == Drag.RANGE && moved) {
            skin.rangeMark().setVisible(false);
            double a = Math.min(pressX, e.getX());
            double b = Math.max(pressX, e.getX());
            if (b - a >= 5) {
                long t0 = (long) pressScale.timeAt(a);
                long t1 = (long) pressScale.timeAt(b);
                view.navigateTo(new TimeWindow(t0, Math.max(t0 + 1, t1)));
            }
        }
        skin.setCursor(Cursor.DEFAULT);
        drag = Drag.NONE;
    }

    private void clicked(MouseEvent e) {
        if (moved || skin.frame() == null) {
            return;
        }
        Frame.Hit hit = skin.frame().hitAt(e.getX(), e.getY());
        if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
            if (hit != null && hit.event() == null && hit.cluster() == null && hit.laneKey() != null) {
                showLaneMenu(hit.laneKey(), e.getScreenX(), e.getScreenY());
            }
            return;
        }
        if (!TimelineSkin.primary(e) || hit == null) {
            return;
        }
        if (hit.event() != null) {
            view.setSelectedEvent(hit.event());
            if (e.getClickCount() == 2) {
                zoomTo(new TimeWindow(hit.event().when().start(), hit.event().when().end()));
            }
        } else if (hit.cluster() != null) {
            listSoon.stop();
            if (e.getClickCount() == 2) {
                badgeMenu.hide();
                if (!openBadge(hit)) {
                    showBadgeMenu(hit, e.getScreenX(), e.getScreenY());
                }
            } else {
                // Listed once a double-click can no longer come: the list would take its second click.
                double sx = e.getScreenX();
                double sy = e.getScreenY();
                listSoon.setOnFinished(a -> showBadgeMenu(hit, sx, sy));
                listSoon.playFromStart();
            }
        } else if (hit.laneKey() != null && e.getX() < skin.frame().layout().timeX0()) {
            if (!view.getCollapsedLanes().remove(hit.laneKey())) {
                view.getCollapsedLanes().add(hit.laneKey());
            }
        }
    }

    /**
     * Double-click on a badge: zooms in to the time its events start in — never out — so they
     * split apart, and true. When time cannot tell them apart (they start at the same instant,
     * or the closest zoom is reached), the lane shows all its rows, so each is drawn in a row
     * of its own, and false: the caller then lists them.
     */
    boolean openBadge(Frame.Hit badge) {
        TimeWindow current = view.getVisibleWindow();
        TimeWindow starts = badge.members().isEmpty() ? badge.cluster() : startsOf(badge.members());
        TimeWindow target = starts.duration() <= 1 ? null : badgeTarget(starts, current);
        if (target != null) {
            view.navigateTo(target);
            return true;
        }
        if (badge.laneKey() != null) {
            view.getLaneRowLimits().put(badge.laneKey(), TimelineView.ALL_LANE_ROWS);
        }
        return false;
    }

    /** The window a badge's double-click zooms to, or null when zooming in cannot split it. */
    static TimeWindow badgeTarget(TimeWindow extent, TimeWindow current) {
        if (current == null || current.duration() <= TimeScale.MIN_SPAN_MS * 1.01) {
            return null;
        }
        TimeWindow padded = extent.padded(0.15);
        long span = Math.max(TimeScale.MIN_SPAN_MS, padded.duration());
        if (span >= current.duration() * 0.9) {
            span = Math.max(TimeScale.MIN_SPAN_MS, extent.duration());
        }
        if (span >= current.duration() * 0.9) {
            return null;
        }
        long start = Math.max(current.start(), Math.min(current.end() - span, extent.centre() - span / 2));
        return new TimeWindow(start, start + span);
    }

    /** One click on a badge lists its events (the first {@value #LISTED}); choosing one selects it. */
    private void showBadgeMenu(Frame.Hit badge, double screenX, double screenY) {
        badgeMenu.getItems().setAll(badgeItems(badge));
        if (view.getScene() != null && view.getScene().getWindow() != null) {
            skin.tooltip().hide();
            // Under the badge, not under the pointer: the second click of a double-click still lands on the badge.
            javafx.geometry.Point2D below = view.localToScreen(badge.x(), badge.y() + badge.h() + 2);
            badgeMenu.show(view, below == null ? screenX : below.getX(), below == null ? screenY : below.getY());
        }
    }

    /** The badge's menu: its events, "… N more", and the ways to see them all. */
    java.util.List<javafx.scene.control.MenuItem> badgeItems(Frame.Hit badge) {
        java.util.List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>();
        java.util.List<Event> members = badge.members();
        for (int i = 0; i < Math.min(LISTED, members.size()); i++) {
            Event ev = members.get(i);
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(entry(ev));
            item.setMnemonicParsing(false);
            item.setOnAction(a -> view.setSelectedEvent(ev));
            items.add(item);
        }
        if (members.size() > LISTED) {
            javafx.scene.control.MenuItem more = new javafx.scene.control.MenuItem(
                    String.format("… %,d more", members.size() - LISTED));
            more.setDisable(true);
            items.add(more);
        }
        items.add(new javafx.scene.control.SeparatorMenuItem());
        javafx.scene.control.MenuItem zoom = new javafx.scene.control.MenuItem("Zoom in to these events");
        zoom.setOnAction(a -> openBadge(badge));
        items.add(zoom);
        if (badge.laneKey() != null && badge.name() == null) {
            javafx.scene.control.MenuItem all = new javafx.scene.control.MenuItem("Show all rows of this lane");
            all.setOnAction(a -> view.getLaneRowLimits().put(badge.laneKey(), TimelineView.ALL_LANE_ROWS));
            items.add(all);
        }
        return items;
    }

    private static String entry(Event e) {
        String title = e.displayTitle();
        return e.when().describe() + " · " + (title.length() > 90 ? title.substring(0, 89) + "…" : title);
    }

    /** The lane menu: all rows, rows to fit the content, compact, collapse. */
    private void showLaneMenu(String key, double screenX, double screenY) {
        laneMenu.getItems().setAll(laneItems(key));
        if (view.getScene() != null && view.getScene().getWindow() != null) {
            laneMenu.show(view, screenX, screenY);
        }
    }

    java.util.List<javafx.scene.control.MenuItem> laneItems(String key) {
        javafx.scene.control.MenuItem all = new javafx.scene.control.MenuItem("Show all rows");
        all.setOnAction(a -> view.getLaneRowLimits().put(key, TimelineView.ALL_LANE_ROWS));
        javafx.scene.control.MenuItem fit = new javafx.scene.control.MenuItem(
                "Fit rows (up to " + TimelineView.DEFAULT_LANE_ROWS + ")");
        fit.setOnAction(a -> view.getLaneRowLimits().remove(key));
        javafx.scene.control.MenuItem compact = new javafx.scene.control.MenuItem("Compact (2 rows)");
        compact.setOnAction(a -> view.getLaneRowLimits().put(key, 2));
        boolean collapsed = view.getCollapsedLanes().contains(key);
        javafx.scene.control.MenuItem collapse = new javafx.scene.control.MenuItem(collapsed ? "Expand" : "Collapse");
        collapse.setOnAction(a -> {
            if (!view.getCollapsedLanes().remove(key)) {
                view.getCollapsedLanes().add(key);
            }
        });
        return java.util.List.of(all, fit, compact, new javafx.scene.control.SeparatorMenuItem(), collapse);
    }

    /** The lane whose lower edge is within reach of {@code y}, or null. */
    private Frame.LaneBounds laneEdgeAt(Frame f, double y) {
        double scroll = skin.laneScroll().getValue();
        for (Frame.LaneBounds b : f.lanes()) {
            double bottom = f.layout().lanesTop() + b.top() + b.height() - scroll;
            if (Math.abs(y - bottom) <= EDGE_GRIP && bottom > f.layout().lanesTop()) {
                return b;
            }
        }
        return null;
    }

    /** Zooms so that {@code w} fills most of the view, never closer than the minimum span. */
    private void zoomTo(TimeWindow w) {
        view.navigateTo(w.padded(0.15));
    }

    javafx.scene.control.ContextMenu laneMenu() {
        return laneMenu;
    }

    javafx.scene.control.ContextMenu badgeMenu() {
        return badgeMenu;
    }

    private void centreOverviewAt(double x) {
        Frame f = skin.frame();
        TimeWindow data = view.getDataRange();
        TimeWindow window = view.getVisibleWindow();
        if (f == null || data == null || window == null) {
            return;
        }
        TimeWindow range = Chrome.overviewRange(data, window);
        TimeScale s = TimeScale.of(range, f.layout().timeX0(), f.layout().timeWidth());
        long centre = (long) s.timeAt(x);
        view.setVisibleWindow(window.movedTo(centre - window.duration() / 2));
    }

    void scroll(ScrollEvent e) {
        if (e.isShiftDown()) {
            double d = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            skin.laneScroll().setValue(Math.max(0, Math.min(skin.laneScroll().getMax(),
                    skin.laneScroll().getValue() - d)));
        } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            wheelGesture();
            view.setVisibleWindow(skin.scale().panBy(-e.getDeltaX()).window());
        } else if (e.getDeltaY() != 0) {
            wheelGesture();
            double factor = Math.pow(2, -e.getDeltaY() / 160.0);
            zoomAt(e.getX(), factor);
        }
        e.consume();
    }

    void zoom(ZoomEvent e) {
        if (e.getZoomFactor() > 0) {
            wheelGesture();
            zoomAt(e.getX(), 1 / e.getZoomFactor());
        }
        e.consume();
    }

    /** A burst of wheel events is one step in the history. */
    private void wheelGesture() {
        long now = System.currentTimeMillis();
        if (now - lastWheel > skin.wheelGestureMs()) {
            view.leaving();
        }
        lastWheel = now;
    }

    /** Zooms by {@code factor} keeping the time under {@code x} where it is. */
    void zoomAt(double x, double factor) {
        TimeScale s = skin.scale();
        double clampedX = Math.max(s.x0(), Math.min(s.x0() + s.width(), x));
        double anchor = s.timeAt(clampedX);
        TimeWindow next = s.zoomAt(clampedX, factor, view.maxSpan()).window();
        if (view.isCompressQuietPeriods() && skin.frame() != null) {
            // Breaks come and go as the window changes: nudge the window until the anchor is under the pointer.
            for (int i = 0; i < 3; i++) {
                TimeScale ns = skin.scaleFor(next);
                if (ns.breakAt(anchor) != null) {
                    break;
                }
                long shift = Math.round(ns.timeAt(clampedX) - anchor);
                if (Math.abs(shift) < ns.msPerPixel()) {
                    break;
                }
                next = new TimeWindow(next.start() - shift, next.end() - shift);
            }
        }
        view.setVisibleWindow(next);
    }

    void key(KeyEvent e) {
        TimeScale s = skin.scale();
        double centre = s.x0() + s.width() / 2;
        KeyCode k = e.getCode();
        boolean handled = true;
        if (e.isAltDown() && k == KeyCode.LEFT) {
            view.back();
        } else if (e.isAltDown() && k == KeyCode.RIGHT) {
            view.forward();
        } else if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) {
            view.leaving();
            zoomAt(centre, 0.5);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT || k == KeyCode.UNDERSCORE) {
            view.leaving();
            zoomAt(centre, 2);
        } else if (k == KeyCode.HOME) {
            view.fitAll();
        } else if (k == KeyCode.ESCAPE) {
            view.setSelectedEvent(null);
        } else if (k == KeyCode.LEFT || k == KeyCode.RIGHT) {
            int dir = k == KeyCode.RIGHT ? 1 : -1;
            if (view.getSelectedEvent() == null || !view.selectAdjacent(dir)) {
                if (view.getSelectedEvent() == null) {
                    view.setVisibleWindow(s.panBy(dir * s.width() * 0.1).window());
                }
            }
        } else if (k == KeyCode.UP || k == KeyCode.DOWN) {
            double d = (k == KeyCode.DOWN ? 1 : -1) * skin.laneScroll().getUnitIncrement();
            skin.laneScroll().setValue(Math.max(0, Math.min(skin.laneScroll().getMax(),
                    skin.laneScroll().getValue() + d)));
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    /** Where the pointer last hovered, to say again what is under it when the frame changes under it. */
    private double[] lastHover;

    /**
     * After a new frame (a filter, a zoom, new data): the tooltip says what is under the pointer
     * now — a bin's counts, a badge's events — or goes, never keeping what the old frame held.
     */
    void refreshTooltip() {
        if (lastHover != null && skin.tooltip().isShowing()) {
            hover(lastHover[0], lastHover[1], lastHover[2], lastHover[3]);
        }
    }

    private void hover(double x, double y, double screenX, double screenY) {
        lastHover = new double[]{x, y, screenX, screenY};
        Frame f = skin.frame();
        if (f == null) {
            return;
        }
        Frame.Hit hit = f.hitAt(x, y);
        Event e = hit == null ? null : hit.event();
        setHovered(e);
        String tip = null;
        if (e != null) {
            tip = describe(e);
        } else if (hit != null && hit.cluster() != null) {
            tip = describeBadge(hit);
        } else if (hit != null && hit.laneKey() != null && x < f.layout().timeX0()) {
            tip = laneTip(hit.laneKey());
        }
        boolean edge = x < f.layout().timeX0() && laneEdgeAt(f, y) != null;
        skin.setCursor(edge ? Cursor.V_RESIZE : hit == null ? Cursor.DEFAULT : Cursor.HAND);
        if (edge) {
            tip = "Drag to give this lane more or fewer rows; right-click for the lane menu";
        }
        skin.pointerTip().say(view, tip, screenX, screenY);
    }

    /** The time in which {@code events} start: the first start to the last (a moment when they share one). */
    static TimeWindow startsOf(java.util.List<Event> events) {
        long a = Long.MAX_VALUE;
        long b = Long.MIN_VALUE;
        for (Event e : events) {
            a = Math.min(a, e.when().start());
            b = Math.max(b, e.when().start());
        }
        return new TimeWindow(a, Math.max(a + 1, b));
    }

    /** When {@code events} start, as precisely as their dates say: "19 June 2024 10:00 UTC", or from one to the last. */
    static String startsIn(java.util.List<Event> events) {
        Event first = null;
        Event last = null;
        for (Event e : events) {
            if (first == null || e.when().start() < first.when().start()) {
                first = e;
            }
            if (last == null || e.when().start() > last.when().start()) {
                last = e;
            }
        }
        if (first == null) {
            return "";
        }
        String a = io.annalist.model.DateText.human(first.when().start(), first.when().startPrecision());
        String b = io.annalist.model.DateText.human(last.when().start(), last.when().startPrecision());
        return a.equals(b) ? a : a + " – " + b;
    }

    /** A lane header's tooltip: the lane's whole name (the header may cut it) and its count, then what a click does. */
    private String laneTip(String key) {
        Lanes lanes = view.getLanes();
        if (lanes != null) {
            for (Lanes.Lane lane : lanes.lanes()) {
                if (lane.key().equals(key)) {
                    int n = lane.index().size();
                    return lane.label() + " · " + String.format("%,d %s", n, n == 1 ? "event" : "events")
                            + "\nClick to collapse or expand this lane";
                }
            }
        }
        return "Click to collapse or expand this lane";
    }

    /** A badge's tooltip: what it holds and the first titles; a bin names its calendar unit. */
    static String describeBadge(Frame.Hit hit) {
        StringBuilder b = new StringBuilder();
        if (hit.name() != null) {
            b.append(hit.name()).append(String.format(": %,d event%s", hit.clusterCount(),
                    hit.clusterCount() == 1 ? "" : "s"));
        } else {
            b.append(String.format(hit.clusterCount() == 1 ? "1 event not drawn apart, starting %2$s"
                    : "%,d events not drawn apart, starting %s", hit.clusterCount(), startsIn(hit.members())));
        }
        java.util.List<Event> members = hit.members();
        for (int i = 0; i < Math.min(LISTED, members.size()); i++) {
            b.append("\n· ").append(members.get(i).displayTitle());
        }
        if (members.size() > LISTED) {
            b.append(String.format("%n… %,d more", members.size() - LISTED));
        }
        b.append("\nClick to list them, double-click to zoom in");
        return b.toString();
    }

    private void setHovered(Event e) {
        if (e != hovered) {
            hovered = e;
            view.hoveredEventProperty().set(e);
            skin.redraw();
        }
    }

    /** Title, date as precisely as known, kind and actors: the text of the hover tooltip. */
    String describe(Event e) {
        String actors = e.actors().stream().map(a -> view.getLanes().actorNames().getOrDefault(a, a))
                .collect(Collectors.joining(", "));
        String date = e.when().describe();
        if (e.when().display() != null && !e.when().display().isBlank() && !e.when().display().equals(date)) {
            date = e.when().display() + " (" + date + ")";
        }
        return e.displayTitle() + "\n" + date + "\n" + e.kind().label() + (actors.isEmpty() ? "" : " · " + actors);
    }
}
