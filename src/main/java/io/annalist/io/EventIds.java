package io.annalist.io;

import java.util.List;
import java.util.Map;

import io.annalist.model.Agreement;
import io.annalist.model.Clash;
import io.annalist.model.Event;
import io.annalist.model.EventDetails;
import io.annalist.model.Meeting;
import io.annalist.model.MilitaryExercise;
import io.annalist.model.Statement;
import io.annalist.model.TroopDeployment;
import io.annalist.model.Visit;

/**
 * Renames the actor and source ids an event refers to, in its lists and in its details:
 * used when two batches of an import, read apart, chose the same id for different names.
 */
final class EventIds {
    private EventIds() {
    }

    /** {@code e} with its ids renamed by the maps (either may be null); itself when nothing changes. */
    static Event rename(Event e, Map<String, String> actors, Map<String, String> sources) {
        Map<String, String> a = actors == null ? Map.of() : actors;
        Map<String, String> s = sources == null ? Map.of() : sources;
        List<String> actorIds = list(e.actors(), a);
        List<String> sourceIds = list(e.sources(), s);
        EventDetails d = details(e.details(), a);
        if (actorIds == e.actors() && sourceIds == e.sources() && d == e.details()) {
            return e;
        }
        return new Event(e.id(), e.kind(), e.title(), e.when(), e.where(), actorIds, e.summary(), sourceIds,
                e.confidence(), e.tags(), d, e.extra(), e.line(), e.citations());
    }

    private static List<String> list(List<String> ids, Map<String, String> rename) {
        boolean changes = false;
        for (String id : ids) {
            changes |= rename.containsKey(id);
        }
        return changes ? ids.stream().map(id -> rename.getOrDefault(id, id)).toList() : ids;
    }

    private static String one(String id, Map<String, String> rename) {
        return id == null ? null : rename.getOrDefault(id, id);
    }

    private static EventDetails details(EventDetails d, Map<String, String> a) {
        if (d == null || a.isEmpty() || d.actorIds().stream().noneMatch(a::containsKey)) {
            return d;
        }
        if (d instanceof Visit v) {
            return new Visit(list(v.visitors(), a), list(v.hosts(), a), v.place(), v.purpose(), v.delegation(),
                    v.outcome());
        } else if (d instanceof TroopDeployment t) {
            return new TroopDeployment(one(t.from(), a), one(t.to(), a), t.troops(), list(t.reportedBy(), a),
                    t.theatre(), t.unit());
        } else if (d instanceof MilitaryExercise x) {
            return new MilitaryExercise(list(x.participants(), a), x.name(), x.scale());
        } else if (d instanceof Meeting m) {
            return new Meeting(list(m.participants(), a), m.topic(), m.outcome());
        } else if (d instanceof Agreement g) {
            return new Agreement(list(g.parties(), a), g.name(), g.terms());
        } else if (d instanceof Statement st) {
            return new Statement(one(st.speaker(), a), list(st.addressees(), a), st.quote());
        } else if (d instanceof Clash c) {
            return new Clash(list(c.sideA(), a), list(c.sideB(), a), c.type(), c.fatalities(), c.civilianTargeting());
        }
        return d;
    }
}
