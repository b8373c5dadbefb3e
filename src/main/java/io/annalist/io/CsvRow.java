package io.annalist.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The cells of one row scanned by {@link RowScanner}, decoded only when asked for. A cell
 * is UTF-8 when its bytes are valid UTF-8 and Windows-1252 otherwise (the row is then
 * flagged, and the reader warns once for the file): decided cell by cell, so that any
 * thread can read any row and get the text a one-thread read gets. One instance per thread,
 * reused for every row.
 */
final class CsvRow {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final byte delimiter;
    private final boolean quoting;
    private byte[] data;
    private int[] cellStart = new int[64];
    private int[] cellEnd = new int[64];
    private boolean[] cellQuoted = new boolean[64];
    private int cells;
    private byte[] scratch = new byte[256];
    /** Texts that mean "no value" in this file ("NA" in files written by R), or null. */
    private final String missing;
    /** The file's names of the columns (its header), or null when it has none. */
    private java.util.List<String> names;

    int line;
    long number;
    boolean notUtf8;

    CsvRow(byte delimiter, boolean quoting, String missing) {
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.missing = missing;
    }

    /** True when the row's bytes, read or not, are not UTF-8 (and so are read as Windows-1252). */
    boolean bytesNotUtf8() {
        int from = cells == 0 ? 0 : cellStart[0];
        int to = cells == 0 ? 0 : cellEnd[cells - 1];
        for (int k = from; k < to; k++) {
            if (data[k] < 0) {
                return !validUtf8(data, from, to);
            }
        }
        return false;
    }

    /** Makes this the row of {@code block} at {@code k}. */
    void load(RowScanner.RowBlock block, int k) {
        data = block.data;
        line = block.lines[k];
        number = block.numbers[k];
        notUtf8 = false;
        split(block.starts[k], block.ends[k]);
    }

    /** Makes this a row of the given bytes (for tests and headers). */
    void load(byte[] bytes, int from, int to, int atLine) {
        data = bytes;
        line = atLine;
        number = 0;
        notUtf8 = false;
        split(from, to);
    }

    /** Cuts the row into cells with the same rules the scanner used to find its end. */
    private void split(int from, int to) {
        cells = 0;
        int i = from;
        while (true) {
            if (cells == cellStart.length) {
                cellStart = java.util.Arrays.copyOf(cellStart, cells * 2);
                cellEnd = java.util.Arrays.copyOf(cellEnd, cells * 2);
                cellQuoted = java.util.Arrays.copyOf(cellQuoted, cells * 2);
            }
            int start = i;
            boolean quoted = false;
            if (quoting && i < to && data[i] == '"') {
                quoted = true;
                i++;
                while (i < to) {
                    if (data[i] == '"') {
                        if (i + 1 < to && data[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    i++;
                }
            }
            while (i < to && data[i] != delimiter) {
                i++;
            }
            cellStart[cells] = start;
            cellEnd[cells] = i;
            cellQuoted[cells] = quoted;
            cells++;
            if (i >= to) {
                break;
            }
            i++;
        }
    }

    /** Names the columns by the file's header, for {@link #name}. */
    void names(java.util.List<String> header) {
        names = header;
    }

    /** The file's name of column {@code i} (its header cell), or "" when the file has no header or no such column. */
    String name(int i) {
        return names == null || i < 0 || i >= names.size() ? "" : names.get(i).strip();
    }

    /**
     * The 1-based line on which cell {@code i} starts: the row's line, or a later one when a
     * quoted cell before it holds line breaks. The row's line when it has no such cell.
     */
    int lineOf(int i) {
        int start = cellStart[0];
        int at = at(i);
        int l = line;
        for (int k = start; k < at; k++) {
            if (data[k] == '\n' || data[k] == '\r' && (k + 1 >= at || data[k + 1] != '\n')) {
                l++;
            }
        }
        return l;
    }

    /**
     * The 1-based character column at which cell {@code i} starts in its line (at its opening
     * quote when quoted); for a cell the row lacks, the column just after the row's end.
     * Characters are counted as UTF-8 when the bytes before the cell are UTF-8, else one a byte.
     */
    int columnOf(int i) {
        int at = at(i);
        int from = cellStart[0];
        for (int k = at - 1; k >= cellStart[0]; k--) {
            if (data[k] == '\n' || data[k] == '\r') {
                from = k + 1;
                break;
            }
        }
        if (!validUtf8(data, from, at)) {
            return at - from + 1;
        }
        int chars = 0;
        for (int k = from; k < at; k++) {
            if ((data[k] & 0xC0) != 0x80) {
                chars++;
            }
        }
        return chars + 1;
    }

    /** Where cell {@code i} starts in the bytes; the row's end for a cell it lacks. */
    private int at(int i) {
        if (i < 0 || i >= cells) {
            return cellEnd[cells - 1];
        }
        return cellStart[i];
    }

    /** How many cells the row has. */
    int size() {
        return cells;
    }

    /** True when the row has no text at all in any cell. */
    boolean empty() {
        for (int c = 0; c < cells; c++) {
            if (!get(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Cell {@code i}, without surrounding spaces and quotes; "" when the row has no such cell or it means "no value". */
    String get(int i) {
        if (i < 0 || i >= cells) {
            return "";
        }
        int s = cellStart[i];
        int e = cellEnd[i];
        byte[] src = data;
        if (cellQuoted[i]) {
            // "a ""quoted"" word"x: the quoted part unescaped, then whatever followed the closing quote.
            int n = 0;
            if (scratch.length < e - s) {
                scratch = new byte[Math.max(e - s, scratch.length * 2)];
            }
            int k = s + 1;
            while (k < e) {
                byte b = data[k];
                if (b == '"') {
                    if (k + 1 < e && data[k + 1] == '"') {
                        scratch[n++] = '"';
                        k += 2;
                        continue;
                    }
                    k++;
                    while (k < e) {
                        scratch[n++] = data[k++];
                    }
                    break;
                }
                if (b == '\r') {
                    // Line breaks inside a field read as \n, whatever the file used.
                    scratch[n++] = '\n';
                    k += k + 1 < e && data[k + 1] == '\n' ? 2 : 1;
                    continue;
                }
                scratch[n++] = b;
                k++;
            }
            src = scratch;
            s = 0;
            e = n;
        }
        while (s < e && (src[s] & 0xff) <= ' ' && src[s] >= 0) {
            s++;
        }
        while (e > s && (src[e - 1] & 0xff) <= ' ' && src[e - 1] >= 0) {
            e--;
        }
        String v = decode(src, s, e);
        return missing != null && v.equals(missing) ? "" : v;
    }

    private String decode(byte[] b, int s, int e) {
        boolean ascii = true;
        for (int k = s; k < e; k++) {
            if (b[k] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
        }
        String text;
        if (validUtf8(b, s, e)) {
            text = new String(b, s, e - s, StandardCharsets.UTF_8);
        } else {
            notUtf8 = true;
            text = new String(b, s, e - s, WINDOWS_1252);
        }
        return text.strip();
    }

    /** True when the bytes are well-formed UTF-8 (no overlong forms, no surrogates). */
    static boolean validUtf8(byte[] b, int s, int e) {
        int i = s;
        while (i < e) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= e) {
                return false;
            }
            int cp = c & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int x = b[i + k] & 0xff;
                if ((x & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (x & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }
}
