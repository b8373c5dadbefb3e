package io.annalist.map.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import io.annalist.map.BaseMap;
import io.annalist.map.MapOutlines;
import io.annalist.map.MapScale;
import io.annalist.map.PlaceFilter;
import io.annalist.map.PlacedEvents;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
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
 * A map of where events happened, linked to a timeline: bind {@link #getEvents()} to the
 * filtered events and {@link #timeWindowProperty()} to the timeline's visible window; the map
 * shows the events of that window (or, with {@link #showWholeRangeProperty()}, all of them,
 * those of the window highlighted). {@link #selectedEventProperty()} and
 * {@link #hoveredEventProperty()} are meant to be shared with the timeline;
 * {@link #placeFilterProperty()} holds the region drawn with Shift+drag (box) or Alt+drag
 * (lasso). Works offline: the borders are bundled. Colours from CSS ({@code map.css}, which
 * imports the timeline's; style class {@code dark} for the dark theme). Use on the FX thread.
 */
public class MapView extends Control {
    private static final String STYLESHEET = MapView.class.getResource("map.css").toExternalForm();
    private static final int BACKGROUND_FROM = 50_000;
    private static final Executor WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "annalist-map");
        t.setDaemon(true);
        return t;
    });

    /** How a drag on the map is read. */
    public enum DragMode { PAN, BOX, LASSO }

    private final ObjectProperty<ObservableList<Event>> events = new SimpleObjectProperty<>(this, "events",
            FXCollections.observableArrayList());
    private final ObjectProperty<TimeWindow> timeWindow = new SimpleObjectProperty<>(this, "timeWindow");
    private final BooleanProperty showWholeRange = new SimpleBooleanProperty(this, "showWholeRange", false);
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Event> hoveredEvent = new SimpleObjectProperty<>(this, "hoveredEvent");
    private final ObjectProperty<PlaceFilter> placeFilter = new SimpleObjectProperty<>(this, "placeFilter");
    private final ObjectProperty<MapScale> scale = new SimpleObjectProperty<>(this, "scale");
    private final ObjectProperty<DragMode> dragMode = new SimpleObjectProperty<>(this, "dragMode", DragMode.PAN);
    private final BooleanProperty showLegend = new SimpleBooleanProperty(this, "showLegend", true);
    private final ReadOnlyObjectWrapper<PlacedEvents> placed = new ReadOnlyObjectWrapper<>(this, "placed",
            PlacedEvents.empty());
    private final ReadOnlyObjectWrapper<BaseMap> baseMap = new ReadOnlyObjectWrapper<>(this, "baseMap");
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(this, "preparing");
    private final ReadOnlyLongWrapper framesPainted = new ReadOnlyLongWrapper(this, "framesPainted");
    private final List<StyleableObjectProperty<Paint>> colours = new ArrayList<>();
    private final StyleableObjectProperty<Font> font = new SimpleStyleableObjectProperty<>(FONT, this, "font",
            Font.getDefault());
    private final ListChangeListener<Event> eventsChanged = c -> rebuild();
    private ObservableList<Event> listening;
    private MapOutlines outlines;
    private long request;
    private final MapPainter measure = new MapPainter();
    /** True while the view is the fit of the events shown: it fits them again when they, the time or the size change. */
    private boolean following = true;
    /** True when a fit is due in the next layout pass. */
    private boolean refit = true;
    private MapScale fitted;
    /** The size of the frame the skin draws (inside the control's padding), once laid out. */
    private double frameWidth;
    private double frameHeight;

    public MapView() {
        getStyleClass().add("map-view");
        setFocusTraversable(true);
        for (CssMetaData<MapView, Paint> m : COLOURS) {
            colours.add(new SimpleStyleableObjectProperty<>(m, this, m.getProperty(), Color.GRAY));
        }
        events.addListener(obs -> {
            if (listening != null) {
                listening.removeListener(eventsChanged);
            }
            listening = events.get();
            if (listening != null) {
                listening.addListener(eventsChanged);
            }
            rebuild();
        });
        listening = events.get();
        listening.addListener(eventsChanged);
        // Any other change of the view — a pan, a zoom — is the analyst's: from then on the map stays where it
        // is put, until Fit.
        scale.addListener((obs, o, n) -> {
            if (n != fitted) {
                following = false;
            }
        });
        // The whole range does not change with the window: no new fit (at a million events, two passes saved a frame).
        timeWindow.addListener(obs -> {
            if (!getShowWholeRange()) {
                refitIfFollowing();
            }
        });
        showWholeRange.addListener(obs -> refitIfFollowing());
        showLegend.addListener(obs -> refitIfFollowing());
        // The borders take a moment to read: off the FX thread, the map drawing water until they are in.
        preparing.set(true);
        CompletableFuture.supplyAsync(() -> {
            BaseMap map = BaseMap.bundled();
            return new Object[]{map, MapOutlines.of(map)};
        }, WORKER).whenComplete((r, e) -> Platform.runLater(() -> {
            if (r != null) {
                outlines = (MapOutlines) r[1];
                baseMap.set((BaseMap) r[0]);
                rebuild();
            } else {
                preparing.set(false);
            }
        }));
    }

    /** Places the events on the map again; for large lists off the FX thread, the latest request winning. */
    private void rebuild() {
        BaseMap map = baseMap.get();
        if (map == null) {
            return;
        }
        List<Event> list = events.get() == null ? List.of() : events.get();
        long mine = ++request;
        if (list.size() < BACKGROUND_FROM) {
            applyPlaced(PlacedEvents.of(list, map));
            return;
        }
        List<Event> snapshot = java.util.Arrays.asList(list.toArray(new Event[0]));
        preparing.set(true);
        CompletableFuture.supplyAsync(() -> PlacedEvents.of(snapshot, map), WORKER)
                .whenComplete((p, e) -> Platform.runLater(() -> {
                    if (mine == request) {
                        if (p != null) {
                            applyPlaced(p);
                        } else {
                            preparing.set(false);
                        }
                    }
                }));
    }

    private void applyPlaced(PlacedEvents p) {
        preparing.set(false);
        placed.set(p);
        refitIfFollowing();
    }

    private void refitIfFollowing() {
        if (following) {
            refit = true;
            requestLayout();
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    /**
     * Shows every placed event of the time window (all when none) inside the part of the map
     * clear of its note, scale bar and legend, with room round them; the world when none is
     * placed. The map then keeps them in view — when the timeline moves, the filter or the
     * pane's size changes — until the analyst pans or zooms it.
     */
    public void fitToEvents() {
        following = true;
        fitTo(frameWidth > 0 ? frameWidth : Math.max(1, Math.floor(getWidth())),
                frameHeight > 0 ? frameHeight : Math.max(1, Math.floor(getHeight())));
    }

    /** Sets the view to the fit of the events shown in a frame {@code w} × {@code h}. */
    private void fitTo(double w, double h) {
        refit = false;
        boolean whole = getShowWholeRange() || timeWindow.get() == null;
        long t0 = whole ? Long.MIN_VALUE : timeWindow.get().start();
        long t1 = whole ? Long.MAX_VALUE : timeWindow.get().end();
        fitted = measure.fit(placed.get(), t0, t1, whole, w, h, palette(), showLegend.get());
        scale.set(fitted);
    }

    /**
     * The view for a frame {@code w} × {@code h} after a change of size: fitted again while the
     * map follows its events, the same centre and zoom otherwise. Layout pass.
     */
    MapScale resized(double w, double h) {
        frameWidth = w;
        frameHeight = h;
        if (following) {
            fitTo(w, h);
        } else if (scale.get() != null) {
            scale.set(scale.get().withSize(w, h));
        }
        return scale.get();
    }

    /** Fits the map now when a fit is due (the events, the time or the legend changed while it follows). Layout pass. */
    void refitIfDue(double w, double h) {
        if (refit && following || scale.get() == null) {
            fitTo(w, h);
        }
    }

    /** Fits the map to the events of a new file once they are placed, and keeps following them. */
    public void fitWhenPlaced() {
        following = true;
        refit = true;
        requestLayout();
    }

    /** True while a fit waits for the next layout pass. */
    public boolean fitPending() {
        return refit && following;
    }

    /** True when the event at {@code position} of the placed events is of the time the map shows. */
    boolean showsInTime(int position) {
        TimeWindow w = timeWindow.get();
        PlacedEvents p = placed.get();
        return getShowWholeRange() || w == null || p.start(position) < w.end() && p.end(position) > w.start();
    }

    /** True while the view is the fit of the events shown and follows them (no pan or zoom since). */
    public boolean isFollowingEvents() {
        return following;
    }

    /** What the last frame drew (where its marks are, what it counted), or null before the first. FX thread. */
    public MapFrame lastFrame() {
        return getSkin() instanceof MapSkin skin ? skin.frame() : null;
    }

    MapOutlines outlines() {
        return outlines;
    }

    void framePainted() {
        framesPainted.set(framesPainted.get() + 1);
    }

    /** How many frames have been painted; goes up by one after each, for measuring and tests. */
    public ReadOnlyLongProperty framesPaintedProperty() {
        return framesPainted.getReadOnlyProperty();
    }

    // ---- properties -------------------------------------------------------------------

    public ObjectProperty<ObservableList<Event>> eventsProperty() {
        return events;
    }

    public ObservableList<Event> getEvents() {
        return events.get();
    }

    public void setEvents(ObservableList<Event> list) {
        events.set(list);
    }

    /** The time shown: bind it to the timeline's visible window. Null shows every event. */
    public ObjectProperty<TimeWindow> timeWindowProperty() {
        return timeWindow;
    }

    public BooleanProperty showWholeRangeProperty() {
        return showWholeRange;
    }

    public boolean getShowWholeRange() {
        return showWholeRange.get();
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

    /** The event under the pointer, here or in a view linked to this one. */
    public ObjectProperty<Event> hoveredEventProperty() {
        return hoveredEvent;
    }

    /** The region of the Place filter, outlined on the map; set when a box or lasso is drawn, null for none. */
    public ObjectProperty<PlaceFilter> placeFilterProperty() {
        return placeFilter;
    }

    public PlaceFilter getPlaceFilter() {
        return placeFilter.get();
    }

    public void setPlaceFilter(PlaceFilter f) {
        placeFilter.set(f);
    }

    /** The view: centre and zoom (read it to know the view, write it to move it). */
    public ObjectProperty<MapScale> scaleProperty() {
        return scale;
    }

    public MapScale getScale() {
        return scale.get();
    }

    public ObjectProperty<DragMode> dragModeProperty() {
        return dragMode;
    }

    public BooleanProperty showLegendProperty() {
        return showLegend;
    }

    /** The events as placed on the map. */
    public ReadOnlyObjectProperty<PlacedEvents> placedProperty() {
        return placed.getReadOnlyProperty();
    }

    public PlacedEvents getPlaced() {
        return placed.get();
    }

    /** The bundled borders, once read (null until then). */
    public ReadOnlyObjectProperty<BaseMap> baseMapProperty() {
        return baseMap.getReadOnlyProperty();
    }

    /** True while the borders are read or a large list of events is placed off the FX thread. */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    // ---- CSS --------------------------------------------------------------------------

    /** The colours and font now in force, as the painter takes them. */
    public MapPalette palette() {
        int base = Palette.CSS_NAMES.length;
        Color[] c = new Color[base];
        for (int i = 0; i < base; i++) {
            c[i] = colour(i);
        }
        Map<EventKind, Color> kinds = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) {
            kinds.put(k, colour(base + k.ordinal()));
        }
        int own = base + EventKind.values().length;
        return new MapPalette(Palette.of(c, kinds, font.get()), colour(own), colour(own + 1), colour(own + 2),
                colour(own + 3), colour(own + 4));
    }

    private Color colour(int i) {
        Paint p = colours.get(i).get();
        return p instanceof Color c ? c : Color.GRAY;
    }

    /** Fires when any colour or the font changes through CSS. */
    List<StyleableObjectProperty<?>> styleProperties() {
        List<StyleableObjectProperty<?>> all = new ArrayList<>(colours);
        all.add(font);
        return all;
    }

    private static final FontCssMetaData<MapView> FONT = new FontCssMetaData<>("-tl-font", Font.getDefault()) {
        @Override
        public boolean isSettable(MapView v) {
            return !v.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(MapView v) {
            return v.font;
        }
    };

    private static final List<CssMetaData<MapView, Paint>> COLOURS;
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        // The timeline's colour names, then the kinds', then the map's own: one list of names, shared.
        List<String> names = new ArrayList<>(List.of(Palette.CSS_NAMES));
        for (EventKind k : EventKind.values()) {
            names.add(Palette.cssName(k));
        }
        names.addAll(List.of(MapPalette.CSS_NAMES));
        List<CssMetaData<MapView, Paint>> colours = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            colours.add(new CssMetaData<>(names.get(i), StyleConverter.getPaintConverter(), Color.GRAY) {
                @Override
                public boolean isSettable(MapView v) {
                    return !v.colours.get(index).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(MapView v) {
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
