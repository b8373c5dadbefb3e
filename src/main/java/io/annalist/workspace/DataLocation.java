package io.annalist.workspace;

import java.nio.file.Path;

import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.io.ReadProgress;

/** Where a dataset comes from: a file on disk or one bundled with the application. */
public sealed interface DataLocation {
    /** Reads the dataset; never throws for bad content, see {@link EventFileReader}. */
    default LoadResult load(EventFileReader reader) {
        return load(reader, ReadProgress.NONE);
    }

    /** Reads the dataset with progress and cancellation. */
    LoadResult load(EventFileReader reader, ReadProgress progress);

    /** What to call it in the title bar and status line. */
    String displayName();

    /** A file on disk, read with the analyst's import options. */
    record OnDisk(Path file, io.annalist.io.ImportOptions options) implements DataLocation {
        /** A file read as it is, with no import options. */
        public OnDisk(Path file) {
            this(file, io.annalist.io.ImportOptions.NONE);
        }

        @Override
        public LoadResult load(EventFileReader reader, ReadProgress progress) {
            return io.annalist.io.Formats.read(file, null, options, progress);
        }

        @Override
        public String displayName() {
            return file.getFileName() == null ? file.toString() : file.getFileName().toString();
        }
    }

    /** A dataset inside the application. */
    record Bundled(BundledData data) implements DataLocation {
        @Override
        public LoadResult load(EventFileReader reader, ReadProgress progress) {
            return data.load(reader);
        }

        @Override
        public String displayName() {
            return data.label();
        }
    }
}
