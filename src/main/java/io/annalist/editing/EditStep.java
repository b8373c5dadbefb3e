package io.annalist.editing;

import java.util.List;
import java.util.Objects;

import io.annalist.changes.EventChange;

/**
 * What one action of the analyst changed, undone and redone as one: saving a form that adds a
 * new source and changes an event is one step of two changes. {@code name} says it for the
 * Edit menu ("Change 'Shoigu visits Pyongyang'"); {@code sources} are the sources the analyst
 * cited for it (recorded in the audit trail). Immutable.
 */
public record EditStep(String name, List<EventChange> changes, List<String> sources) {

    public EditStep {
        Objects.requireNonNull(name, "name");
        changes = List.copyOf(changes);
        sources = List.copyOf(sources);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("a step changes something");
        }
    }

    /** The step that undoes this one: each change's inverse, last first. */
    public EditStep inverse() {
        List<EventChange> back = new java.util.ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            back.add(changes.get(i).inverse());
        }
        return new EditStep(name, back, sources);
    }
}
