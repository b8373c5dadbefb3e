package io.annalist.workspace;

import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimelineView;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Shown over the timeline when it has nothing to draw, saying why and offering the way out:
 * loading, no file, an empty file, nothing matching the filters ("Clear filters"), or matching
 * events that are all outside the time on screen ("Show them" fits the view to them). FX thread.
 */
final class EmptyState extends VBox {
    private final Session session;
    private final TimelineView timeline;
    private final ReadOnlyBooleanProperty loading;
    private final Label message = new Label();
    private final Hyperlink clear = new Hyperlink("Clear filters");
    private final Hyperlink showThem = new Hyperlink("Show them");

    EmptyState(Session session, TimelineView timeline, ReadOnlyBooleanProperty loading) {
        super(6);
        this.session = session;
        this.timeline = timeline;
        this.loading = loading;
        setId("emptyState");
        setAlignment(Pos.CENTER);
        setPickOnBounds(false);
        getStyleClass().add("empty-state");
        message.setId("emptyMessage");
        message.setWrapText(true);
        clear.setId("emptyClearFilters");
        clear.setOnAction(e -> session.setFilter(EventFilter.NONE));
        showThem.setId("emptyShowThem");
        showThem.setOnAction(e -> timeline.fitAll());
        getChildren().addAll(message, clear, showThem);
        EventStore store = session.store();
        store.filteredEvents().addListener((ListChangeListener<Event>) c -> refresh());
        store.datasetProperty().addListener((obs, o, d) -> refresh());
        session.locationProperty().addListener((obs, o, w) -> refresh());
        // The events change before the session's filter says so: look again when it does.
        session.filterProperty().addListener((obs, o, f) -> refresh());
        loading.addListener((obs, o, n) -> refresh());
        timeline.visibleWindowProperty().addListener((obs, o, w) -> refresh());
        timeline.lanesProperty().addListener((obs, o, l) -> refresh());
        timeline.arrangingProperty().addListener((obs, o, a) -> refresh());
        refresh();
    }

    /** What the state says now ("Loading…", "No events match the filters."…), for other empty views. */
    ObservableStringValue messageText() {
        return message.textProperty();
    }

    private void refresh() {
        EventStore store = session.store();
        int matching = store.filteredEvents().size();
        boolean noneLoaded = store.allEvents().isEmpty();
        boolean noneMatch = !noneLoaded && matching == 0;
        boolean outside = !noneLoaded && matching > 0 && !session.getFilter().isEmpty() && noneInView();
        setVisible(noneLoaded || noneMatch || outside);
        setMouseTransparent(!isVisible());
        show(clear, noneMatch);
        show(showThem, outside);
        if (outside) {
            message.setText(String.format("%,d matching event%s %s outside the view —", matching,
                    matching == 1 ? "" : "s", matching == 1 ? "is" : "are"));
            showThem.setText(matching == 1 ? "Show it" : "Show them");
        } else {
            message.setText(noneMatch ? "No events match the filters." : loading.get() ? "Loading…"
                    : session.getLocation() != null ? "This file holds no events."
                    : "No events loaded. Open a file with Ctrl+O.");
        }
    }

    /** True when the lanes on screen are those of the filtered events and none of them is in the time shown. */
    private boolean noneInView() {
        TimeWindow w = timeline.getVisibleWindow();
        var events = timeline.getLanes().all();
        return w != null && !timeline.isArranging() && events.size() == session.store().filteredEvents().size()
                && !events.anyOverlapping(w.start(), w.end());
    }

    private static void show(Hyperlink link, boolean on) {
        link.setVisible(on);
        link.setManaged(on);
    }
}
