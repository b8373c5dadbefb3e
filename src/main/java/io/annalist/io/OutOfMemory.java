package io.annalist.io;

/**
 * What to tell an analyst whose file has more events than the memory Java was given: how many,
 * how much memory there is, and the two ways out — start with more, or import less.
 */
public final class OutOfMemory {
    private OutOfMemory() {
    }

    /** "not enough memory for the events of FILE (about N): ..." */
    public static String message(String file, long events) {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        return String.format(java.util.Locale.ENGLISH, "not enough memory for the events of %s (about %,d events,"
                + " with %,d MB for Java): start Annalist with more memory (java -Xmx4g …, or raise -Xmx in the"
                + " launcher's annalist/lib/app/annalist.cfg) or filter on import (for GDELT: only root events,"
                + " or at least N sources)", file, events, heapMb);
    }
}
