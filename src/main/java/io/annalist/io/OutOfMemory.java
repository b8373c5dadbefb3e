package io.annalist.io;

/**
 * What to tell an analyst whose file has more events than the memory Java was given: how many,
 * how much memory there is, and the two ways out — start with more, or import less.
 */
public final class OutOfMemory {
    private OutOfMemory() {
    }

    /**
     * One sentence that names the file once: "not enough memory for the events of FILE (about N):
     * start Annalist with more heap than its M MB (how) or filter on import (which filters)".
     */
    public static String message(String file, long events) {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        return String.format(java.util.Locale.ENGLISH, "not enough memory for the events of %s (about %,d):"
                + " start Annalist with more heap than its %,d MB (JAVA_TOOL_OPTIONS=-Xmx4g annalist …,"
                + " or a java-options=-Xmx4g line in annalist/lib/app/annalist.cfg) or filter on import"
                + " (for GDELT, only root events or at least N sources)",
                file, events, heapMb);
    }
}
