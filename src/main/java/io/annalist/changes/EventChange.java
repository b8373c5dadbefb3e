package io.annalist.changes;

import java.util.List;
import java.util.Objects;

/**
 * One change to the events of a data file, as a value: an event added, changed field by
 * field, deleted or restored, or an actor or source added to (or taken back from) the file's
 * lists. Every change has an inverse that undoes it exactly, so undo and redo are changes too.
 */
public sealed interface EventChange {

    /** The event (or actor, or source) changed. */
    String id();

    /** The change that undoes this one. */
    EventChange inverse();

    /** What the change did, in the words the list of changes uses: "added", "changed", "deleted", "restored"... */
    String action();

    /** A new event. */
    record Added(EventSnapshot event) implements EventChange {
        public Added {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String id() {
            return event.id();
        }

        @Override
        public EventChange inverse() {
            return new Deleted(event);
        }

        @Override
        public String action() {
            return "added";
        }
    }

    /** Some fields of an event changed, each from its value before to its value after. */
    record Edited(String id, List<FieldChange> fields) implements EventChange {
        public Edited {
            Objects.requireNonNull(id, "id");
            fields = List.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("an edit changes at least one field");
            }
        }

        @Override
        public EventChange inverse() {
            return new Edited(id, fields.stream().map(FieldChange::inverse).toList());
        }

        @Override
        public String action() {
            return "changed";
        }
    }

    /** An event deleted; it keeps what the event was, so that it can be restored. */
    record Deleted(EventSnapshot event) implements EventChange {
        public Deleted {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String id() {
            return event.id();
        }

        @Override
        public EventChange inverse() {
            return new Restored(event);
        }

        @Override
        public String action() {
            return "deleted";
        }
    }

    /** A deleted event brought back as it was. */
    record Restored(EventSnapshot event) implements EventChange {
        public Restored {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public String id() {
            return event.id();
        }

        @Override
        public EventChange inverse() {
            return new Deleted(event);
        }

        @Override
        public String action() {
            return "restored";
        }
    }

    /** An actor or source added to the file's lists, as the JSON our format writes for it. */
    record Listed(Directory directory, String id, String json) implements EventChange {
        public Listed {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(json, "json");
        }

        @Override
        public EventChange inverse() {
            return new Unlisted(directory, id, json);
        }

        @Override
        public String action() {
            return directory.jsonName() + " added";
        }
    }

    /** An actor or source added by an edit and taken back (by undo). */
    record Unlisted(Directory directory, String id, String json) implements EventChange {
        public Unlisted {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(json, "json");
        }

        @Override
        public EventChange inverse() {
            return new Listed(directory, id, json);
        }

        @Override
        public String action() {
            return directory.jsonName() + " removed";
        }
    }
}
