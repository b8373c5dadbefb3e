package io.annalist.model;

/**
 * A position an actor held for a while: Shoigu was defence minister until May 2024, then
 * Security Council secretary. Either end may be open (null).
 */
public record Role(String title, PartialDate from, PartialDate until) {

    /** True when the role may have been held at {@code millis}. */
    public boolean heldAt(long millis) {
        return (from == null || from.start() <= millis) && (until == null || millis < until.end());
    }
}
