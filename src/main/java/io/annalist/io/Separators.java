package io.annalist.io;

import java.util.List;

/**
 * The character between the columns of a delimited file with a header, read from its first
 * line: a spreadsheet saves CSV with commas, "Unicode text" with tabs, and where the comma is
 * the decimal sign with semicolons. The one that cuts the header into the most columns wins
 * (a comma on a tie, then a tab); quoted text does not count. A file that still cannot be
 * read says what separator it was read with ({@link #seen}).
 */
final class Separators {
    private static final byte[] CANDIDATES = {',', '\t', ';'};

    private Separators() {
    }

    /** The separator of the file that starts with {@code head}; a comma when its first line has none. */
    static byte of(byte[] head, boolean quoting) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (byte b : head) {
            if (quoting && b == '"') {
                quoted = !quoted;
            } else if (!quoted && (b == '\n' || b == '\r')) {
                break;
            } else if (!quoted) {
                for (int c = 0; c < CANDIDATES.length; c++) {
                    if (b == CANDIDATES[c]) {
                        counts[c]++;
                    }
                }
            }
        }
        int best = 0;
        for (int c = 1; c < CANDIDATES.length; c++) {
            if (counts[c] > counts[best]) {
                best = c;
            }
        }
        return CANDIDATES[best];
    }

    /** The separator in words: "commas", "tabs", "semicolons". */
    static String word(byte separator) {
        return switch (separator) {
            case '\t' -> "tabs";
            case ';' -> "semicolons";
            case ',' -> "commas";
            default -> "\"" + (char) separator + "\"";
        };
    }

    /**
     * What the reader saw in a header it could not use, for the message that refuses the file:
     * the columns it cut the header into and with what, or that no separator was found.
     */
    static String seen(byte separator, List<String> header) {
        if (header.size() <= 1) {
            String line = header.isEmpty() ? "" : header.get(0);
            return "its first line, \"" + shorten(line, 80) + "\", has no comma, tab or semicolon between"
                    + " columns, so it reads as one column";
        }
        StringBuilder b = new StringBuilder("its first line reads as ").append(header.size())
                .append(" columns separated by ").append(word(separator)).append(": ");
        int shown = Math.min(header.size(), 8);
        for (int i = 0; i < shown; i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(shorten(header.get(i).strip(), 40)).append('"');
        }
        return b.append(shown < header.size() ? ", …" : "").toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
