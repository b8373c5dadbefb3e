package io.annalist.workspace;

import java.io.File;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File dialogs that open in the folder last chosen in this window — else in the folder of the
 * file on screen — and remember the folder of what is chosen. FX thread.
 */
final class LastFolder {
    private static final Object KEY = LastFolder.class;

    private LastFolder() {
    }

    static File open(FileChooser chooser, Window owner, Session session) {
        startIn(chooser, owner, session);
        return remember(owner, chooser.showOpenDialog(owner));
    }

    static File save(FileChooser chooser, Window owner, Session session) {
        startIn(chooser, owner, session);
        return remember(owner, chooser.showSaveDialog(owner));
    }

    /** Where a dialog of {@code owner} starts: the folder last chosen in it, else the open file's, else null. */
    static File folder(Window owner, Session session) {
        if (owner != null && owner.getProperties().get(KEY) instanceof File last && last.isDirectory()) {
            return last;
        }
        if (session != null && session.getLocation() instanceof DataLocation.OnDisk d) {
            File parent = d.file().toAbsolutePath().toFile().getParentFile();
            if (parent != null && parent.isDirectory()) {
                return parent;
            }
        }
        return null;
    }

    static File remember(Window owner, File chosen) {
        if (owner != null && chosen != null && chosen.getAbsoluteFile().getParentFile() != null) {
            owner.getProperties().put(KEY, chosen.getAbsoluteFile().getParentFile());
        }
        return chosen;
    }

    private static void startIn(FileChooser chooser, Window owner, Session session) {
        File dir = folder(owner, session);
        if (dir != null && chooser.getInitialDirectory() == null) {
            chooser.setInitialDirectory(dir);
        }
    }
}
