package io.annalist.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens any file Annalist reads: our JSON, TimelineJS, ACLED or plain CSV, detected from the
 * file unless a format is given. Never throws for bad content; see {@link LoadResult}.
 */
public final class Formats {
    private Formats() {
    }

    /** Reads {@code file} in {@code format}, or in the format it is detected to be when null. */
    public static LoadResult read(Path file, Format format, ReadProgress progress) {
        Format f = format;
        if (f == null) {
            if (!Files.isRegularFile(file)) {
                return new EventFileReader().read(file, progress);
            }
            try {
                f = Format.detect(file);
            } catch (IOException e) {
                return LoadResults.unreadable(file.toString(), e);
            }
        }
        return switch (f) {
            case ANNALIST -> new EventFileReader().read(file, progress);
            case TIMELINEJS -> new TimelineJsReader().read(file);
            case ACLED -> new AcledReader().read(file);
            case CSV -> new CsvEventReader().read(file);
        };
    }

    public static LoadResult read(Path file, Format format) {
        return read(file, format, ReadProgress.NONE);
    }
}
