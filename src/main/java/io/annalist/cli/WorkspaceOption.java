package io.annalist.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.annalist.io.AnalystBlock;
import io.annalist.io.BundledFile;
import io.annalist.io.WorkspaceReader;
import io.annalist.marks.AttachedMarks;
import io.annalist.marks.Workspace;
import io.annalist.model.Dataset;
import picocli.CommandLine.Option;

/**
 * {@code --workspace FILE}: where a command finds the analyst's marks and saved views — the
 * file given, else the workspace beside the data file when there is one. Marks an event file
 * carries with its events (written by Save events as… or convert) count for the events the
 * workspace has no mark on, so a colleague without the workspace can still select them. The
 * window keeps the workspace of a bundled dataset in a folder of its own: views asked for by
 * name are looked for there too when the data file is a bundled dataset with no workspace beside it.
 */
final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "FILE", description = "the analyst's marks and saved views"
            + " (default: the data file's name + .annalist-workspace.json beside it, when there is one; for --view on"
            + " a bundled dataset with none beside it, the workspace the window keeps for it)")
    Path file;

    /**
     * The workspace and its marks set against the data; {@code file}: where it was read (null when none was),
     * {@code looked}: where views were looked for, in words; {@code keptByWindow}: the file is the workspace the
     * window keeps for a bundled dataset, as none is beside the data file.
     */
    record Loaded(Workspace workspace, AttachedMarks marks, Path file, String looked, boolean keptByWindow) {
    }

    /**
     * Reads the workspace of {@code data}; none beside it gives an empty one.
     *
     * @throws IllegalArgumentException with the problem (file:line:column) when it cannot be read
     */
    Loaded load(Path data, Dataset d) {
        return load(data, d, false);
    }

    /**
     * As {@link #load(Path, Dataset)}; with {@code forViews}, a bundled dataset's file with no workspace beside it
     * (and none named) reads the workspace the window keeps for that dataset, when there is one.
     */
    Loaded load(Path data, Dataset d, boolean forViews) {
        Path beside = Workspace.beside(data);
        Path f = file != null ? file : beside;
        String looked = file != null ? f.toString() : "beside " + data + " (" + beside + ")";
        boolean keptByWindow = false;
        if (file == null && !Files.exists(beside) && forViews) {
            Path kept = windowsWorkspace(data);
            if (kept != null) {
                looked += " and where the window keeps the workspace of the bundled dataset (" + kept + ")";
                if (Files.exists(kept)) {
                    f = kept;
                    keptByWindow = true;
                }
            }
        }
        boolean read = file != null || Files.exists(f);
        Workspace w = Workspace.EMPTY;
        if (read) {
            WorkspaceReader.Result r = new WorkspaceReader().read(f);
            if (r.failed()) {
                throw new IllegalArgumentException(r.problem().format());
            }
            w = r.workspace();
        }
        return new Loaded(w, AttachedMarks.attach(w.marks().orElse(AnalystBlock.marksIn(d.events())), d.events()),
                read ? f : null, looked, keptByWindow);
    }

    /**
     * Where the window keeps the workspace of the bundled dataset {@code data} is (the same name and the same
     * bytes as one Annalist ships), or null when it is none of them: in the folder its preferences name, else
     * {@code ~/.annalist/workspaces}.
     */
    static Path windowsWorkspace(Path data) {
        String name = data.getFileName() == null ? "" : data.getFileName().toString();
        for (BundledFile b : BundledFile.values()) {
            if (b.fileName().equals(name) && sameBytes(data, "/io/annalist/data/" + name)) {
                return io.annalist.marks.BundledWorkspaces.folder().resolve(name + Workspace.SUFFIX);
            }
        }
        return null;
    }

    private static boolean sameBytes(Path file, String resource) {
        try (InputStream in = WorkspaceOption.class.getResourceAsStream(resource)) {
            return in != null && Arrays.equals(in.readAllBytes(), Files.readAllBytes(file));
        } catch (IOException e) {
            return false;
        }
    }
}
