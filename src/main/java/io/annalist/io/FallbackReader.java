package io.annalist.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text read as UTF-8 for as long as the bytes are UTF-8, and as Windows-1252 from the first
 * byte that is not: a file saved by an old spreadsheet or editor still opens, and
 * {@link #notUtf8At()} says where the reading changed so the reader can warn. A UTF-8
 * byte-order mark is skipped.
 */
final class FallbackReader extends Reader {
    private final InputStream in;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean eof;
    private boolean flushed;
    private boolean first = true;
    private long readTotal;
    private long notUtf8At = -1;

    FallbackReader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    /** The byte offset from which the text was read as Windows-1252, or -1 when it was all UTF-8. */
    long notUtf8At() {
        return notUtf8At;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (flushed) {
                return -1;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                notUtf8At = readTotal - bytes.remaining();
                decoder = Charset.forName("windows-1252").newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
                continue;
            }
            if (r.isUnderflow()) {
                if (eof) {
                    decoder.flush(out);
                    flushed = true;
                    break;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                    readTotal += n;
                }
                bytes.flip();
            }
        }
        int produced = out.position() - off;
        if (produced == 0) {
            return -1;
        }
        if (first) {
            first = false;
            if (cbuf[off] == '\uFEFF') {
                System.arraycopy(cbuf, off + 1, cbuf, off, produced - 1);
                produced--;
                if (produced == 0) {
                    return read(cbuf, off, len);
                }
            }
        }
        return produced;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
