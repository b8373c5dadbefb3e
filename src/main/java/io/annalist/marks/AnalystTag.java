package io.annalist.marks;

import java.util.Collection;
import java.util.Locale;

/**
 * The rules for a tag of the analyst's own ("follow-up", "check source"), kept apart from the
 * tags a data file gives its events: leading and trailing spaces go, runs of white space
 * become one space, control characters are refused, and a tag is at most {@link #MAX_LENGTH}
 * characters. Tags are compared ignoring case, so "Follow-up" typed again finds the
 * "follow-up" already in use and keeps that spelling.
 */
public final class AnalystTag {
    public static final int MAX_LENGTH = 80;

    private AnalystTag() {
    }

    /**
     * The tag as kept, from what the analyst typed.
     *
     * @throws IllegalArgumentException with the reason, when it cannot be a tag
     */
    public static String clean(String typed) {
        if (typed == null) {
            throw new IllegalArgumentException("a tag cannot be empty");
        }
        String t = typed.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a tag cannot be empty");
        }
        if (t.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a tag cannot hold control characters");
        }
        if (t.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a tag holds at most " + MAX_LENGTH + " characters, not " + t.length());
        }
        return t;
    }

    /** {@code tag} as it is already spelled among {@code inUse} (ignoring case), or itself. */
    public static String spelledAs(String tag, Collection<String> inUse) {
        for (String u : inUse) {
            if (u.equalsIgnoreCase(tag)) {
                return u;
            }
        }
        return tag;
    }

    /** The tags of {@code inUse} that start with, or else contain, what was typed (ignoring case): for completion. */
    public static java.util.List<String> complete(String typed, Collection<String> inUse) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        java.util.List<String> starts = new java.util.ArrayList<>();
        java.util.List<String> contains = new java.util.ArrayList<>();
        for (String u : new java.util.TreeSet<>(inUse)) {
            String lower = u.toLowerCase(Locale.ROOT);
            if (lower.startsWith(t)) {
                starts.add(u);
            } else if (lower.contains(t)) {
                contains.add(u);
            }
        }
        starts.addAll(contains);
        return starts;
    }
}
