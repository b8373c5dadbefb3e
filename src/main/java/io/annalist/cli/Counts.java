package io.annalist.cli;

/** Counts in the command line's words: "1 event", "2 events". */
final class Counts {
    private Counts() {
    }

    /** {@code n} with its noun: {@code one} for one, else {@code many} ("1 event", "1,204 events"). */
    static String of(long n, String one, String many) {
        return String.format("%,d %s", n, n == 1 ? one : many);
    }
}
