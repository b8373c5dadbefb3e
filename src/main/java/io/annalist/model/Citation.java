package io.annalist.model;

import java.util.List;

/**
 * Which sources state one value of an event. {@code field} names the value ("when",
 * "where", "visit.hosts", "statement.quote"); {@code sources} are ids of the file's sources
 * that state it. When the value corrects what another source gave (a launch time a
 * database has twelve hours out), {@code was} keeps that source's value as it was, so a
 * correction is always visible and traceable; otherwise it is null. {@code note} says what
 * the sources say, in the file's own words, or is null.
 */
public record Citation(String field, List<String> sources, String was, String note) {

    public Citation {
        sources = List.copyOf(sources);
    }

    /** True when the value replaces one that a source gave differently. */
    public boolean isCorrection() {
        return was != null;
    }
}
