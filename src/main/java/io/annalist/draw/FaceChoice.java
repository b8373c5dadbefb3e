package io.annalist.draw;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which shipped face draws a character, as every vector surface decides it: the bold or
 * regular Noto Sans when it has the character, else the first of the others in
 * {@link Faces#FALLBACK_ORDER} that has it. The files are read once per run; each instance
 * parses the faces it is asked about. One thread at a time.
 */
public final class FaceChoice {
    private static final ConcurrentHashMap<String, byte[]> BYTES = new ConcurrentHashMap<>();

    private final TrueTypeFont[] parsed = new TrueTypeFont[Faces.FALLBACK_ORDER.size()];

    /** The bytes of a file of {@link Faces#FALLBACK_ORDER}, read once. */
    public static byte[] bytes(String file) {
        return BYTES.computeIfAbsent(file, f -> {
            try (InputStream in = Faces.open(f)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The face at {@code i} of {@link Faces#FALLBACK_ORDER}, parsed. */
    public TrueTypeFont parsed(int i) {
        if (parsed[i] == null) {
            String file = Faces.FALLBACK_ORDER.get(i);
            try {
                parsed[i] = new TTFParser().parse(new RandomAccessReadBuffer(bytes(file)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + file + ": " + e.getMessage(), e);
            }
        }
        return parsed[i];
    }

    /** True when the face at {@code i} has a glyph for {@code codePoint}. */
    public boolean covers(int i, int codePoint) {
        try {
            return parsed(i).getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The face that draws {@code codePoint}; Noto Sans (bold or regular) when none has it. */
    public int faceFor(int codePoint, boolean bold) {
        int first = bold ? 1 : 0;
        if (covers(first, codePoint)) {
            return first;
        }
        for (int i = 2; i < Faces.FALLBACK_ORDER.size(); i++) {
            if (covers(i, codePoint)) {
                return i;
            }
        }
        return first;
    }
}
