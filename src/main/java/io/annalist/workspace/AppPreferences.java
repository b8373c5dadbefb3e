package io.annalist.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import io.annalist.model.Confidence;
import io.annalist.map.PlaceFilter;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.timeline.LaneMode;

/**
 * What the window remembers between runs, in {@link Preferences}: its size and place, the
 * last and recent files, the pane dividers, the lanes, the theme and the filters. The node
 * is {@code io/annalist} unless the system property {@code annalist.prefs.node} names
 * another (tests use their own). A value that cannot be read falls back to the default.
 */
public final class AppPreferences {
    private static final int RECENT = 8;
    private static final String SEP = "\u001f";

    private final Preferences node;

    public AppPreferences() {
        this(Preferences.userRoot().node(System.getProperty("annalist.prefs.node", "io/annalist")));
    }

    AppPreferences(Preferences node) {
        this.node = node;
    }

    /** x, y, width, height, or null when never saved. */
    public double[] windowBounds() {
        String s = node.get("window", null);
        if (s == null) {
            return null;
        }
        try {
            double[] b = Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
            return b.length == 4 && b[2] >= 400 && b[3] >= 300 ? b : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void setWindowBounds(double x, double y, double w, double h) {
        node.put("window", x + "," + y + "," + w + "," + h);
    }

    public double[] dividers(String name, double[] fallback) {
        String s = node.get("dividers." + name, null);
        if (s == null) {
            return fallback;
        }
        try {
            double[] d = Arrays.stream(s.split(",")).mapToDouble(Double::parseDouble).toArray();
            return d.length == fallback.length ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setDividers(String name, double[] positions) {
        StringBuilder b = new StringBuilder();
        for (double p : positions) {
            b.append(b.length() == 0 ? "" : ",").append(p);
        }
        node.put("dividers." + name, b.toString());
    }

    /** Recent files, newest first. */
    public List<Path> recentFiles() {
        String s = node.get("recent", "");
        List<Path> out = new ArrayList<>();
        for (String p : s.split(SEP)) {
            if (!p.isBlank()) {
                try {
                    out.add(Path.of(p));
                } catch (java.nio.file.InvalidPathException ignored) {
                    // A path saved on another system; leave it out of the list.
                }
            }
        }
        return out;
    }

    public void addRecentFile(Path file) {
        List<Path> list = recentFiles();
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(RECENT, list.size()); i++) {
            b.append(i == 0 ? "" : SEP).append(list.get(i));
        }
        node.put("recent", b.toString());
    }

    /** What was on screen when the window last closed: a file, a bundled dataset, or null. */
    public DataLocation lastLocation() {
        String s = node.get("last", "");
        try {
            if (s.startsWith("bundled:")) {
                return new DataLocation.Bundled(BundledData.valueOf(s.substring(8)));
            }
            if (s.startsWith("file:")) {
                return new DataLocation.OnDisk(Path.of(s.substring(5)));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    public void setLastLocation(DataLocation where) {
        if (where instanceof DataLocation.Bundled b) {
            node.put("last", "bundled:" + b.data().name());
        } else if (where instanceof DataLocation.OnDisk d) {
            node.put("last", "file:" + d.file().toAbsolutePath().normalize());
        }
    }

    public LaneMode laneMode() {
        try {
            return LaneMode.valueOf(node.get("lanes", LaneMode.ACTOR.name()));
        } catch (IllegalArgumentException e) {
            return LaneMode.ACTOR;
        }
    }

    public void setLaneMode(LaneMode m) {
        node.put("lanes", m.name());
    }

    /**
     * Where the analyst put the map, or null when they never chose (the window then decides by
     * its width). A place other than beside the timeline, remembered before choices were told
     * apart, was a choice: beside was where the map started then.
     */
    public MapPane.Layout mapLayout() {
        String saved = node.get("map.layout", null);
        try {
            MapPane.Layout l = saved == null ? null : MapPane.Layout.valueOf(saved);
            return l != null && (node.getBoolean("map.layout.chosen", false) || l != MapPane.Layout.BESIDE) ? l : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Remembers where the analyst put the map. */
    public void setMapLayout(MapPane.Layout layout) {
        node.put("map.layout", layout.name());
        node.putBoolean("map.layout.chosen", true);
    }

    /** Whether a pane ("filters", "details", "table") was shown; true unless it was hidden. */
    public boolean paneShown(String pane) {
        return node.getBoolean("pane." + pane, true);
    }

    public void setPaneShown(String pane, boolean shown) {
        node.putBoolean("pane." + pane, shown);
    }

    /** The width (filters, details) or height (table) a pane had when last shown, or {@code fallback}. */
    public double paneSize(String pane, double fallback) {
        double size = node.getDouble("pane." + pane + ".size", fallback);
        return size >= 40 && size <= 10_000 ? size : fallback;
    }

    public void setPaneSize(String pane, double size) {
        node.putDouble("pane." + pane + ".size", size);
    }

    /**
     * Whether a file other than the one on screen opens with the filters kept (File → Keep
     * filters for the next file); the date range is cleared either way. Off unless chosen.
     */
    public boolean keepFilters() {
        return node.getBoolean("filters.keep", false);
    }

    public void setKeepFilters(boolean keep) {
        node.putBoolean("filters.keep", keep);
    }

    /** The folder for the workspaces of the bundled datasets, when one was chosen; else null (Annalist's own). */
    public String workspaceFolder() {
        return node.get(io.annalist.marks.BundledWorkspaces.FOLDER_KEY, null);
    }

    public void setWorkspaceFolder(String folder) {
        node.put(io.annalist.marks.BundledWorkspaces.FOLDER_KEY, folder);
    }

    /** Whether the timeline's legend is shown (View → Legend); shown the first time. */
    public boolean legendShown() {
        return node.getBoolean("legend", true);
    }

    public void setLegendShown(boolean shown) {
        node.putBoolean("legend", shown);
    }

    public boolean darkTheme() {
        return node.getBoolean("dark", false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean("dark", dark);
    }

    public EventFilter filter() {
        try {
            Set<String> actors = new HashSet<>(split(node.get("filter.actors", "")));
            Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            for (String k : split(node.get("filter.kinds", ""))) {
                kinds.add(EventKind.valueOf(k));
            }
            Set<Confidence> conf = EnumSet.noneOf(Confidence.class);
            for (String c : split(node.get("filter.confidence", ""))) {
                conf.add(Confidence.valueOf(c));
            }
            String from = node.get("filter.from", "");
            String to = node.get("filter.to", "");
            return new EventFilter(actors, node.getBoolean("filter.all", false), node.getBoolean("filter.affiliated",
                    false), kinds, from.isEmpty() ? null : Long.parseLong(from), to.isEmpty() ? null : Long.parseLong(to),
                    node.get("filter.text", ""), conf).withPlace(PlaceFilter.decode(node.get("filter.place", "")));
        } catch (IllegalArgumentException e) {
            return EventFilter.NONE;
        }
    }

    public void setFilter(EventFilter f) {
        node.put("filter.actors", String.join(SEP, f.actors()));
        node.put("filter.kinds", String.join(SEP, f.kinds().stream().map(Enum::name).toList()));
        node.put("filter.confidence", String.join(SEP, f.confidences().stream().map(Enum::name).toList()));
        node.put("filter.from", f.from() == null ? "" : f.from().toString());
        node.put("filter.to", f.to() == null ? "" : f.to().toString());
        node.put("filter.text", f.text());
        node.putBoolean("filter.all", f.allActors());
        node.putBoolean("filter.affiliated", f.includeAffiliated());
        node.put("filter.place", f.place() instanceof PlaceFilter p ? p.encode() : "");
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split(SEP));
    }

    /** Writes to disk now; a failure loses only the remembered settings, so it is not shown. */
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("annalist: could not save preferences: " + e.getMessage());
        }
    }

    /** Forgets everything (tests). */
    void clear() throws BackingStoreException {
        node.clear();
    }
}
