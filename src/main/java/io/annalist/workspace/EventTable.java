package io.annalist.workspace;

import java.util.Map;
import java.util.stream.Collectors;

import io.annalist.model.Event;
import io.annalist.model.EventStore;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The events passing the filter as a sortable table: date (as precisely as known), kind,
 * title, actors and place. Cells show file text as plain text.
 */
public final class EventTable extends TableView<Event> {

    public EventTable(EventStore store) {
        setId("eventTable");
        // In time order the table shows the store's list itself; a sorted view is made only while
        // a column sorts it, for it follows every change of a million rows with work of its own.
        setItems(store.sortedEvents());
        setSortPolicy(table -> {
            sortBy(store, getComparator());
            return true;
        });
        setPlaceholder(new Label("No events to show."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Event, Event> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        date.setComparator(io.annalist.model.TimeOrder.EVENTS);
        date.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.when().label());
            }
        });
        date.setPrefWidth(170);

        TableColumn<Event, String> kind = new TableColumn<>("Kind");
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().kind().label()));
        kind.setPrefWidth(130);

        TableColumn<Event, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().displayTitle()));
        title.setPrefWidth(420);

        TableColumn<Event, String> actors = new TableColumn<>("Actors");
        actors.setCellValueFactory(c -> new ReadOnlyStringWrapper(actorNames(store, c.getValue())));
        actors.setPrefWidth(220);

        TableColumn<Event, String> place = new TableColumn<>("Place");
        place.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().where() == null ? "" : c.getValue().where().describe()));
        place.setPrefWidth(200);

        getColumns().setAll(java.util.List.of(date, kind, title, actors, place));
    }

    private void sortBy(EventStore store, java.util.Comparator<Event> order) {
        Event selected = getSelectionModel().getSelectedItem();
        if (order == null) {
            if (getItems() != store.sortedEvents()) {
                setItems(store.sortedEvents());
            }
        } else if (getItems() instanceof SortedList<Event> sorted) {
            sorted.setComparator(order);
        } else {
            setItems(new SortedList<>(store.sortedEvents(), order));
        }
        if (selected != null && getSelectionModel().getSelectedItem() != selected) {
            getSelectionModel().select(selected);
            scrollTo(selected);
        }
    }

    private static String actorNames(EventStore store, Event e) {
        Map<String, String> names = store.actorNames();
        return e.actors().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }
}
