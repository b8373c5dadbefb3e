package io.annalist.editing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.annalist.changes.ChangeRecord;
import io.annalist.changes.EventChange;
import io.annalist.changes.FieldChange;
import io.annalist.changes.Overrides;

/**
 * The audit trail in words: one line a change ("troops 1,000–3,000 → 1,500–3,000, 2 Dec 2026,
 * analyst, source: Reuters, Troops in Kursk"), an event's history in order, and what an
 * imported row's provider said before the analyst changed it.
 */
public final class ChangeText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private ChangeText() {
    }

    /** What the change did: "troops 1,000–3,000 → 1,500–3,000; title A → B", "added", "deleted"... */
    public static String what(ChangeRecord r, ValueWords words) {
        EventChange c = r.change();
        String what;
        if (c instanceof EventChange.Edited e) {
            List<String> parts = new ArrayList<>();
            for (FieldChange f : e.fields()) {
                parts.add(ValueWords.label(f.field()) + " " + words.value(f.field(), f.was()) + " → "
                        + words.value(f.field(), f.now()));
            }
            what = String.join("; ", parts);
        } else if (c instanceof EventChange.Listed || c instanceof EventChange.Unlisted) {
            what = c.action() + " (" + r.title() + ")";
        } else {
            what = c.action();
        }
        return r.undo() ? what + " (undo)" : what;
    }

    /** One line of the history: what, the day, who, and the sources cited. */
    public static String line(ChangeRecord r, ValueWords words) {
        StringBuilder b = new StringBuilder(what(r, words)).append(", ").append(DAY.format(r.at()));
        if (!r.user().isEmpty()) {
            b.append(", ").append(r.user());
        }
        if (!r.sources().isEmpty()) {
            b.append(", source").append(r.sources().size() == 1 ? "" : "s").append(": ")
                    .append(String.join("; ", r.sources().stream().map(words::source).toList()));
        }
        return b.toString();
    }

    /** The history of one event (or actor, or source), oldest first: the recorded trail, then what is not saved yet. */
    public static List<String> history(String id, List<ChangeRecord> trail, ValueWords words) {
        return trail.stream().filter(r -> r.change().id().equals(id)).map(r -> line(r, words)).toList();
    }

    /**
     * What the provider of an imported row said where the analyst changed it: "troops
     * 1,500–3,000, changed from the provider's value 1,000–3,000"; empty for a row not changed.
     */
    public static List<String> providerValues(Overrides o, String eventId, ValueWords words) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Overrides.FieldOverride> e : o.editsOf(eventId).entrySet()) {
            String f = e.getKey();
            out.add(ValueWords.label(f) + " " + words.value(f, e.getValue().now())
                    + ", changed from the provider's value " + words.value(f, e.getValue().was()));
        }
        return out;
    }
}
