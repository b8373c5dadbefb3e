package io.annalist.workspace;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The light or the dark theme, for the timeline, the map and the window around them: the
 * window's stylesheet and the {@code dark} style class of the views that draw with CSS
 * colours of their own. FX thread.
 */
final class Theme {
    private static final String DARK_CSS = Theme.class.getResource("dark.css").toExternalForm();

    private final Scene scene;
    private final Node[] views;
    private boolean dark;

    /** @param views the controls that take the {@code dark} style class (the timeline, the map) */
    Theme(Scene scene, Node... views) {
        this.scene = scene;
        this.views = views.clone();
    }

    boolean isDark() {
        return dark;
    }

    void setDark(boolean on) {
        if (on == dark) {
            return;
        }
        dark = on;
        for (Node v : views) {
            if (on) {
                v.getStyleClass().add("dark");
            } else {
                v.getStyleClass().remove("dark");
            }
        }
        if (on) {
            scene.getStylesheets().add(DARK_CSS);
        } else {
            scene.getStylesheets().remove(DARK_CSS);
        }
    }

    /** Switches between the light and the dark theme. */
    void toggle() {
        setDark(!dark);
    }
}
