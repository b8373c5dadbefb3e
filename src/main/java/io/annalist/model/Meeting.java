package io.annalist.model;

import java.util.List;

/** A meeting: who met, about what, and what came of it. */
public record Meeting(List<String> participants, String topic, String outcome) implements EventDetails {

    public Meeting {
        participants = List.copyOf(participants);
    }

    @Override
    public EventKind kind() {
        return EventKind.MEETING;
    }

    @Override
    public List<String> actorIds() {
        return participants;
    }
}
