package io.annalist.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Who visited whom, where and why. {@code purpose} is the reported purpose, the word
 * "undisclosed" when the source says it was not disclosed, or null when nothing is said.
 */
public record Visit(List<String> visitors, List<String> hosts, String place, String purpose, String delegation,
                    String outcome) implements EventDetails {

    public static final String UNDISCLOSED = "undisclosed";

    public Visit {
        visitors = List.copyOf(visitors);
        hosts = List.copyOf(hosts);
    }

    public boolean purposeUndisclosed() {
        return UNDISCLOSED.equalsIgnoreCase(purpose);
    }

    @Override
    public EventKind kind() {
        return EventKind.VISIT;
    }

    @Override
    public List<String> actorIds() {
        List<String> ids = new ArrayList<>(visitors);
        ids.addAll(hosts);
        return ids;
    }
}
