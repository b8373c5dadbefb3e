package io.annalist.io;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import io.annalist.model.Problem;
import io.annalist.model.Severity;

/**
 * Collects the problems found while reading one file. Paths are joined only when a problem
 * is recorded, so reading a clean file builds no path strings.
 */
final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();
    private int errors;
    private String eventId;

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** The event that problems are about until the next call, or null. */
    void aboutEvent(String id) {
        eventId = id;
    }

    void error(JsonLocation at, String path, String field, String message) {
        add(at, path, field, Severity.ERROR, message);
    }

    void error(int line, int column, String path, String field, String message) {
        add(line, column, path, field, Severity.ERROR, message);
    }

    void warn(int line, int column, String path, String field, String message) {
        add(line, column, path, field, Severity.WARNING, message);
    }

    void warn(JsonLocation at, String path, String field, String message) {
        add(at, path, field, Severity.WARNING, message);
    }

    void add(JsonLocation at, String path, String field, Severity severity, String message) {
        add(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path, field, severity, message);
    }

    private void add(int atLine, int atColumn, String path, String field, Severity severity, String message) {
        int line = Math.max(0, atLine);
        int column = Math.max(0, atColumn);
        String full = field == null ? path : field.startsWith("[") ? path + field : path + "." + field;
        list.add(new Problem(file, line, column, full == null ? "" : full, severity, message, eventId));
        if (severity == Severity.ERROR) {
            errors++;
        }
    }

    /** Errors so far: compare before and after reading an item to know whether it failed. */
    int errorCount() {
        return errors;
    }

    List<Problem> list() {
        return list;
    }

    /** Takes in a problem found by another reader of the same file, already placed. */
    void adopt(Problem p) {
        list.add(p);
        if (p.severity() == Severity.ERROR) {
            errors++;
        }
    }
}
