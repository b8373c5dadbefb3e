package io.annalist.marks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.annalist.changes.ChangeLog;
import io.annalist.changes.Overrides;

/**
 * The analyst's own layer over one data file, as the workspace file holds it: the data file
 * it belongs to, the marks on its events, the saved views, in the analyst's order, the changes
 * made to events of a file Annalist does not write (overrides) and the audit trail of every
 * change. The workspace never changes the data file. Immutable.
 *
 * @param data      the data file as the workspace names it — a path relative to the workspace
 *                  file's folder (or absolute), or {@code bundled:NAME} for a dataset that ships
 *                  with Annalist — or null when not known
 * @param overrides events added, changed and deleted over a data file that is not in our format
 * @param changes   every change made to the data's events, in order, with time and user
 */
public record Workspace(String data, Marks marks, List<SavedView> views, Overrides overrides, ChangeLog changes) {
    /** What follows the data file's name in the name of its workspace: {@code events.csv.annalist-workspace.json}. */
    public static final String SUFFIX = ".annalist-workspace.json";
    public static final Workspace EMPTY = new Workspace(null, Marks.NONE, List.of());

    public Workspace {
        marks = marks == null ? Marks.NONE : marks;
        views = List.copyOf(views);
        overrides = overrides == null ? Overrides.NONE : overrides;
        changes = changes == null ? ChangeLog.EMPTY : changes;
    }

    /** A workspace of marks and views only. */
    public Workspace(String data, Marks marks, List<SavedView> views) {
        this(data, marks, views, Overrides.NONE, ChangeLog.EMPTY);
    }

    /** The workspace file that goes with {@code dataFile}: beside it, its name plus {@link #SUFFIX}. */
    public static Path beside(Path dataFile) {
        Path abs = dataFile.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    public Workspace withMarks(Marks m) {
        return new Workspace(data, m, views, overrides, changes);
    }

    public Workspace withViews(List<SavedView> v) {
        return new Workspace(data, marks, v, overrides, changes);
    }

    public Workspace withData(String d) {
        return new Workspace(d, marks, views, overrides, changes);
    }

    /** The workspace with the edits of the data as they stand now and the audit trail. */
    public Workspace withEdits(Overrides o, ChangeLog c) {
        return new Workspace(data, marks, views, o, c);
    }

    /** The view called {@code name} (ignoring case), or null. */
    public SavedView view(String name) {
        for (SavedView v : views) {
            if (v.name().equalsIgnoreCase(name.strip())) {
                return v;
            }
        }
        return null;
    }

    /** The views with {@code v} in place of the view with its id, or added at the end. */
    public Workspace withView(SavedView v) {
        List<SavedView> list = new ArrayList<>(views);
        int i = indexOf(v.id());
        if (i >= 0) {
            list.set(i, v);
        } else {
            list.add(v);
        }
        return withViews(list);
    }

    public Workspace withoutView(String viewId) {
        return withViews(views.stream().filter(v -> !v.id().equals(viewId)).toList());
    }

    /** The views with the one of {@code viewId} moved to position {@code to} (clamped). */
    public Workspace withViewMoved(String viewId, int to) {
        int i = indexOf(viewId);
        if (i < 0) {
            return this;
        }
        List<SavedView> list = new ArrayList<>(views);
        SavedView v = list.remove(i);
        list.add(Math.max(0, Math.min(to, list.size())), v);
        return withViews(list);
    }

    private int indexOf(String viewId) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).id().equals(viewId)) {
                return i;
            }
        }
        return -1;
    }

    /** A name not yet used by a view: {@code wanted}, or "wanted (2)", "wanted (3)"... */
    public String freeViewName(String wanted) {
        String name = SavedView.cleanName(wanted);
        for (int i = 2; view(name) != null; i++) {
            name = SavedView.cleanName(wanted) + " (" + i + ")";
        }
        return name;
    }
}
