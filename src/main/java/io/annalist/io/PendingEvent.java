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
    record Ref(String id, boolean source, JsonLocation at, String path, String field) {
    }

    final Event event;
    final JsonLocation at;
    final String path;
    final List<Ref> refs = new ArrayList<>(4);

    PendingEvent(Event event, JsonLocation at, String path) {
        this.event = event;
        this.at = at;
        this.path = path;
    }
}
