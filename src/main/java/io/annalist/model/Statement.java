package io.annalist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Something said: by whom (an actor id), to whom (actor ids), and the words when the source
 * quotes them. A paraphrase belongs in the event's summary, not in {@code quote}.
 */
public record Statement(String speaker, List<String> addressees, String quote) implements EventDetails {

    public Statement {
        addressees = List.copyOf(addressees);
    }

    @Override
    public EventKind kind() {
        return EventKind.STATEMENT;
    }

    @Override
    public List<String> actorIds() {
        List<String> ids = new ArrayList<>();
        if (speaker != null) {
            ids.add(speaker);
        }
        ids.addAll(addressees);
        return ids;
    }
}
