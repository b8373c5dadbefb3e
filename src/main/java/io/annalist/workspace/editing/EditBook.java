package io.annalist.workspace.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

import io.annalist.editing.Conflict;
import io.annalist.editing.Conflicts;
import io.annalist.editing.DataFileSave;
import io.annalist.editing.EditedData;
import io.annalist.editing.EntryDraft;
import io.annalist.editing.EventDraft;
import io.annalist.editing.FieldProblem;
import io.annalist.editing.FileStamp;
import io.annalist.io.Format;
import io.annalist.io.Formats;
import io.annalist.io.ImportOptions;
import io.annalist.marks.Note;
import io.annalist.marks.Workspace;
import io.annalist.model.Dataset;
import io.annalist.model.EventStore;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * The window's hold on the edited data: the {@link EditedData} of the file on screen, made when
 * a file loads (with the changes its workspace keeps), each change the analyst makes applied to
 * it and shown, Save run in the background, and a file changed on disk while changes are
 * unsaved joined with them, the analyst choosing where both sides changed. Every rule of what
 * may change and how is {@code io.annalist.editing}'s; this only keeps the current state and
 * tells the window. Holds no node. FX thread.
 */
public final class EditBook {
    /** The kinds of slow work the book hands the window's task tracker. */
    public enum Work {
        /** Reading how a file was written, for editing and Save: quiet. */
        READ,
        /** Making the data with a change applied, ready for the store: quiet, never cancelled by hand. */
        APPLY,
        /** Writing a file: shown in the status line with Cancel. */
        SAVE
    }

    /** What the book needs of the window. */
    public interface Host {
        /** Shows {@code data} (prepared off the FX thread) in place of the data on screen, keeping the view. */
        void show(EventStore.Prepared data);

        /** The workspace of the data on screen, as read so far. */
        Workspace workspace();

        /** Keeps the edits in the workspace (saved at once, as the marks are). */
        void keep(UnaryOperator<Workspace> edits);

        /** Runs slow work through the task tracker. */
        void run(Task<?> task, Work work);

        /** Tells the analyst something in the message bar. */
        void tell(String message);

        /** Reads the data file again (after a save refused because it changed on disk). */
        void reload();
    }

    /** Asks the analyst which side to keep for each event changed both here and on disk; null keeps theirs nowhere. */
    public interface ConflictAsker {
        Map<String, Conflict.Choice> ask(String file, List<Conflict> conflicts);
    }

    /** The file read, and how: what Save needs to write it. */
    private record Opened(Object location, Dataset file, Path path, Format format, FileStamp stamp) {
    }

    private final Host host;
    private final Clock clock;
    private final String user;
    private final ReadOnlyObjectWrapper<EditedData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private ConflictAsker asker = (file, conflicts) -> null;
    private Opened opened;
    /** Changes asked for and not yet on screen. */
    private final ChangeQueue queue;

    public EditBook(Host host) {
        this(host, Clock.systemUTC(), Note.defaultAuthor());
    }

    public EditBook(Host host, Clock clock, String user) {
        this.host = host;
        this.clock = clock;
        this.user = user;
        queue = new ChangeQueue(new ChangeQueue.Screen() {
            @Override
            public EditedData current() {
                return data.get();
            }

            @Override
            public void put(EditedData next, EventStore.Prepared prepared, boolean keep) {
                EditBook.this.put(next, prepared, keep);
            }

            @Override
            public void run(Task<?> task) {
                host.run(task, Work.APPLY);
            }

            @Override
            public void tell(String message) {
                host.tell(message);
            }
        });
    }

    public void setConflictAsker(ConflictAsker a) {
        asker = Objects.requireNonNull(a);
    }

    /** The edited data of the file on screen; null while nothing is open or the file is being stamped. */
    public ReadOnlyObjectProperty<EditedData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public EditedData data() {
        return data.get();
    }

    /** True while a change asked for is still being worked out or waits its turn. */
    public boolean isApplying() {
        return queue.busy();
    }

    /** Runs {@code then} once every change asked for so far is on screen: at once when none is under way. */
    public void whenApplied(Runnable then) {
        queue.whenDone(then);
    }

    /** True while Save runs. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True when a file Save writes holds changes it does not have yet (or may, once the changes under way are in). */
    public boolean hasUnsavedChanges() {
        return data.get() != null && (data.get().hasUnsavedChanges() || queue.busy() && data.get().writesFile());
    }

    /** A file's name for messages: the one on screen. */
    public String fileName() {
        return opened == null || opened.path() == null ? "the data" : String.valueOf(opened.path().getFileName());
    }

    // ---- loads ---------------------------------------------------------------------------------

    /**
     * The store now shows {@code d}: a file just read (a load or a reload of {@code location},
     * read from {@code path} with {@code options}; a bundled dataset has no path). The data this
     * book puts there itself ({@link Host#show}) is not one.
     */
    public void dataArrived(Object location, Dataset d, Path path, ImportOptions options) {
        EditedData now = data.get();
        boolean same = opened != null && Objects.equals(opened.location(), location);
        if (!same) {
            queue.forget();
            data.set(null);
        }
        Opened before = opened;
        Task<Opened> task = new Task<>() {
            {
                updateMessage("Reading " + (path == null ? "the data" : path.getFileName()) + " for editing…");
            }

            @Override
            protected Opened call() throws IOException {
                if (path == null) {
                    return new Opened(location, d, null, null, null);
                }
                Format format = Formats.detect(path, options);
                return new Opened(location, d, path, format, EditedData.savesInPlace(path, format)
                        ? FileStamp.of(path) : null);
            }
        };
        int opening = queue.opening();
        // After the changes under way: a file changed on disk is joined with every one of them.
        task.setOnSucceeded(e -> whenApplied(() -> {
            if (opening == queue.opening()) {
                read(task.getValue(), same ? data.get() : null, before);
            }
        }));
        task.setOnFailed(e -> whenApplied(() -> {
            // The file went away or cannot be read: its changes stay in the workspace, nothing is written.
            if (opening == queue.opening()) {
                read(new Opened(location, d, null, null, null), same ? data.get() : null, before);
            }
        }));
        host.run(task, Work.READ);
    }

    private void read(Opened o, EditedData before, Opened was) {
        if (before != null && before.hasUnsavedChanges() && was != null && was.stamp() != null && o.stamp() != null) {
            if (was.stamp().equals(o.stamp())) {
                // The same bytes (read again by hand): the unsaved changes go back on screen.
                opened = was;
                show(before);
                return;
            }
            opened = o;
            joinChangedFile(before, o);
            return;
        }
        if (before != null && was != null && was.stamp() != null && was.stamp().equals(o.stamp())) {
            // Our own save read back by the file watcher: the undo history stays.
            opened = o;
            return;
        }
        opened = o;
        Workspace w = host.workspace();
        // Made on a worker; shown only when the workspace's changes make it differ from the file, which is on screen.
        queue.add(new ChangeQueue.Step(x -> EditedData.open(o.file(), o.path(), o.format(), o.stamp(), w, user,
                clock), (old, fresh) -> !fresh.overrides().isEmpty(), false, (old, fresh) -> fresh.notes().stream()
                .limit(1).forEach(n -> host.tell("Your changes to this data: " + n.message() + (fresh.notes().size() > 1
                        ? " (and " + (fresh.notes().size() - 1) + " more; File → Changes…)" : "")))));
    }

    private void joinChangedFile(EditedData mine, Opened disk) {
        List<Conflict> conflicts = Conflicts.find(mine, disk.file());
        Map<String, Conflict.Choice> choices = Map.of();
        if (!conflicts.isEmpty()) {
            choices = asker.ask(fileName(), conflicts);
            if (choices == null) {
                choices = new java.util.HashMap<>();
                for (Conflict c : conflicts) {
                    choices.put(c.eventId(), Conflict.Choice.KEEP_MINE);
                }
            }
        }
        Map<String, Conflict.Choice> chosen = choices;
        queue.add(new ChangeQueue.Step(x -> Conflicts.reload(mine, disk.file(), disk.stamp(), chosen),
                (was, now) -> true, true, (was, joined) -> host.tell(fileName() + " was changed on disk: its changes"
                + " are read in, and your changes not saved yet are kept" + (conflicts.isEmpty() ? "."
                : " where you chose them."))));
    }

    /**
     * The workspace of the data was read (or changed on disk): its changes go on screen, unless
     * the analyst has already changed something since the data opened.
     */
    public void workspaceRead(Workspace w) {
        EditedData now = data.get();
        if (now == null || opened == null || now.history().canUndo() || now.history().canRedo()
                || !now.unsaved().isEmpty()) {
            return;
        }
        if (now.into(w).equals(w) && (now.writesFile() || now.overrides().equals(w.overrides()))) {
            return;
        }
        Opened o = opened;
        queue.add(ChangeQueue.Step.always(x -> EditedData.open(o.file(), o.path(), o.format(), o.stamp(), w, user,
                clock), false));
    }

    // ---- changes -------------------------------------------------------------------------------

    /**
     * Saves a form: the event added or changed with its new actors and sources. The problems
     * when refused (at once, read as the reader reads the event); otherwise the change is made
     * on a worker and shown when ready, after any change still under way.
     */
    public List<FieldProblem> submit(EventDraft draft, List<EntryDraft> newEntries) {
        List<FieldProblem> problems = data.get().check(draft, newEntries);
        if (!FieldProblem.anyError(problems)) {
            List<EntryDraft> entries = List.copyOf(newEntries);
            change(d -> outcome(d.submit(draft, entries, List.of())), (was, now) -> { });
        }
        return problems;
    }

    public void delete(String eventId) {
        change(d -> outcome(d.delete(eventId)), (was, now) -> { });
    }

    /** Brings back a deleted event as it was when deleted; recorded as restored. {@code done} hears once it is on screen. */
    public void restore(String eventId, Runnable done) {
        change(d -> outcome(d.restore(eventId)), (was, now) -> done.run());
    }

    /** Undoes the last change; {@code told} hears what was undone, once it is on screen. */
    public void undo(java.util.function.Consumer<String> told) {
        change(EditedData::undo, (was, now) -> {
            if (was != now) {
                told.accept(was.history().undoLabel());
            }
        });
    }

    /** Redoes the last change undone; {@code told} hears what was redone, once it is on screen. */
    public void redo(java.util.function.Consumer<String> told) {
        change(EditedData::redo, (was, now) -> {
            if (was != now) {
                told.accept(was.history().redoLabel());
            }
        });
    }

    private static EditedData outcome(EditedData.Outcome o) {
        if (!o.ok()) {
            throw new ChangeQueue.Refused(o.problems());
        }
        return o.data();
    }

    /** A change of the analyst's: worked out from the data the changes before it leave, kept in the workspace. */
    private void change(UnaryOperator<EditedData> how, BiConsumer<EditedData, EditedData> done) {
        if (data.get() != null) {
            queue.add(ChangeQueue.Step.change(how, done));
        }
    }

    /** Puts {@code next} on screen as it is (a value already worked out), in turn after the changes under way. */
    private void show(EditedData next) {
        queue.add(ChangeQueue.Step.always(x -> next, true));
    }

    private void put(EditedData next, EventStore.Prepared prepared, boolean keep) {
        EditedData before = data.get();
        data.set(next);
        if (prepared != null) {
            host.show(prepared);
        }
        if (keep && (before == null || !before.changes().equals(next.changes())
                || !next.writesFile() && !before.overrides().equals(next.overrides()))) {
            host.keep(next::into);
        }
    }

    // ---- save ----------------------------------------------------------------------------------

    /**
     * Save: the changes written into the data file, all or nothing, in the background; then
     * {@code after} runs. A file changed on disk since it was read is not written: it is read
     * again and joined with the changes, and the analyst saves again.
     */
    public void save(Runnable after) {
        if (queue.busy()) {
            whenApplied(() -> save(after));
            return;
        }
        EditedData from = data.get();
        if (from == null || !from.writesFile() || saving.get()) {
            return;
        }
        Task<EditedData> task = new Task<>() {
            {
                updateMessage("Saving " + fileName() + "…");
            }

            @Override
            protected EditedData call() throws IOException {
                return from.save();
            }
        };
        saving.set(true);
        task.setOnSucceeded(e -> {
            saving.set(false);
            EditedData saved = task.getValue();
            if (data.get() != from || queue.busy()) {
                host.tell("Changes made while saving are not saved yet: save again.");
                return;
            }
            Opened o = opened;
            Task<FileStamp> stamp = new Task<>() {
                @Override
                protected FileStamp call() throws IOException {
                    return FileStamp.of(o.path());
                }
            };
            stamp.setOnSucceeded(x -> opened = new Opened(o.location(), saved.file(), o.path(), o.format(),
                    stamp.getValue()));
            host.run(stamp, Work.READ);
            data.set(saved);
            host.keep(saved::into);
            host.tell("Saved " + fileName() + ".");
            after.run();
        });
        task.setOnFailed(e -> {
            saving.set(false);
            Throwable t = task.getException();
            if (t instanceof DataFileSave.ChangedOnDisk) {
                host.tell(t.getMessage() + "; it is read again and joined with your changes — then save again.");
                host.reload();
            } else {
                host.tell("Could not save " + fileName() + ": " + (t.getMessage() == null ? t.getClass()
                        .getSimpleName() : t.getMessage()) + " — the file is as it was, and your changes are kept.");
            }
        });
        task.setOnCancelled(e -> saving.set(false));
        host.run(task, Work.SAVE);
    }

    /** Save as…: the edited data in our format to {@code out}, in the background. */
    public void saveAs(Path out) {
        if (queue.busy()) {
            whenApplied(() -> saveAs(out));
            return;
        }
        EditedData from = data.get();
        if (from != null) {
            write("Saving " + out.getFileName() + "…", () -> from.saveAs(out), "Saved as " + out + ".",
                    "Could not save as " + out);
        }
    }

    /** Writes the audit trail as CSV to {@code out}, in the background (File → Changes → Export). */
    public void exportChanges(Path out) {
        if (queue.busy()) {
            whenApplied(() -> exportChanges(out));
            return;
        }
        EditedData from = data.get();
        write("Exporting the changes to " + out.getFileName() + "…", () -> from.exportChanges(out),
                "Changes exported to " + out + ".", "Could not export the changes to " + out);
    }

    /** Writing a file all or nothing. */
    private interface Writing {
        void write() throws IOException;
    }

    private void write(String message, Writing how, String done, String failed) {
        Task<Void> task = new Task<>() {
            {
                updateMessage(message);
            }

            @Override
            protected Void call() throws IOException {
                how.write();
                return null;
            }
        };
        task.setOnSucceeded(e -> host.tell(done));
        task.setOnFailed(e -> host.tell(failed + ": " + task.getException().getMessage()));
        host.run(task, Work.SAVE);
    }

    /** The end of an event's details: its changes, and the provider's values it replaced; null for none. */
    public javafx.scene.Node changesOf(io.annalist.model.Event e) {
        return ChangesSection.of(data.get(), e);
    }

    /** The changes not saved dropped (the analyst chose not to save): the file's data back on screen. */
    public void discard() {
        if (queue.busy()) {
            whenApplied(this::discard);
            return;
        }
        EditedData now = data.get();
        if (now != null && now.hasUnsavedChanges()) {
            show(now.discard());
        }
    }
}
