package io.annalist.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits delimited text (CSV, tab-separated) into rows straight from the bytes, without
 * decoding them: the characters that matter — the delimiter, quotes and line breaks — are
 * the same bytes in UTF-8 and in Windows-1252, so a row's text is decoded only when its
 * cells are read ({@link CsvRow}), on whichever thread reads them.
 *
 * <p>Rows are handed out in blocks of about {@code blockBytes}, each block owning its bytes,
 * so that blocks can be read on other threads while this one scans on. Only the current
 * block and one row are held: memory does not grow with the file.
 *
 * <p>A quoted field may hold line breaks. A quote that runs away — the file ends inside it,
 * it runs over {@link #MAX_FIELD_BYTES}, or it closes on a later line and more text follows
 * it — makes its row broken: the row is rejected with the quote's line and column, the
 * lines it swallowed are listed, and scanning goes on after them, so the rows before a
 * broken download and after a stray quote still load. Text after a closing quote on the
 * same line ({@code "Kyiv"x}) breaks only its row.
 */
final class RowScanner {
    /** A quoted field longer than this is taken for a quote that never closes. */
    static final int MAX_FIELD_BYTES = 1_000_000;
    /** A row longer than this is refused (and its bytes skipped, not kept). */
    static final int MAX_ROW_BYTES = 4 << 20;

    static final byte OK = 0;
    /** Text follows a quote that closed on the same line: a stray quote; the row is not read. */
    static final byte TEXT_AFTER_QUOTE = 1;
    /** The file ends inside a quoted field. */
    static final byte RUNAWAY_AT_END = 2;
    /** A quoted field ran over {@link #MAX_FIELD_BYTES}. */
    static final byte RUNAWAY_TOO_LONG = 3;
    /** A quoted field closed on a later line with more text after it: a stray quote. */
    static final byte RUNAWAY_CLOSED = 4;
    /** The row is longer than {@link #MAX_ROW_BYTES}; its bytes were skipped. */
    static final byte ROW_TOO_LONG = 5;

    private final InputStream in;
    private final byte delimiter;
    private final boolean quoting;
    private final int blockBytes;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private int line = 1;
    private long rowNumber;
    private long bytesBefore;

    // What scanRow found about the row it scanned.
    private int rowEnd;
    private int rowNext;
    private int rowBreaks;
    private byte rowStatus;
    private int quoteLine;
    private int quoteColumn;
    private int textAfterQuoteColumn;

    RowScanner(InputStream in, byte delimiter, boolean quoting, int blockBytes, long sizeHint) {
        this.in = in;
        this.delimiter = delimiter;
        this.quoting = quoting;
        this.blockBytes = blockBytes;
        long first = sizeHint > 0 ? Math.min(sizeHint + 16, blockBytes + (64L << 10)) : blockBytes + (64L << 10);
        this.buf = new byte[(int) Math.max(1024, first)];
    }

    /** Bytes of the stream consumed by the rows handed out so far. */
    long bytesDone() {
        return bytesBefore + pos;
    }

    /** The line the next row starts on. */
    int line() {
        return line;
    }

    /** The next row alone (for a header), or null at the end. The row number does not advance. */
    RowBlock header() throws IOException {
        return next(1, false);
    }

    /** The next block of rows, or null when the stream holds no more. */
    RowBlock next() throws IOException {
        return next(blockBytes, true);
    }

    private RowBlock next(int target, boolean count) throws IOException {
        RowBlock block = new RowBlock();
        int blockStart = pos;
        while (true) {
            if (!started) {
                fill(pos);
                started = true;
                if (limit - pos >= 3 && (buf[pos] & 0xff) == 0xEF && (buf[pos + 1] & 0xff) == 0xBB
                        && (buf[pos + 2] & 0xff) == 0xBF) {
                    pos += 3;
                    blockStart = pos;
                }
            }
            if (pos >= limit && eof) {
                break;
            }
            int start = pos;
            if (!scanRow(start)) {
                if (rowStatus == ROW_TOO_LONG) {
                    if (block.count > 0) {
                        // Hand out the rows so far; the long row starts the next block.
                        break;
                    }
                    skipLongRow(block, count);
                    blockStart = pos;
                    break;
                }
                // The row goes on past the buffer: make room (keeping the block so far) and read more.
                int shift = blockStart;
                boolean read = more(blockStart);
                block.shift(shift);
                blockStart = 0;
                if (!read) {
                    continue;
                }
                continue;
            }
            int startLine = line;
            line += rowBreaks + (rowNext > rowEnd ? 1 : 0);
            pos = rowNext;
            if (rowStatus == OK && blank(start, rowEnd)) {
                continue;
            }
            block.add(start, rowEnd, startLine, rowBreaks, rowStatus, quoteLine, quoteColumn, textAfterQuoteColumn,
                    count ? ++rowNumber : 0);
            if (pos - blockStart >= target) {
                break;
            }
        }
        if (block.count == 0) {
            return null;
        }
        block.data = buf;
        block.offset = blockStart;
        // The block keeps this buffer; what follows its rows moves to a new one.
        byte[] fresh = new byte[buf.length];
        System.arraycopy(buf, pos, fresh, 0, limit - pos);
        bytesBefore += pos;
        limit -= pos;
        pos = 0;
        buf = fresh;
        return block;
    }

    /** True when the bytes are only spaces: a blank line, not a row. */
    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if ((buf[i] & 0xff) > ' ' || buf[i] == delimiter) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads more bytes, moving the unread ones from {@code keep} to the front and growing the
     * buffer when it is full. False when nothing more could be read (the end, now known).
     */
    private boolean more(int keep) throws IOException {
        int n = limit - keep;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, n);
            pos -= keep;
            bytesBefore += keep;
            limit = n;
        }
        if (limit == buf.length) {
            byte[] grown = new byte[(int) Math.min(Integer.MAX_VALUE - 16, buf.length * 2L)];
            System.arraycopy(buf, 0, grown, 0, limit);
            buf = grown;
        }
        int before = limit;
        fill(limit);
        return limit > before;
    }

    private void fill(int from) throws IOException {
        limit = from;
        while (limit < buf.length && !eof) {
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) {
                eof = true;
            } else {
                limit += r;
                if (r > 0) {
                    break;
                }
            }
        }
    }

    /**
     * A row longer than {@link #MAX_ROW_BYTES}: recorded as broken with no bytes, and the
     * bytes up to the next line break are dropped as they are read.
     */
    private void skipLongRow(RowBlock block, boolean count) throws IOException {
        int startLine = line;
        int breaks = 0;
        while (true) {
            int i = pos;
            while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            if (i < limit) {
                pos = i + 1;
                if (buf[i] == '\r') {
                    if (pos >= limit && !eof) {
                        bytesBefore += pos;
                        limit = 0;
                        pos = 0;
                        fill(0);
                    }
                    if (pos < limit && buf[pos] == '\n') {
                        pos++;
                    }
                }
                break;
            }
            bytesBefore += limit;
            pos = 0;
            limit = 0;
            fill(0);
            if (limit == 0 && eof) {
                break;
            }
        }
        line += breaks + 1;
        // The block so far ends before the long row; keep its rows where they are.
        block.add(pos, pos, startLine, 0, ROW_TOO_LONG, 0, 0, 0, count ? ++rowNumber : 0);
    }

    /**
     * Scans the row starting at {@code start}. False when the buffer ends before the row does
     * and more bytes may come (or the row is too long to keep: status {@link #ROW_TOO_LONG}).
     */
    private boolean scanRow(int start) {
        int i = start;
        int breaks = 0;
        int lineStart = start;
        boolean fieldStart = true;
        rowStatus = OK;
        quoteLine = 0;
        quoteColumn = 0;
        textAfterQuoteColumn = 0;
        while (true) {
            if (i - start > MAX_ROW_BYTES) {
                rowStatus = ROW_TOO_LONG;
                return false;
            }
            if (i >= limit) {
                if (!eof) {
                    return false;
                }
                rowEnd = limit;
                rowNext = limit;
                rowBreaks = breaks;
                return true;
            }
            byte b = buf[i];
            if (quoting && fieldStart && b == '"') {
                int openLine = line + breaks;
                int openColumn = i - lineStart + 1;
                int quoteAt = i;
                i++;
                boolean spanned = false;
                boolean closed = false;
                while (!closed) {
                    if (i >= limit) {
                        if (!eof) {
                            return false;
                        }
                        markBroken(RUNAWAY_AT_END, openLine, openColumn);
                        rowEnd = limit;
                        rowNext = limit;
                        // A file's last line break ends a line; it does not start one.
                        rowBreaks = breaks > 0 && lineStart == limit ? breaks - 1 : breaks;
                        return true;
                    }
                    if (i - quoteAt > MAX_FIELD_BYTES) {
                        markBroken(RUNAWAY_TOO_LONG, openLine, openColumn);
                        break;
                    }
                    byte c = buf[i];
                    if (c == '"') {
                        if (i + 1 >= limit && !eof) {
                            return false;
                        }
                        if (i + 1 < limit && buf[i + 1] == '"') {
                            i += 2;
                        } else {
                            i++;
                            closed = true;
                        }
                    } else if (c == '\n' || c == '\r') {
                        if (c == '\r' && i + 1 >= limit && !eof) {
                            return false;
                        }
                        i += c == '\r' && i + 1 < limit && buf[i + 1] == '\n' ? 2 : 1;
                        breaks++;
                        lineStart = i;
                        spanned = true;
                    } else {
                        i++;
                    }
                }
                fieldStart = false;
                if (closed) {
                    if (i >= limit && !eof) {
                        return false;
                    }
                    if (i < limit && buf[i] != delimiter && buf[i] != '\n' && buf[i] != '\r') {
                        if (spanned) {
                            markBroken(RUNAWAY_CLOSED, openLine, openColumn);
                        } else if (rowStatus == OK) {
                            rowStatus = TEXT_AFTER_QUOTE;
                            textAfterQuoteColumn = i - lineStart + 1;
                        }
                    }
                }
                continue;
            }
            if (b == delimiter) {
                fieldStart = true;
                i++;
                continue;
            }
            if (b == '\n' || b == '\r') {
                if (b == '\r' && i + 1 >= limit && !eof) {
                    return false;
                }
                rowEnd = i;
                rowNext = i + (b == '\r' && i + 1 < limit && buf[i + 1] == '\n' ? 2 : 1);
                rowBreaks = breaks;
                return true;
            }
            fieldStart = false;
            i++;
        }
    }

    private void markBroken(byte status, int atLine, int atColumn) {
        if (rowStatus == OK || rowStatus == TEXT_AFTER_QUOTE) {
            rowStatus = status;
            quoteLine = atLine;
            quoteColumn = atColumn;
        }
    }

    /** Rows scanned from the stream, holding their own bytes. */
    static final class RowBlock {
        byte[] data;
        int offset;
        int count;
        int[] starts = new int[64];
        int[] ends = new int[64];
        int[] lines = new int[64];
        int[] breaks = new int[64];
        byte[] status = new byte[64];
        long[] numbers = new long[64];
        /** For rows that are not OK: the quote's line and column, or the column of text after a quote. */
        int[] whereLine = new int[64];
        int[] whereColumn = new int[64];

        /** The buffer moved {@code by} bytes towards its start. */
        void shift(int by) {
            for (int k = 0; k < count; k++) {
                starts[k] -= by;
                ends[k] -= by;
            }
        }

        void add(int start, int end, int line, int lineBreaks, byte st, int qLine, int qColumn, int afterColumn,
                 long number) {
            if (count == starts.length) {
                int n = count * 2;
                starts = java.util.Arrays.copyOf(starts, n);
                ends = java.util.Arrays.copyOf(ends, n);
                lines = java.util.Arrays.copyOf(lines, n);
                breaks = java.util.Arrays.copyOf(breaks, n);
                status = java.util.Arrays.copyOf(status, n);
                numbers = java.util.Arrays.copyOf(numbers, n);
                whereLine = java.util.Arrays.copyOf(whereLine, n);
                whereColumn = java.util.Arrays.copyOf(whereColumn, n);
            }
            starts[count] = start;
            ends[count] = end;
            lines[count] = line;
            breaks[count] = lineBreaks;
            status[count] = st;
            numbers[count] = number;
            whereLine[count] = st == TEXT_AFTER_QUOTE ? line : qLine;
            whereColumn[count] = st == TEXT_AFTER_QUOTE ? afterColumn : qColumn;
            count++;
        }
    }
}
