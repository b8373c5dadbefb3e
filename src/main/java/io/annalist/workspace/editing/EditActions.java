package io.annalist.workspace.editing;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.annalist.editing.EditedData;
import io.annalist.editing.EventDraft;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.Precision;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * What the analyst does to events in the window: New event (Ctrl+N, or here on the timeline),
 * Edit (F2), Duplicate, Delete, Undo and Redo (Ctrl+Z, Ctrl+Shift+Z), Save (Ctrl+S) and Save
 * as…, File → Changes…, and the question before unsaved changes would be lost. Each goes
 * through the {@link EditBook}; the menu items it makes say what they would undo and are off
 * when there is nothing to do. FX thread.
 */
public final class EditActions {
    private final Window owner;
    private final EditBook book;
    private final Supplier<Event> selected;
    private final Consumer<String> select;
    private final Consumer<String> tell;
    private EventForm open;
    private SaveChooser chooser = SaveChooser.SYSTEM;

    /**
     * @param selected the event being read (the timeline's selection, or the details')
     * @param select   selects an event by id, once it is on screen
     */
    public EditActions(Window owner, EditBook book, Supplier<Event> selected, Consumer<String> select,
                       Consumer<String> tell) {
        this.owner = owner;
        this.book = book;
        this.selected = selected;
        this.select = select;
        this.tell = tell;
        book.setConflictAsker(new ConflictPrompt(owner));
    }

    /** Where Save as… and the export of the changes ask for a file; a test stands in for the system's dialog. */
    public void setSaveChooser(SaveChooser c) {
        chooser = java.util.Objects.requireNonNull(c);
    }

    /** The edited data and its changes. */
    public EditBook book() {
        return book;
    }

    private boolean ready() {
        if (book.data() == null) {
            tell.accept("Open some data first: events are added to and changed in the data on screen.");
            return false;
        }
        return true;
    }

    /** Ctrl+N: a blank event; its kind, date and everything else as the analyst gives them. */
    public void newEvent() {
        if (ready()) {
            form(EventDraft.blank(book.data().freshId("new event", ""), EventKind.OTHER), true, "New event");
        }
    }

    /**
     * "New event here": dated at {@code time} written to {@code precision} (the analyst changes it
     * with Year, Month, Day), with the lane's actor, or of the lane's kind.
     */
    public void newEventAt(long time, Precision precision, String actorId, EventKind kind) {
        if (!ready()) {
            return;
        }
        EventDraft d = EventDraft.blank(book.data().freshId("new event", ""), kind == null ? EventKind.OTHER : kind);
        d = d.withWhen(io.annalist.editing.DateEntry.read(io.annalist.editing.DateEntry.textAt(time, precision)));
        if (actorId != null) {
            d = d.withList("actors", List.of(actorId));
        }
        form(d, true, "New event");
    }

    /** F2: the form of the event being read. */
    public void edit() {
        edit(selected.get());
    }

    /** The form of {@code e} (the event right-clicked). */
    public void edit(Event e) {
        if (e == null) {
            tell.accept("Select an event to edit (on the timeline, in the table), then press F2.");
        } else if (ready() && current(e) != null) {
            form(EventDraft.of(current(e)), false, "Edit event — " + e.displayTitle());
        }
    }

    /** A copy of the event being read under a new id, in the form, to change before it is added. */
    public void duplicate() {
        duplicate(selected.get());
    }

    private void duplicate(Event e) {
        if (e != null && ready() && current(e) != null) {
            form(book.data().duplicate(e.id()), true, "Duplicate of " + e.displayTitle());
        }
    }

    /** Deletes the event being read; Undo brings it back. */
    public void delete() {
        delete(selected.get());
    }

    private void delete(Event e) {
        if (e != null && ready() && current(e) != null) {
            book.delete(e.id());
            tell.accept("Deleted \u201c" + e.displayTitle() + "\u201d — Edit → Undo (Ctrl+Z) brings it back.");
        }
    }

    public void undo() {
        step(true);
    }

    public void redo() {
        step(false);
    }

    /** Undoes ({@code back}) or redoes the last step, and says which. */
    private void step(boolean back) {
        if (book.data() == null) {
            return;
        }
        if (back) {
            book.undo(what -> tell.accept(what + " — done."));
        } else {
            book.redo(what -> tell.accept(what + " — done."));
        }
    }

    /** Ctrl+S: into the data file when Annalist writes it; else Save as…, the file itself never being written over. */
    public void save() {
        EditedData d = book.data();
        if (d == null) {
            return;
        }
        if (d.writesFile()) {
            if (d.hasUnsavedChanges()) {
                book.save(() -> { });
            } else {
                tell.accept("Nothing to save: " + book.fileName() + " holds every change.");
            }
        } else {
            tell.accept("Your changes to " + book.fileName() + " are kept in its workspace as you make them;"
                    + " File → Save edited events as… writes the data with them in our format.");
        }
    }

    /** Save as…: the data with every change, in our format, to a file the analyst names. */
    public void saveAs() {
        if (!ready()) {
            return;
        }
        Path f = chooser.choose(owner, "Save edited events as", null,
                new FileChooser.ExtensionFilter("Annalist events", "*.json"));
        if (f != null) {
            book.saveAs(f);
        }
    }

    public void showChanges() {
        if (ready()) {
            new ChangesDialog(owner, book, chooser, tell).show();
        }
    }

    /**
     * Asked before unsaved changes would be lost (quitting, opening another file): Save, Don't
     * save or Cancel. True to go on now; false to stay — after Save, {@code then} goes on once
     * the file is written.
     */
    public boolean mayLeave(Runnable then) {
        if (!book.hasUnsavedChanges()) {
            return true;
        }
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", save, drop, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save your changes to " + book.fileName() + "?");
        a.setContentText(count(Math.max(1, book.data().unsaved().size())) + " not saved yet. If you don't save, they"
                + " are lost.");
        a.getDialogPane().setId("unsavedPrompt");
        ButtonType chosen = a.showAndWait().orElse(ButtonType.CANCEL);
        if (chosen == save) {
            book.save(then);
            return false;
        }
        if (chosen == drop) {
            book.discard();
            return true;
        }
        return false;
    }

    private static String count(int n) {
        return n == 1 ? "One change is" : n + " changes are";
    }

    // ---- menus ---------------------------------------------------------------------------------

    /** Undo, Redo, New event, Edit event, Duplicate event, Delete event: for the Edit menu. */
    public List<MenuItem> editItems() {
        MenuItem undo = item("Undo", "Shortcut+Z", "menuUndo", this::undo);
        MenuItem redo = item("Redo", "Shortcut+Shift+Z", "menuRedo", this::redo);
        MenuItem add = item("New event…", "Shortcut+N", "menuNewEvent", this::newEvent);
        MenuItem edit = item("Edit event…", "F2", "menuEditEvent", this::edit);
        MenuItem dup = item("Duplicate event…", "Shortcut+D", "menuDuplicateEvent", this::duplicate);
        MenuItem del = item("Delete event", "Shortcut+Delete", "menuDeleteEvent", this::delete);
        Runnable update = () -> {
            EditedData d = book.data();
            undo.setText(d == null ? "Undo" : d.history().undoLabel());
            redo.setText(d == null ? "Redo" : d.history().redoLabel());
            undo.setDisable(d == null || !d.history().canUndo());
            redo.setDisable(d == null || !d.history().canRedo());
            add.setDisable(d == null);
        };
        book.dataProperty().addListener((o, a, b) -> update.run());
        update.run();
        return List.of(undo, redo, new SeparatorMenuItem(), add, edit, dup, del);
    }

    /** Save, Save edited events as…, Changes…: for the File menu. */
    public List<MenuItem> fileItems() {
        MenuItem save = item("Save", "Shortcut+S", "menuSave", this::save);
        MenuItem saveAs = item("Save edited events as…", null, "menuSaveEditedAs", this::saveAs);
        MenuItem changes = item("Changes…", null, "menuChanges", this::showChanges);
        Runnable update = () -> {
            EditedData d = book.data();
            save.setDisable(d == null || !d.hasUnsavedChanges() || book.savingProperty().get());
            saveAs.setDisable(d == null);
            changes.setDisable(d == null);
        };
        book.dataProperty().addListener((o, a, b) -> update.run());
        book.savingProperty().addListener((o, a, b) -> update.run());
        update.run();
        return List.of(save, saveAs, changes);
    }

    /** The items of the timeline's context menu for {@code at} (or for an empty place, null). */
    public List<MenuItem> timelineItems(Event at, Runnable newHere) {
        MenuItem here = item("New event here…", null, "ctxNewEventHere", newHere);
        if (at == null) {
            return List.of(here);
        }
        return List.of(item("Edit event…", null, "ctxEditEvent", () -> edit(at)),
                item("Duplicate event…", null, "ctxDuplicateEvent", () -> duplicate(at)),
                item("Delete event", null, "ctxDeleteEvent", () -> delete(at)), here);
    }

    /** The menu of the details pane's Edit button. */
    public Menu detailsMenu() {
        return new Menu("Edit", null, item("Edit event… (F2)", null, null, this::edit),
                item("Duplicate event…", null, null, this::duplicate), item("Delete event", null, null, this::delete));
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The event as the edited data holds it now; null (with a word) when it is not there. */
    private Event current(Event e) {
        Event now = book.data().event(e.id());
        if (now == null) {
            tell.accept("\u201c" + e.displayTitle() + "\u201d is not in the edited data any more.");
        }
        return now;
    }

    private void form(EventDraft d, boolean isNew, String title) {
        if (open != null && open.stage().isShowing()) {
            open.stage().toFront();
            return;
        }
        open = new EventForm(owner, book, d, isNew, title);
        open.stage().setOnHidden(e -> {
            String id = open.savedId();
            open = null;
            if (id != null) {
                book.whenApplied(() -> select.accept(id));
            }
        });
        open.show();
    }

    /** The form on screen, or null: for tests. */
    EventForm openForm() {
        return open;
    }
}
