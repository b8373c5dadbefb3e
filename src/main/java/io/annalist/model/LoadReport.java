package io.annalist.model;

import java.util.List;

/**
 * What happened when a file was read: how many events it held, how many loaded and how
 * many were rejected, and every problem. {@code read == loaded + rejected + excluded}
 * always: no event is dropped without a problem saying why; {@code excluded} counts the rows
 * an import option the user chose left out (only root events, at least N sources), 0 otherwise. {@code fatal} means the file as a whole could
 * not be read (malformed JSON, wrong format, unreadable) and nothing was loaded from it.
 */
public record LoadReport(String file, int read, int loaded, int rejected, int excluded, List<Problem> problems,
                         boolean fatal) {

    public LoadReport {
        problems = List.copyOf(problems);
        if (read != loaded + rejected + excluded) {
            throw new IllegalStateException("events read (" + read + ") != loaded (" + loaded + ") + rejected ("
                    + rejected + ") + left out by import options (" + excluded + ")");
        }
    }

    /** A report with nothing left out by import options. */
    public LoadReport(String file, int read, int loaded, int rejected, List<Problem> problems, boolean fatal) {
        this(file, read, loaded, rejected, 0, problems, fatal);
    }

    public long errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    /** "N events: L loaded, R rejected, W warnings" ("1 event", "1 warning" for one). */
    public String summary() {
        return read + (read == 1 ? " event: " : " events: ") + loaded + " loaded, " + rejected + " rejected, "
                + (excluded > 0 ? excluded + " left out by import options, " : "") + warnings()
                + (warnings() == 1 ? " warning" : " warnings");
    }
}
