package io.annalist.model;

/**
 * One thing wrong with a file, where it is and why, in words a person understands.
 *
 * @param file    the file's name as the user gave it
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param column  1-based column, or 0
 * @param path    JSON path of the field ({@code $.events[3].when}), or "" for the whole file
 * @param eventId the event concerned, or null
 */
public record Problem(String file, int line, int column, String path, Severity severity, String message,
                      String eventId) {

    /** {@code FILE:LINE:COL: error: message (at $.events[3].when)}. */
    public String format() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line).append(':').append(Math.max(column, 1));
        }
        b.append(": ").append(severity.word()).append(": ").append(message);
        if (path != null && !path.isEmpty()) {
            b.append(" (at ").append(path).append(')');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
