package io.annalist.model;

import java.util.List;

/** An agreement: its parties, its name and its terms as reported. */
public record Agreement(List<String> parties, String name, String terms) implements EventDetails {

    public Agreement {
        parties = List.copyOf(parties);
    }

    @Override
    public EventKind kind() {
        return EventKind.AGREEMENT;
    }

    @Override
    public List<String> actorIds() {
        return parties;
    }
}
