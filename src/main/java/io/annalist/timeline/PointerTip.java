package io.annalist.timeline;

import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.stage.Screen;

/**
 * A tooltip that follows the pointer over a canvas (the timeline's, the map's) and stays whole
 * on the screen: below and right of the pointer, above it when there is no room below (a badge's
 * list of twenty titles near the foot of the window), left of it when there is none on the right.
 */
public final class PointerTip {
    /** Pixels between the pointer and the tooltip's corner. */
    static final double GAP = 14;

    private final Tooltip tip;
    private double pointerX;
    private double pointerY;

    public PointerTip(Tooltip tip) {
        this.tip = tip;
        // Escape is the canvas's (it clears the selection): the tip under the pointer must not take the
        // first press for itself.
        tip.setHideOnEscape(false);
        tip.setConsumeAutoHidingEvents(false);
        // A new text resizes the tooltip after it is shown: keep it on the screen at its new size.
        javafx.beans.InvalidationListener resized = o -> {
            if (tip.isShowing()) {
                keepOnScreen();
            }
        };
        tip.widthProperty().addListener(resized);
        tip.heightProperty().addListener(resized);
    }

    /** Says {@code text} beside the pointer at ({@code screenX}, {@code screenY}); null hides the tooltip. */
    public void say(Node owner, String text, double screenX, double screenY) {
        if (text == null) {
            tip.hide();
            return;
        }
        pointerX = screenX;
        pointerY = screenY;
        if (!text.equals(tip.getText()) || !tip.isShowing()) {
            tip.setText(text);
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                tip.show(owner, screenX + GAP, screenY + GAP);
                keepOnScreen();
            }
        }
    }

    private void keepOnScreen() {
        var screens = Screen.getScreensForRectangle(pointerX, pointerY, 1, 1);
        Rectangle2D bounds = (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
        Point2D at = place(bounds, pointerX, pointerY, tip.getWidth(), tip.getHeight());
        if (at.getX() != tip.getX() || at.getY() != tip.getY()) {
            tip.setX(at.getX());
            tip.setY(at.getY());
        }
    }

    /**
     * Where a tooltip of {@code width} × {@code height} goes for a pointer at ({@code x}, {@code y})
     * on {@code screen}: below and right of it, above or left of it where the screen ends, and
     * never beyond the screen's top or left edge.
     */
    static Point2D place(Rectangle2D screen, double x, double y, double width, double height) {
        double left = x + GAP + width <= screen.getMaxX() ? x + GAP : x - GAP - width;
        double top = y + GAP + height <= screen.getMaxY() ? y + GAP : y - GAP - height;
        left = Math.max(screen.getMinX(), Math.min(left, screen.getMaxX() - width));
        top = Math.max(screen.getMinY(), Math.min(top, screen.getMaxY() - height));
        return new Point2D(left, top);
    }
}
