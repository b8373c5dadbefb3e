package io.annalist.workspace;


import io.annalist.model.DateFormatException;
import io.annalist.model.DateText;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.model.PartialDate;
import io.annalist.model.Precision;
import io.annalist.timeline.TimeWindow;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;

/**
 * Keep only events that overlap a date range: a range slider over the whole data, and two
 * fields that take partial dates ("2023", "2024-06", "2024-06-19"; typed loosely, "2023-3", they
 * are written back as dates are written; see {@link DateRangeEntry}). The range filters the
 * events, and setting it here brings the timeline to the events it keeps (one step of Back);
 * after that the visible window only says what part of the filtered events is on screen.
 * "From view" copies the visible window into the range.
 */
final class DateFilter extends VBox {
    private static final long DAY = 86_400_000L;

    private final Session session;
    private final EventStore store;
    private final RangeSlider slider = new RangeSlider(0, 1, 0, 1);
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final Label error = new Label();
    private boolean syncing;
    /** The range the fields set last ({@code from}, {@code to}), or null. */
    private Long[] typed;
    private long dataStart;
    private long dataEnd;

    DateFilter(Session session) {
        super(6);
        this.session = session;
        this.store = session.store();
        setPadding(new Insets(4, 0, 4, 0));
        slider.setId("dateSlider");
        slider.setShowTickLabels(false);
        from.setId("dateFrom");
        to.setId("dateTo");
        from.setPromptText("from: YYYY[-MM[-DD]]");
        to.setPromptText("to: YYYY[-MM[-DD]]");
        from.setTooltip(new Tooltip("First date to keep; a year or a month covers all of it; empty: from the"
                + " first event. Enter to apply: the timeline goes to the range (Back goes back)."));
        to.setTooltip(new Tooltip("Last date to keep; a year or a month covers all of it; empty: to the last"
                + " event. Enter to apply: the timeline goes to the range (Back goes back)."));
        error.setId("dateMessage");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        Button fromView = new Button("From view");
        fromView.setId("dateFromView");
        fromView.setTooltip(new Tooltip("Keep only the events in the part of the timeline now on screen"));
        fromView.setOnAction(e -> {
            TimeWindow w = session.getView().window();
            if (w != null) {
                session.setFilter(session.getFilter().withWindow(w.start(), w.end()));
            }
        });
        Button clear = new Button("Any date");
        clear.setTooltip(new Tooltip("Remove the date range"));
        clear.setOnAction(e -> session.setFilter(session.getFilter().withWindow(null, null)));
        GridPane fields = new GridPane();
        fields.setHgap(6);
        fields.setVgap(4);
        fields.addRow(0, new Label("From"), from);
        fields.addRow(1, new Label("To"), to);
        getChildren().addAll(slider, fields, error, new javafx.scene.layout.HBox(6, fromView, clear));

        from.setOnAction(e -> applyFields());
        to.setOnAction(e -> applyFields());
        from.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                applyFields();
            }
        });
        to.focusedProperty().addListener((obs, o, focused) -> {
            if (!focused) {
                applyFields();
            }
        });
        slider.lowValueChangingProperty().addListener((obs, o, changing) -> {
            if (!changing) {
                applySlider();
            }
        });
        slider.highValueChangingProperty().addListener((obs, o, changing) -> {
            if (!changing) {
                applySlider();
            }
        });
        store.datasetProperty().addListener((obs, o, d) -> resetRange());
        // A range this pane's fields just set leaves their text as typed ("2025", not "2025-12-31");
        // any other (another file, Back, a chip removed, Clear all) is shown even in the field being edited.
        session.filterProperty().addListener((obs, o, f) -> {
            if (isTyped(f)) {
                syncSlider(f);
            } else {
                typed = null;
                syncFrom(f, true);
            }
        });
        resetRange();
    }

    private void resetRange() {
        long min = store.dataStart();
        long max = store.dataEnd();
        if (min > max) {
            min = 0;
            max = DAY;
        }
        dataStart = Math.floorDiv(min, DAY) * DAY;
        dataEnd = Math.max(dataStart + DAY, (Math.floorDiv(max - 1, DAY) + 1) * DAY);
        syncing = true;
        try {
            slider.setMin(0);
            slider.setMax((dataEnd - dataStart) / (double) DAY);
        } finally {
            syncing = false;
        }
        syncFrom(session.getFilter(), false);
    }

    /** True when {@code f}'s range is the one the fields set last. */
    private boolean isTyped(EventFilter f) {
        return typed != null && java.util.Objects.equals(typed[0], f.from()) && java.util.Objects.equals(typed[1],
                f.to());
    }

    private void applySlider() {
        if (syncing) {
            return;
        }
        long a = dataStart + Math.round(slider.getLowValue()) * DAY;
        long b = dataStart + Math.round(slider.getHighValue()) * DAY;
        Long f = a <= dataStart ? null : a;
        Long t = b >= dataEnd ? null : Math.max(a + DAY, b);
        session.setDateRange(f, t);
    }

    private void applyFields() {
        if (syncing) {
            return;
        }
        DateRangeEntry r = DateRangeEntry.read(from.getText(), to.getText());
        if (!r.ok()) {
            say(r.error(), true);
            return;
        }
        show(from, r.fromText());
        show(to, r.toText());
        if (r.note() == null) {
            hideMessage();
        } else {
            say(r.note(), false);
        }
        typed = new Long[]{r.from(), r.to()};
        session.setDateRange(r.from(), r.to());
    }

    /** Puts {@code text} into {@code field} as the range reads it ("2023-3" becomes "2023-03"). */
    private static void show(TextField field, String text) {
        if (!field.getText().equals(text)) {
            field.setText(text);
            field.end();
        }
    }

    /** Shows {@code message} under the fields: why the range is refused, or what was done to it. */
    private void say(String message, boolean refused) {
        error.setText(message);
        error.getStyleClass().removeAll("field-error", "hint");
        error.getStyleClass().add(refused ? "field-error" : "hint");
        error.setManaged(true);
        error.setVisible(true);
    }

    private void hideMessage() {
        error.setManaged(false);
        error.setVisible(false);
    }

    /** Puts the slider's thumbs at {@code f}'s range. */
    private void syncSlider(EventFilter f) {
        syncing = true;
        try {
            slider.setLowValue(f.from() == null ? slider.getMin() : Math.max(slider.getMin(),
                    (f.from() - dataStart) / (double) DAY));
            slider.setHighValue(f.to() == null ? slider.getMax() : Math.min(slider.getMax(),
                    (f.to() - dataStart) / (double) DAY));
        } finally {
            syncing = false;
        }
    }

    /** Shows {@code f}'s range; a field the analyst is typing in keeps its text unless {@code force}. */
    private void syncFrom(EventFilter f, boolean force) {
        syncSlider(f);
        syncing = true;
        try {
            if (force || !from.isFocused()) {
                from.setText(f.from() == null ? "" : written(f.from(), false));
            }
            if (force || !to.isFocused()) {
                to.setText(f.to() == null ? "" : written(f.to(), true));
            }
            if (force) {
                // A range set elsewhere: what was said about the one typed no longer holds.
                hideMessage();
            }
        } finally {
            syncing = false;
        }
    }

    /**
     * A bound of the range as the analyst would have typed it: the year or the month it begins
     * ({@code end}: ends) exactly, else the day — "2025", "2023-03", "2024-06-19".
     */
    static String written(long bound, boolean end) {
        long inside = end ? bound - 1 : bound;
        for (Precision p : new Precision[]{Precision.YEAR, Precision.MONTH}) {
            String text = DateText.iso(inside, p);
            io.annalist.model.PartialDate d = io.annalist.model.PartialDate.parse(text);
            if ((end ? d.end() : d.start()) == bound) {
                return text;
            }
        }
        return DateText.iso(inside, Precision.DAY);
    }
}
