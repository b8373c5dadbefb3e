package io.annalist.workspace.editing;

import java.io.File;
import java.nio.file.Path;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where a file of the analyst's is to be written (the changes as CSV, the edited events): the
 * system's save dialog, or — in a test, which cannot reach a native dialog — a path given. FX thread.
 */
public interface SaveChooser {
    /** The file chosen, or null when the analyst cancelled. */
    Path choose(Window owner, String title, String initialName, FileChooser.ExtensionFilter type);

    /** The system's save dialog. */
    SaveChooser SYSTEM = (owner, title, initialName, type) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialName != null) {
            chooser.setInitialFileName(initialName);
        }
        chooser.getExtensionFilters().add(type);
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    };
}
