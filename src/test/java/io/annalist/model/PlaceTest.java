package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaceTest {
    @Test
    void aPlaceNamesItsCountryInWordsNotByItsCode() {
        assertEquals("Pyongyang, North Korea", new Place("Pyongyang", "KP", null, null).describe());
        assertEquals("Russia", new Place(null, "RU", null, null).describe());
        assertEquals("South Korea", new Place(null, "kr", null, null).describe());
        // A code that names no country stays as the file wrote it.
        assertEquals("Kosovo?, XK", new Place("Kosovo?", "XK", null, null).describe());
        assertEquals("", new Place(null, null, null, null).describe());
    }
}
