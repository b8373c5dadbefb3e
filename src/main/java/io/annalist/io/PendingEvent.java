package io.annalist.io;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import io.annalist.model.Event;

/**
 * An event read from the file whose references to actors and sources are still to be
 * checked, because a file may define its actors after its events.
 */
final class PendingEvent {
    /** A reference to an actor or a source, with where it was written. */
    record Ref(String id, boolean source, int line, int column, String path, String field) {
        Ref(String id, boolean source, JsonLocation at, String path, String field) {
            this(id, source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path, field);
        }
    }

    final Event event;
    final int line;
    final int column;
    final String path;
    /** References still to check, or empty when they were checked as the event was read. */
    List<Ref> refs = List.of();

    PendingEvent(Event event, JsonLocation at, String path) {
        this(event, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), path);
    }

    PendingEvent(Event event, int line, int column, String path) {
        this.event = event;
        this.line = line;
        this.column = column;
        this.path = path;
    }

    void defer(List<Ref> unchecked) {
        refs = new ArrayList<>(unchecked);
    }
}
