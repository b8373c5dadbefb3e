package io.annalist.timeline;

import java.util.Map;

import io.annalist.model.EventKind;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The colours and font the painter draws with. The window reads them from the timeline's
 * CSS (timeline.css, and the dark theme), so a theme changes them without code.
 */
public record Palette(Color background, Color laneAlt, Color grid, Color axisBackground, Color axisText,
                      Color axisMajorText, Color headerBackground, Color headerText, Color separator, Color text,
                      Color mutedText, Color selection, Color clusterFill, Color clusterText, Color density,
                      Color overviewBackground, Color overviewWindow, Color connector, Map<EventKind, Color> kinds,
                      Font font) {

    public Palette {
        kinds = Map.copyOf(kinds);
    }

    public Color kind(EventKind k) {
        return kinds.getOrDefault(k, mutedText);
    }

    /** The CSS names of the palette's colours, in the order of the record's components. */
    public static final String[] CSS_NAMES = {"-tl-background", "-tl-lane-alt", "-tl-grid", "-tl-axis-background",
            "-tl-axis-text", "-tl-axis-major-text", "-tl-header-background", "-tl-header-text", "-tl-separator",
            "-tl-text", "-tl-muted-text", "-tl-selection", "-tl-cluster-fill", "-tl-cluster-text", "-tl-density",
            "-tl-overview-background", "-tl-overview-window", "-tl-connector"};

    /** The CSS name of a kind's colour: {@code -tl-kind-troop-deployment}. */
    public static String cssName(EventKind k) {
        return "-tl-kind-" + k.jsonName().replace('_', '-');
    }

    /** Builds a palette from colours in {@link #CSS_NAMES} order plus the kinds' colours. */
    public static Palette of(Color[] c, Map<EventKind, Color> kinds, Font font) {
        return new Palette(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13],
                c[14], c[15], c[16], c[17], kinds, font);
    }
}
