package io.annalist.map.view;

import io.annalist.map.MapScale;
import io.annalist.map.PlacedEvents;
import io.annalist.timeline.TimeWindow;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.shape.Polygon;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Draws a {@link MapView} on one canvas the size of the viewport. Changes only mark the frame
 * dirty and request layout; the frame is painted once, in the next layout pass. The mouse and
 * keyboard are handled by {@link MapInput}.
 */
public class MapSkin extends SkinBase<MapView> {
    private final Canvas canvas = new Canvas();
    private final Polygon regionMark = new Polygon();
    private final Tooltip tooltip = new Tooltip();
    private final io.annalist.timeline.PointerTip pointerTip = new io.annalist.timeline.PointerTip(tooltip);
    private final MapPainter painter = new MapPainter();
    private final MapInput input;
    private boolean dirty = true;
    private MapFrame frame;
    /** The window the map is in, watched so that hover ends when it loses the focus (a dialog opened over it). */
    private Scene scene;
    private Window window;
    private final ChangeListener<Boolean> focusLost = (obs, was, focused) -> {
        if (!focused) {
            input().leave();
        }
    };
    private final ChangeListener<Window> windowChanged = (obs, o, w) -> watch(w);

    public MapSkin(MapView view) {
        super(view);
        canvas.setId("mapCanvas");
        regionMark.setManaged(false);
        regionMark.setVisible(false);
        regionMark.setMouseTransparent(true);
        regionMark.getStyleClass().add("map-region-mark");
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        getChildren().addAll(canvas, regionMark);

        registerChangeListener(view.scaleProperty(), o -> redraw());
        registerChangeListener(view.placedProperty(), o -> redraw());
        registerChangeListener(view.baseMapProperty(), o -> redraw());
        registerChangeListener(view.timeWindowProperty(), o -> redraw());
        registerChangeListener(view.showWholeRangeProperty(), o -> redraw());
        registerChangeListener(view.selectedEventProperty(), o -> {
            keepSelectionInView();
            redraw();
        });
        registerChangeListener(view.hoveredEventProperty(), o -> redraw());
        registerChangeListener(view.placeFilterProperty(), o -> redraw());
        registerChangeListener(view.showLegendProperty(), o -> redraw());
        for (var p : view.styleProperties()) {
            registerChangeListener(p, o -> redraw());
        }
        input = new MapInput(view, this);
        canvas.addEventHandler(MouseEvent.ANY, input::mouse);
        canvas.addEventHandler(ScrollEvent.SCROLL, input::scroll);
        canvas.addEventHandler(ZoomEvent.ZOOM, input::zoom);
        view.addEventHandler(KeyEvent.KEY_PRESSED, input::key);
        registerChangeListener(view.sceneProperty(), o -> watch(view.getScene()));
        watch(view.getScene());
    }

    private MapInput input() {
        return input;
    }

    /** Follows the map into {@code s} and its window: hover is cleared when that window loses the focus. */
    private void watch(Scene s) {
        if (scene != null) {
            scene.windowProperty().removeListener(windowChanged);
        }
        scene = s;
        if (s != null) {
            s.windowProperty().addListener(windowChanged);
        }
        watch(s == null ? null : s.getWindow());
    }

    private void watch(Window w) {
        if (window != null) {
            window.focusedProperty().removeListener(focusLost);
        }
        window = w;
        if (w != null) {
            w.focusedProperty().addListener(focusLost);
        }
    }

    /** Marks the frame dirty; it is painted once in the next layout pass. */
    void redraw() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double cw = Math.max(1, Math.floor(w));
        double ch = Math.max(1, Math.floor(h));
        MapView v = getSkinnable();
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            v.resized(cw, ch);
            dirty = true;
        }
        canvas.relocate(x, y);
        v.refitIfDue(cw, ch);
        if (dirty) {
            paint();
        }
    }

    private void paint() {
        dirty = false;
        MapView v = getSkinnable();
        MapScale s = v.getScale();
        if (s == null) {
            return;
        }
        if (s.width() != canvas.getWidth() || s.height() != canvas.getHeight()) {
            s = s.withSize(canvas.getWidth(), canvas.getHeight());
        }
        var gc = canvas.getGraphicsContext2D();
        if (v.baseMapProperty().get() == null || v.outlines() == null) {
            gc.setFill(v.palette().water());
            gc.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            gc.setFill(v.palette().base().mutedText());
            gc.fillText("Reading the map…", 16, 24);
            return;
        }
        TimeWindow w = v.timeWindowProperty().get();
        PlacedEvents placed = v.getPlaced();
        frame = painter.paint(gc, new MapPaintRequest(canvas.getWidth(), canvas.getHeight(), s,
                v.baseMapProperty().get(), v.outlines(), placed, w == null ? Long.MIN_VALUE : w.start(),
                w == null ? Long.MAX_VALUE : w.end(), v.getShowWholeRange() && w != null, v.getSelectedEvent(),
                v.hoveredEventProperty().get(), v.getPlaceFilter(), v.palette(), v.showLegendProperty().get()));
        v.framePainted();
    }

    /**
     * Pans a map moved by hand so the selected event is on it when the map shows it (it has a
     * place and is of the time shown) and it is off screen. A map that follows its events is left
     * as it is: its fit already holds every event it shows, and a pan would stop it following.
     */
    private void keepSelectionInView() {
        MapView v = getSkinnable();
        MapScale s = v.getScale();
        PlacedEvents placed = v.getPlaced();
        int pos = placed.positionOf(v.getSelectedEvent());
        if (s == null || v.isFollowingEvents() || pos < 0 || !placed.placed(pos) || !v.showsInTime(pos)) {
            return;
        }
        double x = s.screenX(placed.x(pos));
        double y = s.screenY(placed.y(pos));
        double bottom = frame == null ? s.height() : frame.mapHeight();
        if (x < 20 || x > s.width() - 20 || y < 20 || y > bottom - 20) {
            v.scaleProperty().set(s.centredOn(placed.x(pos), placed.y(pos)));
        }
    }

    /** The last frame drawn, for hit-testing; null before the first. */
    MapFrame frame() {
        return frame;
    }

    Canvas canvas() {
        return canvas;
    }

    Polygon regionMark() {
        return regionMark;
    }

    io.annalist.timeline.PointerTip pointerTip() {
        return pointerTip;
    }

    Tooltip tooltip() {
        return tooltip;
    }

    @Override
    public void dispose() {
        tooltip.hide();
        watch((Scene) null);
        super.dispose();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 600;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 450;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        // Low enough for a strip below the timeline in a small window, which keeps its lanes first.
        return 80;
    }
}
