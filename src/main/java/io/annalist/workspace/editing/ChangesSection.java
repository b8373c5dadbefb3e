package io.annalist.workspace.editing;

import java.util.List;

import io.annalist.editing.EditedData;
import io.annalist.model.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The end of an event's details: where the analyst changed an imported row, the provider's
 * value beside the new one ("troops 1,500–3,000, changed from the provider's value
 * 1,000–3,000"), and the event's history of changes, oldest first. Nothing for an event never
 * changed. FX thread.
 */
final class ChangesSection {
    private ChangesSection() {
    }

    /** The section for {@code e}, or null when it was never changed. */
    static Node of(EditedData d, Event e) {
        if (d == null || e == null) {
            return null;
        }
        List<String> provider = d.providerValues(e.id());
        List<String> history = d.history(e.id());
        if (provider.isEmpty() && history.isEmpty()) {
            return null;
        }
        VBox box = new VBox(2);
        box.setId("detailChanges");
        if (!provider.isEmpty()) {
            box.getChildren().add(heading("Changed from the provider's value"));
            provider.forEach(line -> box.getChildren().add(line(line, "detail-provider-value")));
        }
        if (!history.isEmpty()) {
            box.getChildren().add(heading("Changes"));
            history.forEach(line -> box.getChildren().add(line(line, "detail-change")));
        }
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("detail-heading");
        return l;
    }

    private static Label line(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
