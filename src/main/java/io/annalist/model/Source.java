package io.annalist.model;

/**
 * Where an event was reported: title, publisher, an http(s) link, the publication date
 * (partial, may be null) and a note.
 */
public record Source(String id, String title, String publisher, String url, PartialDate published, String note) {
}
