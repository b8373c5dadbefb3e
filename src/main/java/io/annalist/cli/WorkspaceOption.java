package io.annalist.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import io.annalist.io.AnalystBlock;
import io.annalist.io.WorkspaceReader;
import io.annalist.marks.AttachedMarks;
import io.annalist.marks.Workspace;
import io.annalist.model.Dataset;
import picocli.CommandLine.Option;

/**
 * {@code --workspace FILE}: where a command finds the analyst's marks and saved views — the
 * file given, else the workspace beside the data file when there is one. Marks an event file
 * carries with its events (written by Save events as… or convert) count for the events the
 * workspace has no mark on, so a colleague without the workspace can still select them.
 */
final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "FILE", description = "the analyst's marks and saved views"
            + " (default: the data file's name + .annalist-workspace.json beside it, when there is one)")
    Path file;

    /** The workspace and its marks set against the data. */
    record Loaded(Workspace workspace, AttachedMarks marks, Path file) {
    }

    /**
     * Reads the workspace of {@code data}; none beside it gives an empty one.
     *
     * @throws IllegalArgumentException with the problem (file:line:column) when it cannot be read
     */
    Loaded load(Path data, Dataset d) {
        Path f = file != null ? file : Workspace.beside(data);
        Workspace w = Workspace.EMPTY;
        if (file != null || Files.exists(f)) {
            WorkspaceReader.Result r = new WorkspaceReader().read(f);
            if (r.failed()) {
                throw new IllegalArgumentException(r.problem().format());
            }
            w = r.workspace();
        }
        return new Loaded(w, AttachedMarks.attach(w.marks().orElse(AnalystBlock.marksIn(d.events())), d.events()),
                file != null || Files.exists(f) ? f : null);
    }
}
