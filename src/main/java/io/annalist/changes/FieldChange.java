package io.annalist.changes;

import java.util.Objects;

/**
 * One field of an event changed: its value before and after, each the JSON our format writes
 * for it ({@code {"min":1000,"max":3000}}), null when the event did not give the field.
 *
 * @param field the field as {@link EventSnapshot} names it: {@code "when"}, {@code "troop_deployment.troops"}
 */
public record FieldChange(String field, String was, String now) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        if (Objects.equals(was, now)) {
            throw new IllegalArgumentException("\"" + field + "\" is not changed");
        }
    }

    /** The change that undoes this one. */
    public FieldChange inverse() {
        return new FieldChange(field, now, was);
    }
}
