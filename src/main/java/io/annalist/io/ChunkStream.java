package io.annalist.io;

import java.io.IOException;
import java.io.InputStream;

/** A stream that gives out its bytes a chunk at a time, each made by {@link #fill} when the last is used up. */
abstract class ChunkStream extends InputStream {
    private byte[] chunk = new byte[0];
    private int at;

    /** Makes the next chunk and hands it over with {@link #give} (it may be empty); false when there are no more. */
    abstract boolean fill() throws IOException;

    /** The bytes to give out next. */
    final void give(byte[] next) {
        chunk = next;
        at = 0;
    }

    @Override
    public final int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (at == chunk.length) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chunk.length - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        return n;
    }
}
