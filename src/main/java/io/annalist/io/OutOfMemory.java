package io.annalist.io;

import java.util.Locale;

/**
 * What to tell an analyst whose file has more events than the memory Java was given: what was
 * counted (rows read so far, and what they say of the whole file), how much memory there is,
 * and the two ways out — start with more, or read less, in the way that exists for the
 * file's format (GDELT's import options, a smaller export from ACLED or UCDP, a smaller file).
 */
public final class OutOfMemory {
    private OutOfMemory() {
    }

    /**
     * For a file whose {@code events} were all read, with no memory left to show them (the
     * format no longer known): "not enough memory for the events of FILE (N events read): start
     * Annalist with more heap than its M MB (how) or open a smaller file".
     */
    public static String message(String file, long events) {
        return sentence(file, String.format(Locale.ENGLISH, "%,d %s read", events, events == 1 ? "event" : "events"),
                null);
    }

    /**
     * For a read of {@code file} in {@code format} that stopped: {@code rowsRead} rows (or
     * entries) read before memory ran out, about {@code inAll} in the whole file judged from the
     * share of it read; or, when no row was counted ({@code rowsRead} 0), about {@code inAll}
     * judged from the file's size of {@code bytes}.
     */
    public static String message(String file, Format format, long rowsRead, long inAll, long bytes) {
        String unit = format == Format.ANNALIST || format == Format.TIMELINEJS ? "event" : "row";
        String counted = rowsRead > 0
                ? String.format(Locale.ENGLISH, "%,d %s read before memory ran out, of about %,d in the file",
                rowsRead, rowsRead == 1 ? unit : unit + "s", Math.max(inAll, rowsRead))
                : String.format(Locale.ENGLISH, "about %,d %s, judged from its size of %,d MB", inAll,
                inAll == 1 ? unit : unit + "s", Math.max(1, bytes >> 20));
        return sentence(file, counted, format);
    }

    private static String sentence(String file, String counted, Format format) {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        return String.format(Locale.ENGLISH, "not enough memory for the events of %s (%s): start Annalist with more"
                        + " heap than its %,d MB (JAVA_TOOL_OPTIONS=-Xmx4g annalist …, or a java-options=-Xmx4g line in"
                        + " annalist/lib/app/annalist.cfg) or %s", file, counted, heapMb, lessToRead(format));
    }

    /** The way to read less that exists for this format (null: not known). */
    static String lessToRead(Format format) {
        if (format == null) {
            return "open a smaller file";
        }
        return switch (format) {
            case GDELT -> "leave rows out on import (--root-only keeps only root events, --min-sources N only rows"
                    + " with at least N sources; the window asks for both when it opens a GDELT file)";
            case ACLED -> "download a smaller export from ACLED (fewer countries, regions or years)";
            case UCDP -> "download a smaller extract from UCDP (fewer countries or years)";
            case ICEWS -> "open fewer years of ICEWS events at a time";
            case CSV, ANNALIST, TIMELINEJS -> "split the file into smaller ones";
        };
    }
}
