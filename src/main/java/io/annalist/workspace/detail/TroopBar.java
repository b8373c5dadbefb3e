package io.annalist.workspace.detail;

import io.annalist.model.Estimate;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A range drawn as a bar: the track runs from zero to a round number above the upper bound;
 * the filled part runs from the lower to the upper bound, so "10,000–12,000" reads as a range
 * and an exact count as a thin mark.
 */
final class TroopBar extends Region {
    TroopBar(Estimate e, double width) {
        getStyleClass().add("troop-bar");
        double top = niceAbove(e.max());
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

    /** 1, 2 or 5 times a power of ten, just above {@code n}. */
    static double niceAbove(long n) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(1, n))));
        for (double m : new double[]{1, 2, 5, 10}) {
            if (m * p > n) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
