package io.annalist.marks;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * Where the window keeps the workspaces of the bundled data, which has no folder of its own to
 * keep them beside: {@code ~/.annalist/workspaces}, or the folder the analyst chose (a preference
 * of the window, read by the command line too).
 */
public final class BundledWorkspaces {
    /** The preference naming the folder the analyst chose. */
    public static final String FOLDER_KEY = "workspaces.folder";

    private BundledWorkspaces() {
    }

    /** The folder, {@code chosen} when there is one. */
    public static Path folder(String chosen) {
        return chosen != null ? Path.of(chosen) : Path.of(System.getProperty("user.home"), ".annalist", "workspaces");
    }

    /** The folder as the window's preferences name it now. */
    public static Path folder() {
        return folder(Preferences.userRoot().node(System.getProperty("annalist.prefs.node", "io/annalist"))
                .get(FOLDER_KEY, null));
    }
}
