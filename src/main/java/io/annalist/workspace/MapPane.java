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
 * The map pane beside or below the timeline: a small toolbar (Fit to events, Box and Lasso for
 * the Place filter, the whole filtered range or only the timeline's window) over a
 * {@link MapView} linked to the timeline: the same filtered events, the timeline's visible
 * window, one selection and one hover, and the Place filter kept in the store's filter (so it
 * has its chip, is cleared with the others and is remembered with them). Call on the FX thread.
 */
final class MapPane extends VBox {
    /** Where the map goes. */
    enum Layout { BESIDE, BELOW, HIDDEN }

    private final MapView map = new MapView();
    private final SplitPane host;
    private final Node timelineArea;
    private Layout layout = Layout.HIDDEN;
    /** Where the map was last shown, so hiding and showing it again puts it back there. */
    private Layout lastShown = Layout.BESIDE;

    MapPane(Session session, TimelineView timeline, SplitPane host, Node timelineArea) {
        EventStore store = session.store();
        this.host = host;
        this.timelineArea = timelineArea;
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

    /** Hides the map, or shows it again where it was last shown (beside the timeline the first time). */
    void showOrHide() {
        setLayout(layout == Layout.HIDDEN ? lastShown : Layout.HIDDEN);
    }

    /** Puts the map beside or below the timeline, or takes it away, keeping the timeline where it is. */
    void setLayout(Layout next) {
        if (next == layout) {
            return;
        }
        layout = next;
        host.getItems().remove(this);
        if (next == Layout.HIDDEN) {
            return;
        }
        lastShown = next;
        host.setOrientation(next == Layout.BESIDE ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        host.getItems().setAll(timelineArea, this);
        // The timeline gets most of the room, and what the window gains; the map what is left.
        SplitPane.setResizableWithParent(this, false);
        // Below, half: a map much lower than wide can only show a region by zooming out to the world.
        host.setDividerPositions(next == Layout.BESIDE ? 0.68 : 0.5);
    }
}
