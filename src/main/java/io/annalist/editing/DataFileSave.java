package io.annalist.editing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.annalist.changes.Overrides;
import io.annalist.io.AtomicFile;
import io.annalist.io.EventFileReader;
import io.annalist.io.EventFileSplice;
import io.annalist.io.EventFileWriter;
import io.annalist.io.EventJson;
import io.annalist.io.LoadResult;
import io.annalist.model.Dataset;
import io.annalist.model.Event;

/**
 * Save and Save as… of edited data. Save rewrites a file in our format all or nothing, with
 * the changes made in place ({@link EventFileSplice}: untouched events byte for byte, fields
 * we do not know kept), after checking that the file on disk is still the one that was read
 * — if someone changed it meanwhile, nothing is written and {@link ChangedOnDisk} says so,
 * for the window to ask ({@link Conflicts}). Before the new file is moved into place it is
 * read back by the reader and compared with the edited data; a difference refuses the save.
 * Call off the FX thread.
 */
public final class DataFileSave {
    /** The data file is no longer what was read: it was changed on disk, and nothing was written. */
    public static final class ChangedOnDisk extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedOnDisk(Path file) {
            super("cannot save " + file.getFileName() + ": it was changed on disk since it was opened");
        }
    }

    private DataFileSave() {
    }

    static EditedData save(EditedData d) throws IOException {
        if (!d.writesFile()) {
            throw new IllegalStateException("this data is kept as overrides in the workspace; use Save as…");
        }
        Path path = d.dataFile().path();
        FileStamp stamp = d.dataFile().stamp();
        if (!stamp.matches(path)) {
            throw new ChangedOnDisk(path);
        }
        if (d.overrides().isEmpty()) {
            return d;
        }
        Dataset[] saved = {null};
        try {
            AtomicFile.write(path, temp -> {
                try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                    EventFileSplice.write(path, d.overrides(), out);
                }
                saved[0] = readBack(temp, path, d);
                if (!stamp.matches(path)) {
                    throw new ChangedOnDisk(path);
                }
            });
        } catch (IOException e) {
            if (e.getCause() instanceof ChangedOnDisk c) {
                throw c;
            }
            throw e;
        }
        EditedData.DataFile now = new EditedData.DataFile(path, FileStamp.of(path));
        return d.next(saved[0], now, Overrides.NONE, d.changes().with(d.unsaved()), List.of(), d.history());
    }

    /** Writes the edited data in our format to {@code out}, all or nothing: Save as…, for any file. */
    static void saveAs(EditedData d, Path out) throws IOException {
        Dataset data = d.data();
        new EventFileWriter().write(data, data.events(), out);
    }

    /** The file written, as the reader reads it; an IOException when it is not the edited data. */
    private static Dataset readBack(Path temp, Path path, EditedData d) throws IOException {
        LoadResult r = new EventFileReader().read(temp);
        if (r.failed()) {
            throw new IOException("the file written would not read back: " + r.report().problems().get(0).message());
        }
        Dataset expected = d.data();
        Dataset got = r.dataset();
        Map<String, Event> byId = new HashMap<>();
        got.events().forEach(e -> byId.putIfAbsent(e.id(), e));
        Overrides o = d.overrides();
        String wrong = null;
        if (got.events().size() != expected.events().size()) {
            wrong = got.events().size() + " events instead of " + expected.events().size();
        } else if (got.actors().size() != expected.actors().size() || got.sources().size() != expected.sources().size()) {
            wrong = "its actors or sources differ";
        }
        for (String id : o.deleted().keySet()) {
            wrong = wrong == null && byId.containsKey(id) ? "the deleted event \"" + id + "\" is still in it" : wrong;
        }
        for (Event e : expected.events()) {
            if (wrong == null && (o.edited().containsKey(e.id()) || o.added().containsKey(e.id()))
                    && (byId.get(e.id()) == null || !Objects.equals(EventJson.snapshot(e), EventJson.snapshot(byId.get(e.id()))))) {
                wrong = "the event \"" + e.id() + "\" would not read back as edited";
            }
        }
        if (wrong != null) {
            throw new IOException("the file written would not be the edited data (" + wrong + "); " + path.getFileName()
                    + " is left as it was");
        }
        return got;
    }
}
