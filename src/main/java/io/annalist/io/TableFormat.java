package io.annalist.io;

import java.util.List;

/**
 * One delimited format (ACLED, plain CSV, GDELT, UCDP, ICEWS): how its rows are cut, and
 * how a row becomes an event. {@link #open} looks at the header once per file and returns the
 * reader of rows, which must be safe to call from several threads at once (it keeps only
 * what it learnt from the header).
 */
abstract class TableFormat {
    /** Refuses a file whose header shows it is not of this format; the message says why. */
    static final class NotThisFormat extends Exception {
        NotThisFormat(String message) {
            super(message);
        }
    }

    /** Turns one row into an event, or rejects or leaves it out, through {@code part}. */
    interface RowReader {
        void read(CsvRow row, ImportPart part);
    }

    byte delimiter() {
        return ',';
    }

    /**
     * The delimiter of the file that starts with {@code head}: for a comma-separated format
     * with a header, the separator its header line shows (tabs and semicolons too, as
     * spreadsheets save them); otherwise the format's own.
     */
    byte delimiter(byte[] head) {
        return delimiter() == ',' && hasHeader() ? Separators.of(head, quoting()) : delimiter();
    }

    /** False for formats whose quotes are plain characters (GDELT). */
    boolean quoting() {
        return true;
    }

    /** The text that means "no value" in a cell ("NA" for files written by R), or null. */
    String missing() {
        return null;
    }

    /** False when the first row is already data (GDELT has no header). */
    boolean hasHeader() {
        return true;
    }

    /**
     * The reader of rows for a file with this header ({@code null} when the format has none);
     * may warn about the header through {@code b}.
     */
    abstract RowReader open(List<String> header, ImportBuilder b, ImportOptions options, String fileName)
            throws NotThisFormat;

    abstract String title(String fileName);

    abstract String description(String fileName);

    /** The index of the first header that matches one of {@code names}, ignoring case, spaces and underscores; or -1. */
    static int column(List<String> header, String... names) {
        for (String n : names) {
            String want = normal(n);
            for (int i = 0; i < header.size(); i++) {
                if (normal(header.get(i)).equals(want)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String normal(String s) {
        return s.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }
}
