package io.annalist.workspace;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.annalist.marks.Workspace;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimelineView;
import io.annalist.workspace.detail.DetailPane;
import io.annalist.workspace.marks.AroundEvent;
import io.annalist.workspace.marks.DetailStar;
import io.annalist.workspace.marks.ManyMarks;
import io.annalist.workspace.marks.MarksSection;
import io.annalist.workspace.marks.MineFilter;
import io.annalist.workspace.marks.ShownView;
import io.annalist.workspace.marks.StarColumn;
import io.annalist.workspace.marks.StarKey;
import io.annalist.workspace.marks.ViewsList;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Puts the analyst's own layer into the window: the star column, multi-select and context
 * menu of the table, the star toggle, tags and notes in the details, the {@code S} key, the
 * stars on the timeline, Mine and Views in the filter pane, "Around this event" wherever an
 * event is, and the workspace's items in the File and View menus. The window calls this once
 * its panes exist. FX thread.
 */
final class MarksWiring {
    /** What the wiring reaches in the window. */
    record Parts(MarkBook book, Session session, Loader loader, Notifier notifier, Scene scene, MenuBar menus,
                 TimelineView timeline, EventTable table, DetailPane detail, FilterPane filters) {
    }

    private MarksWiring() {
    }

    /** Where the workspaces of the bundled datasets are kept: the preferences may name a folder (tests do). */
    static Path bundledFolder(AppPreferences prefs) {
        return io.annalist.marks.BundledWorkspaces.folder(prefs.workspaceFolder());
    }

    static void wire(Parts p) {
        MarkBook book = p.book();
        ShownView shown = shown(p.session());
        TimelineView timeline = p.timeline();
        DetailPane detail = p.detail();
        p.timeline().marksProperty().bind(book.attachedProperty());

        // The table: a star column, several rows at once, and what can be done to them.
        p.table().getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        p.table().getColumns().add(0, StarColumn.create(book));
        ManyMarks many = new ManyMarks(book, shown, p.notifier()::tell, () -> p.scene().getWindow());
        p.table().setContextMenu(many.tableMenu(p.table()));

        // The details: the star, "Around", the analyst's tags and notes.
        detail.addToHeader(new DetailStar(book, detail.eventProperty()));
        MenuButton around = new MenuButton("±");
        around.setId("detailAround");
        around.setTooltip(new Tooltip("Show the time around this event: ± a day, a week, a month, or as long as you say"));
        Menu aroundMenu = AroundEvent.menu(shown, detail.eventProperty()::get, () -> p.scene().getWindow(),
                p.notifier()::tell);
        var items = new ArrayList<>(aroundMenu.getItems());
        aroundMenu.getItems().clear();
        around.getItems().setAll(items);
        around.disableProperty().bind(detail.eventProperty().isNull());
        detail.addToHeader(around);
        MarksSection section = new MarksSection(book);
        detail.setMarksView(section::show);

        // The timeline: right-click an event.
        TimelineContextMenu.of(timeline).add((at, spot) -> {
            if (at == null) {
                return java.util.List.of();
            }
            MenuItem star = new MenuItem(book.isStarred(at) ? "Unstar" : "Star (S)");
            star.setOnAction(x -> book.toggleStar(at));
            return java.util.List.of(star, AroundEvent.menu(shown, () -> at, () -> p.scene().getWindow(),
                    p.notifier()::tell));
        });

        StarKey.install(p.scene(), book, p.table(), () -> {
            Event e = timeline.getSelectedEvent();
            return e != null ? e : detail.eventProperty().get();
        });

        // The filter pane: Mine and Views.
        TitledPane mine = new TitledPane("Mine", new MineFilter(shown, book));
        mine.setId("minePane");
        ViewsList views = new ViewsList(book, p.notifier()::tell);
        TitledPane viewsPane = new TitledPane("Views", views);
        viewsPane.setId("viewsTitled");
        p.filters().addSection(mine);
        p.filters().addSection(viewsPane);

        menus(p, views);
    }

    /** The session as the marks' parts see it: the filter, the events it lets through, a move around an event. */
    static ShownView shown(Session session) {
        return new ShownView() {
            @Override
            public ReadOnlyObjectProperty<EventFilter> filterProperty() {
                return session.filterProperty();
            }

            @Override
            public EventFilter getFilter() {
                return session.getFilter();
            }

            @Override
            public void setFilter(EventFilter f) {
                session.setFilter(f);
            }

            @Override
            public List<Event> shownEvents() {
                return session.store().filteredEvents();
            }

            @Override
            public void showAround(TimeWindow window, String eventId) {
                session.markStep();
                session.setWindow(window);
                session.markStep();
                session.select(eventId);
            }
        };
    }

    private static void menus(Parts p, ViewsList views) {
        for (Menu m : p.menus().getMenus()) {
            if (m.getText().equals("File")) {
                MenuItem open = MainMenu.item("Open workspace…", null, () -> openWorkspace(p));
                open.setId("menuOpenWorkspace");
                MenuItem saveAs = MainMenu.item("Save workspace as…", null, () -> saveWorkspaceAs(p));
                saveAs.setId("menuSaveWorkspaceAs");
                int at = m.getItems().indexOf(m.getItems().stream().filter(i -> i instanceof SeparatorMenuItem)
                        .findFirst().orElse(null));
                m.getItems().addAll(at < 0 ? m.getItems().size() : at, java.util.List.of(new SeparatorMenuItem(),
                        open, saveAs));
            } else if (m.getText().equals("View")) {
                MenuItem save = MainMenu.item("Save view…", "Shortcut+Shift+V", views::saveWithDialog);
                save.setId("menuSaveView");
                m.getItems().addAll(new SeparatorMenuItem(), save);
            }
        }
    }

    private static Window owner(Parts p) {
        return p.scene().getWindow();
    }

    private static void openWorkspace(Parts p) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open workspace");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Annalist workspaces",
                "*" + Workspace.SUFFIX, "*.json"), new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = chooser.showOpenDialog(owner(p));
        if (f != null) {
            openWorkspace(p.book(), p.loader(), p.notifier(), f.toPath());
        }
    }

    /** Opens the workspace at {@code ws} and the data it names. */
    static void openWorkspace(MarkBook book, Loader loader, Notifier notifier, Path ws) {
        String problem = book.openWorkspace(ws, where -> loader.open(where, false));
        if (problem != null) {
            notifier.show(problem);
        }
    }

    private static void saveWorkspaceAs(Parts p) {
        if (p.session().getLocation() == null) {
            p.notifier().show("Open some data first: a workspace holds the marks and views of one data file.");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save workspace as");
        Path now = p.book().fileProperty().get();
        if (now != null) {
            chooser.setInitialFileName(now.getFileName().toString());
            File dir = now.toAbsolutePath().getParent() == null ? null : now.toAbsolutePath().getParent().toFile();
            if (dir != null && dir.isDirectory()) {
                chooser.setInitialDirectory(dir);
            }
        }
        File f = chooser.showSaveDialog(owner(p));
        if (f != null) {
            p.book().saveAs(f.toPath(), () -> { });
        }
    }
}
