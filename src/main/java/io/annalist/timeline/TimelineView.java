package io.annalist.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * A zoomable timeline of events in lanes, drawn on a canvas by {@link TimelinePainter}.
 * Set the {@link #lanesProperty() lanes} to draw; read and write {@link #visibleWindowProperty()}
 * to move the view; {@link #selectedEventProperty()} is the selection. Colours and font come
 * from CSS ({@code timeline.css}; add style class {@code dark} for the dark theme). Use on the
 * FX thread.
 */
public class TimelineView extends Control {
    private static final String STYLESHEET = TimelineView.class.getResource("timeline.css").toExternalForm();

    private final ObjectProperty<TimeWindow> visibleWindow = new SimpleObjectProperty<>(this, "visibleWindow");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Event> hoveredEvent = new SimpleObjectProperty<>(this, "hoveredEvent");
    private final ObjectProperty<Lanes> lanes = new SimpleObjectProperty<>(this, "lanes", Lanes.empty());
    private final BooleanProperty arranging = new SimpleBooleanProperty(this, "arranging");
    private final ReadOnlyObjectWrapper<TimeWindow> dataRange = new ReadOnlyObjectWrapper<>(this, "dataRange");
    private final ObservableSet<String> collapsedLanes = FXCollections.observableSet();
    private final BooleanProperty compressQuietPeriods = new SimpleBooleanProperty(this, "compressQuietPeriods", true);
    private final ObjectProperty<io.annalist.model.MarkLookup> marks = new SimpleObjectProperty<>(this, "marks",
            io.annalist.model.MarkLookup.NONE);
    private final javafx.collections.ObservableMap<String, Integer> laneRowLimits = FXCollections.observableHashMap();
    private final BooleanProperty showLegend = new SimpleBooleanProperty(this, "showLegend", true);
    private final BooleanProperty showOverview = new SimpleBooleanProperty(this, "showOverview", true);
    private Navigation navigation = new ViewHistory(visibleWindow);
    private final javafx.beans.property.ReadOnlyLongWrapper framesPainted = new javafx.beans.property.ReadOnlyLongWrapper(
            this, "framesPainted");
    private final List<StyleableObjectProperty<Paint>> colours = new ArrayList<>();
    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT, this, "font",
            Font.getDefault());
    private boolean fitWhenArranged;
    /** The date range Fit all keeps to (the date filter's), an end open when null. */
    private Long fitFrom;
    private Long fitTo;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        for (int i = 0; i < COLOURS.size(); i++) {
            colours.add(new SimpleStyleableObjectProperty<>(COLOURS.get(i), this, COLOURS.get(i).getProperty(),
                    Color.GRAY));
        }
        lanes.addListener((obs, o, built) -> lanesChanged(built == null ? Lanes.empty() : built));
    }

    /** New lanes: the data range follows them, and the selection stays on the same event (by id) if it is there. */
    private void lanesChanged(Lanes built) {
        boolean fit = fitWhenArranged && !arranging.get();
        fitWhenArranged &= !fit;
        dataRange.set(built.all().range());
        Event selected = selectedEvent.get();
        if (selected != null && built.all().positionOf(selected) < 0) {
            selectedEvent.set(withId(built.all(), selected.id()));
        }
        if (fit) {
            fitAll();
        }
    }

    /** The event with {@code id} in {@code events}, or null. */
    private static Event withId(EventIndex events, String id) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id().equals(id)) {
                return events.get(i);
            }
        }
        return null;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    // ---- navigation -------------------------------------------------------------------

    /** The widest window the view allows: the data plus a margin, at least a century. */
    public long maxSpan() {
        return TimeScale.maxSpanFor(dataRange.get());
    }

    /**
     * Shows every event of the lanes (with a margin), within the range {@link #setFitRange}
     * gave, remembering where the view was.
     */
    public void fitAll() {
        if (arranging.get()) {
            // The lanes for new data are still being built: fit when they are ready.
            fitWhenArranged = true;
            return;
        }
        TimeWindow data = dataRange.get();
        if (data != null) {
            navigateTo(TimeScale.fit(data, fitFrom, fitTo));
        }
    }

    /**
     * The dates Fit all keeps to: the lanes may hold events that only overlap a date filter's
     * range (a year-long event, a range starting in June), and Fit all then shows the range,
     * not the whole of those events. Null ends are open.
     */
    public void setFitRange(Long from, Long to) {
        fitFrom = from;
        fitTo = to;
    }

    /**
     * Where Back and Forward go. The view reports where a move begins (a drag, a burst of the
     * wheel, a zoom, Fit all) and asks to go back or forward; on its own it remembers its time
     * windows, and a window around it may hand in a history of more than the window.
     */
    public interface Navigation {
        /** A move away from {@code current} begins: what comes next is a step of its own. */
        void leaving(TimeWindow current);

        /** Goes to the view before; false when there is none. */
        boolean back();

        /** Goes to the view after; false when there is none. */
        boolean forward();
    }

    /** Hands Back and Forward to {@code n} (null: the view's own history of time windows). */
    public void setNavigation(Navigation n) {
        navigation = n == null ? new ViewHistory(visibleWindow) : n;
    }

    /** Says that a move begins here, so Back comes back to where the view is now. */
    public void leaving() {
        navigation.leaving(visibleWindow.get());
    }

    /** Moves the view to {@code w} (clamped to the zoom limits), remembering where it was for Back. */
    public void navigateTo(TimeWindow w) {
        leaving();
        visibleWindow.set(TimeScale.clampWindow(w, maxSpan()));
    }

    /** Alt+Left: the previous view. */
    public boolean back() {
        return navigation.back();
    }

    /** Alt+Right: the next view. */
    public boolean forward() {
        return navigation.forward();
    }

    /** How many frames have been painted; goes up by one after each, for measuring. */
    public javafx.beans.property.ReadOnlyLongProperty framesPaintedProperty() {
        return framesPainted.getReadOnlyProperty();
    }

    void framePainted() {
        framesPainted.set(framesPainted.get() + 1);
    }

    /** Selects the event after (or before) the selection in time order; false when there is none. */
    public boolean selectAdjacent(int direction) {
        EventIndex all = lanes.get().all();
        Event current = selectedEvent.get();
        if (current == null || all.size() == 0) {
            return false;
        }
        int pos = all.positionOf(current);
        int next = pos + (direction > 0 ? 1 : -1);
        if (pos < 0 || next < 0 || next >= all.size()) {
            return false;
        }
        selectedEvent.set(all.get(next));
        return true;
    }

    // ---- properties -------------------------------------------------------------------

    /** The time shown: read it to know the view, write it to move the view. */
    /** A place on the timeline: the time under a point, and the key of the lane under it (null between lanes). */
    public record Spot(long time, String laneKey) {
    }

    /**
     * The time at {@code x} and the lane at {@code y}, in this control's coordinates, as last
     * drawn: where "New event here" puts an event. Null before the first frame or off the time axis.
     */
    /** The key of the lane whose header is at ({@code x}, {@code y}) in this control, or null. */
    public String laneHeaderAt(double x, double y) {
        if (!(getSkin() instanceof TimelineSkin skin) || skin.frame() == null) {
            return null;
        }
        javafx.geometry.Point2D p = skin.canvas().parentToLocal(x, y);
        Frame.Hit hit = skin.frame().hitAt(p.getX(), p.getY());
        return hit != null && hit.event() == null && !hit.isBadge() && p.getX() < skin.frame().layout().timeX0()
                ? hit.laneKey() : null;
    }

    public Spot spotAt(double x, double y) {
        if (!(getSkin() instanceof TimelineSkin skin) || skin.frame() == null) {
            return null;
        }
        javafx.geometry.Point2D p = skin.canvas().parentToLocal(x, y);
        Frame f = skin.frame();
        if (p.getX() < f.layout().timeX0()) {
            return null;
        }
        String lane = null;
        for (Frame.Hit h : f.hits()) {
            // A lane's header spans the lane's whole height.
            if (h.event() == null && !h.isBadge() && h.laneKey() != null && p.getY() >= h.y() && p.getY() < h.y() + h.h()) {
                lane = h.laneKey();
            }
        }
        return new Spot(Math.round(f.scale().timeAt(p.getX())), lane);
    }

    public ObjectProperty<TimeWindow> visibleWindowProperty() {
        return visibleWindow;
    }

    public TimeWindow getVisibleWindow() {
        return visibleWindow.get();
    }

    public void setVisibleWindow(TimeWindow w) {
        visibleWindow.set(w);
    }

    public ObjectProperty<Event> selectedEventProperty() {
        return selectedEvent;
    }

    public Event getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(Event e) {
        selectedEvent.set(e);
    }

    /** The event under the pointer, here or in a view linked to this one (the map); drawn with a light ring. */
    public ObjectProperty<Event> hoveredEventProperty() {
        return hoveredEvent;
    }

    public Event getHoveredEvent() {
        return hoveredEvent.get();
    }

    /**
     * The lanes drawn: the events split by actor, by kind or not at all. Whoever owns the
     * events builds them ({@link Lanes#build}) — off the FX thread when they are many — and
     * sets them here; the view never builds lanes itself.
     */
    public ObjectProperty<Lanes> lanesProperty() {
        return lanes;
    }

    public Lanes getLanes() {
        return lanes.get();
    }

    public void setLanes(Lanes l) {
        lanes.set(l);
    }

    /**
     * True while new lanes are on their way (built off the FX thread): Fit all then waits for
     * them, and an export does not take the old ones.
     */
    public BooleanProperty arrangingProperty() {
        return arranging;
    }

    public boolean isArranging() {
        return arranging.get();
    }

    public void setArranging(boolean on) {
        arranging.set(on);
    }

    /** First start to last end of the events shown, or null when there are none. */
    public ReadOnlyObjectProperty<TimeWindow> dataRangeProperty() {
        return dataRange.getReadOnlyProperty();
    }

    public TimeWindow getDataRange() {
        return dataRange.get();
    }

    /** Keys of the collapsed lanes (actor ids, kind names). */
    public ObservableSet<String> getCollapsedLanes() {
        return collapsedLanes;
    }

    /**
     * True (the default) to shrink long stretches with no events in view to a narrow break on
     * the axis, so the events get the width.
     */
    public BooleanProperty compressQuietPeriodsProperty() {
        return compressQuietPeriods;
    }

    public boolean isCompressQuietPeriods() {
        return compressQuietPeriods.get();
    }

    public void setCompressQuietPeriods(boolean on) {
        compressQuietPeriods.set(on);
    }

    /** The analyst's marks: a starred event is drawn with a star on its mark. */
    public ObjectProperty<io.annalist.model.MarkLookup> marksProperty() {
        return marks;
    }

    /**
     * The full rows each lane may grow to, by lane key, where the analyst chose (dragging a
     * lane's lower edge, or the lane menu); other lanes grow to their content up to
     * {@link #DEFAULT_LANE_ROWS}.
     */
    public javafx.collections.ObservableMap<String, Integer> getLaneRowLimits() {
        return laneRowLimits;
    }

    /** The keys of the lanes the last frame showed, in order (for "export the lanes on screen"). FX thread. */
    public List<String> lanesOnScreen() {
        List<String> keys = new ArrayList<>();
        if (getSkin() instanceof TimelineSkin skin && skin.frame() != null) {
            for (Frame.Hit h : skin.frame().hits()) {
                if (h.event() == null && h.cluster() == null && h.laneKey() != null && !keys.contains(h.laneKey())) {
                    keys.add(h.laneKey());
                }
            }
        }
        return keys;
    }

    /** The rows a lane grows to unless the analyst chose otherwise. */
    public static final int DEFAULT_LANE_ROWS = LanePlan.DEFAULT_ROWS;
    /** The rows of a lane expanded to show all its rows. */
    public static final int ALL_LANE_ROWS = LanePlan.ALL_ROWS;

    public BooleanProperty showLegendProperty() {
        return showLegend;
    }

    public BooleanProperty showOverviewProperty() {
        return showOverview;
    }

    // ---- CSS --------------------------------------------------------------------------

    /** The colours and font now in force, as the painter takes them. */
    public Palette palette() {
        Color[] c = new Color[Palette.CSS_NAMES.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = colour(i);
        }
        Map<EventKind, Color> kinds = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            kinds.put(k, colour(Palette.CSS_NAMES.length + k.ordinal()));
        }
        return Palette.of(c, kinds, font.get());
    }

    private Color colour(int i) {
        Paint p = colours.get(i).get();
        return p instanceof Color c ? c : Color.GRAY;
    }

    /** Fires when any colour or the font changes through CSS, so the view can redraw. */
    List<StyleableObjectProperty<?>> styleProperties() {
        List<StyleableObjectProperty<?>> all = new ArrayList<>(colours);
        all.add(font);
        return all;
    }

    private static final FontCssMetaData<TimelineView> FONT = new FontCssMetaData<>("-tl-font", Font.getDefault()) {
        @Override
        public boolean isSettable(TimelineView v) {
            return !v.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(TimelineView v) {
            return v.font;
        }
    };

    private static final List<CssMetaData<TimelineView, Paint>> COLOURS;
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<String> names = new ArrayList<>(List.of(Palette.CSS_NAMES));
        for (EventKind k : EventKind.values()) {
            names.add(Palette.cssName(k));
        }
        List<CssMetaData<TimelineView, Paint>> colours = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            colours.add(new CssMetaData<>(names.get(i), StyleConverter.getPaintConverter(), Color.GRAY) {
                @Override
                public boolean isSettable(TimelineView v) {
                    return !v.colours.get(index).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(TimelineView v) {
                    return v.colours.get(index);
                }
            });
        }
        COLOURS = Collections.unmodifiableList(colours);
        List<CssMetaData<? extends Styleable, ?>> css = new ArrayList<>(Control.getClassCssMetaData());
        css.addAll(colours);
        css.add(FONT);
        CSS = Collections.unmodifiableList(css);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return CSS;
    }
}
