package io.annalist.workspace;

import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimelineView;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/**
 * Buttons for the timeline: back and forward through the session's views (filters and lanes
 * too), zoom, fit, lanes, quiet periods and the theme. They change the session's view and
 * follow it. FX thread.
 */
final class TimelineToolbar extends ToolBar {

    TimelineToolbar(Session session, TimelineView timeline, Theme theme) {
        setId("timelineToolbar");
        Button back = button("◀", "Back to the previous view: time, filters, lanes (Alt+Left)", session::back);
        back.setId("viewBack");
        back.disableProperty().bind(session.canGoBackProperty().not());
        Button forward = button("▶", "Forward (Alt+Right)", session::forward);
        forward.setId("viewForward");
        forward.disableProperty().bind(session.canGoForwardProperty().not());
        Button zoomIn = button("+", "Zoom in (+)", () -> zoom(timeline, 0.5));
        Button zoomOut = button("−", "Zoom out (−)", () -> zoom(timeline, 2));
        Button fit = button("Fit all", "Show every event (Home)", timeline::fitAll);
        fit.setId("fitAll");
        ToggleGroup group = new ToggleGroup();
        getItems().addAll(back, forward, new Separator(), zoomIn, zoomOut, fit, new Separator(), new Label("Lanes:"));
        for (LaneMode m : LaneMode.values()) {
            ToggleButton b = new ToggleButton(m.label());
            b.setId("lanes-" + m.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(m);
            b.setTooltip(new Tooltip(switch (m) {
                case ACTOR -> "One lane per actor; an event with several actors is in each of their lanes (Ctrl+1)";
                case KIND -> "One lane per kind of event (Ctrl+2)";
                case NONE -> "Every event in one lane (Ctrl+3)";
            }));
            b.setOnAction(e -> session.setLaneMode(m));
            getItems().add(b);
        }
        ToggleButton compress = new ToggleButton("Compress quiet periods");
        compress.setId("compressQuiet");
        compress.setFocusTraversable(false);
        compress.setTooltip(new Tooltip("Shrink long stretches with no events in view to a narrow break on the axis,"
                + " so the events get the width — where that cuts no title: a quiet stretch is also where the titles"
                + " beside it go, so in a narrow view the axis may stay linear"));
        compress.setOnAction(e -> session.setCompressQuietPeriods(compress.isSelected()));
        Runnable follow = () -> {
            ViewState v = session.getView();
            group.getToggles().forEach(t -> t.setSelected(t.getUserData() == v.laneMode()));
            compress.setSelected(v.compressQuietPeriods());
        };
        session.viewProperty().addListener((obs, o, v) -> follow.run());
        follow.run();
        getItems().addAll(new Separator(), compress, new Separator(),
                button("Theme", "Switch between light and dark", theme::toggle));
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** Zooms by {@code factor} about the middle of the view, as one step of the history. */
    static void zoom(TimelineView timeline, double factor) {
        TimeWindow w = timeline.getVisibleWindow();
        if (w == null) {
            return;
        }
        long span = Math.round(w.duration() * factor);
        timeline.navigateTo(new TimeWindow(w.centre() - span / 2, w.centre() + span / 2));
    }
}
