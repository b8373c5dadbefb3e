package io.annalist.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.annalist.model.DateText;
import io.annalist.model.Event;
import io.annalist.model.When;

/**
 * The id an importer gives an event whose file has none (a spreadsheet without an id column,
 * a TimelineJS entry without {@code unique_id}): made from what the row says, not from where
 * it stands, so the same row gets the same id when the file is imported again after rows
 * were added, removed or sorted, and the analyst's marks find their events again. The text
 * hashed is, one per line: the kind, the start and the end (ISO, at their precision; the end
 * empty for a single date), "approximate" or "", the title, the place, the country, the
 * actors' names sorted and joined by "; ", and the summary. The id is a prefix naming the
 * importer and the first 16 hexadecimal digits of that text's SHA-256 (docs/FORMAT.md).
 */
public final class ContentId {
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private ContentId() {
    }

    /** {@code prefix} and the digest of {@code e}'s content; {@code actorNames} maps its actor ids to names. */
    public static String of(String prefix, Event e, Map<String, String> actorNames) {
        byte[] h = SHA256.get().digest(text(e, actorNames).getBytes(StandardCharsets.UTF_8));
        return prefix + HexFormat.of().formatHex(h, 0, 8);
    }

    /** The text that is hashed. */
    static String text(Event e, Map<String, String> actorNames) {
        // As the file writes it, so the id is the same when the written file is read again.
        When w = e.when().inDays();
        List<String> names = new ArrayList<>();
        for (String a : e.actors()) {
            names.add(actorNames.getOrDefault(a, a));
        }
        names.sort(null);
        StringBuilder b = new StringBuilder(256);
        b.append(e.kind().jsonName()).append('\n')
                .append(DateText.iso(w.start(), w.startPrecision())).append('\n')
                .append(w.isSpan() ? DateText.iso(w.endUnitStart(), w.endPrecision()) : "").append('\n')
                .append(w.isApproximate() ? "approximate" : "").append('\n')
                .append(orEmpty(e.title())).append('\n')
                .append(e.where() == null ? "" : orEmpty(e.where().name())).append('\n')
                .append(e.where() == null ? "" : orEmpty(e.where().country())).append('\n')
                .append(String.join("; ", names)).append('\n')
                .append(orEmpty(e.summary()));
        return b.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
