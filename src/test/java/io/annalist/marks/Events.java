package io.annalist.marks;

import java.util.List;
import java.util.Map;

import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.When;

/** Small events for the marks' tests. */
final class Events {
    private Events() {
    }

    static Event event(String id, String date, String title) {
        return new Event(id, EventKind.MEETING, title, When.at(PartialDate.parse(date)), new Place("Moscow", "RU", null,
                null), List.of("russia"), "summary of " + id, List.of("s"), null, List.of(), null, Map.of(), 0);
    }
}
