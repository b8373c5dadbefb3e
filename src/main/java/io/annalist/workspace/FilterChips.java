package io.annalist.workspace;

import java.util.HashSet;
import java.util.Set;

import io.annalist.model.Confidence;
import io.annalist.model.DateText;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.model.EventStore;
import io.annalist.model.Precision;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The active filters as removable chips ("Actor: Shoigu ×"), and Clear all, in a row above the
 * timeline that is there with no filter too ("No filters"), so a chip never moves what is under
 * the pointer. The row never grows: chips that do not fit share it, shortened with "…" (each
 * tooltip gives its chip whole), and Clear all keeps its full width at their end.
 */
final class FilterChips extends HBox {
    private final Session session;
    private final EventStore store;

    FilterChips(Session session) {
        super(4);
        this.session = session;
        this.store = session.store();
        setId("filterChips");
        getStyleClass().add("filter-chips");
        setPadding(new javafx.geometry.Insets(3, 6, 3, 6));
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // One row, always there, never more: a new chip moves nothing under the pointer.
        setMinHeight(30);
        setPrefHeight(30);
        setMaxHeight(30);
        setMinWidth(0);
        session.filterProperty().addListener((obs, o, f) -> refresh());
        store.datasetProperty().addListener((obs, o, d) -> refresh());
        refresh();
    }

    private void refresh() {
        getChildren().clear();
        EventFilter f = session.getFilter();
        if (f.isEmpty()) {
            javafx.scene.control.Label none = new javafx.scene.control.Label("No filters: every event is shown");
            none.setId("noFilters");
            none.getStyleClass().add("hint");
            none.setMinWidth(0);
            getChildren().add(none);
            return;
        }
        for (String a : f.actors()) {
            Set<String> rest = new HashSet<>(f.actors());
            rest.remove(a);
            chip("Actor: " + store.actorNames().getOrDefault(a, a), f.withActors(rest, f.allActors()));
        }
        if (f.actors().size() > 1 && f.allActors()) {
            chip("All of the actors", f.withActors(f.actors(), false));
        }
        if (f.includeAffiliated() && !f.actors().isEmpty()) {
            chip("With affiliated actors", f.withIncludeAffiliated(false));
        }
        for (EventKind k : f.kinds()) {
            Set<EventKind> rest = new HashSet<>(f.kinds());
            rest.remove(k);
            chip("Kind: " + k.label(), f.withKinds(rest));
        }
        if (f.from() != null && f.to() != null) {
            chip("Dates: " + DateText.humanDays(f.from(), f.to()), f.withWindow(null, null));
        } else if (f.from() != null || f.to() != null) {
            String from = f.from() == null ? "…" : DateText.human(f.from(), Precision.DAY);
            String to = f.to() == null ? "…" : DateText.human(f.to() - 1, Precision.DAY);
            chip("Dates: " + from + " – " + to, f.withWindow(null, null));
        }
        if (!f.text().isEmpty()) {
            chip("Text: \"" + f.text() + "\"", f.withText(""));
        }
        for (Confidence c : f.confidences()) {
            Set<Confidence> rest = new HashSet<>(f.confidences());
            rest.remove(c);
            chip("Confidence: " + c.jsonName(), f.withConfidences(rest));
        }
        if (f.place() != null) {
            chip(f.place().describe(), f.withPlace(null));
        }
        io.annalist.model.MarkFacet mine = f.marks();
        if (mine.starred()) {
            chip("Mine: starred", f.withMarks(mine.withStarred(false)));
        }
        if (mine.withNotes()) {
            chip("Mine: with notes", f.withMarks(mine.withNotes(false)));
        }
        for (String t : new java.util.TreeSet<>(mine.tags())) {
            Set<String> rest = new HashSet<>(mine.tags());
            rest.remove(t);
            chip("Mine: " + t, f.withMarks(mine.withTags(rest)));
        }
        Button clear = new Button("Clear all");
        clear.setId("clearFilters");
        clear.getStyleClass().add("clear-filters");
        clear.setOnAction(e -> session.setFilter(EventFilter.NONE));
        clear.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(clear);
    }

    private void chip(String text, EventFilter without) {
        Button chip = new Button(text + "  ×");
        chip.getStyleClass().add("filter-chip");
        chip.setTooltip(new Tooltip(text + "\nClick to remove this filter"));
        // Short chips keep their words; long ones give up the room when the row is full.
        chip.setMinWidth(text.length() <= 24 ? Region.USE_PREF_SIZE : 0);
        chip.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        chip.setOnAction(e -> session.setFilter(without));
        getChildren().add(chip);
    }
}
