package io.annalist.workspace;

import io.annalist.timeline.LaneMode;
import io.annalist.timeline.TimelineView;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

/** The View menu: lanes, navigation, quiet periods, legend, overview and theme, with their shortcuts. FX thread. */
final class TimelineMenu {
    private TimelineMenu() {
    }

    static Menu create(Session session, TimelineView timeline, Theme theme) {
        Menu view = new Menu("View");
        ToggleGroup lanes = new ToggleGroup();
        String[] keys = {"Shortcut+1", "Shortcut+2", "Shortcut+3"};
        for (LaneMode m : LaneMode.values()) {
            RadioMenuItem item = new RadioMenuItem("Lanes " + m.label().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(lanes);
            item.setUserData(m);
            item.setAccelerator(KeyCombination.keyCombination(keys[m.ordinal()]));
            item.setOnAction(e -> session.setLaneMode(m));
            view.getItems().add(item);
        }
        MenuItem fit = MainMenu.item("Fit all", null, timeline::fitAll);
        MenuItem back = MainMenu.item("Back", "Alt+Left", session::back);
        back.disableProperty().bind(session.canGoBackProperty().not());
        MenuItem forward = MainMenu.item("Forward", "Alt+Right", session::forward);
        forward.disableProperty().bind(session.canGoForwardProperty().not());
        CheckMenuItem compress = new CheckMenuItem("Compress quiet periods");
        compress.setOnAction(e -> session.setCompressQuietPeriods(compress.isSelected()));
        CheckMenuItem legend = new CheckMenuItem("Legend");
        legend.selectedProperty().bindBidirectional(timeline.showLegendProperty());
        CheckMenuItem overview = new CheckMenuItem("Overview bar");
        overview.selectedProperty().bindBidirectional(timeline.showOverviewProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setOnAction(e -> theme.toggle());
        // Not setOnShowing: the window's menu adds its own items to this menu and listens too.
        view.addEventHandler(Menu.ON_SHOWING, e -> {
            ViewState v = session.getView();
            lanes.getToggles().forEach(t -> t.setSelected(t.getUserData() == v.laneMode()));
            compress.setSelected(v.compressQuietPeriods());
            dark.setSelected(theme.isDark());
        });
        view.getItems().addAll(new SeparatorMenuItem(), fit, back, forward, new SeparatorMenuItem(), compress, legend,
                overview, new SeparatorMenuItem(), dark);
        return view;
    }
}
