package io.annalist.io;

import java.util.Map;

import io.annalist.model.TextFields;

/** Small readings shared by the importers: coordinates, counts and the extra fields of a row. */
final class Imports {
    private Imports() {
    }

    /** A coordinate within ±{@code bound}, or null when the text is none. */
    static Double coordinate(String s, double bound) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            double v = Double.parseDouble(s);
            return v >= -bound && v <= bound ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A count of people (a whole number, 0 or more), or null when the text is none. */
    static Long count(String s) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(s);
            return v >= 0 ? v : null;
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(s);
                return d >= 0 && d == Math.rint(d) && d < 1e15 ? (long) d : null;
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
    }

    /** The columns a format keeps as extra fields: where they are in this file, and their names there. */
    record Kept(int[] columns, String[] names) {
        /** The columns of {@code header} named in {@code wanted}, as extra fields called {@code prefix + name}. */
        static Kept of(java.util.List<String> header, String prefix, String... wanted) {
            java.util.List<Integer> k = new java.util.ArrayList<>();
            java.util.List<String> n = new java.util.ArrayList<>();
            for (String w : wanted) {
                int i = TableFormat.column(header, w);
                if (i >= 0) {
                    k.add(i);
                    n.add(prefix + w);
                }
            }
            return new Kept(k.stream().mapToInt(Integer::intValue).toArray(), n.toArray(String[]::new));
        }

        /** This row's kept cells as extra fields. */
        Map<String, String> of(CsvRow row, Sharing s) {
            return extra(row, columns, names, s);
        }
    }

    /**
     * Adds {@code tag} to a row's tags unless they hold it already, in any case: ACLED's disorder
     * type and event type are both "Strategic developments", and a row's tags column may repeat
     * its kind. Blank tags are left out.
     */
    static void addTag(java.util.List<String> tags, String tag) {
        if (tag == null || tag.isBlank()) {
            return;
        }
        for (String t : tags) {
            if (t.equalsIgnoreCase(tag)) {
                return;
            }
        }
        tags.add(tag);
    }

    /** The actors of an event between {@code a} and {@code b} (ids; either may be null), shared. */
    static java.util.List<String> pair(String a, String b, Sharing s) {
        return s.value(a == null ? (b == null ? java.util.List.of() : java.util.List.of(b))
                : b == null || b.equals(a) ? java.util.List.of(a) : java.util.List.of(a, b));
    }

    /** The cells {@code columns} of the row as extra fields named {@code names}; short values shared. */
    static Map<String, String> extra(CsvRow row, int[] columns, String[] names, Sharing s) {
        String[] values = new String[columns.length];
        boolean any = false;
        for (int i = 0; i < columns.length; i++) {
            values[i] = s.text(row.get(columns[i]));
            any |= !values[i].isEmpty();
        }
        return any ? new TextFields(names, values) : Map.of();
    }
}
