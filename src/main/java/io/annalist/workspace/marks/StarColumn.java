package io.annalist.workspace.marks;

import io.annalist.model.Event;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The table's star column: ★ for an event the analyst starred, ☆ otherwise; a click on it
 * stars or unstars the row's event. Sorting by it puts the starred events together. FX thread.
 */
public final class StarColumn {
    private StarColumn() {
    }

    public static TableColumn<Event, Boolean> create(MarkKeeper book) {
        TableColumn<Event, Boolean> star = new TableColumn<>();
        star.setId("starColumn");
        // The header is the star alone (the column is narrow); its tooltip says what the column is.
        Label header = new Label("★");
        header.setId("starColumnHeader");
        header.setTooltip(new Tooltip("Starred: click a row's star to star or unstar its event (S);"
                + " click here to sort the starred events together"));
        star.setGraphic(header);
        star.setCellValueFactory(c -> {
            Event e = c.getValue();
            return Bindings.createBooleanBinding(() -> book.isStarred(e), book.attachedProperty());
        });
        star.setCellFactory(col -> new TableCell<>() {
            {
                getStyleClass().add("star-cell");
                setTooltip(new Tooltip("Star or unstar this event (S)"));
                setOnMouseClicked(ev -> {
                    Event e = getTableRow() == null ? null : getTableRow().getItem();
                    if (e != null && ev.getClickCount() == 1) {
                        book.toggleStar(e);
                        ev.consume();
                    }
                });
            }

            @Override
            protected void updateItem(Boolean starred, boolean empty) {
                super.updateItem(starred, empty);
                setText(empty || starred == null ? null : starred ? "★" : "☆");
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("starred"),
                        !empty && Boolean.TRUE.equals(starred));
            }
        });
        star.setPrefWidth(34);
        star.setMinWidth(30);
        star.setMaxWidth(40);
        star.setResizable(false);
        return star;
    }
}
