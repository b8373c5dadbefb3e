package io.annalist.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which events to show: chosen actors (any or all of them), kinds, a time window, a text
 * and confidence levels. An empty set or a null bound means "no restriction". Immutable:
 * change a filter by making a new one with the {@code with...} methods.
 *
 * @param from first instant of the window (epoch ms), or null; an event shows when it overlaps the window
 * @param to   first instant after the window, or null
 */
public record EventFilter(Set<String> actors, boolean allActors, Set<EventKind> kinds, Long from, Long to,
                          String text, Set<Confidence> confidences) {

    /** Lets everything through. */
    public static final EventFilter NONE = new EventFilter(Set.of(), false, Set.of(), null, null, "", Set.of());

    public EventFilter {
        actors = Set.copyOf(actors);
        kinds = Set.copyOf(kinds);
        confidences = Set.copyOf(confidences);
        text = text == null ? "" : text.strip();
    }

    public EventFilter withActors(Set<String> ids, boolean all) {
        return new EventFilter(ids, all, kinds, from, to, text, confidences);
    }

    public EventFilter withKinds(Set<EventKind> k) {
        return new EventFilter(actors, allActors, k, from, to, text, confidences);
    }

    public EventFilter withWindow(Long f, Long t) {
        return new EventFilter(actors, allActors, kinds, f, t, text, confidences);
    }

    public EventFilter withText(String t) {
        return new EventFilter(actors, allActors, kinds, from, to, t, confidences);
    }

    public EventFilter withConfidences(Set<Confidence> c) {
        return new EventFilter(actors, allActors, kinds, from, to, text, c);
    }

    public boolean isEmpty() {
        return actors.isEmpty() && kinds.isEmpty() && from == null && to == null && text.isEmpty()
                && confidences.isEmpty();
    }

    /**
     * Whether {@code e} passes. {@code actorNames} maps actor ids to names so the text can
     * match an actor's name as well as the event's own words.
     */
    public boolean matches(Event e, Map<String, String> actorNames) {
        if (!kinds.isEmpty() && !kinds.contains(e.kind())) {
            return false;
        }
        if (!confidences.isEmpty() && (e.confidence() == null || !confidences.contains(e.confidence()))) {
            return false;
        }
        if (from != null && e.when().end() <= from) {
            return false;
        }
        if (to != null && e.when().start() >= to) {
            return false;
        }
        if (!actors.isEmpty()) {
            if (allActors ? !e.actors().containsAll(actors) : e.actors().stream().noneMatch(actors::contains)) {
                return false;
            }
        }
        return text.isEmpty() || matchesText(e, actorNames);
    }

    private boolean matchesText(Event e, Map<String, String> actorNames) {
        String needle = text.toLowerCase(Locale.ROOT);
        if (contains(e.title(), needle) || contains(e.summary(), needle) || contains(e.id(), needle)) {
            return true;
        }
        if (e.where() != null && (contains(e.where().name(), needle) || contains(e.where().country(), needle))) {
            return true;
        }
        for (String a : e.actors()) {
            if (contains(actorNames.getOrDefault(a, a), needle)) {
                return true;
            }
        }
        for (String tag : e.tags()) {
            if (contains(tag, needle)) {
                return true;
            }
        }
        return e.details() != null && detailsContain(e.details(), needle);
    }

    private static boolean detailsContain(EventDetails d, String needle) {
        if (d instanceof Statement s) {
            return contains(s.quote(), needle);
        }
        if (d instanceof MissileTest m) {
            return contains(m.missile(), needle) || contains(m.claims(), needle) || contains(m.launchSite(), needle)
                    || contains(m.landingArea(), needle);
        }
        if (d instanceof Visit v) {
            return contains(v.place(), needle) || contains(v.purpose(), needle) || contains(v.outcome(), needle);
        }
        if (d instanceof Agreement a) {
            return contains(a.name(), needle) || contains(a.terms(), needle);
        }
        if (d instanceof MilitaryExercise x) {
            return contains(x.name(), needle);
        }
        if (d instanceof TroopDeployment t) {
            return contains(t.theatre(), needle) || contains(t.unit(), needle);
        }
        return d instanceof Meeting m && (contains(m.topic(), needle) || contains(m.outcome(), needle));
    }

    /** Case-insensitive containment without allocating a lower-case copy of the haystack. */
    static boolean contains(String haystack, String lowerNeedle) {
        if (haystack == null || haystack.length() < lowerNeedle.length()) {
            return false;
        }
        int n = lowerNeedle.length();
        for (int i = 0; i + n <= haystack.length(); i++) {
            if (haystack.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
