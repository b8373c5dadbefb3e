package io.annalist.timeline;

import io.annalist.model.Event;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Draws a {@link TimelineView} on one canvas the size of the viewport, with a scroll bar for
 * the lanes. Changes only mark the frame dirty and request layout; the frame is painted once,
 * in the next layout pass. Handles the mouse (wheel zoom at the pointer, drag to pan, drag on
 * the axis to zoom to a range, double-click a cluster) and the keyboard.
 */
public class TimelineSkin extends SkinBase<TimelineView> {
    private static final long WHEEL_GESTURE_MS = 600;

    private final Canvas canvas = new Canvas();
    private final ScrollBar laneScroll = new ScrollBar();
    private final Rectangle rangeMark = new Rectangle();
    private final Tooltip tooltip = new Tooltip();
    private final PointerTip pointerTip = new PointerTip(tooltip);
    private final TimelinePainter painter = new TimelinePainter();
    private final TimelineInput input;
    // Registered weakly, so a skin that is replaced without dispose() does not stay reachable from the
    // view; removed in dispose() through the same wrappers (removing the inner listener would do nothing).
    private final javafx.collections.SetChangeListener<String> collapsedChanged = c -> redraw();
    private final javafx.collections.MapChangeListener<String, Integer> rowLimitsChanged = c -> redraw();
    private final javafx.collections.WeakSetChangeListener<String> weakCollapsedChanged =
            new javafx.collections.WeakSetChangeListener<>(collapsedChanged);
    private final javafx.collections.WeakMapChangeListener<String, Integer> weakRowLimitsChanged =
            new javafx.collections.WeakMapChangeListener<>(rowLimitsChanged);
    private final javafx.event.EventHandler<KeyEvent> keyPressed;
    private boolean dirty = true;
    private Frame frame;
    /** The time window {@link #frame} was drawn for. */
    private TimeWindow frameWindow;

    public TimelineSkin(TimelineView view) {
        super(view);
        laneScroll.setOrientation(Orientation.VERTICAL);
        laneScroll.setMin(0);
        laneScroll.setId("laneScroll");
        laneScroll.setVisible(false);
        rangeMark.setManaged(false);
        rangeMark.setVisible(false);
        rangeMark.setMouseTransparent(true);
        rangeMark.getStyleClass().add("range-mark");
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        getChildren().addAll(canvas, laneScroll, rangeMark);
        canvas.setId("timelineCanvas");

        registerChangeListener(view.visibleWindowProperty(), o -> redraw());
        registerChangeListener(view.lanesProperty(), o -> {
            if (view.getVisibleWindow() == null) {
                view.fitAll();
            }
            redraw();
        });
        registerChangeListener(view.selectedEventProperty(), o -> {
            keepSelectionInView();
            redraw();
        });
        registerChangeListener(view.hoveredEventProperty(), o -> redraw());
        registerChangeListener(view.showLegendProperty(), o -> redraw());
        registerChangeListener(view.showOverviewProperty(), o -> redraw());
        registerChangeListener(view.compressQuietPeriodsProperty(), o -> redraw());
        registerChangeListener(view.marksProperty(), o -> redraw());
        view.getLaneRowLimits().addListener(weakRowLimitsChanged);
        registerChangeListener(laneScroll.valueProperty(), o -> redraw());
        for (var p : view.styleProperties()) {
            registerChangeListener(p, o -> redraw());
        }
        view.getCollapsedLanes().addListener(weakCollapsedChanged);

        input = new TimelineInput(view, this);
        canvas.addEventHandler(MouseEvent.ANY, input::mouse);
        canvas.addEventHandler(ScrollEvent.SCROLL, input::scroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, input::zoom);
        keyPressed = input::key;
        view.addEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
        if (view.getVisibleWindow() == null) {
            view.fitAll();
        }
    }

    /** Marks the frame dirty; it is painted once in the next layout pass. */
    void redraw() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        // A frame may show or hide the lane scroll bar, which changes the canvas width: lay out again then.
        for (int pass = 0; pass < 2; pass++) {
            double sbw = laneScroll.isVisible() ? Math.max(14, snapSizeX(laneScroll.prefWidth(-1))) : 0;
            laneScroll.resizeRelocate(x + w - sbw, y, sbw, h);
            double cw = Math.max(1, Math.floor(w - sbw));
            double ch = Math.max(1, Math.floor(h));
            if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
                canvas.setWidth(cw);
                canvas.setHeight(ch);
                dirty = true;
            }
            canvas.relocate(x, y);
            if (!dirty || !paint()) {
                return;
            }
        }
    }

    /** What a frame of {@code window} is painted from: the view as it is now. */
    private PaintRequest request(TimeWindow window) {
        TimelineView v = getSkinnable();
        return new PaintRequest(canvas.getWidth(), canvas.getHeight(), window, v.getLanes(),
                laneScroll.getValue(), v.getCollapsedLanes(), v.getSelectedEvent(), v.getHoveredEvent(), v.palette(),
                v.getDataRange(), true, v.showLegendProperty().get(), v.showOverviewProperty().get(), true, true)
                .withRows(v.getLaneRowLimits(), TimelineView.DEFAULT_LANE_ROWS).withCompress(v.isCompressQuietPeriods())
                .withMarks(v.marksProperty().get());
    }

    /** Paints the frame; true when the scroll bar was shown or hidden, so the layout must be redone. */
    private boolean paint() {
        dirty = false;
        TimelineView v = getSkinnable();
        TimeWindow window = v.getVisibleWindow();
        if (window == null) {
            window = new TimeWindow(0, 86_400_000L * 365);
        }
        PaintRequest r = request(window);
        frame = painter.paint(canvas.getGraphicsContext2D(), r);
        frameWindow = window;
        v.framePainted();
        if (tooltip.isShowing()) {
            javafx.application.Platform.runLater(input::refreshTooltip);
        }
        double visible = frame.layout().lanesHeight();
        double max = Math.max(0, frame.lanesHeight() - visible);
        boolean needed = max > 0;
        laneScroll.setMax(max);
        laneScroll.setVisibleAmount(max * visible / Math.max(1, frame.lanesHeight()));
        laneScroll.setUnitIncrement(frame.layout().rowHeight());
        laneScroll.setBlockIncrement(visible * 0.9);
        if (laneScroll.getValue() > max) {
            laneScroll.setValue(max);
        }
        if (laneScroll.isVisible() != needed) {
            laneScroll.setVisible(needed);
            dirty = true;
            return true;
        }
        return false;
    }

    /** The last frame drawn, for hit-testing; null before the first. */
    Frame frame() {
        return frame;
    }

    Canvas canvas() {
        return canvas;
    }

    ScrollBar laneScroll() {
        return laneScroll;
    }

    Rectangle rangeMark() {
        return rangeMark;
    }

    TimelineInput input() {
        return input;
    }

    PointerTip pointerTip() {
        return pointerTip;
    }

    Tooltip tooltip() {
        return tooltip;
    }

    long wheelGestureMs() {
        return WHEEL_GESTURE_MS;
    }

    /** The scale of the last frame, or one built from the control's size before the first. */
    TimeScale scale() {
        TimelineView v = getSkinnable();
        TimeWindow w = v.getVisibleWindow();
        if (frame != null && w != null) {
            return scaleFor(w);
        }
        double width = Math.max(100, v.getWidth() > 0 ? v.getWidth() : 800);
        return TimeScale.of(w == null ? new TimeWindow(0, 1000) : w, 0, width);
    }

    /**
     * The scale a frame of {@code w} is drawn with: the last frame's own for its window, else the
     * one the painter would choose (breaks where quiet periods are compressed and they cost no
     * titles).
     */
    TimeScale scaleFor(TimeWindow w) {
        if (w.equals(frameWindow)) {
            return frame.scale();
        }
        return painter.scaleFor(request(w), frame.layout());
    }

    /** Pans so the selected event is on screen, and scrolls its lane into view. */
    private void keepSelectionInView() {
        TimelineView v = getSkinnable();
        Event e = v.getSelectedEvent();
        TimeWindow w = v.getVisibleWindow();
        if (e == null || w == null) {
            return;
        }
        if (!w.overlaps(e.when().start(), e.when().end())) {
            long centre = e.when().start() + (e.when().end() - e.when().start()) / 2;
            v.navigateTo(w.movedTo(centre - w.duration() / 2));
        }
        scrollLaneOf(e);
    }

    private void scrollLaneOf(Event e) {
        if (frame == null) {
            return;
        }
        for (Frame.LaneBounds lane : frame.lanes()) {
            Lanes.Lane l = getSkinnable().getLanes().lanes().stream().filter(x -> x.key().equals(lane.key()))
                    .findFirst().orElse(null);
            if (l != null && l.index().positionOf(e) >= 0) {
                double top = laneScroll.getValue();
                double visible = frame.layout().lanesHeight();
                if (lane.top() < top || lane.top() + lane.height() > top + visible) {
                    laneScroll.setValue(Math.max(0, Math.min(laneScroll.getMax(), lane.top() - visible / 3)));
                }
                return;
            }
        }
    }

    void setCursor(Cursor c) {
        canvas.setCursor(c);
    }

    @Override
    public void dispose() {
        tooltip.hide();
        TimelineView view = getSkinnable();
        if (view != null) {
            view.getCollapsedLanes().removeListener(weakCollapsedChanged);
            view.getLaneRowLimits().removeListener(weakRowLimitsChanged);
            view.removeEventHandler(KeyEvent.KEY_PRESSED, keyPressed);
        }
        super.dispose();
    }

    static boolean primary(MouseEvent e) {
        return e.getButton() == MouseButton.PRIMARY;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 500;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 160;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 300;
    }
}
