package io.annalist.map;

import java.util.List;
import java.util.Map;

import io.annalist.model.Event;
import io.annalist.model.EventDetails;
import io.annalist.model.EventKind;
import io.annalist.model.MissileClass;
import io.annalist.model.MissileTest;
import io.annalist.model.Outcome;
import io.annalist.model.PartialDate;
import io.annalist.model.Place;
import io.annalist.model.When;

/** Events for the map's tests. */
final class MapFixtures {
    private MapFixtures() {
    }

    static Event event(String id, EventKind kind, String when, Place where, EventDetails details) {
        return new Event(id, kind, id, When.at(PartialDate.parse(when)), where, List.of(), null, List.of("s"), null,
                List.of(), details, Map.of(), 0);
    }

    static Event at(String id, double lat, double lon) {
        return event(id, EventKind.MEETING, "2024-06-19", new Place(id, null, lat, lon), null);
    }

    static Event missile(String id, Double lat, Double lon, Double rangeKm, Double bearing) {
        MissileTest m = new MissileTest("Hwasong", MissileClass.ICBM, null, null, "site", "Sea of Japan", 1000.0,
                rangeKm, bearing, null, Outcome.SUCCESS, null, null);
        return event(id, EventKind.MISSILE_TEST, "2022-03-24", new Place("site", "KP", lat, lon), m);
    }
}
