package io.annalist.workspace;

import java.util.List;
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
 * title, actors and place. Cells show file text as plain text. The date and kind columns are
 * as wide as the longest kind and nearly every date of the file (a rare long date is cut), so
 * they keep their width whatever the filter; a cell that is cut shows its whole text as its
 * tooltip. Ctrl+C (or Copy rows
 * in the context menu) copies the selected rows as tab-separated text under a header row.
 */
public final class EventTable extends TableView<Event> {
    /** Room around a cell's text: the cell's padding and the sort arrow of a header. */
    private static final double CELL_MARGIN = 22;
    /** The narrowest the title column is made; a narrower table scrolls sideways. */
    static final double TITLE_MIN = 220;
    /** The most of a narrow table's width the date column takes, and the least it is given. */
    private static final double DATE_SHARE = 0.33;
    private static final double DATE_MIN = 140;
    /** The date column's width for 49 in 50 of the file's dates. */
    private double fittedDates = 170;
    /** The narrowest the actors and place columns are made. */
    private static final double OTHER_MIN = 110;
    /** Room kept for the vertical scroll bar, so the columns fit beside it. */
    private static final double SCROLL_BAR = 16;
    /** The share of the file's dates the date column is wide enough for. */
    static final double DATES_WHOLE = 0.98;
    /** At most this many dates are measured; in a larger file, events spread over all of it. */
    private static final int DATES_MEASURED = 50_000;

    private final TableColumn<Event, Event> date = new TableColumn<>("Date");
    private final TableColumn<Event, String> kind = new TableColumn<>("Kind");
    private final EventStore store;
    private final TableColumn<Event, String> title;
    private final TableColumn<Event, String> actors;
    private final TableColumn<Event, String> place;

    public EventTable(EventStore store) {
        this.store = store;
        setId("eventTable");
        // In time order the table shows the store's list itself; a sorted view is made only while
        // a column sorts it, for it follows every change of a million rows with work of its own.
        setItems(store.sortedEvents());
        setSortPolicy(table -> {
            sortBy(store, getComparator());
            return true;
        });
        setPlaceholder(new Label("No events to show."));
        // The columns keep their widths and the table scrolls sideways when they are wider than it:
        // a narrow table keeps a readable title rather than squeezing it to a sliver.
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        date.setId("dateColumn");
        date.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        date.setComparator(io.annalist.model.TimeOrder.EVENTS);
        date.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.when().label());
                setTooltip(empty || e == null ? null : new javafx.scene.control.Tooltip(e.when().label()));
            }
        });
        date.setPrefWidth(170);

        kind.setId("kindColumn");
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
        for (TableColumn<Event, ?> c : getColumns()) {
            c.setId(c.getId() == null ? c.getText().toLowerCase(java.util.Locale.ROOT) + "Column" : c.getId());
        }
        this.title = title;
        this.actors = actors;
        this.place = place;
        widthProperty().addListener((obs, o, w) -> spread());
        title.setCellFactory(col -> new WholeTextCell());
        actors.setCellFactory(col -> new WholeTextCell());
        place.setCellFactory(col -> new WholeTextCell());

        getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copySelected();
                e.consume();
            }
        });
        javafx.scene.control.MenuItem copy = new javafx.scene.control.MenuItem("Copy rows (Ctrl+C)");
        copy.setOnAction(e -> copySelected());
        setContextMenu(new javafx.scene.control.ContextMenu(copy));
        store.datasetProperty().addListener((obs, o, d) -> fitColumns());
        skinProperty().addListener((obs, o, s) -> fitColumns());
    }

    private static final javafx.scene.input.KeyCombination COPY = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);

    /** A cell of text whose tooltip gives the whole text, for when the column is too narrow for it. */
    private static final class WholeTextCell extends javafx.scene.control.TableCell<Event, String> {
        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty ? null : s);
            setTooltip(empty || s == null || s.isEmpty() ? null : new javafx.scene.control.Tooltip(s));
        }
    }

    /**
     * Sizes the date and kind columns to the longest date and kind of the whole file, not of the
     * rows shown, so a filter never changes them.
     */
    private void fitColumns() {
        javafx.scene.text.Font font = cellFont();
        List<Event> all = store.allEvents();
        int step = Math.max(1, all.size() / DATES_MEASURED);
        // Wide enough for 49 dates in 50: a rare long one ("between April and September of 1984") would take
        // the title's room in every row; it is cut, and its tooltip gives it whole. The longest texts up to
        // that length are measured; among texts of one length the widest wins.
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i += step) {
            labels.add(all.get(i).when().label());
        }
        int[] lengths = labels.stream().mapToInt(String::length).sorted().toArray();
        int most = lengths.length == 0 ? 0 : lengths[(int) Math.floor((lengths.length - 1) * DATES_WHOLE)];
        java.util.TreeSet<String> longest = new java.util.TreeSet<>(
                java.util.Comparator.comparingInt(String::length).thenComparing(s -> s));
        for (String label : labels) {
            if (label.length() <= most) {
                longest.add(label);
                if (longest.size() > 40) {
                    longest.pollFirst();
                }
            }
        }
        longest.add(date.getText());
        double dates = widest(longest, font);
        List<String> kinds = new java.util.ArrayList<>();
        for (io.annalist.model.EventKind k : io.annalist.model.EventKind.values()) {
            kinds.add(k.label());
        }
        kinds.add(kind.getText());
        double kindWidth = widest(kinds, font);
        // Fixed at their content's width: the resize policy may not hand them the room a scroll bar
        // frees or takes when a filter changes the rows.
        fittedDates = dates + CELL_MARGIN;
        fix(kind, kindWidth + CELL_MARGIN);
        spread();
    }

    /**
     * Shares the table's width beyond its fixed columns: half to the title, a quarter each to actors
     * and place, never less than {@link #TITLE_MIN} and {@link #OTHER_MIN} (then the table scrolls
     * sideways).
     */
    private void spread() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset() - SCROLL_BAR;
        // In a narrow table a long date gives way (cut, its tooltip whole) rather than push the title aside.
        fix(date, width <= 0 ? fittedDates : Math.min(fittedDates, Math.max(DATE_MIN, width * DATE_SHARE)));
        double room = width;
        for (TableColumn<Event, ?> c : getColumns()) {
            if (c != title && c != actors && c != place && c.isVisible()) {
                room -= c.getWidth();
            }
        }
        double t = Math.max(TITLE_MIN, Math.floor(room / 2));
        double a = Math.max(OTHER_MIN, Math.floor(room / 4));
        title.setPrefWidth(t);
        actors.setPrefWidth(a);
        place.setPrefWidth(Math.max(OTHER_MIN, Math.floor(room - t - a)));
    }

    /** Fixes a column at {@code w}: the resize policy may not hand it the room a scroll bar frees or takes. */
    private static void fix(TableColumn<Event, ?> c, double w) {
        c.setMinWidth(w);
        c.setPrefWidth(w);
        c.setMaxWidth(w);
    }

    private static double widest(java.util.Collection<String> texts, javafx.scene.text.Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text();
        t.setFont(font);
        double w = 0;
        for (String s : texts) {
            t.setText(s);
            w = Math.max(w, t.getLayoutBounds().getWidth());
        }
        return Math.ceil(w);
    }

    /** The font the cells are drawn in: the column headers', which the theme sets alike. */
    private javafx.scene.text.Font cellFont() {
        if (lookup(".column-header .label") instanceof Label header) {
            return header.getFont();
        }
        return javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 13);
    }

    /** Puts the selected rows on the clipboard, in the order shown, as tab-separated text under a header row. */
    void copySelected() {
        javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
        c.putString(selectedAsText());
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
    }

    /** The selected rows, in the order shown, as tab-separated text under a header row. */
    String selectedAsText() {
        StringBuilder b = new StringBuilder();
        List<TableColumn<Event, ?>> columns = getVisibleLeafColumns();
        b.append(columns.stream().map(TableColumn::getText).collect(Collectors.joining("\t"))).append('\n');
        List<Integer> rows = new java.util.ArrayList<>(getSelectionModel().getSelectedIndices());
        rows.sort(null);
        for (int row : rows) {
            Event e = getItems().get(row);
            List<String> cells = new java.util.ArrayList<>();
            for (TableColumn<Event, ?> column : columns) {
                cells.add(cell(column, e));
            }
            b.append(String.join("\t", cells)).append('\n');
        }
        return b.toString();
    }

    /** A cell's text as the table shows it, with no tab or line break to break the row. */
    private String cell(TableColumn<Event, ?> column, Event e) {
        Object value = column == date ? e.when().label()
                : column.getCellObservableValue(e) == null ? null : column.getCellObservableValue(e).getValue();
        // A yes-or-no column (the star) copies as its mark, or nothing.
        String text = value instanceof Boolean yes ? (yes ? column.getText() : "") : value == null ? ""
                : value.toString();
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
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
