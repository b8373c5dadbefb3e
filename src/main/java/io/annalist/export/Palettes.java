package io.annalist.export;

import io.annalist.timeline.Palette;
import io.annalist.timeline.TimelineView;
import javafx.scene.Group;
import javafx.scene.Scene;

/** The timeline's colours as its stylesheet defines them, for drawing without a window. */
public final class Palettes {
    private Palettes() {
    }

    /** The light or dark palette from timeline.css. FX thread. */
    public static Palette fromCss(boolean dark) {
        TimelineView v = new TimelineView();
        if (dark) {
            v.getStyleClass().add("dark");
        }
        new Scene(new Group(v));
        v.applyCss();
        return v.palette();
    }
}
