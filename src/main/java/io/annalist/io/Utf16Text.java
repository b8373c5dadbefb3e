package io.annalist.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Text saved as UTF-16 with its byte-order mark — what a spreadsheet writes as "Unicode text"
 * (tab-separated) — given to the readers as the UTF-8 they read, as it streams in; any other
 * bytes pass through untouched. Characters, and so lines and columns, stay what they were.
 */
final class Utf16Text extends ChunkStream {
    private final Reader chars;
    private final char[] buffer = new char[1 << 14];
    /** A high surrogate left at the end of the last chunk, to be encoded with its partner; or 0. */
    private char carried;
    private boolean ended;

    private Utf16Text(InputStream in, Charset utf16) {
        chars = new InputStreamReader(in, utf16);
    }

    /** {@code in} as UTF-8 when it starts with a UTF-16 byte-order mark (the mark dropped); otherwise {@code in} as it is. */
    static InputStream asUtf8(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 2);
        byte[] mark = p.readNBytes(2);
        if (mark.length == 2 && (mark[0] & 0xff) == 0xFF && (mark[1] & 0xff) == 0xFE) {
            return new Utf16Text(p, StandardCharsets.UTF_16LE);
        }
        if (mark.length == 2 && (mark[0] & 0xff) == 0xFE && (mark[1] & 0xff) == 0xFF) {
            return new Utf16Text(p, StandardCharsets.UTF_16BE);
        }
        p.unread(mark);
        return p;
    }

    /** Encodes the next chunk of characters; false at the end. */
    @Override
    boolean fill() throws IOException {
        if (ended) {
            return false;
        }
        int start = 0;
        if (carried != 0) {
            buffer[0] = carried;
            carried = 0;
            start = 1;
        }
        int n = chars.read(buffer, start, buffer.length - start);
        if (n < 0) {
            ended = true;
            n = 0;
            if (start == 0) {
                return false;
            }
        }
        int total = start + n;
        if (!ended && Character.isHighSurrogate(buffer[total - 1])) {
            carried = buffer[--total];
        }
        give(new String(buffer, 0, total).getBytes(StandardCharsets.UTF_8));
        return true;
    }

    @Override
    public void close() throws IOException {
        chars.close();
    }
}
