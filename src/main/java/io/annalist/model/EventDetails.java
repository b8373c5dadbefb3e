package io.annalist.model;

import java.util.List;

/**
 * The block of facts particular to an event's kind. Every field may be null (or an empty
 * list) when the source does not say: unknown stays unknown.
 */
public sealed interface EventDetails
        permits Visit, TroopDeployment, MissileTest, MilitaryExercise, Meeting, Agreement, Statement, Clash {

    /** The kind this block belongs to. */
    EventKind kind();

    /** Ids of the actors this block names, for reference checks and lanes. */
    List<String> actorIds();
}
