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

/** The View menu: lanes, navigation, legend, overview and theme, with their shortcuts. */
final class TimelineMenu {
    private TimelineMenu() {
    }

    static Menu create(TimelineView timeline, Runnable toggleTheme, java.util.function.BooleanSupplier isDark) {
        Menu view = new Menu("View");
        ToggleGroup lanes = new ToggleGroup();
        String[] keys = {"Shortcut+1", "Shortcut+2", "Shortcut+3"};
        for (LaneMode m : LaneMode.values()) {
            RadioMenuItem item = new RadioMenuItem("Lanes " + m.label().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(lanes);
            item.setSelected(timeline.getLaneMode() == m);
            item.setAccelerator(KeyCombination.keyCombination(keys[m.ordinal()]));
            item.setOnAction(e -> timeline.setLaneMode(m));
            timeline.laneModeProperty().addListener((obs, o, n) -> item.setSelected(n == m));
            view.getItems().add(item);
        }
        MenuItem fit = new MenuItem("Fit all");
        fit.setOnAction(e -> timeline.fitAll());
        MenuItem back = new MenuItem("Back");
        back.setAccelerator(KeyCombination.keyCombination("Alt+Left"));
        back.setOnAction(e -> timeline.back());
        MenuItem forward = new MenuItem("Forward");
        forward.setAccelerator(KeyCombination.keyCombination("Alt+Right"));
        forward.setOnAction(e -> timeline.forward());
        CheckMenuItem compress = new CheckMenuItem("Compress quiet periods");
        compress.selectedProperty().bindBidirectional(timeline.compressQuietPeriodsProperty());
        CheckMenuItem legend = new CheckMenuItem("Legend");
        legend.selectedProperty().bindBidirectional(timeline.showLegendProperty());
        CheckMenuItem overview = new CheckMenuItem("Overview bar");
        overview.selectedProperty().bindBidirectional(timeline.showOverviewProperty());
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setOnAction(e -> toggleTheme.run());
        view.addEventHandler(javafx.event.Event.ANY, e -> {
            if (e.getEventType() == Menu.ON_SHOWING) {
                dark.setSelected(isDark.getAsBoolean());
            }
        });
        view.getItems().addAll(new SeparatorMenuItem(), fit, back, forward, new SeparatorMenuItem(), compress, legend,
                overview,
                new SeparatorMenuItem(), dark);
        return view;
    }
}
