package io.annalist.workspace.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * Chooses actors (or sources) of the file by name: the chosen ones as chips with ×, a field
 * that offers the names as you type (Enter takes the first that matches), and "New…" for one
 * the file does not have yet. One or many, as the field takes. FX thread.
 */
final class EntryPicker extends VBox {
    /** The actors or sources to choose from, by id, and how a new one is made. */
    static final class Catalog {
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Function<String, String> create;
        private final String what;

        /**
         * @param create asks for a new entry, the name typed so far given; returns its id, or null when
         *               the analyst gave up
         */
        Catalog(String what, Map<String, String> names, Function<String, String> create) {
            this.what = what;
            this.names.putAll(names);
            this.create = create;
        }

        void add(String id, String name) {
            names.put(id, name);
        }

        String name(String id) {
            return names.getOrDefault(id, id);
        }

        /** The ids whose names (or ids) contain {@code typed}, names starting with it first. */
        List<String> matching(String typed) {
            String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
            List<String> first = new ArrayList<>();
            List<String> rest = new ArrayList<>();
            names.forEach((id, name) -> {
                String n = name.toLowerCase(Locale.ROOT);
                if (n.startsWith(t)) {
                    first.add(id);
                } else if (n.contains(t) || id.contains(t)) {
                    rest.add(id);
                }
            });
            first.addAll(rest);
            return first;
        }

        /** The id of the entry called exactly {@code name}, or null. */
        String byName(String name) {
            String n = name.strip();
            for (Map.Entry<String, String> e : names.entrySet()) {
                if (e.getValue().equalsIgnoreCase(n) || e.getKey().equals(n)) {
                    return e.getKey();
                }
            }
            return null;
        }
    }

    private final Catalog catalog;
    private final boolean many;
    private final Runnable changed;
    private final List<String> ids = new ArrayList<>();
    /** The chosen, as chips; a long name wraps inside its chip rather than widen the form. */
    private final FlowPane chips = new FlowPane(4, 4) {
        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + snappedRightInset();
        }
    };
    private final TextField field = new TextField();
    private final Button create = new Button("New…");
    private volatile String typed = "";

    EntryPicker(Catalog catalog, boolean many, Runnable changed) {
        super(4);
        this.catalog = catalog;
        this.many = many;
        this.changed = changed;
        field.setPromptText("Type a name of the file (" + catalog.what + "), Enter to add");
        field.getStyleClass().add("entry-field");
        // Names are looked up off the FX thread: a request for text no longer in the field (taken
        // with Enter meanwhile) offers nothing, so no stale list pops up under an empty field.
        field.textProperty().addListener((o, a, now) -> typed = now);
        var completion = TextFields.bindAutoCompletion(field, req -> req.getUserText() == null
                || req.getUserText().isBlank() || !req.getUserText().equals(typed) ? List.<String>of()
                : catalog.matching(req.getUserText()).stream().limit(12).map(catalog::name).toList());
        completion.setOnAutoCompleted(e -> addTyped());
        var popup = completion.getAutoCompletionPopup();
        // A list that arrives after its name was taken (or the field left) is no offer any more.
        popup.setOnShown(e -> {
            if (field.getText() == null || field.getText().isBlank() || !field.isFocused()) {
                // Not while it is being shown: the popup is not wholly up yet.
                javafx.application.Platform.runLater(popup::hide);
            } else if (popup.getSkin() != null && popup.getSkin().getNode() instanceof javafx.scene.control.ListView<?> l) {
                // Enter takes the first offer, as it does before the list is up: never nothing.
                l.getSelectionModel().selectFirst();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
            }
        });
        field.textProperty().addListener((o, a, now) -> {
            if (now == null || now.isBlank()) {
                popup.hide();
            }
        });
        completion.prefWidthProperty().bind(field.widthProperty());
        field.setOnAction(e -> addTyped());
        create.setTooltip(new Tooltip("A " + catalog.what + " the file does not have yet"));
        create.setOnAction(e -> {
            String id = catalog.create.apply(field.getText());
            if (id != null) {
                add(id);
                field.clear();
            }
        });
        create.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox row = new HBox(4, field, create);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);
        getChildren().addAll(chips, row);
        chips.managedProperty().bind(chips.visibleProperty());
        chips.setVisible(false);
    }

    /** The text field, for tests and for focus. */
    TextField field() {
        return field;
    }

    List<String> ids() {
        return List.copyOf(ids);
    }

    void setIds(List<String> chosen) {
        ids.clear();
        ids.addAll(chosen);
        rebuild();
    }

    /** Takes the entry whose name is typed, or the first that matches; a name no entry has asks for a new one. */
    private void addTyped() {
        String typed = field.getText();
        if (typed == null || typed.isBlank()) {
            return;
        }
        String id = catalog.byName(typed);
        if (id == null) {
            List<String> m = catalog.matching(typed);
            id = m.isEmpty() ? catalog.create.apply(typed) : m.get(0);
        }
        if (id != null) {
            add(id);
            field.clear();
        }
    }

    private void add(String id) {
        if (!many) {
            ids.clear();
        }
        if (!ids.contains(id)) {
            ids.add(id);
        }
        rebuild();
    }

    private void rebuild() {
        chips.getChildren().clear();
        for (String id : ids) {
            Label name = new Label(catalog.name(id));
            name.setWrapText(true);
            name.setMinWidth(0);
            Button remove = new Button("×");
            remove.getStyleClass().add("chip-remove");
            remove.setTooltip(new Tooltip("Remove " + catalog.name(id)));
            remove.setOnAction(e -> {
                ids.remove(id);
                rebuild();
            });
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("filter-chip");
            chip.maxWidthProperty().bind(chips.widthProperty());
            chips.getChildren().add(chip);
        }
        chips.setVisible(!ids.isEmpty());
        changed.run();
    }
}
