package io.annalist.model;

import java.util.List;

/**
 * What happened when a file was read: how many events it held, how many loaded and how
 * many were rejected, and every problem. {@code read == loaded + rejected} always: no event
 * is dropped without a problem saying why. {@code fatal} means the file as a whole could
 * not be read (malformed JSON, wrong format, unreadable) and nothing was loaded from it.
 */
public record LoadReport(String file, int read, int loaded, int rejected, List<Problem> problems, boolean fatal) {

    public LoadReport {
        problems = List.copyOf(problems);
        if (read != loaded + rejected) {
            throw new IllegalStateException("events read (" + read + ") != loaded (" + loaded + ") + rejected ("
                    + rejected + ")");
        }
    }

    public long errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    /** "N events: L loaded, R rejected, W warnings". */
    public String summary() {
        return read + " events: " + loaded + " loaded, " + rejected + " rejected, " + warnings() + " warnings";
    }
}
