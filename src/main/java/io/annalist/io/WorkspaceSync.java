package io.annalist.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import io.annalist.marks.Workspace;
import io.annalist.marks.WorkspaceMerge;

/**
 * Saves a workspace file that someone else may be writing too — another window, a colleague
 * on a shared folder, a script — without losing what they wrote: before writing, what is on
 * disk is read and, if it changed since the copy this one started from, joined with it
 * ({@link WorkspaceMerge}); the file is then written all or nothing, and only if it did not
 * change again meanwhile (else the whole step is done again). A workspace on disk that
 * cannot be read is never written over. Call off the FX thread.
 */
public final class WorkspaceSync {
    private static final int ATTEMPTS = 20;

    /** What was saved, and whether another writer's changes were joined in. */
    public record Saved(Workspace workspace, boolean joined) {
    }

    /** Another writer changed the file between our reading it and moving ours into place. */
    private static final class ChangedMeanwhile extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedMeanwhile() {
            super("the file changed while it was being saved");
        }
    }

    private WorkspaceSync() {
    }

    /**
     * Writes {@code ours} to {@code file}, joined with whatever another writer put there since
     * {@code base} (the workspace as this copy last read or wrote it; null for none).
     *
     * @return the workspace now in the file
     * @throws IOException with a message for the analyst ("cannot save ...: why"); the file is then unchanged
     */
    public static Saved save(Path file, Workspace base, Workspace ours) throws IOException {
        WorkspaceWriter writer = new WorkspaceWriter();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            byte[] disk = readIfThere(file);
            Workspace theirs = disk == null ? null : parse(file, disk);
            boolean joined = theirs != null && !theirs.equals(base);
            Workspace merged = joined ? WorkspaceMerge.merge(base, ours, theirs) : ours;
            if (merged.equals(theirs)) {
                return new Saved(merged, joined);
            }
            byte[] out = writer.bytes(merged);
            try {
                AtomicFile.write(file, temp -> {
                    Files.write(temp, out);
                    if (!Arrays.equals(disk, readIfThere(file))) {
                        throw new ChangedMeanwhile();
                    }
                });
                return new Saved(merged, joined);
            } catch (IOException e) {
                if (!(e.getCause() instanceof ChangedMeanwhile)) {
                    throw e;
                }
                backOff(attempt);
            }
        }
        throw new IOException("cannot save " + file + ": it keeps changing while it is being saved");
    }

    /**
     * Reads {@code file} as another writer left it and joins it with {@code ours}: what the
     * window shows after the file changed on disk.
     *
     * @throws IOException when the file cannot be read, with the problem's line and column
     */
    public static Workspace reload(Path file, Workspace base, Workspace ours) throws IOException {
        byte[] disk = readIfThere(file);
        if (disk == null) {
            return ours;
        }
        WorkspaceReader.Result r = new WorkspaceReader().read(new ByteArrayInputStream(disk), file.toString());
        if (r.failed()) {
            throw new IOException(r.problem().format());
        }
        Workspace theirs = r.workspace();
        return theirs.equals(base) ? ours : WorkspaceMerge.merge(base, ours, theirs);
    }

    /** Waits a little, longer each time and not in step with the other writer, before trying again. */
    private static void backOff(int attempt) throws IOException {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 5 + 5 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("saving the workspace was interrupted");
        }
    }

    private static Workspace parse(Path file, byte[] disk) throws IOException {
        WorkspaceReader.Result r = new WorkspaceReader().read(new ByteArrayInputStream(disk), file.toString());
        if (r.failed()) {
            throw new IOException("cannot save " + file + ": the workspace there cannot be read (" + r.problem().format()
                    + "); it was left as it is");
        }
        return r.workspace();
    }

    private static byte[] readIfThere(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }
}
