package io.annalist.marks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The analyst's own layer over one data file, as the workspace file holds it: the data file
 * it belongs to, the marks on its events and the saved views, in the analyst's order. The data
 * file itself is never changed. Immutable.
 *
 * @param data the data file as the workspace names it — a path relative to the workspace
 *             file's folder (or absolute), or {@code bundled:NAME} for a dataset that ships with
 *             Annalist — or null when not known
 */
public record Workspace(String data, Marks marks, List<SavedView> views) {
    /** What follows the data file's name in the name of its workspace: {@code events.csv.annalist-workspace.json}. */
    public static final String SUFFIX = ".annalist-workspace.json";
    public static final Workspace EMPTY = new Workspace(null, Marks.NONE, List.of());

    public Workspace {
        marks = marks == null ? Marks.NONE : marks;
        views = List.copyOf(views);
    }

    /** The workspace file that goes with {@code dataFile}: beside it, its name plus {@link #SUFFIX}. */
    public static Path beside(Path dataFile) {
        Path abs = dataFile.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    public Workspace withMarks(Marks m) {
        return new Workspace(data, m, views);
    }

    public Workspace withViews(List<SavedView> v) {
        return new Workspace(data, marks, v);
    }

    public Workspace withData(String d) {
        return new Workspace(d, marks, views);
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
