package io.annalist.model;

import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a filter needs to know of the analyst's own marks on the events in the data: which
 * are starred, which carry which of the analyst's tags, which have notes, and the words of
 * those tags and notes (the text filter searches them too). The marks themselves live apart
 * from the data ({@code io.annalist.marks}); this is how the model sees them. Implementations
 * are immutable, so a filter can use one from any thread.
 */
public interface MarkLookup {
    /** No marks at all. */
    MarkLookup NONE = new MarkLookup() {
        @Override
        public Collection<Event> markedEvents() {
            return List.of();
        }

        @Override
        public boolean isStarred(String eventId) {
            return false;
        }

        @Override
        public boolean hasTag(String eventId, String tag) {
            return false;
        }

        @Override
        public boolean hasNotes(String eventId) {
            return false;
        }

        @Override
        public boolean anyText(String eventId, Predicate<String> test) {
            return false;
        }
    };

    /** The events of the data that carry any mark. */
    Collection<Event> markedEvents();

    boolean isStarred(String eventId);

    /** Whether the event carries the analyst's tag {@code tag} (ignoring case). */
    boolean hasTag(String eventId, String tag);

    boolean hasNotes(String eventId);

    /** True as soon as {@code test} holds for one of the analyst's words on the event: a tag or a note's text. */
    boolean anyText(String eventId, Predicate<String> test);
}
