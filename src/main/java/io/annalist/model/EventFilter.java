package io.annalist.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which events to show: chosen actors (any or all of them, optionally counting the actors
 * affiliated with them: Russia then includes Shoigu), kinds, a time window, a text and
 * confidence levels, the analyst's own marks ({@link MarkFacet}: starred, tagged, with
 * notes), and a place (a region drawn on the map, {@link PlaceCondition}). An empty set or a
 * null bound means "no restriction". Immutable: change a filter by
 * making a new one with the {@code with...} methods. The text also finds the analyst's tags and
 * notes when the test is given the marks ({@link MarkLookup}).
 *
 * @param from first instant of the window (epoch ms), or null; an event shows when it overlaps the window
 * @param to   first instant after the window, or null
 * @param place where events must be, or null for anywhere
 */
public record EventFilter(Set<String> actors, boolean allActors, boolean includeAffiliated, Set<EventKind> kinds,
                          Long from, Long to, String text, Set<Confidence> confidences, MarkFacet marks,
                          PlaceCondition place) {

    /** Lets everything through. */
    public static final EventFilter NONE = new EventFilter(Set.of(), false, false, Set.of(), null, null, "", Set.of());

    public EventFilter {
        actors = Set.copyOf(actors);
        kinds = Set.copyOf(kinds);
        confidences = Set.copyOf(confidences);
        text = text == null ? "" : text.strip();
        marks = marks == null ? MarkFacet.NONE : marks;
    }

    /** A filter that does not look at the analyst's marks. */
    public EventFilter(Set<String> actors, boolean allActors, boolean includeAffiliated, Set<EventKind> kinds,
                       Long from, Long to, String text, Set<Confidence> confidences) {
        this(actors, allActors, includeAffiliated, kinds, from, to, text, confidences, MarkFacet.NONE, null);
    }

    /** A filter with no condition on the place. */
    public EventFilter(Set<String> actors, boolean allActors, boolean includeAffiliated, Set<EventKind> kinds,
                       Long from, Long to, String text, Set<Confidence> confidences, MarkFacet marks) {
        this(actors, allActors, includeAffiliated, kinds, from, to, text, confidences, marks, null);
    }

    /** The same filter with another condition on the place (null: anywhere). */
    public EventFilter withPlace(PlaceCondition p) {
        return new EventFilter(actors, allActors, includeAffiliated, kinds, from, to, text, confidences, marks, p);
    }

    public EventFilter withActors(Set<String> ids, boolean all) {
        return new EventFilter(ids, all, includeAffiliated, kinds, from, to, text, confidences, marks, place);
    }

    public EventFilter withIncludeAffiliated(boolean include) {
        return new EventFilter(actors, allActors, include, kinds, from, to, text, confidences, marks, place);
    }

    public EventFilter withKinds(Set<EventKind> k) {
        return new EventFilter(actors, allActors, includeAffiliated, k, from, to, text, confidences, marks, place);
    }

    public EventFilter withWindow(Long f, Long t) {
        return new EventFilter(actors, allActors, includeAffiliated, kinds, f, t, text, confidences, marks, place);
    }

    public EventFilter withText(String t) {
        return new EventFilter(actors, allActors, includeAffiliated, kinds, from, to, t, confidences, marks, place);
    }

    public EventFilter withConfidences(Set<Confidence> c) {
        return new EventFilter(actors, allActors, includeAffiliated, kinds, from, to, text, c, marks, place);
    }

    /** The same filter with another facet of the analyst's marks. */
    public EventFilter withMarks(MarkFacet m) {
        return new EventFilter(actors, allActors, includeAffiliated, kinds, from, to, text, confidences, m, place);
    }

    /** True when nothing is filtered out. */
    public boolean isEmpty() {
        return actors.isEmpty() && kinds.isEmpty() && from == null && to == null && text.isEmpty()
                && confidences.isEmpty() && marks.isEmpty() && place == null;
    }

    /**
     * The test this filter makes, the only definition of it, prepared once for a whole pass
     * over the events: the chosen actors (with their affiliates when asked) flattened into one
     * set, the cheapest checks first. {@code actorNames} lets the text match an actor's name as
     * well as the event's own words; {@code affiliates} maps an actor id to the ids of the
     * actors affiliated with it. Safe to use from several threads.
     */
    public java.util.function.Predicate<Event> predicate(Map<String, String> actorNames,
                                                         Map<String, ? extends java.util.Collection<String>> affiliates) {
        return predicate(actorNames, affiliates, MarkLookup.NONE);
    }

    /**
     * As {@link #predicate(Map, Map)}, with the analyst's marks: for the marks facet, and so
     * that the text also finds the analyst's tags and notes.
     */
    public java.util.function.Predicate<Event> predicate(Map<String, String> actorNames,
                                                         Map<String, ? extends java.util.Collection<String>> affiliates,
                                                         MarkLookup markLookup) {
        Map<String, Set<String>> groups = groups(affiliates);
        Set<String> anyOf = new java.util.HashSet<>();
        groups.values().forEach(anyOf::addAll);
        java.util.EnumSet<EventKind> kindSet = kinds.isEmpty() ? null : java.util.EnumSet.copyOf(kinds);
        java.util.EnumSet<Confidence> confidenceSet = confidences.isEmpty() ? null : java.util.EnumSet.copyOf(confidences);
        long lo = from == null ? Long.MIN_VALUE : from;
        long hi = to == null ? Long.MAX_VALUE : to;
        boolean byActors = !actors.isEmpty();
        boolean byText = !text.isEmpty();
        java.util.function.Predicate<Event> where = place == null ? null : place.predicate();
        // The events whose marks pass the facet, and those whose tags or notes hold the text:
        // few, so they are found once and each event is then looked up by id.
        Set<String> markedOk = marks.isEmpty() ? null : new java.util.HashSet<>();
        Set<String> wordsOk = new java.util.HashSet<>();
        String needle = text.toLowerCase(Locale.ROOT);
        for (Event m : markLookup.markedEvents()) {
            if (markedOk != null && marks.test(m.id(), markLookup)) {
                markedOk.add(m.id());
            }
            if (byText && markLookup.anyText(m.id(), s -> contains(s, needle))) {
                wordsOk.add(m.id());
            }
        }
        return e -> {
            if (kindSet != null && !kindSet.contains(e.kind())) {
                return false;
            }
            if (confidenceSet != null && (e.confidence() == null || !confidenceSet.contains(e.confidence()))) {
                return false;
            }
            When w = e.when();
            if (w.end() <= lo || w.start() >= hi) {
                return false;
            }
            if (byActors) {
                if (allActors) {
                    if (!matchesActors(e, groups)) {
                        return false;
                    }
                } else {
                    List<String> list = e.actors();
                    boolean any = false;
                    for (int i = 0, n = list.size(); i < n && !any; i++) {
                        any = anyOf.contains(list.get(i));
                    }
                    if (!any) {
                        return false;
                    }
                }
            }
            if (markedOk != null && !markedOk.contains(e.id())) {
                return false;
            }
            if (where != null && !where.test(e)) {
                return false;
            }
            return !byText || matchesText(e, actorNames) || (!wordsOk.isEmpty() && wordsOk.contains(e.id()));
        };
    }

    /**
     * Whether {@code e} passes: the same test as {@link #predicate}, for one event. To test
     * many events, make the predicate once.
     */
    public boolean matches(Event e, Map<String, String> actorNames,
                           Map<String, ? extends java.util.Collection<String>> affiliates) {
        return predicate(actorNames, affiliates).test(e);
    }

    /** Whether {@code e} passes, with the analyst's marks (see {@link #predicate(Map, Map, MarkLookup)}). */
    public boolean matches(Event e, Map<String, String> actorNames,
                           Map<String, ? extends java.util.Collection<String>> affiliates, MarkLookup markLookup) {
        return predicate(actorNames, affiliates, markLookup).test(e);
    }

    /** Whether {@code e} passes, each chosen actor counting only as itself. */
    public boolean matches(Event e, Map<String, String> actorNames) {
        return matches(e, actorNames, Map.of());
    }

    private boolean matchesActors(Event e, Map<String, Set<String>> groups) {
        for (String chosen : actors) {
            Set<String> group = groups.getOrDefault(chosen, Set.of(chosen));
            boolean involved = false;
            for (String a : e.actors()) {
                if (group.contains(a)) {
                    involved = true;
                    break;
                }
            }
            if (involved && !allActors) {
                return true;
            }
            if (!involved && allActors) {
                return false;
            }
        }
        return allActors;
    }

    /**
     * For each chosen actor, the ids that count as it: itself, plus (when affiliates are
     * included) every actor affiliated with it directly or through others.
     * {@code affiliates} maps an actor id to the ids of the actors affiliated with it.
     */
    public Map<String, Set<String>> groups(Map<String, ? extends java.util.Collection<String>> affiliates) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (String chosen : actors) {
            Set<String> group = new java.util.HashSet<>();
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(chosen));
            while (!todo.isEmpty()) {
                String id = todo.pop();
                if (group.add(id) && includeAffiliated) {
                    java.util.Collection<String> children = affiliates.get(id);
                    if (children != null) {
                        todo.addAll(children);
                    }
                }
            }
            out.put(chosen, group);
        }
        return out;
    }

    private boolean matchesText(Event e, Map<String, String> actorNames) {
        String needle = text.toLowerCase(Locale.ROOT);
        if (SearchText.any(e, s -> contains(s, needle))) {
            return true;
        }
        for (String a : e.actors()) {
            if (contains(actorNames.getOrDefault(a, a), needle)) {
                return true;
            }
        }
        return false;
    }

    /** Case-insensitive containment without allocating a lower-case copy of the haystack. */
    static boolean contains(String haystack, String lowerNeedle) {
        int n = lowerNeedle.length();
        if (haystack == null || haystack.length() < n) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        char first = lowerNeedle.charAt(0);
        int last = haystack.length() - n;
        if (first >= 'a' && first <= 'z') {
            // Jump between places where the first letter occurs, in either case (indexOf is fast);
            // compare the rest only there.
            char upper = (char) (first - 'a' + 'A');
            int lo = haystack.indexOf(first);
            int up = haystack.indexOf(upper);
            while (true) {
                int j = lo < 0 ? up : up < 0 ? lo : Math.min(lo, up);
                if (j < 0 || j > last) {
                    return false;
                }
                if (haystack.regionMatches(true, j, lowerNeedle, 0, n)) {
                    return true;
                }
                if (j == lo) {
                    lo = haystack.indexOf(first, j + 1);
                } else {
                    up = haystack.indexOf(upper, j + 1);
                }
            }
        }
        for (int i = 0; i <= last; i++) {
            if (haystack.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
