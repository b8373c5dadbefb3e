package io.annalist.model;

import java.util.Set;

/**
 * The part of a filter that looks at the analyst's own marks rather than at the data: only
 * starred events, only events with one of some tags of the analyst's ("Mine: follow-up"),
 * only events with notes. Conditions combine with "and"; tags with "any of". Nothing chosen
 * means no restriction. Immutable.
 */
public record MarkFacet(boolean starred, Set<String> tags, boolean withNotes) {
    public static final MarkFacet NONE = new MarkFacet(false, Set.of(), false);

    public MarkFacet {
        tags = Set.copyOf(tags);
    }

    public boolean isEmpty() {
        return !starred && tags.isEmpty() && !withNotes;
    }

    public MarkFacet withStarred(boolean on) {
        return new MarkFacet(on, tags, withNotes);
    }

    public MarkFacet withTags(Set<String> t) {
        return new MarkFacet(starred, t, withNotes);
    }

    public MarkFacet withNotes(boolean on) {
        return new MarkFacet(starred, tags, on);
    }

    /** Whether the event with {@code eventId} passes, given what the analyst marked. */
    public boolean test(String eventId, MarkLookup marks) {
        if (starred && !marks.isStarred(eventId)) {
            return false;
        }
        if (withNotes && !marks.hasNotes(eventId)) {
            return false;
        }
        if (tags.isEmpty()) {
            return true;
        }
        for (String t : tags) {
            if (marks.hasTag(eventId, t)) {
                return true;
            }
        }
        return false;
    }
}
