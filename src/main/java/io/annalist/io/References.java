package io.annalist.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.annalist.model.Actor;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.Source;

/**
 * The second step of reading a file: with every actor and source known, checks each event's
 * references and ids, rejecting the events that name what does not exist.
 */
final class References {
    private References() {
    }

    /** Reports a reference to an actor or source the file does not define. */
    static void unknown(Problems problems, PendingEvent.Ref r) {
        problems.error(r.line(), r.column(), r.path(), r.field(), (r.source() ? "source" : "actor") + " \"" + r.id()
                + "\" is not defined (or was rejected) in \"" + (r.source() ? "sources" : "actors") + "\"");
    }

    /** Warns when an actor's affiliation names no actor of the file. */
    static void affiliation(Problems problems, ActorSourceParser.ReadActor a, java.util.Set<String> actorIds) {
        String aff = a.actor().affiliation();
        if (aff != null && !actorIds.contains(aff)) {
            problems.warn(a.affiliationAt(), a.path(), "affiliation", "affiliation \"" + aff
                    + "\" is not an actor in this file");
        }
    }

    static LoadResult resolve(Problems problems, String title, String description,
                              List<ActorSourceParser.ReadActor> readActors,
                              List<ActorSourceParser.ReadSource> readSources, List<PendingEvent> pending,
                              Map<String, String> extra, int read, int rejectedSoFar) {
        Map<String, Actor> actors = new HashMap<>();
        List<Actor> actorList = new ArrayList<>();
        for (ActorSourceParser.ReadActor a : readActors) {
            Actor first = actors.putIfAbsent(a.actor().id(), a.actor());
            if (first != null) {
                problems.error(a.at(), a.path(), "id", "actor id \"" + a.actor().id() + "\" is used twice; the"
                        + " second is ignored");
            } else {
                actorList.add(a.actor());
            }
        }
        for (ActorSourceParser.ReadActor a : readActors) {
            affiliation(problems, a, actors.keySet());
        }
        Map<String, Source> sources = new HashMap<>();
        List<Source> sourceList = new ArrayList<>();
        for (ActorSourceParser.ReadSource s : readSources) {
            if (sources.putIfAbsent(s.source().id(), s.source()) != null) {
                problems.error(s.at(), s.path(), "id", "source id \"" + s.source().id() + "\" is used twice; the"
                        + " second is ignored");
            } else {
                sourceList.add(s.source());
            }
        }
        Map<String, PendingEvent> ids = new HashMap<>(pending.size() * 2);
        List<Event> events = new ArrayList<>(pending.size());
        int rejected = rejectedSoFar;
        for (PendingEvent pe : pending) {
            problems.aboutEvent(pe.event.id());
            int before = problems.errorCount();
            PendingEvent first = ids.putIfAbsent(pe.event.id(), pe);
            if (first != null) {
                problems.error(pe.line, pe.column, pe.path, "id", "event id \"" + pe.event.id()
                        + "\" is already used by the event at line " + first.line);
            }
            for (PendingEvent.Ref r : pe.refs) {
                boolean known = r.source() ? sources.containsKey(r.id()) : actors.containsKey(r.id());
                if (!known) {
                    unknown(problems, r);
                }
            }
            if (problems.errorCount() > before) {
                rejected++;
            } else {
                events.add(pe.event);
            }
        }
        problems.aboutEvent(null);
        Dataset d = new Dataset(title == null ? "" : title, description == null ? "" : description, actorList,
                sourceList, events, extra);
        return LoadResults.of(problems, d, read, rejected);
    }
}
