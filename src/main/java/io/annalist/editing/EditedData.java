package io.annalist.editing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.changes.ChangeLog;
import io.annalist.changes.ChangeRecord;
import io.annalist.changes.Directory;
import io.annalist.changes.EventChange;
import io.annalist.changes.EventSnapshot;
import io.annalist.changes.FieldChange;
import io.annalist.changes.Overrides;
import io.annalist.io.EventCheck;
import io.annalist.io.EventJson;
import io.annalist.model.Actor;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.Source;

/**
 * A data file as the analyst has edited it, as a value: the events the file holds, the changes
 * made over them ({@link Overrides}), the audit trail and the undo history. Where the changes
 * go depends on the file: a file in our format is written by Save ({@link DataFileSave}), and
 * until then its changes are unsaved; a file in another format is never written, and its changes
 * are overrides the workspace keeps (and the window saves with the workspace). Every change is
 * checked with the reader's rules first; one with an error is refused with its problems, field
 * by field, and changes nothing. Immutable: each operation returns the next state; the window
 * keeps the current one (call from one thread, or hand the value between threads).
 */
public final class EditedData {
    private final Dataset file;
    private final DataFile dataFile;
    private final Overrides overrides;
    private final ChangeLog log;
    private final List<ChangeRecord> unsaved;
    private final EditHistory history;
    private final String user;
    private final Clock clock;
    private final Overlay.Applied applied;
    private Map<String, Event> byId;

    /** The file Save writes, and what it held when it was read. */
    record DataFile(Path path, FileStamp stamp) {
    }

    /** The next state, or this one with the problems that refused the change. */
    public record Outcome(EditedData data, List<FieldProblem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        /** True when the change was made (warnings may remain). */
        public boolean ok() {
            return !FieldProblem.anyError(problems);
        }
    }

    EditedData(Dataset file, DataFile dataFile, Overrides overrides, ChangeLog log, List<ChangeRecord> unsaved,
               EditHistory history, String user, Clock clock) {
        this.file = file;
        this.dataFile = dataFile;
        this.overrides = overrides;
        this.log = log;
        this.unsaved = List.copyOf(unsaved);
        this.history = history;
        this.user = user;
        this.clock = clock;
        this.applied = Overlay.apply(file, overrides, name());
    }

    /**
     * A file in another format (or one Annalist cannot write): its changes are {@code overrides}
     * kept in the workspace, applied over {@code file} now and at every load.
     */
    public static EditedData overWorkspace(Dataset file, Overrides overrides, ChangeLog log, String user,
                                           Clock clock) {
        return new EditedData(file, null, overrides, log, List.of(), EditHistory.EMPTY, user, clock);
    }

    /** A file in our format at {@code path}, read when it was as {@code stamp} says: Save writes it. */
    public static EditedData inFile(Dataset file, Path path, FileStamp stamp, ChangeLog log, String user,
                                    Clock clock) {
        return new EditedData(file, new DataFile(path, stamp), Overrides.NONE, log, List.of(), EditHistory.EMPTY,
                user, clock);
    }

    /**
     * The data of a file just read, with the changes its workspace holds: Save writes a plain
     * file in our format ({@link #savesInPlace}) and any other file keeps its changes as
     * overrides in the workspace. Overrides a workspace holds for a file Save writes (made when
     * it could not be written) become its unsaved changes, never dropped.
     *
     * @param stamp the file as it was read ({@link FileStamp#of}); used only when Save writes it
     */
    public static EditedData open(Dataset file, Path path, io.annalist.io.Format format, FileStamp stamp,
                                  io.annalist.marks.Workspace workspace, String user, Clock clock) {
        if (path != null && stamp != null && savesInPlace(path, format)) {
            return new EditedData(file, new DataFile(path, stamp), workspace.overrides(), workspace.changes(),
                    List.of(), EditHistory.EMPTY, user, clock);
        }
        return overWorkspace(file, workspace.overrides(), workspace.changes(), user, clock);
    }

    /**
     * {@code w} with this data's overrides (none for a file Save writes: its changes go into the
     * file) and audit trail: what the window saves as the workspace after each change.
     */
    public io.annalist.marks.Workspace into(io.annalist.marks.Workspace w) {
        return w.withEdits(writesFile() ? Overrides.NONE : overrides, log);
    }

    /**
     * True when Save may write {@code file} in place: a plain file in our format ({@code .json},
     * not compressed or in an archive). Any other file keeps its changes as overrides in the
     * workspace ({@link #overWorkspace}); so does a dataset shipped with Annalist.
     */
    public static boolean savesInPlace(Path file, io.annalist.io.Format format) {
        String name = String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT);
        return format == io.annalist.io.Format.ANNALIST && java.nio.file.Files.isRegularFile(file)
                && !name.endsWith(".gz") && !name.endsWith(".zip");
    }

    EditedData next(Dataset f, DataFile df, Overrides o, ChangeLog l, List<ChangeRecord> u, EditHistory h) {
        return new EditedData(f, df, o, l, u, h, user, clock);
    }

    /** True when Save writes the data file; false when the changes are overrides in the workspace. */
    public boolean writesFile() {
        return dataFile != null;
    }

    /** The data with every change applied: what the window shows. */
    public Dataset data() {
        return applied.data();
    }

    /** The data as the file holds it. */
    public Dataset file() {
        return file;
    }

    /** What there is to say about the overrides: events not in the file, provider values changed since. */
    public List<OverrideNote> notes() {
        return applied.notes();
    }

    /** The changes over the file: for a file Save writes, those not saved yet; otherwise the workspace's overrides. */
    public Overrides overrides() {
        return overrides;
    }

    /** The audit trail as recorded: what the workspace keeps. */
    public ChangeLog changes() {
        return log;
    }

    /** Changes made to a file Save writes that are not saved yet, in order (listed as such; recorded at Save). */
    public List<ChangeRecord> unsaved() {
        return unsaved;
    }

    /** Every change in order: the recorded trail, then what is not saved yet (File → Changes lists these). */
    public List<ChangeRecord> allChanges() {
        List<ChangeRecord> all = new ArrayList<>(log.entries());
        all.addAll(unsaved);
        return all;
    }

    /** The history of one event, oldest first: "troops 1,000–3,000 → 1,500–3,000, 2 Dec 2026, analyst, source: …". */
    public List<String> history(String eventId) {
        return ChangeText.history(eventId, allChanges(), ValueWords.of(data()));
    }

    /** Where the analyst changed an imported row: "title B, changed from the provider's value A"; empty otherwise. */
    public List<String> providerValues(String eventId) {
        return writesFile() ? List.of() : ChangeText.providerValues(overrides, eventId, ValueWords.of(data()));
    }

    /** Writes every change as CSV to {@code out}, all or nothing (File → Changes → Export). */
    public void exportChanges(Path out) throws java.io.IOException {
        ChangesCsv.write(allChanges(), ValueWords.of(data()), out);
    }

    /** True when a file Save writes has changes it does not hold yet: quitting asks. */
    public boolean hasUnsavedChanges() {
        return writesFile() && !overrides.isEmpty();
    }

    public EditHistory history() {
        return history;
    }

    String user() {
        return user;
    }

    Clock clock() {
        return clock;
    }

    DataFile dataFile() {
        return dataFile;
    }

    /** The event with {@code id} as it is now, or null. */
    public Event event(String id) {
        if (byId == null) {
            Map<String, Event> m = new HashMap<>();
            data().events().forEach(e -> m.putIfAbsent(e.id(), e));
            byId = m;
        }
        return byId.get(id);
    }

    /** The problems of {@code draft}, field by field, read as the reader reads an event of this file. */
    public List<FieldProblem> check(EventDraft draft) {
        return check(draft, List.of());
    }

    /** The problems of {@code draft} read with {@code newEntries} added to the file's actors and sources. */
    public List<FieldProblem> check(EventDraft draft, List<EntryDraft> newEntries) {
        List<FieldProblem> out = new ArrayList<>();
        checked(draft, newEntries, out);
        return out;
    }

    /** The problems of a new actor or source ({@code source.url}: link "…" is not an http(s) link...). */
    public List<FieldProblem> check(EntryDraft entry) {
        List<FieldProblem> out = new ArrayList<>();
        checkEntry(entry, actorIds(), out);
        return out;
    }

    private Event checked(EventDraft draft, List<EntryDraft> newEntries, List<FieldProblem> out) {
        Set<String> actors = actorIds();
        Set<String> sources = sourceIds();
        for (EntryDraft e : newEntries) {
            if (checkEntry(e, actors, out)) {
                (e.directory() == Directory.ACTOR ? actors : sources).add(e.id());
            }
        }
        EventCheck.Checked<Event> c = EventCheck.event(draft.snapshot(), actors, sources, name());
        c.problems().forEach(p -> out.add(FieldProblem.of(p)));
        return c.ok() ? c.value() : null;
    }

    private boolean checkEntry(EntryDraft e, Set<String> actors, List<FieldProblem> out) {
        String prefix = e.directory().jsonName();
        List<io.annalist.model.Problem> problems;
        boolean taken = e.directory() == Directory.ACTOR ? actors.contains(e.id()) : sourceIds().contains(e.id());
        if (e.directory() == Directory.ACTOR) {
            EventCheck.Checked<Actor> a = EventCheck.actor(e.json(), actors, name());
            problems = a.problems();
        } else {
            EventCheck.Checked<Source> s = EventCheck.source(e.json(), name());
            problems = s.problems();
        }
        int before = out.size();
        problems.forEach(p -> {
            FieldProblem f = FieldProblem.of(p);
            out.add(new FieldProblem(f.field().isEmpty() ? prefix : prefix + "." + f.field(), f.severity(),
                    f.message()));
        });
        if (taken) {
            out.add(FieldProblem.error(prefix + ".id", prefix + " id \"" + e.id() + "\" is used twice; the second is"
                    + " ignored"));
        }
        return !FieldProblem.anyError(out.subList(before, out.size()));
    }

    private Set<String> actorIds() {
        Set<String> ids = new HashSet<>();
        data().actors().forEach(a -> ids.add(a.id()));
        return ids;
    }

    private Set<String> sourceIds() {
        Set<String> ids = new HashSet<>();
        data().sources().forEach(s -> ids.add(s.id()));
        return ids;
    }

    /**
     * Saves what a form holds: adds the event when its id is new, else changes the fields that
     * differ; {@code newEntries} (actors and sources the form created) are added with it, as one
     * step; {@code cited} are the sources the change rests on, for the audit trail (empty: the
     * event's own sources). Refused, changing nothing, when anything has an error.
     */
    public Outcome submit(EventDraft draft, List<EntryDraft> newEntries, List<String> cited) {
        List<FieldProblem> problems = new ArrayList<>();
        Event after = checked(draft, newEntries, problems);
        if (after == null || FieldProblem.anyError(problems)) {
            return new Outcome(this, problems);
        }
        List<EventChange> changes = new ArrayList<>();
        newEntries.forEach(e -> changes.add(new EventChange.Listed(e.directory(), e.id(), e.json())));
        EventSnapshot snapshot = EventJson.snapshot(after);
        Event before = event(draft.id());
        String name;
        if (before == null) {
            changes.add(new EventChange.Added(snapshot));
            name = "Add '" + after.displayTitle() + "'";
        } else {
            List<FieldChange> fields = EventJson.snapshot(before).changesTo(snapshot);
            if (!fields.isEmpty()) {
                changes.add(new EventChange.Edited(draft.id(), fields));
            }
            name = "Change '" + after.displayTitle() + "'";
        }
        if (changes.isEmpty()) {
            return new Outcome(this, problems);
        }
        return new Outcome(perform(new EditStep(name, changes, cited)), problems);
    }

    /** Deletes an event (undo brings it back). */
    public Outcome delete(String id) {
        Event e = event(id);
        if (e == null) {
            return new Outcome(this, List.of(FieldProblem.error("", "there is no event \"" + id + "\"")));
        }
        EditStep step = new EditStep("Delete '" + e.displayTitle() + "'",
                List.of(new EventChange.Deleted(EventJson.snapshot(e))), List.of());
        return new Outcome(perform(step), List.of());
    }

    /** Brings back a deleted event as it was when deleted. */
    public Outcome restore(String id) {
        if (event(id) != null) {
            return new Outcome(this, List.of(FieldProblem.error("", "the event \"" + id + "\" is not deleted")));
        }
        EventSnapshot gone = overrides.deleted().containsKey(id) ? overrides.deleted().get(id).event() : null;
        List<ChangeRecord> trail = new ArrayList<>(log.entries());
        trail.addAll(unsaved);
        for (int i = trail.size() - 1; gone == null && i >= 0; i--) {
            if (trail.get(i).change() instanceof EventChange.Deleted d && d.id().equals(id)) {
                gone = d.event();
            }
        }
        if (gone == null) {
            return new Outcome(this, List.of(FieldProblem.error("", "no deleted event \"" + id + "\" is recorded")));
        }
        String title = Words.title(gone);
        return new Outcome(perform(new EditStep("Restore '" + title + "'", List.of(new EventChange.Restored(gone)),
                List.of())), List.of());
    }

    /** A draft of a copy of an event under a new id, for the analyst to change and submit. */
    public EventDraft duplicate(String id) {
        Event e = event(id);
        if (e == null) {
            throw new IllegalArgumentException("there is no event \"" + id + "\"");
        }
        EventSnapshot s = EventJson.snapshot(e);
        return new EventDraft(s.withId(freshId(e.displayTitle(), e.when().toIsoText())));
    }

    /**
     * An id no event of this file has had, made from a title and a date so the file stays
     * readable: "shoigu-visits-pyongyang-2025-03", or with "-2", "-3"... after it.
     */
    public String freshId(String title, String date) {
        String base = Words.slug((title == null ? "" : title) + " " + (date == null ? "" : date));
        if (base.isEmpty()) {
            base = "event";
        }
        Set<String> used = new HashSet<>();
        file.events().forEach(e -> used.add(e.id()));
        used.addAll(overrides.added().keySet());
        log.entries().forEach(r -> used.add(r.change().id()));
        unsaved.forEach(r -> used.add(r.change().id()));
        String id = base;
        for (int i = 2; used.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /**
     * An id no actor (or, for {@link Directory#SOURCE}, no source) of this data has, made from
     * its name so the file stays readable: "kim-jong-un", or with "-2", "-3"... after it.
     */
    public String freshEntryId(Directory directory, String name) {
        String base = Words.slug(name == null ? "" : name);
        if (base.isEmpty()) {
            base = directory == Directory.ACTOR ? "actor" : "source";
        }
        Set<String> used = directory == Directory.ACTOR ? actorIds() : sourceIds();
        String id = base;
        for (int i = 2; used.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /**
     * Save: writes the changes into the data file in our format, all or nothing, and records
     * them in the audit trail.
     *
     * @throws DataFileSave.ChangedOnDisk when the file changed on disk since it was read; nothing is written
     * @throws java.io.IOException        when it cannot be written (the file is then as it was)
     * @throws IllegalStateException      when this data is kept as overrides ({@link #writesFile()} false)
     */
    public EditedData save() throws java.io.IOException {
        return DataFileSave.save(this);
    }

    /** Save as…: the data with every change applied, in our format, to {@code out}, all or nothing. */
    public void saveAs(Path out) throws java.io.IOException {
        DataFileSave.saveAs(this, out);
    }

    /** The changes not saved dropped: the data as the file holds it, nothing to undo. */
    public EditedData discard() {
        return writesFile() ? next(file, dataFile, Overrides.NONE, log, List.of(), EditHistory.EMPTY) : this;
    }

    /** Undoes the last step; itself when there is nothing to undo. */
    public EditedData undo() {
        if (!history.canUndo()) {
            return this;
        }
        EditStep step = history.nextUndo();
        EditStep back = step.inverse();
        int n = step.changes().size();
        if (writesFile() && unsaved.size() >= n && sameChanges(unsaved.subList(unsaved.size() - n, unsaved.size()),
                step.changes())) {
            // Never saved: the file never had it, so it leaves the list of unsaved changes instead of being undone in it.
            Overrides o = overrides.with(back.changes(), clock.instant());
            return next(file, dataFile, o, log, unsaved.subList(0, unsaved.size() - n), history.afterUndo());
        }
        return apply(back, true, history.afterUndo());
    }

    /** Redoes the last step undone; itself when there is none. */
    public EditedData redo() {
        return history.canRedo() ? apply(history.nextRedo(), true, history.afterRedo()) : this;
    }

    private static boolean sameChanges(List<ChangeRecord> records, List<EventChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            if (!records.get(i).change().equals(changes.get(i))) {
                return false;
            }
        }
        return true;
    }

    EditedData perform(EditStep step) {
        return apply(step, false, history.after(step));
    }

    private EditedData apply(EditStep step, boolean undo, EditHistory h) {
        Instant at = clock.instant();
        Overrides o = overrides.with(step.changes(), at);
        List<ChangeRecord> records = new ArrayList<>();
        for (EventChange c : step.changes()) {
            records.add(ChangeRecord.of(at, user, c, Words.title(c, this::event), step.sources().isEmpty()
                    ? Words.sources(c, this::event) : step.sources(), undo));
        }
        if (writesFile()) {
            List<ChangeRecord> u = new ArrayList<>(unsaved);
            u.addAll(records);
            return next(file, dataFile, o, log, u, h);
        }
        return next(file, dataFile, o, log.with(records), unsaved, h);
    }

    /** The name problems are reported under: the data file's. */
    String name() {
        return dataFile == null ? "edit" : String.valueOf(dataFile.path().getFileName());
    }
}
