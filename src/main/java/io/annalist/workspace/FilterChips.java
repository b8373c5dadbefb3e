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
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The active filters as removable chips ("Actor: Shoigu ×"), and Clear all, in a row above the
 * timeline that is there with no filter too ("No filters"), so a chip never moves what is under
 * the pointer. The row never grows: chips that do not fit share it, shortened with "…" down to
 * a few words (each tooltip gives its chip whole); those that still do not fit are listed under
 * "+N more" (each removable there), and Clear all keeps its full width at the end.
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
        widthProperty().addListener((obs, o, w) -> refresh());
        refresh();
    }

    /** The narrowest a chip is shortened to before it goes under "+N more". */
    static final double CHIP_MIN = 130;

    /** The chips of the filter, in order: what each says and the filter without it. */
    private final java.util.List<java.util.Map.Entry<String, EventFilter>> chips = new java.util.ArrayList<>();

    private void refresh() {
        getChildren().clear();
        chips.clear();
        EventFilter f = session.getFilter();
        if (f.isEmpty()) {
            javafx.scene.control.Label none = new javafx.scene.control.Label("No filters: every event is shown");
            none.setId("noFilters");
            none.getStyleClass().add("hint");
            none.setMinWidth(0);
            getChildren().add(none);
            return;
        }
        // In an order that does not change with the row's width: actors by name, kinds as the legend has them.
        for (String a : f.actors().stream().sorted(java.util.Comparator.comparing(
                (String id) -> store.actorNames().getOrDefault(id, id))).toList()) {
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
        for (EventKind k : f.kinds().stream().sorted().toList()) {
            Set<EventKind> rest = new HashSet<>(f.kinds());
            rest.remove(k);
            chip("Kind: " + k.label(), f.withKinds(rest));
        }
        if (f.from() != null && f.to() != null) {
            chip("Dates: " + DateText.humanDays(f.from(), f.to()), f.withWindow(null, null));
        } else if (f.from() != null) {
            chip("Dates: from " + DateText.human(f.from(), Precision.DAY), f.withWindow(null, null));
        } else if (f.to() != null) {
            chip("Dates: until " + DateText.human(f.to() - 1, Precision.DAY), f.withWindow(null, null));
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
        java.util.List<Button> buttons = new java.util.ArrayList<>();
        for (var c : chips) {
            buttons.add(chipButton(c.getKey(), c.getValue()));
        }
        getChildren().addAll(buttons);
        getChildren().add(clear);
        double room = getWidth() - snappedLeftInset() - snappedRightInset();
        if (room <= 0 || getScene() == null) {
            return; // not laid out yet: the first width given lays the row out again
        }
        // Widths from the chips' text in their font (the row's CSS may not be applied yet while it is laid out).
        // As many chips as fit, the widest shortened first (never below CHIP_MIN, and keeping the start of
        // their words: "Actor: Sergei Sh…"); the rest under "+N more".
        double[] widths = null;
        int shown = buttons.size();
        for (; shown > 0; shown--) {
            double more = shown == buttons.size() ? 0 : wide("+" + (chips.size() - shown) + " more") + ARROW
                    + getSpacing();
            widths = fitting(shown, room - wide(clear.getText()) - more);
            if (widths != null) {
                break;
            }
        }
        for (int i = 0; i < shown; i++) {
            Button b = buttons.get(i);
            if (widths[i] < wide(b.getText()) - 0.5) {
                b.setText(shortened(chips.get(i).getKey(), widths[i]));
            }
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (shown < buttons.size()) {
            getChildren().removeAll(buttons.subList(shown, buttons.size()));
            MenuButton more = new MenuButton("+" + (buttons.size() - shown) + " more");
            more.getStyleClass().addAll("filter-chip", "more-filters");
            more.setId("moreFilters");
            more.setMinWidth(Region.USE_PREF_SIZE);
            more.setTooltip(new Tooltip("The filters that do not fit in this row; choose one to remove it"));
            for (var c : chips.subList(shown, chips.size())) {
                MenuItem item = new MenuItem(c.getKey() + "  ×");
                EventFilter without = c.getValue();
                item.setOnAction(e -> session.setFilter(without));
                more.getItems().add(item);
            }
            getChildren().add(getChildren().size() - 1, more);
        }
    }

    /** A chip's padding and border around its text; a menu button's arrow. */
    private static final double PADDING = 20;
    private static final double ARROW = 16;
    private static final javafx.scene.text.Font CHIP_FONT = javafx.scene.text.Font.font(12);

    /** About how wide a chip (or Clear all) with {@code text} is drawn: its text in the chips' font, and its padding. */
    static double wide(String text) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(CHIP_FONT);
        return Math.ceil(t.getLayoutBounds().getWidth()) + PADDING;
    }

    /**
     * The widths of the first {@code count} chips in {@code room}, the widest shortened first down to
     * {@link #CHIP_MIN}; null when they do not fit even so.
     */
    private double[] fitting(int count, double room) {
        double[] w = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            w[i] = wide(chips.get(i).getKey() + X);
            sum += w[i] + getSpacing();
        }
        while (sum > room) {
            int widest = 0;
            for (int i = 1; i < count; i++) {
                widest = w[i] > w[widest] ? i : widest;
            }
            double min = Math.min(CHIP_MIN, wide(chips.get(widest).getKey() + X));
            if (w[widest] <= min) {
                return null;
            }
            double next = Math.max(min, w[widest] - (sum - room));
            sum -= w[widest] - next;
            w[widest] = next;
        }
        return w;
    }

    /** {@code text} cut at its end to a chip {@code width} wide: "Actor: Sergei Sh…  ×". */
    static String shortened(String text, double width) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (wide(text.substring(0, mid).stripTrailing() + "…" + X) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + "…" + X;
    }

    /** What a chip shows after its text: the sign that clicking removes it. */
    private static final String X = "  ×";

    private void chip(String text, EventFilter without) {
        chips.add(java.util.Map.entry(text, without));
    }

    private Button chipButton(String text, EventFilter without) {
        Button chip = new Button(text + X);
        chip.getStyleClass().add("filter-chip");
        chip.setTooltip(new Tooltip(text + "\nClick to remove this filter"));
        // Shortened when the row is full, down to a few words (set once laid out); below that the chip goes
        // under "+N more".
        chip.setOnAction(e -> session.setFilter(without));
        return chip;
    }
}
