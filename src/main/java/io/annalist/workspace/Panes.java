package io.annalist.workspace;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The panes around the timeline — filters on the left, details on the right, the table under
 * it — shown or hidden (View → Filters / Details / Event table). Hiding a pane gives its room
 * to the timeline, not to the pane beside it; showing it again brings it back at the size it
 * had, taken from the timeline. The sizes are kept in pixels and remembered between runs.
 * FX thread.
 */
final class Panes {
    /** A pane, as the menu and the preferences name it. */
    enum Pane {
        FILTERS("filters", 280), DETAILS("details", 360), TABLE("table", 220);

        final String key;
        /** Width (or the table's height) in pixels the first time. */
        final double defaultSize;

        Pane(String key, double defaultSize) {
            this.key = key;
            this.defaultSize = defaultSize;
        }

        static Pane of(String key) {
            for (Pane p : values()) {
                if (p.key.equals(key)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no pane " + key);
        }
    }

    /** The side panes together take at most this share of the window's width when they come back. */
    private static final double MIDDLE_SHARE = 0.5;
    /** The narrowest the details and the filters are made for it (the filters' date fields keep their labels). */
    private static final double DETAILS_NARROWEST = 220;
    private static final double FILTERS_NARROWEST = 250;
    /** A divider's width in the default theme, in pixels. */
    private static final double DEFAULT_DIVIDER = 6;

    private final SplitPane sides;
    private final SplitPane middle;
    private final Region filters;
    private final Region details;
    private final Region table;
    private final AppPreferences prefs;
    private final double[] sizes = new double[Pane.values().length];
    /** The sizes last given to the panes on screen: a pane still at it has not been resized by hand. */
    private final double[] placed = new double[Pane.values().length];

    /**
     * @param sides  filters, the middle and details, left to right
     * @param middle the timeline (with the map) over the table
     */
    Panes(SplitPane sides, SplitPane middle, Region filters, Region details, Region table, AppPreferences prefs) {
        this.sides = sides;
        this.middle = middle;
        this.filters = filters;
        this.details = details;
        this.table = table;
        this.prefs = prefs;
        for (Pane p : Pane.values()) {
            sizes[p.ordinal()] = prefs.paneSize(p.key, p.defaultSize);
        }
    }

    /** Puts the panes that were shown at the end of the last run at their sizes once the window has its own. */
    void restore() {
        for (Pane p : Pane.values()) {
            if (!prefs.paneShown(p.key)) {
                show(p.key, false);
            }
        }
        sides.widthProperty().addListener((obs, o, w) -> {
            if (o.doubleValue() <= 0 && w.doubleValue() > 0) {
                place(sides);
            }
        });
        middle.heightProperty().addListener((obs, o, h) -> {
            if (o.doubleValue() <= 0 && h.doubleValue() > 0) {
                place(middle);
            }
        });
    }

    /** Shows or hides a pane ("filters", "details", "table"); the timeline gives or takes the room. */
    void show(String which, boolean visible) {
        Pane p = Pane.of(which);
        SplitPane parent = p == Pane.TABLE ? middle : sides;
        Region pane = node(p);
        if (visible == parent.getItems().contains(pane)) {
            return;
        }
        measure();
        if (!visible) {
            parent.getItems().remove(pane);
        } else if (p == Pane.FILTERS) {
            parent.getItems().add(0, pane);
        } else {
            parent.getItems().add(pane);
        }
        place(parent);
    }

    boolean shown(String which) {
        Pane p = Pane.of(which);
        return (p == Pane.TABLE ? middle : sides).getItems().contains(node(p));
    }

    /** The size a pane has, or had when it was last shown. */
    double size(String which) {
        measure();
        return sizes[Pane.of(which).ordinal()];
    }

    /** Writes which panes are shown and their sizes into the preferences. */
    void remember() {
        measure();
        for (Pane p : Pane.values()) {
            prefs.setPaneShown(p.key, shown(p.key));
            prefs.setPaneSize(p.key, sizes[p.ordinal()]);
        }
    }

    private Region node(Pane p) {
        return switch (p) {
            case FILTERS -> filters;
            case DETAILS -> details;
            case TABLE -> table;
        };
    }

    /** Takes the sizes of the panes on screen, as the analyst may have dragged them. */
    private void measure() {
        for (Pane p : Pane.values()) {
            Region n = node(p);
            double size = p == Pane.TABLE ? n.getHeight() : n.getWidth();
            // A pane narrowed for a small window keeps the size the analyst gave it.
            if (shown(p.key) && n.getScene() != null && size > 0 && Math.abs(size - placed[p.ordinal()]) > 1.5) {
                sizes[p.ordinal()] = size;
            }
        }
    }

    /**
     * Sets the dividers of {@code parent} so each pane in it has its size and the middle the rest;
     * the positions are parts of the room inside the split pane's border.
     */
    private void place(SplitPane parent) {
        javafx.geometry.Insets in = parent.getInsets();
        double total = parent.getOrientation() == Orientation.HORIZONTAL
                ? parent.getWidth() - in.getLeft() - in.getRight()
                : parent.getHeight() - in.getTop() - in.getBottom();
        if (total <= 0) {
            return;
        }
        List<Double> positions = new ArrayList<>();
        List<Node> items = parent.getItems();
        if (parent == sides) {
            // In a narrow window the side panes give up room for the timeline to keep half the width: the
            // details first, down to their narrowest, then the filters down to theirs. The sizes the analyst
            // gave them stay what they are, for a wider window.
            double f = items.contains(filters) ? sizes[Pane.FILTERS.ordinal()] : 0;
            double d = items.contains(details) ? sizes[Pane.DETAILS.ordinal()] : 0;
            double excess = f + d - total * MIDDLE_SHARE;
            double dGives = Math.max(0, Math.min(excess, d - DETAILS_NARROWEST));
            double fGives = Math.max(0, Math.min(excess - dGives, f - FILTERS_NARROWEST));
            placed[Pane.FILTERS.ordinal()] = f - fGives;
            placed[Pane.DETAILS.ordinal()] = d - dGives;
            if (items.contains(filters)) {
                positions.add(fraction(parent, f - fGives, total));
            }
            if (items.contains(details)) {
                positions.add(1 - fraction(parent, d - dGives, total));
            }
        } else if (items.contains(table)) {
            placed[Pane.TABLE.ordinal()] = sizes[Pane.TABLE.ordinal()];
            positions.add(1 - fraction(parent, sizes[Pane.TABLE.ordinal()], total));
        }
        parent.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Where the divider beside a pane goes, as a part of {@code total}, for the pane to have its
     * {@code size}: the divider's middle sits half its own width past the pane's edge. At most a third, so
     * the timeline keeps the rest.
     */
    private double fraction(SplitPane parent, double size, double total) {
        return Math.min((size + dividerWidth(parent) / 2) / total, 0.33);
    }

    /** The width of a divider of {@code parent} as laid out, or the default theme's before it is. */
    private static double dividerWidth(SplitPane parent) {
        for (Node d : parent.getChildrenUnmodifiable()) {
            if (d instanceof Region r && r.getStyleClass().contains("split-pane-divider")) {
                double w = parent.getOrientation() == Orientation.HORIZONTAL ? r.getWidth() : r.getHeight();
                if (w > 0) {
                    return w;
                }
            }
        }
        return DEFAULT_DIVIDER;
    }
}
