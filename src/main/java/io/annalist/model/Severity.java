package io.annalist.model;

/** An error rejects what it is about (an event, or the whole file); a warning loads it and says what is odd. */
public enum Severity {
    ERROR, WARNING;

    public String word() {
        return this == ERROR ? "error" : "warning";
    }
}
