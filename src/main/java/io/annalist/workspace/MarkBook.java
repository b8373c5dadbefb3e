package io.annalist.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.annalist.io.AnalystBlock;
import io.annalist.io.WorkspaceReader;
import io.annalist.io.WorkspaceSync;
import io.annalist.io.WorkspaceWriter;
import io.annalist.marks.AttachedMarks;
import io.annalist.marks.Mark;
import io.annalist.marks.Marks;
import io.annalist.marks.Note;
import io.annalist.marks.SavedView;
import io.annalist.marks.Workspace;
import io.annalist.marks.WorkspaceMerge;
import io.annalist.model.Event;
import io.annalist.workspace.marks.MarkKeeper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

/**
 * The analyst's own layer over the data on screen — stars, tags, notes and saved views — and
 * the workspace file that keeps it beside the data ({@code FILE.annalist-workspace.json}; for a
 * bundled dataset, in Annalist's own folder). Opening data reads its workspace; every change is
 * saved at once in the background, all or nothing, joined with what another writer put in the
 * file meanwhile ({@link WorkspaceSync}); a workspace changed on disk is read again and joined.
 * A workspace that cannot be read is never written over. Marks an event file carries with its
 * events (a colleague's) show where the workspace has none, and become the analyst's own when
 * changed. Holds no node. FX thread.
 */
public final class MarkBook implements AutoCloseable, MarkKeeper {
    private final Session session;
    private final TaskTracker tasks;
    private final Consumer<String> tell;
    private final Path bundledFolder;
    private final ReadOnlyObjectWrapper<AttachedMarks> attached = new ReadOnlyObjectWrapper<>(this, "attached",
            AttachedMarks.empty());
    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace",
            Workspace.EMPTY);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final FileWatcher watcher = new FileWatcher(this::changedOnDisk);
    /** The workspace as the file last held it (read or written by us), or null for no file yet. */
    private Workspace base;
    /** False while the workspace on disk could not be read: nothing is written over it. */
    private boolean writable = true;
    private Marks carried = Marks.NONE;
    private DataLocation shownFor;
    /** A workspace chosen with File → Open workspace…, for the data it names, which is loading. */
    private Path chosen;
    private boolean saving;
    private boolean dirty;
    /** Held while the workspace file is written: by a save in the background, or by the last one at closing. */
    private final java.util.concurrent.locks.ReentrantLock writing = new java.util.concurrent.locks.ReentrantLock();
    /** What the save in the background wrote, until the FX thread has taken it in; set before it lets go of the file. */
    private volatile Workspace written;
    /** The window is closing: a save that has not started yet writes nothing, the last save writes everything. */
    private volatile boolean closing;
    /** How the file is written; a test may stand in for it. */
    Saver saver = WorkspaceSync::save;

    /** Writes a workspace joined with what another writer put in the file since {@code base}. */
    interface Saver {
        WorkspaceSync.Saved save(Path file, Workspace base, Workspace ours) throws IOException;
    }

    /** @param bundledFolder where the workspaces of the bundled datasets are kept */
    public MarkBook(Session session, TaskTracker tasks, Consumer<String> tell, Path bundledFolder) {
        this.session = session;
        this.tasks = tasks;
        this.tell = tell;
        this.bundledFolder = bundledFolder;
        session.store().datasetProperty().addListener((obs, o, d) -> dataChanged());
        session.locationProperty().addListener((obs, o, where) -> opened(where));
    }

    // ---- what the window reads ---------------------------------------------------------------

    /** The marks set against the events on screen: what the filter, the table and the timeline look up. */
    public ReadOnlyObjectProperty<AttachedMarks> attachedProperty() {
        return attached.getReadOnlyProperty();
    }

    public AttachedMarks attached() {
        return attached.get();
    }

    /** The workspace as it stands now (marks and views). */
    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public Workspace workspace() {
        return workspace.get();
    }

    /** The workspace file the marks are saved to, or null when nothing is open. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The mark on {@code e}, or an empty one. */
    public Mark markOf(Event e) {
        Mark m = attached.get().markOf(e);
        return m != null ? m : Mark.none(e.id(), null);
    }

    public boolean isStarred(Event e) {
        return e != null && attached.get().isStarred(e.id());
    }

    /** True while a save runs or waits to run. */
    public boolean saving() {
        return saving || dirty;
    }

    // ---- changing the marks -------------------------------------------------------------------

    /** Stars or unstars every one of {@code events}. */
    public void star(Collection<Event> events, boolean on) {
        change(events, m -> m.withStar(events, on));
    }

    /** Stars {@code e} if it is not, else unstars it. */
    public void toggleStar(Event e) {
        if (e != null) {
            star(List.of(e), !isStarred(e));
        }
    }

    /**
     * Puts the tag typed on every one of {@code events}.
     *
     * @throws IllegalArgumentException with the reason when it cannot be a tag
     */
    public void tag(Collection<Event> events, String typed) {
        change(events, m -> m.withTag(events, typed));
    }

    public void untag(Collection<Event> events, String tag) {
        change(events, m -> m.withoutTag(events, tag));
    }

    /**
     * Adds a note by this computer's user, written now, to each of {@code events}.
     *
     * @throws IllegalArgumentException when the note is empty or too long
     */
    public void note(Collection<Event> events, String text) {
        change(events, m -> m.withNote(events, text, Note.defaultAuthor(), Instant.now()));
    }

    /** Changes the text of a note; an empty text is refused with the reason. */
    public void editNote(Event e, String noteId, String text) {
        change(List.of(e), m -> m.withNoteText(e.id(), noteId, text, Instant.now()));
    }

    public void deleteNote(Event e, String noteId) {
        change(List.of(e), m -> m.withoutNote(e.id(), noteId, Instant.now()));
    }

    /**
     * Changes the marks shown as {@code how} says, and keeps in the workspace the marks of
     * {@code events} as they are now — a colleague's mark carried by the file, once changed, is
     * the analyst's own.
     */
    private void change(Collection<Event> events, UnaryOperator<Marks> how) {
        Marks shown = attached.get().marks();
        Marks after = how.apply(shown);
        TreeMap<String, Mark> kept = new TreeMap<>();
        workspace.get().marks().all().forEach(m -> kept.put(m.eventId(), m));
        for (Event e : events) {
            Mark m = after.get(e.id());
            if (m == null) {
                kept.remove(e.id());
            } else {
                kept.put(e.id(), m);
            }
        }
        Marks own = Marks.of(kept.values(), after.deletedNotes());
        setWorkspace(workspace.get().withMarks(own));
        save();
    }

    /** Keeps the analyst's changes to events (overrides, audit trail) in the workspace, saved at once. */
    public void keepEdits(UnaryOperator<Workspace> edits) {
        setWorkspace(edits.apply(workspace.get()));
        save();
    }

    // ---- saved views ----------------------------------------------------------------------------

    /** Saves the view on screen as {@code name} (made unique: "name (2)"); returns the view saved. */
    public SavedView saveView(String name) {
        SavedView v = shown().saveAs(workspace.get().freeViewName(name));
        changeViews(w -> w.withView(v));
        return v;
    }

    /** The view {@code v} now shows what is on screen. */
    public void updateView(SavedView v) {
        changeViews(w -> w.withView(shown().saveInto(v)));
    }

    /** The view on screen as a saved view keeps it: with its selection only when its filter shows that event. */
    private ViewState shown() {
        ViewState v = session.getView();
        String id = v.selectedEventId();
        boolean hidden = id != null && session.store().filteredEvents().stream().noneMatch(e -> e.id().equals(id));
        return hidden ? v.withSelectedEventId(null) : v;
    }

    public void renameView(SavedView v, String name) {
        String clean = SavedView.cleanName(name);
        if (!clean.equalsIgnoreCase(v.name())) {
            clean = workspace.get().freeViewName(clean);
        }
        String finalName = clean;
        changeViews(w -> w.withView(v.withName(finalName)));
    }

    public void deleteView(SavedView v) {
        changeViews(w -> w.withoutView(v.id()));
    }

    /** Moves {@code v} by {@code by} places in the list (−1 up, +1 down). */
    public void moveView(SavedView v, int by) {
        int at = workspace.get().views().indexOf(workspace.get().views().stream()
                .filter(x -> x.id().equals(v.id())).findFirst().orElse(v));
        if (at >= 0) {
            changeViews(w -> w.withViewMoved(v.id(), at + by));
        }
    }

    /** Shows the saved view {@code v}: a step Back undoes. */
    public void restore(SavedView v) {
        ViewState now = session.getView();
        session.markStep();
        session.change(Session.Change.STEP, x -> ViewState.of(v).withRowLimits(now.rowLimits()));
    }

    /**
     * The name of the saved view on screen — its time, filter, lanes, collapsed lanes and quiet
     * periods as saved, whatever the rows and the selection — or null when none is.
     */
    public String shownViewName() {
        ViewState now = session.getView();
        for (SavedView v : workspace.get().views()) {
            if (ViewState.of(v).withRowLimits(now.rowLimits()).withSelectedEventId(now.selectedEventId())
                    .equals(now)) {
                return v.name();
            }
        }
        return null;
    }

    private void changeViews(UnaryOperator<Workspace> how) {
        setWorkspace(how.apply(workspace.get()));
        save();
    }

    // ---- the file ------------------------------------------------------------------------------

    /** Where the workspace of {@code where} is kept. */
    Path workspaceFileOf(DataLocation where) {
        if (where instanceof DataLocation.OnDisk d) {
            return Workspace.beside(d.file());
        }
        if (where instanceof DataLocation.Bundled b) {
            return bundledFolder.resolve(b.data().fileName() + Workspace.SUFFIX);
        }
        return null;
    }

    /**
     * Opens the workspace at {@code ws} with its data: the data it names is loaded by
     * {@code open}, and the marks are kept in {@code ws} from then on.
     *
     * @return a problem in words, or null when the data is being opened
     */
    String openWorkspace(Path ws, Consumer<DataLocation> open) {
        WorkspaceReader.Result r = new WorkspaceReader().read(ws);
        if (r.failed()) {
            return "Could not open the workspace " + r.problem().format();
        }
        DataLocation data = WorkspaceData.dataOf(r.workspace(), ws);
        if (data == null) {
            return "The workspace " + ws.getFileName() + " names no data file that can be found"
                    + (r.workspace().data() == null ? "" : " (\"" + r.workspace().data() + "\")")
                    + "; open the data file first, then the workspace beside it is used.";
        }
        chosen = ws.toAbsolutePath().normalize();
        if (data.equals(session.getLocation())) {
            shownFor = null;
            opened(data);
        } else {
            open.accept(data);
        }
        return null;
    }

    /** Writes the workspace as it stands to {@code target} (for a colleague), naming the data from there. */
    void saveAs(Path target, Runnable done) {
        DataLocation where = session.getLocation();
        Workspace copy = workspace.get().withData(where == null ? workspace.get().data() : WorkspaceData.dataName(where, target));
        Task<Void> task = new Task<>() {
            {
                updateMessage("Saving the workspace as " + target.getFileName() + "…");
            }

            @Override
            protected Void call() throws IOException {
                new WorkspaceWriter().write(copy, target);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            tell.accept("Workspace saved as " + target + ".");
            done.run();
        });
        task.setOnFailed(e -> tell.accept(reason("Could not save the workspace as " + target, task.getException())));
        tasks.run(TaskTracker.Kind.SAVE, task);
    }

    private void opened(DataLocation where) {
        if (where == null || where.equals(shownFor)) {
            return;
        }
        shownFor = where;
        Path ws = chosen != null ? chosen : workspaceFileOf(where);
        chosen = null;
        Workspace fresh = new Workspace(WorkspaceData.dataName(where, ws), Marks.NONE, List.of());
        base = null;
        writable = true;
        dirty = false;
        file.set(ws);
        setWorkspace(fresh);
        watcher.watch(ws);
        read(ws, true);
    }

    private void dataChanged() {
        carried = AnalystBlock.marksIn(session.store().allEvents());
        attached.set(AttachedMarks.attach(workspace.get().marks().orElse(carried), session.store().allEvents()));
        session.store().setMarks(attached.get());
    }

    private void changedOnDisk() {
        Path ws = file.get();
        if (ws != null) {
            read(ws, false);
        }
    }

    /** Reads the workspace file in the background and joins it with what the window holds. */
    private void read(Path ws, boolean first) {
        Workspace before = base;
        Task<Workspace> task = new Task<>() {
            @Override
            protected Workspace call() throws IOException {
                if (!Files.exists(ws)) {
                    return null;
                }
                WorkspaceReader.Result r = new WorkspaceReader().read(ws);
                if (r.failed()) {
                    throw new IOException(r.problem().format());
                }
                return r.workspace();
            }
        };
        task.setOnSucceeded(e -> {
            if (!ws.equals(file.get()) || base != before) {
                return;
            }
            Workspace disk = task.getValue();
            writable = true;
            if (disk == null || disk.equals(base)) {
                return;
            }
            Workspace ours = workspace.get();
            base = disk;
            setWorkspace(ours.marks().isEmpty() && ours.views().isEmpty() && first ? disk
                    : WorkspaceMerge.merge(before, ours, disk));
            if (first) {
                String orphans = attached.get().orphanSummary();
                if (!orphans.isEmpty()) {
                    tell.accept("Your marks: " + orphans + " — kept in the workspace, listed under Mine.");
                }
            }
        });
        task.setOnFailed(e -> {
            if (ws.equals(file.get())) {
                writable = false;
                tell.accept("The workspace " + ws.getFileName() + " cannot be read (" + task.getException().getMessage()
                        + "); your marks are not saved until it is fixed, and it is left as it is.");
            }
        });
        tasks.run(TaskTracker.Kind.WORKSPACE, task);
    }

    private void setWorkspace(Workspace w) {
        workspace.set(w);
        attached.set(attached.get().withMarks(w.marks().orElse(carried)));
        session.store().setMarks(attached.get());
    }

    /** Saves in the background; changes made while a save runs are saved right after it. */
    private void save() {
        Path ws = file.get();
        if (ws == null) {
            return;
        }
        if (!writable) {
            tell.accept("Your marks are not saved: the workspace " + ws.getFileName()
                    + " on disk cannot be read. Fix it or save the workspace elsewhere (File → Save workspace as…).");
            return;
        }
        if (saving) {
            dirty = true;
            return;
        }
        saving = true;
        dirty = false;
        Workspace ours = workspace.get();
        Workspace from = base;
        Task<WorkspaceSync.Saved> task = new Task<>() {
            @Override
            protected WorkspaceSync.Saved call() throws IOException, InterruptedException {
                writing.lockInterruptibly();
                try {
                    if (closing) {
                        return null;
                    }
                    Path dir = ws.toAbsolutePath().getParent();
                    if (dir != null) {
                        Files.createDirectories(dir);
                    }
                    WorkspaceSync.Saved s = saver.save(ws, from, ours);
                    written = s.workspace();
                    return s;
                } finally {
                    writing.unlock();
                }
            }
        };
        task.setOnSucceeded(e -> {
            saving = false;
            written = null;
            if (task.getValue() == null || !ws.equals(file.get())) {
                return;
            }
            Workspace saved = task.getValue().workspace();
            base = saved;
            Workspace now = workspace.get();
            if (!saved.equals(now)) {
                // Another writer's changes were joined in, or the analyst changed more meanwhile.
                setWorkspace(now.equals(ours) ? saved : WorkspaceMerge.merge(ours, now, saved));
            }
            if (dirty) {
                save();
            }
        });
        task.setOnFailed(e -> {
            saving = false;
            dirty = false;
            tell.accept(reason("Your marks could not be saved", task.getException()));
        });
        task.setOnCancelled(e -> saving = false);
        tasks.run(TaskTracker.Kind.WORKSPACE_SAVE, task);
    }

    private static String reason(String what, Throwable t) {
        return what + ": " + (t == null || t.getMessage() == null ? "unknown error" : t.getMessage());
    }

    /** Orphans in words for a list: one line per mark whose event is not in this file. */
    public List<String> orphanLines() {
        List<String> lines = new ArrayList<>();
        for (Mark m : attached.get().orphans()) {
            List<String> what = new ArrayList<>();
            if (m.starred()) {
                what.add("starred");
            }
            if (!m.tags().isEmpty()) {
                what.add("tags " + String.join(", ", m.tags()));
            }
            if (!m.notes().isEmpty()) {
                what.add(m.notes().size() + (m.notes().size() == 1 ? " note" : " notes"));
            }
            lines.add(m.event().describe(m.eventId()) + ": " + String.join("; ", what));
        }
        return lines;
    }

    /** The analyst's tags in use, for completion and the Mine filter. */
    public List<String> tagsInUse() {
        return attached.get().marks().tagsInUse();
    }

    /** Ids of the events with a mark passing {@code wanted}: for tests and selections. */
    Set<String> markedIds() {
        Set<String> ids = new java.util.TreeSet<>();
        attached.get().markedEvents().forEach(e -> ids.add(e.id()));
        return ids;
    }

    /**
     * Saves what is not saved yet, here and now: the window is closing and its background work
     * is being stopped. A save still writing in the background is waited for first (for a while),
     * so that it cannot land after this one and take the last marks back. A problem is only
     * reported on standard error, the window being gone. FX thread.
     */
    void flush() {
        closing = true;
        Path ws = file.get();
        if (ws == null || !writable) {
            return;
        }
        boolean held = false;
        try {
            held = writing.tryLock(FLUSH_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A save stuck for that long (a shared folder gone away) is not waited for any more: better to try.
        try {
            Workspace from = written != null ? written : base;
            Workspace now = workspace.get();
            if (now.equals(from) || from == null && now.marks().isEmpty() && now.views().isEmpty()) {
                return;
            }
            Path dir = ws.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            base = saver.save(ws, from, now).workspace();
        } catch (IOException e) {
            System.err.println("annalist: " + reason("your marks could not be saved", e));
        } finally {
            if (held) {
                writing.unlock();
            }
        }
    }

    /** How long closing waits for a save in the background to finish writing. */
    private static final int FLUSH_WAIT_SECONDS = 20;

    /** True while the last save at closing waits for the one in the background: for tests. */
    boolean flushWaiting() {
        return writing.hasQueuedThreads();
    }

    @Override
    public void close() {
        watcher.close();
    }
}
