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
    private enum Drag { NONE, PAN, RANGE, OVERVIEW }

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
        if (e.getY() < l.axisHeight() + l.densityHeight() && e.getX() >= l.timeX0()) {
            drag = Drag.RANGE;
        } else if (l.overviewHeight() > 0 && e.getY() >= l.overviewTop()) {
            drag = Drag.OVERVIEW;
            view.history().leaving(view.getVisibleWindow());
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
            view.history().leaving(view.getVisibleWindow());
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
        if (moved || !TimelineSkin.primary(e) || skin.frame() == null) {
            return;
        }
        Frame.Hit hit = skin.frame().hitAt(e.getX(), e.getY());
        if (hit == null) {
            return;
        }
        if (hit.event() != null) {
            view.setSelectedEvent(hit.event());
            if (e.getClickCount() == 2) {
                zoomTo(new TimeWindow(hit.event().when().start(), hit.event().when().end()));
            }
        } else if (hit.cluster() != null) {
            if (e.getClickCount() == 2) {
                zoomTo(hit.cluster());
            }
        } else if (hit.laneKey() != null && e.getX() < skin.frame().layout().timeX0()) {
            if (!view.getCollapsedLanes().remove(hit.laneKey())) {
                view.getCollapsedLanes().add(hit.laneKey());
            }
        }
    }

    /** Zooms so that {@code w} fills most of the view, never closer than the minimum span. */
    private void zoomTo(TimeWindow w) {
        view.navigateTo(w.padded(0.15));
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
            view.history().leaving(view.getVisibleWindow());
        }
        lastWheel = now;
    }

    /** Zooms by {@code factor} keeping the time under {@code x} where it is. */
    void zoomAt(double x, double factor) {
        TimeScale s = skin.scale();
        double clampedX = Math.max(s.x0(), Math.min(s.x0() + s.width(), x));
        view.setVisibleWindow(s.zoomAt(clampedX, factor, view.maxSpan()).window());
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
            view.history().leaving(view.getVisibleWindow());
            zoomAt(centre, 0.5);
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT || k == KeyCode.UNDERSCORE) {
            view.history().leaving(view.getVisibleWindow());
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

    private void hover(double x, double y, double screenX, double screenY) {
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
            tip = String.format("%,d events, %s%nDouble-click to zoom in", hit.clusterCount(), hit.cluster().describe());
        } else if (hit != null && hit.laneKey() != null && x < f.layout().timeX0()) {
            tip = "Click to collapse or expand this lane";
        }
        skin.setCursor(hit == null ? Cursor.DEFAULT : Cursor.HAND);
        if (tip == null) {
            skin.tooltip().hide();
        } else if (!tip.equals(skin.tooltip().getText()) || !skin.tooltip().isShowing()) {
            skin.tooltip().setText(tip);
            if (view.getScene() != null && view.getScene().getWindow() != null) {
                skin.tooltip().show(view, screenX + 14, screenY + 14);
            }
        }
    }

    private void setHovered(Event e) {
        if (e != hovered) {
            hovered = e;
            skin.redraw();
        }
    }

    /** Title, date as precisely as known, kind and actors: the text of the hover tooltip. */
    String describe(Event e) {
        String actors = e.actors().stream().map(a -> view.actorNamesProperty().get().getOrDefault(a, a))
                .collect(Collectors.joining(", "));
        String date = e.when().describe();
        if (e.when().display() != null && !e.when().display().isBlank() && !e.when().display().equals(date)) {
            date = e.when().display() + " (" + date + ")";
        }
        return e.displayTitle() + "\n" + date + "\n" + e.kind().label() + (actors.isEmpty() ? "" : " · " + actors);
    }
}
