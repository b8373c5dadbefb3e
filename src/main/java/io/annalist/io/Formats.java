package io.annalist.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens any file Annalist reads — our JSON, TimelineJS, ACLED, GDELT, UCDP, ICEWS or plain
 * CSV, each also as {@code .gz} or inside a {@code .zip} — detected from the file unless a
 * format is given. Never throws for bad content, and not for running out of memory either:
 * see {@link LoadResult}.
 */
public final class Formats {
    /** Threads that read the rows or events of one large file. */
    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private Formats() {
    }

    /** Reads {@code file} in {@code format}, or in the format it is detected to be when null. */
    public static LoadResult read(Path file, Format format, ReadProgress progress) {
        return read(file, format, ImportOptions.NONE, progress);
    }

    public static LoadResult read(Path file, Format format) {
        return read(file, format, ImportOptions.NONE, ReadProgress.NONE);
    }

    /** Reads {@code file} with the analyst's import options. */
    public static LoadResult read(Path file, Format format, ImportOptions options, ReadProgress progress) {
        return read(file, format, options, progress, THREADS, TableImport.BLOCK_BYTES);
    }

    /** The data files inside {@code file} when it is a zip archive with more than one; otherwise empty. */
    public static List<String> choices(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            InputFile.of(file, null, Long.MAX_VALUE);
            return List.of();
        } catch (InputFile.Refused e) {
            try {
                List<String> names = InputFile.dataEntries(file);
                return names.size() > 1 ? names : List.of();
            } catch (IOException notAZip) {
                return List.of();
            }
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The format {@code file} is detected to be, or null when it cannot be read. */
    public static Format detect(Path file, ImportOptions options) {
        try {
            InputFile f = InputFile.of(file, options.entry(), EventFileReader.DEFAULT_MAX_FILE_BYTES);
            return Format.detect(f.head(1 << 16), f.dataName());
        } catch (IOException | InputFile.Refused e) {
            return null;
        }
    }

    /**
     * Whether the file's first megabyte holds a numeric date whose order of day and month matters
     * ({@link LenientDates#orderMatters}: 03/04/2020, or 25/12/2020, which reads only day first),
     * so that the order is worth asking before the file is read. True when the file cannot be
     * looked at: the reader will say why.
     */
    public static boolean dateOrderMatters(Path file, ImportOptions options) {
        try {
            InputFile f = InputFile.of(file, options.entry(), EventFileReader.DEFAULT_MAX_FILE_BYTES);
            return LenientDates.orderMatters(new String(f.head(1 << 20),
                    java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException | InputFile.Refused e) {
            return true;
        }
    }

    /** As {@link #read(Path, Format, ImportOptions, ReadProgress)}, on {@code threads} threads, in blocks of {@code blockBytes}. */
    static LoadResult read(Path file, Format format, ImportOptions options, ReadProgress progress, int threads,
                           int blockBytes) {
        return read(file, format, options, progress, threads, blockBytes, MemoryGuard::nearlyFull);
    }

    /** As above, stopping with the out-of-memory message as soon as {@code lowMemory} says so. */
    static LoadResult read(Path file, Format format, ImportOptions options, ReadProgress progress, int threads,
                           int blockBytes, java.util.function.BooleanSupplier lowMemory) {
        String name = file.toString();
        Meter meter = new Meter(progress, lowMemory);
        meter.format = format;
        try {
            if (!Files.isRegularFile(file)) {
                // The reader of our format says what is wrong: a folder, no such file, a pipe, a link loop.
                return new EventFileReader().read(file, progress);
            }
            InputFile input;
            try {
                input = InputFile.of(file, options.entry(), EventFileReader.DEFAULT_MAX_FILE_BYTES);
            } catch (InputFile.Refused e) {
                return LoadResults.fatal(name, e.getMessage());
            }
            Format f = format != null ? format : Format.detect(input.head(1 << 16), input.dataName());
            meter.format = f;
            LoadResult read = readAs(f, file, input, input.placeName(name), options, threads, blockBytes, meter);
            if (f != Format.GDELT && (options.rootEventsOnly() || options.minSources() > 0) && !read.report().fatal()) {
                read = LoadResults.adding(read, io.annalist.model.Severity.WARNING, "only root events and at least N"
                        + " sources (--root-only, --min-sources) apply to GDELT event files; this " + f.option()
                        + " file is read whole");
            }
            return input.cutShort() ? LoadResults.cutShort(read) : read;
        } catch (InputFile.TooLarge e) {
            return LoadResults.fatal(name, e.getMessage());
        } catch (IOException e) {
            return LoadResults.unreadable(name, e);
        } catch (OutOfMemoryError e) {
            return LoadResults.fatal(name, meter.outOfMemory(name, file));
        } catch (java.util.concurrent.CancellationException e) {
            if (meter.memoryRanOut) {
                return LoadResults.fatal(name, meter.outOfMemory(name, file));
            }
            throw e;
        }
    }

    private static LoadResult readAs(Format f, Path file, InputFile input, String name, ImportOptions options,
                                     int threads, int blockBytes, Meter meter) throws IOException {
        return switch (f) {
            case ANNALIST -> input.plainFile() != null ? new EventFileReader().read(file, meter)
                    : new EventFileReader().read(input.open(), name, meter);
            case TIMELINEJS -> new TimelineJsReader().read(input, name, threads, meter);
            case ACLED -> new TableImport(threads, blockBytes).read(input, name, new AcledReader(), options, meter);
            case CSV -> new TableImport(threads, blockBytes).read(input, name, new CsvEventReader(), options, meter);
            case GDELT -> new TableImport(threads, blockBytes).read(input, name, new GdeltReader(), options, meter);
            case UCDP -> new TableImport(threads, blockBytes).read(input, name, new UcdpReader(), options, meter);
            case ICEWS -> new TableImport(threads, blockBytes).read(input, name, new IcewsReader(), options, meter);
        };
    }

    /** Passes progress on, remembering how far the read got, to estimate the events of a file too large for memory. */
    private static final class Meter implements ReadProgress {
        private final ReadProgress to;
        private volatile long total;
        private volatile long rows;
        private volatile long inAll = -1;
        private final java.util.function.BooleanSupplier lowMemory;
        volatile boolean memoryRanOut;
        /** The file's format, once known. */
        volatile Format format;

        Meter(ReadProgress to, java.util.function.BooleanSupplier lowMemory) {
            this.to = to;
            this.lowMemory = lowMemory;
        }

        @Override
        public void progress(long d, long t) {
            total = t;
            to.progress(d, t);
        }

        @Override
        public void rows(long n, long all) {
            rows = n;
            inAll = all;
        }

        @Override
        public boolean cancelled() {
            if (to.cancelled()) {
                return true;
            }
            if (lowMemory.getAsBoolean()) {
                memoryRanOut = true;
                return true;
            }
            return false;
        }

        @Override
        public java.util.concurrent.ExecutorService workers() {
            return to.workers();
        }

        /**
         * The out-of-memory message: the rows read so far and about how many the whole file holds,
         * as the reader judged it; before any row was counted, a guess from the file's size.
         */
        String outOfMemory(String name, Path file) {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                size = total;
            }
            long n = rows;
            long all = inAll;
            if (n > 0 && all > 0) {
                return OutOfMemory.message(name, format, n, all, size);
            }
            return OutOfMemory.message(name, format, 0, Math.max(1, size / 500), size);
        }
    }
}
