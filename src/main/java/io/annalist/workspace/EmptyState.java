package io.annalist.workspace;

import java.util.function.BooleanSupplier;

import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Shown over the timeline when there is nothing to draw: why, and the way out. */
final class EmptyState extends VBox {
    private final Session session;
    private final EventStore store;
    private final BooleanSupplier loaded;
    private final Label message = new Label();
    private final Hyperlink clear = new Hyperlink("Clear filters");

    private BooleanSupplier loading = () -> false;

    /** Tells the empty state how to know that a load is under way ("Loading…" rather than "No events"). */
    void setLoading(BooleanSupplier loading) {
        this.loading = loading;
        refresh();
    }

    EmptyState(Session session, BooleanSupplier loaded) {
        super(6);
        this.session = session;
        this.store = session.store();
        this.loaded = loaded;
        setId("emptyState");
        setAlignment(Pos.CENTER);
        setPickOnBounds(false);
        getStyleClass().add("empty-state");
        clear.setId("emptyClearFilters");
        clear.setOnAction(e -> session.setFilter(EventFilter.NONE));
        getChildren().addAll(message, clear);
        store.filteredEvents().addListener((ListChangeListener<Event>) c -> refresh());
        store.datasetProperty().addListener((obs, o, d) -> refresh());
        refresh();
    }

    /** What the state says now ("Loading…", "No events match the filters."…), for other empty views. */
    javafx.beans.value.ObservableStringValue messageText() {
        return message.textProperty();
    }

    void refresh() {
        boolean noneLoaded = store.allEvents().isEmpty();
        boolean noneMatch = !noneLoaded && store.filteredEvents().isEmpty();
        setVisible(noneLoaded || noneMatch);
        setMouseTransparent(!isVisible());
        clear.setVisible(noneMatch);
        message.setText(noneMatch ? "No events match the filters." : loading.getAsBoolean() ? "Loading…"
                : loaded.getAsBoolean() ? "This file holds no events." : "No events loaded. Open a file with Ctrl+O.");
    }
}
