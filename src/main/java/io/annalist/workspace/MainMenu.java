package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;

import io.annalist.model.EventFilter;
import io.annalist.timeline.TimelineView;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The menu bar: File (open, recent, bundled, reload, save, export, report, quit), Edit, View
 * (the timeline's, the panes, the map), Help (shortcuts, about the data, about). Each item
 * calls the action object that does the work. FX thread.
 */
final class MainMenu {
    /** What the menu's items act on. */
    record Actions(Window owner, Session session, Loader loader, SnapshotActions snapshots, SaveEvents save,
                   MapExport mapExport, Panes panes, MapPane mapPane, TimelineView timeline, Theme theme,
                   FilterPane filters, AppPreferences prefs, Runnable showReport) {
    }

    private MainMenu() {
    }

    static MenuBar create(Actions a) {
        MenuItem open = item("Open…", "Shortcut+O", () -> chooseFile(a));
        open.setId("menuOpen");
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> fillRecent(recent, a));
        fillRecent(recent, a);
        Menu bundled = new Menu("Open bundled dataset");
        for (BundledData d : BundledData.all()) {
            bundled.getItems().add(item(d.label(), null, () -> a.loader().open(new DataLocation.Bundled(d), false)));
        }
        CheckMenuItem keep = new CheckMenuItem("Keep filters for the next file");
        keep.setId("menuKeepFilters");
        keep.setSelected(a.prefs().keepFilters());
        keep.setOnAction(e -> a.prefs().setKeepFilters(keep.isSelected()));
        MenuItem reload = item("Reload", "F5", a.loader()::reload);
        MenuItem report = item("Load report…", null, a.showReport());
        MenuItem save = item("Save events as…", "Shortcut+Shift+S", a.save()::withDialog);
        MenuItem export = item("Export snapshot…", "Shortcut+E", a.snapshots()::exportWithDialog);
        export.setId("menuExport");
        MenuItem copy = item("Copy snapshot", "Shortcut+Shift+C", a.snapshots()::copyToClipboard);
        MenuItem exportMap = item("Export map…", "Shortcut+Shift+E", a.mapExport()::withDialog);
        exportMap.setId("menuExportMap");
        MenuItem print = item("Print…", "Shortcut+P", a.snapshots()::print);
        print.setId("menuPrint");
        MenuItem quit = item("Quit", "Shortcut+Q", () -> a.owner().hide());
        Menu file = new Menu("File", null, open, recent, bundled, reload, keep, new SeparatorMenuItem(), save, export,
                exportMap, copy, print, new SeparatorMenuItem(), report, new SeparatorMenuItem(), quit);

        Menu edit = new Menu("Edit", null, item("Find…", "Shortcut+F", a.filters()::focusSearch),
                item("Clear filters", "Shortcut+Shift+X", () -> a.session().setFilter(EventFilter.NONE)));

        MenuItem keys = item("Keyboard shortcuts", "F1", () -> new ShortcutsDialog(a.owner()).show());
        MenuItem about = item("About Annalist", null, () -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION);
            alert.initOwner(a.owner());
            alert.setTitle("About Annalist");
            alert.setHeaderText("Annalist " + io.annalist.Version.get());
            alert.setContentText("A timeline viewer for diplomatic and military events.");
            alert.show();
        });
        MenuItem aboutData = item("About data", null, () -> new AboutDataDialog(a.owner()).show());
        aboutData.setId("aboutDataItem");
        Menu help = new Menu("Help", null, keys, aboutData, about);
        Menu view = TimelineMenu.create(a.session(), a.timeline(), a.theme());
        view.getItems().add(new SeparatorMenuItem());
        String[][] panes = {{"filters", "Filters", "Shortcut+Shift+F"}, {"details", "Details", "Shortcut+Shift+I"},
                {"table", "Event table", "Shortcut+Shift+T"}};
        for (String[] p : panes) {
            CheckMenuItem item = new CheckMenuItem(p[1]);
            item.setId("show-" + p[0]);
            item.setAccelerator(KeyCombination.keyCombination(p[2]));
            item.setSelected(true);
            item.setOnAction(e -> a.panes().show(p[0], item.isSelected()));
            view.getItems().add(item);
        }
        view.getItems().add(mapMenu(a.mapPane()));
        // The legend takes a few rows of a narrow timeline: an analyst who knows the marks may give them to the lanes.
        CheckMenuItem legend = new CheckMenuItem("Legend");
        legend.setId("legendItem");
        legend.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        legend.selectedProperty().bindBidirectional(a.timeline().showLegendProperty());
        legend.setOnAction(e -> a.prefs().setLegendShown(legend.isSelected()));
        view.getItems().add(legend);
        view.addEventHandler(Menu.ON_SHOWING, e -> view.getItems().forEach(i -> {
            if (i.getId() != null && i.getId().startsWith("show-")) {
                ((CheckMenuItem) i).setSelected(a.panes().shown(i.getId().substring(5)));
            }
        }));
        return new MenuBar(file, edit, view, help);
    }

    /** View → Map: beside the timeline, below it, under the details, or hidden; Shortcut+Shift+M shows or hides it. */
    private static Menu mapMenu(MapPane mapPane) {
        javafx.scene.control.ToggleGroup where = new javafx.scene.control.ToggleGroup();
        Menu map = new Menu("Map");
        map.setId("menuMap");
        String[][] choices = {{"BESIDE", "Beside the timeline"}, {"BELOW", "Below the timeline"},
                {"UNDER_DETAILS", "Under the details"}, {"HIDDEN", "Hidden"}};
        for (String[] c : choices) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(c[1]);
            item.setId("map-" + c[0].toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(where);
            item.setOnAction(e -> mapPane.setLayout(MapPane.Layout.valueOf(c[0])));
            map.getItems().add(item);
        }
        MenuItem toggle = item("Show or hide the map", "Shortcut+Shift+M", mapPane::showOrHide);
        map.getItems().addAll(new SeparatorMenuItem(), toggle);
        map.setOnShowing(e -> map.getItems().forEach(i -> {
            if (i instanceof javafx.scene.control.RadioMenuItem r) {
                r.setSelected(r.getId().equals("map-" + mapPane.mapLayout().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }));
        return map;
    }

    private static void fillRecent(Menu recent, Actions a) {
        recent.getItems().clear();
        for (Path p : a.prefs().recentFiles()) {
            recent.getItems().add(item(p.toString(), null, () -> ImportDialog.open(a.owner(), a.loader(), p)));
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private static void chooseFile(Actions a) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open event file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                        "Event files: Annalist, TimelineJS, ACLED, GDELT, UCDP, ICEWS, CSV", "*.json", "*.csv",
                        "*.CSV", "*.tsv", "*.tab", "*.txt", "*.gz", "*.zip"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = LastFolder.open(chooser, a.owner(), a.session());
        if (f != null) {
            ImportDialog.open(a.owner(), a.loader(), f.toPath());
        }
    }
}
