package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class EventListTest {
    private static Event event(String id) {
        return new Event(id, EventKind.OTHER, id, When.at(PartialDate.parse("2024")), null, List.of(), null,
                List.of("s"), null, List.of(), null, Map.of(), 0);
    }

    @Test
    void aReplacementIsOneChangeWithWhatWentAndWhatCame() {
        EventList list = new EventList();
        List<String> seen = new ArrayList<>();
        list.addListener((ListChangeListener<Event>) c -> {
            while (c.next()) {
                seen.add(c.getRemovedSize() + " removed, " + c.getAddedSize() + " added, " + c.getAddedSubList());
            }
        });
        Event a = event("a");
        Event b = event("b");
        Event c = event("c");
        list.replaceWith(new Event[] {a, b});
        list.replaceWith(new Event[] {c});
        list.replaceWith(new Event[0]);
        list.replaceWith(new Event[0]);
        assertEquals(List.of("0 removed, 2 added, [" + a + ", " + b + "]", "2 removed, 1 added, [" + c + "]",
                "1 removed, 0 added, []"), seen);
        assertTrue(list.isEmpty());
    }

    @Test
    void itIsReadOnlyAndCopiesOut() {
        EventList list = new EventList();
        Event[] items = {event("a"), event("b")};
        list.replaceWith(items);
        assertThrows(UnsupportedOperationException.class, () -> list.add(event("c")));
        Event[] copy = list.toArray(new Event[0]);
        copy[0] = null;
        assertEquals("a", list.get(0).id());
        assertEquals(3, list.toArray(new Event[3]).length);
    }
}
