package io.annalist.cli;

import io.annalist.model.LoadReport;

/** Counts in the command line's words: "1 event", "2 events". */
final class Counts {
    private Counts() {
    }

    /** {@code n} with its noun: {@code one} for one, else {@code many} ("1 event", "1,204 events"). */
    static String of(long n, String one, String many) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }

    /** "1 event: 1 loaded, 0 rejected, 1 warning": what reading a file gave. */
    static String read(LoadReport r) {
        return of(r.read(), "event", "events") + ": " + r.loaded() + " loaded, " + r.rejected() + " rejected, "
                + (r.excluded() > 0 ? r.excluded() + " left out by import options, " : "")
                + of(r.warnings(), "warning", "warnings");
    }
}
