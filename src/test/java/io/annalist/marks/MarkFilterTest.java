package io.annalist.marks;

import static io.annalist.marks.Events.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.model.MarkFacet;
import org.junit.jupiter.api.Test;

/** The filter's facet of the analyst's marks, and the text filter finding notes and tags, with and without the word index. */
class MarkFilterTest {
    private static final Instant T = Instant.parse("2025-03-01T10:15:00Z");
    private final Event a = event("a", "2024-06-19", "Putin visits Pyongyang");
    private final Event b = event("b", "2024-10", "Troops sent");
    private final Event c = event("c", "2025-01-02", "Talks");

    private static List<String> shown(EventStore store) {
        return store.filteredEvents().stream().map(Event::id).toList();
    }

    private static EventStore store(List<Event> events, int indexFrom) throws Exception {
        EventStore store = new EventStore(indexFrom);
        store.setDataset(new Dataset("t", "", List.of(), List.of(), events, Map.of()));
        store.textIndexReady().get();
        return store;
    }

    @Test
    void theFacetKeepsStarredTaggedOrNotedEvents() throws Exception {
        EventStore store = store(List.of(a, b, c), EventStore.TEXT_INDEX_FROM);
        Marks m = Marks.NONE.withStar(List.of(a, b), true).withTag(List.of(b, c), "follow-up")
                .withNote(List.of(c), "Ask about the venue.", "ana", T);
        store.setMarks(AttachedMarks.attach(m, store.allEvents()));
        store.setFilter(EventFilter.NONE.withMarks(MarkFacet.NONE.withStarred(true)));
        assertEquals(List.of("a", "b"), shown(store));
        store.setFilter(EventFilter.NONE.withMarks(MarkFacet.NONE.withTags(Set.of("Follow-up"))));
        assertEquals(List.of("b", "c"), shown(store), "tags ignore case");
        store.setFilter(EventFilter.NONE.withMarks(new MarkFacet(true, Set.of("follow-up"), false)));
        assertEquals(List.of("b"), shown(store), "conditions combine");
        store.setFilter(EventFilter.NONE.withMarks(MarkFacet.NONE.withNotes(true)));
        assertEquals(List.of("c"), shown(store));
        // Marking changes what the facet shows at once.
        store.setMarks(((AttachedMarks) store.getMarks()).withMarks(m.withNote(List.of(a), "x", "ana", T)));
        assertEquals(List.of("a", "c"), shown(store));
        // The same filter without marks keeps nothing.
        store.setMarks(io.annalist.model.MarkLookup.NONE);
        assertEquals(List.of(), shown(store));
    }

    @Test
    void theTextFindsNotesAndTagsWithoutTheIndex() throws Exception {
        textFindsNotes(store(List.of(a, b, c), EventStore.TEXT_INDEX_FROM));
    }

    @Test
    void theTextFindsNotesAndTagsWithTheIndex() throws Exception {
        List<Event> many = new ArrayList<>(List.of(a, b, c));
        for (int i = 0; i < 50; i++) {
            many.add(event("x" + i, "2020-01-01", "Filler " + i));
        }
        textFindsNotes(store(many, 10));
    }

    private void textFindsNotes(EventStore store) {
        store.setFilter(EventFilter.NONE.withText("venue"));
        assertEquals(List.of(), shown(store));
        Marks m = Marks.NONE.withNote(List.of(c), "Ask about the VENUE.", "ana", T).withTag(List.of(a), "kursk-lead");
        store.setMarks(AttachedMarks.attach(m, store.allEvents()));
        assertEquals(List.of("c"), shown(store), "a note's words are found, ignoring case");
        store.setFilter(EventFilter.NONE.withText("kursk"));
        assertEquals(List.of("a"), shown(store), "and the analyst's tags");
        store.setFilter(EventFilter.NONE.withText("pyongyang"));
        assertEquals(List.of("a"), shown(store), "the data's own words still");
        // The predicate used outside the store (convert, export) agrees.
        var test = EventFilter.NONE.withText("venue").predicate(Map.of(), Map.of(), store.getMarks());
        assertEquals(List.of("c"), store.allEvents().stream().filter(test).map(Event::id).toList());
    }
}
