package io.annalist.workspace.detail;

import java.util.Map;
import java.util.TreeMap;

import io.annalist.model.Event;

/**
 * The values of an event that its file gives in fields or columns Annalist does not know (a
 * spreadsheet's "analyst_comment", an ACLED export's notes): under "Other fields", each with
 * the name its file gives it, its value as text.
 */
final class OtherFields {
    /** The analyst's own marks travel in the same map; they are shown as marks, not here. */
    private static final String ANALYST = "analyst";
    /** The prefixes the importers put before a column's name, so columns of two formats never clash. */
    private static final String[] FORMATS = {"csv.", "acled.", "gdelt.", "ucdp.", "icews."};

    private OtherFields() {
    }

    static void fill(DetailBuilder b, Event e) {
        Map<String, String> shown = new TreeMap<>();
        e.extra().forEach((key, value) -> {
            if (!key.equals(ANALYST) && value != null && !value.isBlank()) {
                shown.put(key, value);
            }
        });
        if (shown.isEmpty()) {
            return;
        }
        b.heading("Other fields");
        shown.forEach((key, value) -> b.field(name(key), text(value)));
    }

    /** "csv.analyst_comment" → "analyst_comment": the column's name as its file gives it. */
    static String name(String key) {
        for (String f : FORMATS) {
            if (key.startsWith(f) && key.length() > f.length()) {
                return key.substring(f.length());
            }
        }
        return key;
    }

    /** A value kept as JSON text reads as its words when it is a plain string ("\"a\"" → a). */
    static String text(String value) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            String inner = v.substring(1, v.length() - 1);
            if (!inner.replace("\\\\", "").replace("\\\"", "").contains("\"")) {
                return inner.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\");
            }
        }
        return value;
    }
}
