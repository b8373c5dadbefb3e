package io.annalist.workspace;

import io.annalist.map.PlaceFilter;
import io.annalist.map.view.MapView;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.timeline.TimelineView;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The map pane beside or below the timeline, or under the details: a small toolbar (Fit to events, Box and Lasso for
 * the Place filter, the whole filtered range or only the timeline's window) over a
 * {@link MapView} linked to the timeline: the same filtered events, the timeline's visible
 * window, one selection and one hover, and the Place filter kept in the store's filter (so it
 * has its chip, is cleared with the others and is remembered with them). Call on the FX thread.
 */
final class MapPane extends VBox {
    /** Where the map goes: beside or below the timeline, under the details, or hidden. */
    enum Layout { BESIDE, BELOW, UNDER_DETAILS, HIDDEN }

    /**
     * Beside the timeline the map leaves it two thirds of the middle; unless that is this wide,
     * the map starts under the details, for a timeline narrower than this cuts most titles at
     * Fit all, and a map below it is too low to show a region.
     */
    static final double TIMELINE_BESIDE_MAP_FROM = 1000;
    /** The part of the middle the timeline keeps, with the map beside it or below it. */
    private static final double BESIDE_SHARE = 0.68;
    /** Below, half: a map much lower than wide can only show a region by zooming out to the world. */
    private static final double BELOW_SHARE = 0.5;
    /** The part of the details' column the details keep, with the map under them. */
    private static final double UNDER_DETAILS_SHARE = 0.55;
    /**
     * The least height the timeline keeps with the map below it, at every size of the window: its
     * axis, a few lanes, the legend and the overview bar. The map below gets the rest, down to
     * {@link #LEAST_BELOW}; the table under them gives way too.
     */
    static final double TIMELINE_LEAST = 300;
    /** The least height of the map pane below the timeline: its buttons and a strip of map. */
    static final double LEAST_BELOW = 140;

    private final MapView map = new MapView();
    private final SplitPane host;
    private final Node timelineArea;
    private final SplitPane detailColumn;
    private final Node details;
    private Layout layout = Layout.HIDDEN;
    /** Where the map was last shown, so hiding and showing it again puts it back there. */
    private Layout lastShown = Layout.BELOW;
    /** True once the analyst put the map somewhere (now or in an earlier run): only then is it remembered. */
    private boolean chosen;

    /**
     * @param host         the timeline's split, where the map goes beside or below it
     * @param detailColumn the details' column, where the map goes under {@code details}
     */
    MapPane(Session session, TimelineView timeline, SplitPane host, Node timelineArea, SplitPane detailColumn,
            Node details) {
        EventStore store = session.store();
        this.host = host;
        this.timelineArea = timelineArea;
        this.detailColumn = detailColumn;
        this.details = details;
        setId("mapPane");
        map.setId("map");
        map.setEvents(store.sortedEvents());
        map.timeWindowProperty().bind(timeline.visibleWindowProperty());
        map.selectedEventProperty().bindBidirectional(timeline.selectedEventProperty());
        map.hoveredEventProperty().bindBidirectional(timeline.hoveredEventProperty());
        map.setPlaceFilter(session.getFilter().place() instanceof PlaceFilter p ? p : null);
        map.placeFilterProperty().addListener((obs, o, region) -> {
            EventFilter f = session.getFilter();
            if (!java.util.Objects.equals(f.place(), region)) {
                session.setFilter(f.withPlace(region));
            }
        });
        // A new file: show where its events are, as the timeline shows when they are.
        store.datasetProperty().addListener((obs, o, d) -> map.fitWhenPlaced());
        session.filterProperty().addListener((obs, o, f) -> {
            PlaceFilter region = f.place() instanceof PlaceFilter p ? p : null;
            if (!java.util.Objects.equals(map.getPlaceFilter(), region)) {
                map.setPlaceFilter(region);
            }
        });

        Button fit = new Button("Fit to events");
        fit.setId("mapFit");
        fit.setTooltip(new Tooltip("Show every placed event of the timeline's window, and keep them in view as the"
                + " timeline and the filters change, until you pan or zoom the map (Home on the map). On the map:"
                + " wheel to zoom, drag to pan, Shift+drag for a box, Alt+drag for a lasso"));
        fit.setOnAction(e -> map.fitToEvents());
        ToggleGroup drawing = new ToggleGroup();
        ToggleButton box = new ToggleButton("Box");
        box.setId("mapBox");
        box.setToggleGroup(drawing);
        box.setTooltip(new Tooltip("Drag a box to keep only the events there (or Shift+drag at any time)"));
        ToggleButton lasso = new ToggleButton("Lasso");
        lasso.setId("mapLasso");
        lasso.setToggleGroup(drawing);
        lasso.setTooltip(new Tooltip("Draw round the events to keep (or Alt+drag at any time)"));
        drawing.selectedToggleProperty().addListener((obs, o, t) -> map.dragModeProperty().set(
                t == box ? MapView.DragMode.BOX : t == lasso ? MapView.DragMode.LASSO : MapView.DragMode.PAN));
        map.placeFilterProperty().addListener((obs, o, n) -> drawing.selectToggle(null));
        Button clear = new Button("Any place");
        clear.setId("mapClearRegion");
        clear.setTooltip(new Tooltip("Remove the Place filter"));
        clear.disableProperty().bind(map.placeFilterProperty().isNull());
        clear.setOnAction(e -> map.setPlaceFilter(null));
        CheckBox whole = new CheckBox("Whole range");
        whole.setId("mapWholeRange");
        whole.setTooltip(new Tooltip("Show the events of the whole filtered range, those in the timeline's window"
                + " highlighted; otherwise only the timeline's window"));
        map.showWholeRangeProperty().bind(whole.selectedProperty());
        // The pane may be narrow beside the timeline: the controls wrap rather than shrink to "...".
        FlowPane bar = new FlowPane(6, 4, fit, box, lasso, clear, whole);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 6, 3, 6));
        for (Node n : bar.getChildren()) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox.setVgrow(map, Priority.ALWAYS);
        getChildren().addAll(bar, map);
    }

    MapView map() {
        return map;
    }

    Layout mapLayout() {
        return layout;
    }

    /** True when the analyst chose where the map goes, rather than the window for them. */
    boolean layoutChosen() {
        return chosen;
    }

    /**
     * Where the map goes when the analyst has not said: beside the timeline when the middle of
     * the window is wide enough for the timeline to keep {@link #TIMELINE_BESIDE_MAP_FROM}
     * pixels beside it; else under the details, which leaves the timeline the whole middle (the
     * details rarely need the whole height); below the timeline when the details are hidden.
     */
    static Layout defaultFor(double middleWidth, boolean detailsShown) {
        return middleWidth * BESIDE_SHARE >= TIMELINE_BESIDE_MAP_FROM ? Layout.BESIDE
                : detailsShown ? Layout.UNDER_DETAILS : Layout.BELOW;
    }

    /**
     * Puts the map where the window starts it: where the analyst chose in an earlier run
     * ({@code remembered}), or else {@code fallback}, not remembered as a choice.
     */
    void start(Layout remembered, Layout fallback) {
        chosen = remembered != null;
        lastShown = fallback == Layout.HIDDEN ? Layout.BELOW : fallback;
        place(remembered != null ? remembered : fallback);
    }

    /** Hides the map, or shows it again where it was last shown (where the window first put it). */
    void showOrHide() {
        setLayout(layout == Layout.HIDDEN ? lastShown : Layout.HIDDEN);
    }

    /** The analyst's choice: the map beside or below the timeline, under the details, or away; remembered for the next run. */
    void setLayout(Layout next) {
        chosen = true;
        place(next);
    }

    /** Puts the map beside or below the timeline or under the details, or takes it away, keeping the timeline where it is. */
    private void place(Layout next) {
        if (next == layout) {
            return;
        }
        layout = next;
        keepTimelineRoom(false);
        host.getItems().remove(this);
        detailColumn.getItems().remove(this);
        if (next == Layout.HIDDEN) {
            return;
        }
        lastShown = next;
        // The timeline (or the details) gets most of the room, and what the window gains; the map what is left.
        SplitPane.setResizableWithParent(this, false);
        if (next == Layout.UNDER_DETAILS) {
            detailColumn.getItems().setAll(details, this);
            detailColumn.setDividerPositions(UNDER_DETAILS_SHARE);
            return;
        }
        host.setOrientation(next == Layout.BESIDE ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        host.getItems().setAll(timelineArea, this);
        host.setDividerPositions(next == Layout.BESIDE ? BESIDE_SHARE : BELOW_SHARE);
        // Below, the timeline keeps room for a few lanes however low the window: the map takes at most what is left.
        keepTimelineRoom(next == Layout.BELOW);
    }

    /** With the map below, the timeline at least {@link #TIMELINE_LEAST} high and the map at least {@link #LEAST_BELOW}. */
    private void keepTimelineRoom(boolean below) {
        if (timelineArea instanceof Region r) {
            r.setMinHeight(below ? TIMELINE_LEAST : Region.USE_COMPUTED_SIZE);
        }
        setMinHeight(below ? LEAST_BELOW : Region.USE_COMPUTED_SIZE);
    }
}
