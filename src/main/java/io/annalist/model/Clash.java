package io.annalist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An armed clash: who fought whom (the two sides, each a list of actor ids, as the source
 * divides them), what sort of clash, the fatalities as an estimate ("12–30, best 17"), and
 * whether civilians were targeted (null: the source does not say). The source's own
 * classification stays in the event's tags.
 */
public record Clash(List<String> sideA, List<String> sideB, ClashType type, Estimate fatalities,
                    Boolean civilianTargeting) implements EventDetails {

    public Clash {
        sideA = List.copyOf(sideA);
        sideB = List.copyOf(sideB);
    }

    @Override
    public EventKind kind() {
        return EventKind.CLASH;
    }

    @Override
    public List<String> actorIds() {
        List<String> ids = new ArrayList<>(sideA);
        ids.addAll(sideB);
        return ids;
    }
}
