package io.annalist.changes;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the audit trail: a change, when and by whom it was made, the title of the
 * event it concerns (so the entry still reads when the event is gone), the sources the
 * analyst cited for it, and whether it undid an earlier change. Each entry has an id of its
 * own, so that two copies of a workspace join without losing or doubling an entry. Immutable.
 *
 * @param user    the computer's user name by default
 * @param sources ids of the sources the change rests on (empty when none was named)
 * @param undo    true when the change was made by undoing (or redoing) another
 */
public record ChangeRecord(String id, Instant at, String user, EventChange change, String title,
                           List<String> sources, boolean undo) {
    private static final SecureRandom RANDOM = new SecureRandom();

    public ChangeRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(change, "change");
        user = user == null ? "" : user;
        title = title == null ? "" : title;
        sources = List.copyOf(sources);
    }

    /** A new entry with a fresh id. */
    public static ChangeRecord of(Instant at, String user, EventChange change, String title, List<String> sources,
                                  boolean undo) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return new ChangeRecord("c-" + HexFormat.of().formatHex(bytes), at, user, change, title, sources, undo);
    }
}
