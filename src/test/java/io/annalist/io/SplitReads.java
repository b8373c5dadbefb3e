package io.annalist.io;

import java.nio.file.Path;

/** Reads a file in small blocks on several threads, for tests outside this package (the fuzz tests). */
public final class SplitReads {
    private SplitReads() {
    }

    /** {@code file} read in {@code format} on {@code threads} threads, in blocks of {@code blockBytes}. */
    public static LoadResult read(Path file, Format format, int threads, int blockBytes) {
        return Formats.read(file, format, ImportOptions.NONE, ReadProgress.NONE, threads, blockBytes);
    }
}
