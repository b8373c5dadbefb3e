package io.annalist.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.annalist.model.Actor;
import io.annalist.model.Dataset;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.model.FacetCounts;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckTreeView;

/**
 * Choose actors: a checkable tree grouped by affiliation (Russia → Putin, Shoigu) with a
 * count of events per actor, a search box, all/none, "any of" or "all of" the chosen, and
 * whether choosing an actor includes those affiliated with it. No actor chosen means no
 * restriction.
 */
final class ActorFilter extends VBox {
    /** One row of the tree: an actor, how many of the events shown and of all events involve it. */
    record Row(String id, String name, int shown, int count, boolean filtered) {
        @Override
        public String toString() {
            return name + "  " + FacetCounts.shownOf(shown, count, filtered);
        }
    }

    private final Session session;
    private final EventStore store;
    private final CheckTreeView<Row> tree = new CheckTreeView<>();
    private final TextField search = new TextField();
    private final RadioButton any = new RadioButton("any of");
    private final RadioButton all = new RadioButton("all of");
    private final CheckBox affiliated = new CheckBox("include affiliated actors");
    private final Map<String, CheckBoxTreeItem<Row>> items = new HashMap<>();
    private final ReadOnlyObjectProperty<FacetCounts> shown;
    private boolean syncing;

    ActorFilter(Session session, ReadOnlyObjectProperty<FacetCounts> shown) {
        this.session = session;
        this.store = session.store();
        this.shown = shown;
        setSpacing(6);
        setPadding(new Insets(4, 0, 4, 0));
        search.setPromptText("Find an actor…");
        search.setId("actorSearch");
        tree.setId("actorTree");
        tree.setShowRoot(false);
        tree.setPrefHeight(240);
        // A long name is shortened in its middle with "…", so the end of the name and the count stay in
        // sight, and the tooltip gives it whole; the tree never scrolls sideways.
        tree.setCellFactory(t -> new javafx.scene.control.cell.CheckBoxTreeCell<>() {
            {
                setPrefWidth(0);
                setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
                setEllipsisString("…");
            }

            @Override
            public void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null : new Tooltip(row.toString()));
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        ToggleGroup match = new ToggleGroup();
        any.setToggleGroup(match);
        all.setToggleGroup(match);
        any.setSelected(true);
        any.setId("actorsAny");
        all.setId("actorsAll");
        any.setTooltip(new Tooltip("Show events that involve at least one of the chosen actors"));
        all.setTooltip(new Tooltip("Show only events that involve every chosen actor"));
        affiliated.setId("includeAffiliated");
        affiliated.setTooltip(new Tooltip("Choosing Russia then also shows the events of Putin, Shoigu and other"
                + " actors affiliated with Russia"));
        Button allButton = new Button("All");
        allButton.setTooltip(new Tooltip("Check every actor shown"));
        allButton.setOnAction(e -> setAll(true));
        Button none = new Button("None");
        none.setTooltip(new Tooltip("Uncheck every actor: no actor restriction"));
        none.setOnAction(e -> setAll(false));
        // Wraps in a narrow pane rather than cutting its words to "a…" and "N…".
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 6, any, all, allButton, none);
        row.prefWrapLengthProperty().bind(widthProperty());
        for (javafx.scene.Node n : row.getChildren()) {
            ((javafx.scene.layout.Region) n).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().addAll(search, row, affiliated, tree);

        search.textProperty().addListener((obs, o, n) -> rebuild());
        match.selectedToggleProperty().addListener((obs, o, n) -> apply());
        affiliated.selectedProperty().addListener((obs, o, n) -> apply());
        store.datasetProperty().addListener((obs, o, d) -> rebuild());
        session.filterProperty().addListener((obs, o, f) -> syncFrom(f));
        shown.addListener((obs, o, c) -> recount());
        rebuild();
    }

    /** Gives every row the counts of now, keeping the tree as it is (open branches, scroll, checks). */
    private void recount() {
        boolean filtered = shown.get().events() < store.allEvents().size();
        Map<String, Integer> counts = shown.get().actors();
        for (CheckBoxTreeItem<Row> item : items.values()) {
            Row r = item.getValue();
            Row now = new Row(r.id(), r.name(), counts.getOrDefault(r.id(), 0), r.count(), filtered);
            if (!now.equals(r)) {
                item.setValue(now);
            }
        }
    }

    private void rebuild() {
        syncing = true;
        try {
            Dataset d = store.getDataset();
            Map<String, Integer> counts = store.actorCounts();
            String needle = search.getText() == null ? "" : search.getText().strip().toLowerCase(Locale.ROOT);
            Map<String, List<Actor>> children = new HashMap<>();
            List<Actor> roots = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            d.actors().forEach(a -> ids.add(a.id()));
            for (Actor a : d.actors()) {
                if (a.affiliation() != null && ids.contains(a.affiliation()) && !a.affiliation().equals(a.id())) {
                    children.computeIfAbsent(a.affiliation(), k -> new ArrayList<>()).add(a);
                } else {
                    roots.add(a);
                }
            }
            Comparator<Actor> order = Comparator.comparing((Actor a) -> -counts.getOrDefault(a.id(), 0))
                    .thenComparing(Actor::name);
            roots.sort(order);
            CheckBoxTreeItem<Row> root = new CheckBoxTreeItem<>();
            items.clear();
            Set<String> chosen = session.getFilter().actors();
            for (Actor a : roots) {
                CheckBoxTreeItem<Row> item = item(a, counts, children, order, needle, chosen, new HashSet<>());
                if (item != null) {
                    root.getChildren().add(item);
                }
            }
            tree.setRoot(root);
            for (String id : chosen) {
                CheckBoxTreeItem<Row> item = items.get(id);
                if (item != null) {
                    tree.getCheckModel().check(item);
                }
            }
        } finally {
            syncing = false;
        }
    }

    /** The tree item for {@code a} and its affiliates, or null when neither it nor they match the search. */
    private CheckBoxTreeItem<Row> item(Actor a, Map<String, Integer> counts, Map<String, List<Actor>> children,
                                       Comparator<Actor> order, String needle, Set<String> chosen, Set<String> seen) {
        if (!seen.add(a.id())) {
            return null;
        }
        CheckBoxTreeItem<Row> item = new CheckBoxTreeItem<>(new Row(a.id(), a.name(),
                shown.get().actors().getOrDefault(a.id(), 0), counts.getOrDefault(a.id(), 0),
                shown.get().events() < store.allEvents().size()));
        item.setIndependent(true);
        item.setExpanded(true);
        List<Actor> kids = new ArrayList<>(children.getOrDefault(a.id(), List.of()));
        kids.sort(order);
        for (Actor k : kids) {
            CheckBoxTreeItem<Row> child = item(k, counts, children, order, needle, chosen, seen);
            if (child != null) {
                item.getChildren().add(child);
            }
        }
        boolean matches = needle.isEmpty() || a.name().toLowerCase(Locale.ROOT).contains(needle)
                || a.id().toLowerCase(Locale.ROOT).contains(needle);
        if (!matches && item.getChildren().isEmpty()) {
            return null;
        }
        item.selectedProperty().addListener((obs, o, n) -> apply());
        items.put(a.id(), item);
        return item;
    }

    private void setAll(boolean checked) {
        syncing = true;
        try {
            for (CheckBoxTreeItem<Row> item : items.values()) {
                item.setSelected(checked);
            }
        } finally {
            syncing = false;
        }
        apply();
    }

    /** Writes the checked actors into the store's filter. Actors hidden by the search keep their state. */
    private void apply() {
        if (syncing) {
            return;
        }
        Set<String> chosen = new HashSet<>(session.getFilter().actors());
        for (Map.Entry<String, CheckBoxTreeItem<Row>> e : items.entrySet()) {
            if (e.getValue().isSelected()) {
                chosen.add(e.getKey());
            } else {
                chosen.remove(e.getKey());
            }
        }
        EventFilter f = session.getFilter().withActors(chosen, all.isSelected())
                .withIncludeAffiliated(affiliated.isSelected());
        session.setFilter(f);
    }

    private void syncFrom(EventFilter f) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            for (Map.Entry<String, CheckBoxTreeItem<Row>> e : items.entrySet()) {
                e.getValue().setSelected(f.actors().contains(e.getKey()));
            }
            all.setSelected(f.allActors());
            any.setSelected(!f.allActors());
            affiliated.setSelected(f.includeAffiliated());
        } finally {
            syncing = false;
        }
    }

    TextField searchField() {
        return search;
    }
}
