package io.annalist.model;

import java.util.function.Predicate;

/**
 * A condition on where an event happened — a region drawn on the map — as the filter holds it.
 * The map's Place filter implements it; the model only asks it for its test and its words, so
 * the model knows nothing of geometry. Implementations are immutable values (equal when they
 * describe the same region) and their test is safe to run on several threads.
 */
public interface PlaceCondition {
    /** The test, prepared once for a pass over many events. */
    Predicate<Event> predicate();

    /** The chip's and the caption's words: "Place: 38.0–43.0° N, 124.0–131.0° E". */
    String describe();
}
