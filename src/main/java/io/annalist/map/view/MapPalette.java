package io.annalist.map.view;

import io.annalist.timeline.Palette;
import javafx.scene.paint.Color;

/**
 * The map's colours: the timeline's {@link Palette} (background, text, kinds, selection, the
 * count badges), so that a kind has the same colour on both, and the map's own for water,
 * land, borders, the grid and a drawn region. All from CSS ({@code map.css}).
 */
public record MapPalette(Palette base, Color water, Color land, Color border, Color graticule, Color region) {

    /** The CSS names of the map's own colours, in the order of the record's components after {@code base}. */
    public static final String[] CSS_NAMES = {"-map-water", "-map-land", "-map-border", "-map-graticule",
            "-map-region"};
}
