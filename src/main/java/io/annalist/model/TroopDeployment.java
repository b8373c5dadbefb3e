package io.annalist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Troops sent from one actor to another: how many (exact or a range), by whose estimate,
 * to which theatre, which unit.
 */
public record TroopDeployment(String from, String to, Estimate troops, List<String> reportedBy, String theatre,
                              String unit) implements EventDetails {

    public TroopDeployment {
        reportedBy = List.copyOf(reportedBy);
    }

    @Override
    public EventKind kind() {
        return EventKind.TROOP_DEPLOYMENT;
    }

    @Override
    public List<String> actorIds() {
        List<String> ids = new ArrayList<>();
        if (from != null) {
            ids.add(from);
        }
        if (to != null) {
            ids.add(to);
        }
        ids.addAll(reportedBy);
        return ids;
    }
}
