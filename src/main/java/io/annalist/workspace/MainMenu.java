package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;

import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

/** The menu bar: File (open, recent, bundled, reload, report, quit), View, Help (shortcuts, about the data, about). */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar create(MainWindow w) {
        MenuItem open = item("Open…", "Shortcut+O", () -> chooseFile(w));
        open.setId("menuOpen");
        Menu recent = new Menu("Open recent");
        recent.setOnShowing(e -> fillRecent(recent, w));
        fillRecent(recent, w);
        Menu bundled = new Menu("Open bundled dataset");
        for (BundledData d : BundledData.all()) {
            bundled.getItems().add(item(d.label(), null, () -> w.open(new DataLocation.Bundled(d))));
        }
        MenuItem reload = item("Reload", "F5", w::reload);
        MenuItem report = item("Load report…", null, w::showReport);
        MenuItem save = item("Save events as…", "Shortcut+Shift+S", () -> SaveEvents.withDialog(w));
        MenuItem export = item("Export snapshot…", "Shortcut+E", () -> w.snapshots().exportWithDialog());
        export.setId("menuExport");
        MenuItem copy = item("Copy snapshot", "Shortcut+Shift+C", () -> w.snapshots().copyToClipboard());
        MenuItem exportMap = item("Export map…", "Shortcut+Shift+E", () -> MapExport.withDialog(w));
        exportMap.setId("menuExportMap");
        MenuItem print = item("Print…", "Shortcut+P", () -> w.snapshots().print());
        print.setId("menuPrint");
        MenuItem quit = item("Quit", "Shortcut+Q", () -> w.stage().close());
        Menu file = new Menu("File", null, open, recent, bundled, reload, new SeparatorMenuItem(), save, export,
                exportMap, copy, print,
                new SeparatorMenuItem(), report, new SeparatorMenuItem(), quit);

        Menu edit = new Menu("Edit", null, item("Find…", "Shortcut+F", w::focusSearch),
                item("Clear filters", "Shortcut+Shift+X", w::clearFilters));

        MenuItem keys = item("Keyboard shortcuts", "F1", () -> new ShortcutsDialog(w.stage()).show());
        MenuItem about = item("About Annalist", null, () -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.initOwner(w.stage());
            a.setTitle("About Annalist");
            a.setHeaderText("Annalist " + io.annalist.Version.get());
            a.setContentText("A timeline viewer for diplomatic and military events.");
            a.show();
        });
        MenuItem aboutData = item("About data", null, () -> new AboutDataDialog(w.stage()).show());
        aboutData.setId("aboutDataItem");
        Menu help = new Menu("Help", null, keys, aboutData, about);
        Menu view = TimelineMenu.create(w.timeline(), w::toggleTheme, w::isDark);
        view.getItems().add(new SeparatorMenuItem());
        String[][] panes = {{"filters", "Filters", "Shortcut+Shift+F"}, {"details", "Details", "Shortcut+Shift+I"},
                {"table", "Event table", "Shortcut+Shift+T"}};
        for (String[] p : panes) {
            javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(p[1]);
            item.setId("show-" + p[0]);
            item.setAccelerator(KeyCombination.keyCombination(p[2]));
            item.setSelected(true);
            item.setOnAction(e -> w.showPane(p[0], item.isSelected()));
            view.getItems().add(item);
        }
        view.getItems().add(mapMenu(w));
        view.setOnShowing(e -> view.getItems().forEach(i -> {
            if (i.getId() != null && i.getId().startsWith("show-")) {
                ((javafx.scene.control.CheckMenuItem) i).setSelected(w.paneShown(i.getId().substring(5)));
            }
        }));
        return new MenuBar(file, edit, view, help);
    }

    /** View → Map: beside the timeline, below it, or hidden; Shortcut+Shift+M shows or hides it. */
    private static Menu mapMenu(MainWindow w) {
        javafx.scene.control.ToggleGroup where = new javafx.scene.control.ToggleGroup();
        Menu map = new Menu("Map");
        map.setId("menuMap");
        String[][] choices = {{"BESIDE", "Beside the timeline"}, {"BELOW", "Below the timeline"}, {"HIDDEN", "Hidden"}};
        for (String[] c : choices) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(c[1]);
            item.setId("map-" + c[0].toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(where);
            item.setOnAction(e -> w.mapPane().setLayout(MapPane.Layout.valueOf(c[0])));
            map.getItems().add(item);
        }
        MenuItem toggle = item("Show or hide the map", "Shortcut+Shift+M", () -> w.mapPane().setLayout(
                w.mapPane().mapLayout() == MapPane.Layout.HIDDEN ? MapPane.Layout.BESIDE : MapPane.Layout.HIDDEN));
        map.getItems().addAll(new SeparatorMenuItem(), toggle);
        map.setOnShowing(e -> map.getItems().forEach(i -> {
            if (i instanceof javafx.scene.control.RadioMenuItem r) {
                r.setSelected(r.getId().equals("map-" + w.mapPane().mapLayout().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }));
        return map;
    }

    private static void fillRecent(Menu recent, MainWindow w) {
        recent.getItems().clear();
        for (Path p : w.prefs().recentFiles()) {
            recent.getItems().add(item(p.toString(), null, () -> w.open(new DataLocation.OnDisk(p))));
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

    private static void chooseFile(MainWindow w) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open event file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                        "Event files: Annalist, TimelineJS, ACLED, GDELT, UCDP, ICEWS, CSV", "*.json", "*.csv",
                        "*.CSV", "*.tsv", "*.tab", "*.txt", "*.gz", "*.zip"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        if (w.location() instanceof DataLocation.OnDisk d && d.file().toAbsolutePath().getParent() != null) {
            File dir = d.file().toAbsolutePath().getParent().toFile();
            if (dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        File f = chooser.showOpenDialog(w.stage());
        if (f != null) {
            ImportDialog.ask(w.stage(), f.toPath()).ifPresent(options -> w.open(new DataLocation.OnDisk(f.toPath(),
                    options)));
        }
    }
}
