package io.annalist.workspace.detail;

import io.annalist.model.Estimate;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A range drawn as a bar: the track runs from zero to {@code top}, one round number for the
 * whole file (at or above its largest count), so bars of two events compare as their numbers
 * do; the filled part runs from the lower to the upper bound, so "10,000–12,000" reads as a
 * range and an exact count as a thin mark.
 */
final class TroopBar extends Region {
    TroopBar(Estimate e, double width, long scale) {
        getStyleClass().add("troop-bar");
        double top = Math.max(1, Math.max(scale, e.max()));
        Rectangle track = new Rectangle(width, 8);
        track.getStyleClass().add("troop-bar-track");
        double x0 = width * e.min() / top;
        double x1 = width * e.max() / top;
        Rectangle range = new Rectangle(x0, 0, Math.max(2, x1 - x0), 8);
        range.getStyleClass().add("troop-bar-range");
        getChildren().addAll(track, range);
        setPrefSize(width, 8);
        setMinSize(width, 8);
        setMaxSize(width, 8);
    }

    /** "0–20,000 troops, one scale for the file": what the bar's track stands for. */
    static String scaleCaption(long scale, String unit) {
        return "bar: 0–" + java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(scale) + " "
                + unit + ", one scale for the file";
    }
}
