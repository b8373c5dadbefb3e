package io.annalist.marks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.annalist.changes.ChangeLog;
import io.annalist.changes.OverridesMerge;

/**
 * Joins two copies of one workspace that were changed at the same time — the window's and
 * the file on disk that another window, a colleague or a script wrote — given the copy both
 * started from. What changed on one side only is taken from that side. Notes are never lost:
 * a note goes only when someone deleted it (deletions are recorded, with their time) and was
 * not changed after that; a note changed on both sides is kept twice, each text as a note.
 * Stars and tags: the side that changed wins; tags added on either side are kept, tags
 * removed on either side go. Views: likewise by id; one changed on both sides is kept twice,
 * the other copy named "(changed elsewhere)". Overrides of events and the audit trail join as
 * {@link OverridesMerge} and {@link ChangeLog#merge} say. Merging is deterministic and merging the result
 * again changes nothing.
 */
public final class WorkspaceMerge {
    private WorkspaceMerge() {
    }

    /**
     * The two copies joined.
     *
     * @param base what both started from, or null when not known (then nothing counts as removed
     *             except notes recorded as deleted)
     */
    public static Workspace merge(Workspace base, Workspace ours, Workspace theirs) {
        Workspace b = base == null ? Workspace.EMPTY : base;
        return new Workspace(ours.data() != null ? ours.data() : theirs.data(),
                marks(b.marks(), ours.marks(), theirs.marks()), views(b.views(), ours.views(), theirs.views()),
                OverridesMerge.merge(b.overrides(), ours.overrides(), theirs.overrides()),
                ChangeLog.merge(ours.changes(), theirs.changes()));
    }

    static Marks marks(Marks base, Marks ours, Marks theirs) {
        TreeMap<String, Instant> deleted = new TreeMap<>(ours.deletedNotes());
        theirs.deletedNotes().forEach((id, at) -> deleted.merge(id, at, (x, y) -> x.isAfter(y) ? x : y));
        Set<String> ids = new TreeSet<>();
        for (Marks m : List.of(base, ours, theirs)) {
            m.all().forEach(x -> ids.add(x.eventId()));
        }
        List<Mark> out = new ArrayList<>();
        for (String id : ids) {
            Mark b = orNone(base.get(id), id);
            Mark o = orNone(ours.get(id), id);
            Mark t = orNone(theirs.get(id), id);
            boolean starred = o.starred() != b.starred() ? o.starred() : t.starred();
            List<String> tags = tags(b.tags(), o.tags(), t.tags());
            List<Note> notes = notes(b, o, t, deleted);
            EventRef about = !o.event().title().isEmpty() ? o.event() : t.event();
            out.add(new Mark(id, about, starred, tags, notes));
        }
        // A deletion undone by a later change is no longer a deletion.
        out.forEach(m -> m.notes().forEach(n -> deleted.remove(n.id())));
        return Marks.of(out, deleted);
    }

    private static Mark orNone(Mark m, String id) {
        return m != null ? m : Mark.none(id, null);
    }

    private static List<String> tags(List<String> base, List<String> ours, List<String> theirs) {
        TreeSet<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        out.addAll(base);
        out.addAll(ours);
        out.addAll(theirs);
        for (String b : base) {
            if (!contains(ours, b) || !contains(theirs, b)) {
                out.remove(b);
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean contains(List<String> tags, String tag) {
        return tags.stream().anyMatch(t -> t.equalsIgnoreCase(tag));
    }

    private static List<Note> notes(Mark base, Mark ours, Mark theirs, Map<String, Instant> deleted) {
        Set<String> ids = new LinkedHashSet<>();
        ours.notes().forEach(n -> ids.add(n.id()));
        theirs.notes().forEach(n -> ids.add(n.id()));
        List<Note> out = new ArrayList<>();
        for (String id : ids) {
            Note b = base.note(id);
            Note o = ours.note(id);
            Note t = theirs.note(id);
            List<Note> kept = new ArrayList<>();
            if (o == null || t == null || o.equals(t)) {
                kept.add(o != null ? o : t);
            } else if (o.equals(b)) {
                kept.add(t);
            } else if (t.equals(b)) {
                kept.add(o);
            } else {
                // Changed on both sides: the later change keeps the note's id, the other is kept beside it.
                Note later = o.lastChanged().isAfter(t.lastChanged())
                        || o.lastChanged().equals(t.lastChanged()) && o.text().compareTo(t.text()) > 0 ? o : t;
                Note other = later == o ? t : o;
                kept.add(later);
                kept.add(new Note(conflictId(other), other.text(), other.author(), other.written(), other.edited()));
            }
            Instant gone = deleted.get(id);
            for (Note n : kept) {
                if (gone == null || n.lastChanged().isAfter(gone) || !n.id().equals(id)) {
                    out.add(n);
                }
            }
        }
        out.sort(Comparator.comparing(Note::written).thenComparing(Note::id));
        return out;
    }

    /** The same id on both sides of every merge of the same two texts, so merging again adds nothing. */
    private static String conflictId(Note n) {
        return n.id() + "-" + digest(n.text() + "\n" + n.lastChanged());
    }

    static List<SavedView> views(List<SavedView> base, List<SavedView> ours, List<SavedView> theirs) {
        Map<String, SavedView> b = byId(base);
        Map<String, SavedView> o = byId(ours);
        Map<String, SavedView> t = byId(theirs);
        // Whose order: ours, unless only they reordered.
        boolean weReordered = !new ArrayList<>(o.keySet()).equals(new ArrayList<>(b.keySet()));
        List<String> order = new ArrayList<>(weReordered ? o.keySet() : t.keySet());
        for (String id : weReordered ? t.keySet() : o.keySet()) {
            if (!order.contains(id)) {
                order.add(id);
            }
        }
        List<SavedView> out = new ArrayList<>();
        for (String id : order) {
            SavedView bv = b.get(id);
            SavedView ov = o.get(id);
            SavedView tv = t.get(id);
            if (Objects.equals(ov, tv) || Objects.equals(tv, bv)) {
                add(out, ov);
            } else if (Objects.equals(ov, bv)) {
                add(out, tv);
            } else if (ov == null || tv == null) {
                // Deleted on one side, changed on the other: the change is kept.
                add(out, ov != null ? ov : tv);
            } else {
                out.add(ov);
                out.add(new SavedView(id + "-" + digest(tv.toString()), tv.name() + " (changed elsewhere)", tv.start(),
                        tv.end(), tv.filter(), tv.lanes(), tv.collapsedLanes(), tv.quietCompressed(),
                        tv.selectedEventId()));
            }
        }
        return out;
    }

    private static void add(List<SavedView> out, SavedView v) {
        if (v != null && out.stream().noneMatch(x -> x.id().equals(v.id()))) {
            out.add(v);
        }
    }

    private static Map<String, SavedView> byId(List<SavedView> views) {
        Map<String, SavedView> m = new LinkedHashMap<>();
        views.forEach(v -> m.put(v.id(), v));
        return m;
    }

    private static String digest(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
