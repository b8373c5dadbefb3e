package io.annalist.export;

import java.util.Set;

import io.annalist.model.MarkLookup;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeWindow;

/**
 * What a snapshot shows and how: the time window, the size in logical pixels and the scale
 * (2 for a high-DPI image twice as many pixels across), what to include, the theme, and the
 * texts of the title, the filter caption and the footer.
 *
 * @param width   logical width; the image is {@code width * scale} pixels wide
 * @param height  logical height
 * @param caption the active filters in words ("Actors: Russia · Kinds: visit"), or ""
 * @param footer  sources' attribution, or ""
 * @param onlyLanes the keys of the lanes to show, or empty for all of them
 * @param compress  true to shrink quiet periods to breaks, as the window does
 * @param marks     the analyst's marks: a starred event gets its star, as in the window
 * @param starNotes true to number the starred marks and list their titles at the foot
 */
public record SnapshotSpec(TimeWindow window, int width, int height, int scale, LaneMode lanes,
                           Set<String> collapsedLanes, String title, String caption, String footer, boolean dark,
                           boolean showTitle, boolean showCaption, boolean showLegend, boolean showAxis,
                           boolean showLaneHeaders, boolean showFooter, Set<String> onlyLanes, boolean compress,
                           MarkLookup marks, boolean starNotes) {

    /** The largest image side we write, in pixels; beyond this PNG viewers and briefs struggle anyway. */
    public static final int MAX_SIDE = 32_000;
    /** The most pixels in one image (about 800 MB of memory while it is written). */
    public static final long MAX_PIXELS = 200_000_000L;

    /** No star drawn. */
    public SnapshotSpec(TimeWindow window, int width, int height, int scale, LaneMode lanes,
                        Set<String> collapsedLanes, String title, String caption, String footer, boolean dark,
                        boolean showTitle, boolean showCaption, boolean showLegend, boolean showAxis,
                        boolean showLaneHeaders, boolean showFooter, Set<String> onlyLanes, boolean compress) {
        this(window, width, height, scale, lanes, collapsedLanes, title, caption, footer, dark, showTitle,
                showCaption, showLegend, showAxis, showLaneHeaders, showFooter, onlyLanes, compress, MarkLookup.NONE,
                false);
    }

    /** Every lane, quiet periods compressed. */
    public SnapshotSpec(TimeWindow window, int width, int height, int scale, LaneMode lanes,
                        Set<String> collapsedLanes, String title, String caption, String footer, boolean dark,
                        boolean showTitle, boolean showCaption, boolean showLegend, boolean showAxis,
                        boolean showLaneHeaders, boolean showFooter) {
        this(window, width, height, scale, lanes, collapsedLanes, title, caption, footer, dark, showTitle,
                showCaption, showLegend, showAxis, showLaneHeaders, showFooter, Set.of(), true);
    }

    /** A height that grows to show every lane whole with its content (and the footnotes). */
    public static final int AUTO_HEIGHT = -1;

    public SnapshotSpec {
        collapsedLanes = Set.copyOf(collapsedLanes);
        onlyLanes = Set.copyOf(onlyLanes);
        marks = marks == null ? MarkLookup.NONE : marks;
        if (width < 200 || height < 120 && height != AUTO_HEIGHT) {
            throw new IllegalArgumentException(height == AUTO_HEIGHT
                    ? "a snapshot must be at least 200 pixels wide, not " + width
                    : "a snapshot must be at least 200 × 120 pixels, not " + width + " × " + height);
        }
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("the scale must be 1, 2, 3 or 4, not " + scale);
        }
        long w = (long) width * scale;
        long h = (long) Math.max(height, 120) * scale;
        if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
            throw new IllegalArgumentException("a snapshot of " + w + " × " + h + " pixels is too large (at most "
                    + MAX_SIDE + " on a side and " + MAX_PIXELS / 1_000_000 + " million pixels)");
        }
    }

    public int pixelWidth() {
        return width * scale;
    }

    /** The height in pixels; {@link #AUTO_HEIGHT} until the exporter has fitted it. */
    public int pixelHeight() {
        return height == AUTO_HEIGHT ? AUTO_HEIGHT : height * scale;
    }

    public boolean autoHeight() {
        return height == AUTO_HEIGHT;
    }

    /** Defaults for a brief: 1600 × 900, light, everything included. */
    public static SnapshotSpec brief(TimeWindow window, String title, String caption, String footer) {
        return new SnapshotSpec(window, 1600, 900, 1, LaneMode.ACTOR, Set.of(), title, caption, footer, false, true,
                true, true, true, true, true);
    }

    public SnapshotSpec withSize(int w, int h, int s) {
        return new SnapshotSpec(window, w, h, s, lanes, collapsedLanes, title, caption, footer, dark, showTitle,
                showCaption, showLegend, showAxis, showLaneHeaders, showFooter, onlyLanes, compress,
                marks, starNotes);
    }

    public SnapshotSpec withLanes(LaneMode m, Set<String> collapsed) {
        return new SnapshotSpec(window, width, height, scale, m, collapsed, title, caption, footer, dark, showTitle,
                showCaption, showLegend, showAxis, showLaneHeaders, showFooter, onlyLanes, compress,
                marks, starNotes);
    }

    public SnapshotSpec withDark(boolean d) {
        return new SnapshotSpec(window, width, height, scale, lanes, collapsedLanes, title, caption, footer, d,
                showTitle, showCaption, showLegend, showAxis, showLaneHeaders, showFooter, onlyLanes, compress,
                marks, starNotes);
    }

    public SnapshotSpec withIncludes(boolean title, boolean caption, boolean legend, boolean axis, boolean headers,
                                     boolean footer) {
        return new SnapshotSpec(window, width, height, scale, lanes, collapsedLanes, this.title, this.caption,
                this.footer, dark, title, caption, legend, axis, headers, footer, onlyLanes, compress, marks,
                starNotes);
    }

    /** The same snapshot showing only the lanes {@code keys} (all when empty), quiet periods compressed or not. */
    public SnapshotSpec withLanesShown(Set<String> keys, boolean compressQuiet) {
        return new SnapshotSpec(window, width, height, scale, lanes, collapsedLanes, title, caption, footer, dark,
                showTitle, showCaption, showLegend, showAxis, showLaneHeaders, showFooter, keys, compressQuiet,
                marks, starNotes);
    }

    /** The same snapshot with another caption. */
    public SnapshotSpec withCaption(String text) {
        return new SnapshotSpec(window, width, height, scale, lanes, collapsedLanes, title, text, footer, dark,
                showTitle, showCaption, showLegend, showAxis, showLaneHeaders, showFooter, onlyLanes, compress,
                marks, starNotes);
    }

    /**
     * The same snapshot drawing the analyst's marks {@code m} (a starred event gets its star);
     * {@code notes}: the starred marks numbered, their titles listed at the foot.
     */
    public SnapshotSpec withMarks(MarkLookup m, boolean notes) {
        return new SnapshotSpec(window, width, height, scale, lanes, collapsedLanes, title, caption, footer, dark,
                showTitle, showCaption, showLegend, showAxis, showLaneHeaders, showFooter, onlyLanes, compress, m,
                notes);
    }
}
