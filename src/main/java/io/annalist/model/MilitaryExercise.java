package io.annalist.model;

import java.util.List;

/** A military exercise: who took part, its name and its scale as reported. */
public record MilitaryExercise(List<String> participants, String name, String scale) implements EventDetails {

    public MilitaryExercise {
        participants = List.copyOf(participants);
    }

    @Override
    public EventKind kind() {
        return EventKind.MILITARY_EXERCISE;
    }

    @Override
    public List<String> actorIds() {
        return participants;
    }
}
