package io.annalist.workspace;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The {@link Notifier} of the window: a bar in the layout above the status line ("Exported …",
 * "Could not load …"). It takes room of its own while it shows and gives it back when it
 * goes, so it never covers the search box, the axis or anything else the analyst may need
 * while reading it; at the foot, it moves nothing at the top of the window when it comes. FX
 * thread.
 */
final class MessageBar extends HBox implements Notifier {
    private final Label text = new Label();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");

    MessageBar() {
        super(8);
        setId("notifications");
        getStyleClass().addAll("load-banner", "message-bar");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("notificationText");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button("×");
        dismiss.setId("notificationDismiss");
        dismiss.getStyleClass().add("dismiss");
        dismiss.setTooltip(new Tooltip("Dismiss this message"));
        dismiss.setOnAction(e -> hide());
        getChildren().addAll(text, dismiss);
        showing.addListener((obs, was, now) -> {
            setVisible(now);
            setManaged(now);
        });
        setVisible(false);
        setManaged(false);
    }

    @Override
    public void show(String message) {
        text.setText(message);
        showing.set(true);
    }

    @Override
    public void tell(String message) {
        if (!(isShowing() && message.equals(getText()))) {
            show(message);
        }
    }

    @Override
    public void hide() {
        showing.set(false);
    }

    /** What the bar says (also after it was hidden). */
    String getText() {
        return text.getText();
    }

    boolean isShowing() {
        return showing.get();
    }

    ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}
