package io.annalist.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The map's counts in words agree in number with the count. */
class MapNotesTest {
    @Test
    void oneEventIsSingularAndTwoArePlural() {
        assertEquals(List.of("1 event on the map", "1 event has no place"), MapNotes.onTheMap(1, 1, 0, 0));
        assertEquals(List.of("2 events on the map", "2 events have no place", "3 beyond 85° of latitude, not shown",
                "1,204 outside this view"), MapNotes.onTheMap(2, 2, 3, 1204));
        assertEquals(List.of("0 events on the map"), MapNotes.onTheMap(0, 0, 0, 0));
        assertTrue(MapNotes.underTheMap(1, 1, 0).startsWith("1 event on the map · 1 has no place and is not on it · "),
                MapNotes.underTheMap(1, 1, 0));
        assertTrue(MapNotes.underTheMap(5, 2, 0).startsWith("5 events on the map · 2 have no place and are not on it"),
                MapNotes.underTheMap(5, 2, 0));
        assertEquals("1 event on the map, 1 with no place", MapNotes.summary(1, 1, 0));
    }
}
