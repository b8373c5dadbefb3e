package io.annalist.export.svg;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Adds to a TrueType font a character map that reaches beyond the Basic Multilingual Plane
 * (a {@code cmap} subtable of format 12, Windows full Unicode), keeping the subtables it has.
 * A subset written by FontBox maps only the first 65,536 characters, so an emoji such as
 * U+1F680 would lose its glyph; with this table it keeps it. The table directory, the
 * checksums and the font's checksum adjustment are written anew.
 */
final class FullCmap {
    private FullCmap() {
    }

    /** {@code font} with a format-12 subtable mapping each character of {@code glyphs} to its glyph. */
    static byte[] add(byte[] font, Map<Integer, Integer> glyphs) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = in.getShort(4) & 0xFFFF;
        SortedMap<String, byte[]> tables = new TreeMap<>();
        for (int t = 0; t < count; t++) {
            int at = 12 + 16 * t;
            String tag = new String(font, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int offset = in.getInt(at + 8);
            int length = in.getInt(at + 12);
            tables.put(tag, java.util.Arrays.copyOfRange(font, offset, offset + length));
        }
        tables.put("cmap", cmap(tables.get("cmap"), glyphs));
        return write(in.getInt(0), tables);
    }

    /** The old map's subtables as they are, then the format-12 one. */
    private static byte[] cmap(byte[] old, Map<Integer, Integer> glyphs) {
        ByteBuffer o = ByteBuffer.wrap(old);
        int n = o.getShort(2) & 0xFFFF;
        int oldHeader = 4 + 8 * n;
        int newHeader = oldHeader + 8;
        SortedMap<Integer, Integer> sorted = new TreeMap<>(glyphs);
        int length12 = 16 + 12 * sorted.size();
        ByteBuffer out = ByteBuffer.allocate(newHeader + (old.length - oldHeader) + length12);
        out.putShort((short) 0).putShort((short) (n + 1));
        for (int k = 0; k < n; k++) {
            out.putShort(o.getShort(4 + 8 * k)).putShort(o.getShort(6 + 8 * k)).putInt(o.getInt(8 + 8 * k) + 8);
        }
        // Records are sorted by platform and encoding: Windows full Unicode (3, 10) comes after the others.
        out.putShort((short) 3).putShort((short) 10).putInt(newHeader + old.length - oldHeader);
        out.put(old, oldHeader, old.length - oldHeader);
        out.putShort((short) 12).putShort((short) 0).putInt(length12).putInt(0).putInt(sorted.size());
        sorted.forEach((cp, gid) -> out.putInt(cp).putInt(cp).putInt(gid));
        return out.array();
    }

    private static byte[] write(int version, SortedMap<String, byte[]> tables) {
        int n = tables.size();
        int size = 12 + 16 * n;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int pow = Integer.highestOneBit(n);
        out.putInt(version).putShort((short) n).putShort((short) (pow * 16))
                .putShort((short) Integer.numberOfTrailingZeros(pow)).putShort((short) (n * 16 - pow * 16));
        int offset = 12 + 16 * n;
        int headAt = -1;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) {
            byte[] data = t.getValue();
            if (t.getKey().equals("head")) {
                // Its checksum is taken with the adjustment at zero; the adjustment is set last.
                java.util.Arrays.fill(data, 8, 12, (byte) 0);
                headAt = offset;
            }
            out.put(t.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).putInt((int) sum(data))
                    .putInt(offset).putInt(data.length);
            out.put(offset, data);
            offset += (data.length + 3) & ~3;
        }
        byte[] font = out.array();
        if (headAt >= 0) {
            ByteBuffer.wrap(font).putInt(headAt + 8, (int) (0xB1B0AFBAL - sum(font)));
        }
        return font;
    }

    /** The TrueType checksum: the sum of big-endian 32-bit words, the last padded with zeros. */
    private static long sum(byte[] data) {
        long s = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < data.length ? data[i + k] & 0xFF : 0);
            }
            s += word;
        }
        return s & 0xFFFFFFFFL;
    }
}
