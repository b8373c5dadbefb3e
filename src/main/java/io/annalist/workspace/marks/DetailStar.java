package io.annalist.workspace.marks;

import io.annalist.model.Event;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/** The star toggle in the details' header: ★ when the event being read is starred; a click stars or unstars it. */
public final class DetailStar extends ToggleButton {
    private final MarkKeeper book;
    private final ObjectProperty<Event> event;

    public DetailStar(MarkKeeper book, ObjectProperty<Event> event) {
        this.book = book;
        this.event = event;
        setId("detailStar");
        getStyleClass().add("star-toggle");
        setTooltip(new Tooltip("Star this event, or unstar it (S)"));
        setOnAction(e -> {
            book.toggleStar(event.get());
            update();
        });
        event.addListener((obs, o, n) -> update());
        book.attachedProperty().addListener((obs, o, n) -> update());
        update();
    }

    private void update() {
        Event e = event.get();
        setDisable(e == null);
        boolean on = book.isStarred(e);
        setSelected(on);
        // The star alone: the header is narrow; the tooltip says what it does.
        setText(on ? "★" : "☆");
    }
}
