package io.annalist.model;

import java.util.List;

/**
 * Someone who acts in events: a state, a person, an agency. {@code affiliation} is another
 * actor's id (Shoigu → Russia), or null.
 */
public record Actor(String id, String name, ActorKind kind, String affiliation, List<Role> roles) {

    public Actor {
        roles = List.copyOf(roles);
    }

    /** The role held at {@code millis}, or null when none is recorded. */
    public Role roleAt(long millis) {
        for (Role r : roles) {
            if (r.heldAt(millis)) {
                return r;
            }
        }
        return null;
    }
}
