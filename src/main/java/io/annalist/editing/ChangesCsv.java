package io.annalist.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.annalist.changes.ChangeRecord;
import io.annalist.changes.EventChange;
import io.annalist.changes.FieldChange;
import io.annalist.io.CsvTable;

/**
 * The audit trail as a spreadsheet (File → Changes → Export): one row for each field changed
 * and one for each event added, deleted or restored, in the order of the trail, with the time
 * (UTC), the user, the event's id and title, the value before and after in words and as our
 * format writes it, and the sources cited. Written all or nothing.
 */
public final class ChangesCsv {
    static final String[] HEADER = {"time", "user", "action", "event", "title", "field", "before", "after",
            "before_json", "after_json", "sources", "undo"};

    private ChangesCsv() {
    }

    public static void write(List<ChangeRecord> trail, ValueWords words, Path out) throws IOException {
        List<String[]> rows = new ArrayList<>();
        trail.forEach(r -> rows.addAll(rows(r, words)));
        CsvTable.write(out, List.of(HEADER), rows);
    }

    static List<String[]> rows(ChangeRecord r, ValueWords words) {
        List<String[]> out = new ArrayList<>();
        String sources = String.join("; ", r.sources().stream().map(words::source).toList());
        EventChange c = r.change();
        if (c instanceof EventChange.Edited e) {
            for (FieldChange f : e.fields()) {
                out.add(row(r, f.field(), words.value(f.field(), f.was()), words.value(f.field(), f.now()),
                        orEmpty(f.was()), orEmpty(f.now()), sources));
            }
        } else {
            out.add(row(r, "", "", "", "", "", sources));
        }
        return out;
    }

    private static String[] row(ChangeRecord r, String field, String before, String after, String beforeJson,
                                String afterJson, String sources) {
        return new String[]{r.at().toString(), r.user(), r.change().action(), r.change().id(), r.title(), field,
                before, after, beforeJson, afterJson, sources, r.undo() ? "yes" : ""};
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
