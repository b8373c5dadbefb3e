package io.annalist.io;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A file as downloaded: plain, gzip-compressed ({@code .gz}), or a zip archive holding one
 * data file (or several, one of them chosen by name). Compression is recognised from the
 * first bytes, not the name. {@link #open} gives the data file's bytes, decompressed as they
 * are read, never more than {@code maxBytes} of them; {@link #consumed} says how many bytes of
 * the file on disk that took, for progress.
 */
final class InputFile {
    /** Raised when the file cannot be opened for what it holds; the message says why, in words. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    enum Compression { NONE, GZIP, ZIP }

    final Path path;
    final Compression compression;
    /** The data file inside a zip, or null. */
    final String entry;
    /** The size on disk. */
    final long size;
    private final long maxBytes;
    private final AtomicLong consumed = new AtomicLong();
    /** Set when the last stream opened found the compressed data cut short and ended there. */
    private final AtomicBoolean cutShort = new AtomicBoolean();

    private InputFile(Path path, Compression compression, String entry, long size, long maxBytes) {
        this.path = path;
        this.compression = compression;
        this.entry = entry;
        this.size = size;
        this.maxBytes = maxBytes;
    }

    /** Looks at {@code file}: its compression and, for a zip, which data file to read ({@code wanted}, or the only one). */
    static InputFile of(Path file, String wanted, long maxBytes) throws IOException, Refused {
        long size = Files.size(file);
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(4);
        }
        if (magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return new InputFile(file, Compression.GZIP, null, size, maxBytes);
        }
        if (magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            List<String> names = dataEntries(file);
            if (names.isEmpty()) {
                throw new Refused("the zip archive holds no data file");
            }
            if (wanted != null) {
                for (String n : names) {
                    if (n.equals(wanted) || baseName(n).equals(wanted)) {
                        return new InputFile(file, Compression.ZIP, n, size, maxBytes);
                    }
                }
                throw new Refused("the zip archive holds no data file called \"" + wanted + "\"; it holds "
                        + String.join(", ", names));
            }
            if (names.size() > 1) {
                throw new Refused("the zip archive holds " + names.size() + " data files: " + String.join(", ", names)
                        + "; choose one (--entry NAME, or pick it when opening in the window)");
            }
            return new InputFile(file, Compression.ZIP, names.get(0), size, maxBytes);
        }
        if (size > maxBytes) {
            throw new Refused("is " + size + " bytes, above the limit of " + maxBytes + " bytes");
        }
        return new InputFile(file, Compression.NONE, null, size, maxBytes);
    }

    /** The data files in a zip archive (folders, hidden files and macOS resource forks left out); empty if none. */
    static List<String> dataEntries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (var en = z.entries(); en.hasMoreElements(); ) {
                ZipEntry e = en.nextElement();
                String base = baseName(e.getName());
                if (!e.isDirectory() && !e.getName().startsWith("__MACOSX/") && !base.startsWith(".")
                        && !base.isEmpty()) {
                    names.add(e.getName());
                }
            }
        }
        return names;
    }

    private static String baseName(String entryName) {
        int slash = entryName.lastIndexOf('/');
        return slash < 0 ? entryName : entryName.substring(slash + 1);
    }

    /** The name of the data file itself, for recognising its format: the entry in a zip, or the file without ".gz". */
    String dataName() {
        if (entry != null) {
            return baseName(entry);
        }
        String n = path.getFileName() == null ? "" : path.getFileName().toString();
        return compression == Compression.GZIP && n.toLowerCase(Locale.ROOT).endsWith(".gz")
                ? n.substring(0, n.length() - 3) : n;
    }

    /** A plain file that can be read at any offset (for reading parts on several threads), or null. */
    Path plainFile() {
        return compression == Compression.NONE ? path : null;
    }

    /** How a place in the data is named: {@code file}, or for a zip "events.zip!ged.csv" (the file in the archive). */
    String placeName(String file) {
        return compression == Compression.ZIP ? file + "!" + entry : file;
    }

    /**
     * Whether the compressed data of the last stream opened ended early (a download cut short):
     * the stream then ends where the data does, so what came before it is read as a file cut off there.
     */
    boolean cutShort() {
        return cutShort.get();
    }

    /**
     * A gzip stream that ends, instead of failing, where its compressed data is cut short, and says so
     * in {@code cut}. It gives out only whole lines until the data's end is known: at a cut, the line
     * the cut went through is left out with the rest (a row cut in its last field would otherwise
     * load with a shortened value); at a proper end, a last line without a line break is given too.
     */
    private static final class EndsAtCut extends ChunkStream {
        private final InputStream in;
        private final AtomicBoolean cut;
        /** Bytes after the last line break read so far: whole lines are given, these wait for their end. */
        private byte[] pending = new byte[0];
        private boolean ended;

        EndsAtCut(InputStream in, AtomicBoolean cut) {
            this.in = in;
            this.cut = cut;
            cut.set(false);
        }

        @Override
        boolean fill() throws IOException {
            if (ended) {
                return false;
            }
            byte[] chunk = new byte[1 << 16];
            int n;
            try {
                n = in.read(chunk);
            } catch (java.io.EOFException e) {
                cut.set(true);
                ended = true;
                pending = new byte[0];
                return false;
            }
            if (n < 0) {
                ended = true;
                give(pending);
                pending = new byte[0];
                return true;
            }
            byte[] all = new byte[pending.length + n];
            System.arraycopy(pending, 0, all, 0, pending.length);
            System.arraycopy(chunk, 0, all, pending.length, n);
            int lastBreak = -1;
            for (int i = all.length - 1; i >= 0; i--) {
                if (all[i] == '\n' || all[i] == '\r') {
                    lastBreak = i;
                    break;
                }
            }
            give(java.util.Arrays.copyOfRange(all, 0, lastBreak + 1));
            pending = java.util.Arrays.copyOfRange(all, lastBreak + 1, all.length);
            return true;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Bytes of the file on disk read so far by the last stream opened. */
    long consumed() {
        return consumed.get();
    }

    /** The first {@code n} bytes of the data (decompressed). */
    byte[] head(int n) throws IOException {
        try (InputStream in = open()) {
            return in.readNBytes(n);
        }
    }

    /**
     * The data's bytes from the start, decompressed, and as UTF-8 when the data is UTF-16 text
     * ({@link Utf16Text}); at most {@code maxBytes} of them.
     */
    InputStream open() throws IOException {
        consumed.set(0);
        InputStream raw = new Counting(Files.newInputStream(path), consumed);
        InputStream data;
        switch (compression) {
            // UTF-16 is turned into UTF-8 before the cut is looked for, so only whole lines of whole characters pass.
            case GZIP -> data = new EndsAtCut(Utf16Text.asUtf8(new GZIPInputStream(new BufferedInputStream(raw,
                    1 << 16), 1 << 16)), cutShort);
            case ZIP -> {
                ZipFile z = new ZipFile(path.toFile());
                ZipEntry e = z.getEntry(entry);
                InputStream in = z.getInputStream(e);
                long total = size;
                data = new FilterInputStream(in) {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int r = super.read(b, off, len);
                        // A zip entry is read through the archive, not our stream: count what it was compressed to.
                        if (r > 0 && e.getSize() > 0) {
                            consumed.set(Math.min(total, (long) ((double) e.getCompressedSize() / e.getSize()
                                    * (uncompressed += r))));
                        }
                        return r;
                    }

                    private long uncompressed;

                    @Override
                    public void close() throws IOException {
                        try {
                            super.close();
                        } finally {
                            z.close();
                        }
                    }
                };
                raw.close();
            }
            default -> data = raw;
        }
        InputStream bytes = compression == Compression.NONE ? data : new Limited(data, maxBytes);
        if (compression == Compression.GZIP) {
            return bytes;
        }
        try {
            return Utf16Text.asUtf8(bytes);
        } catch (IOException e) {
            bytes.close();
            throw e;
        }
    }

    /** Counts the bytes read from the file on disk. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0) {
                count.addAndGet(r);
            }
            return r;
        }
    }

    /** Stops a compressed file that grows beyond the limit once decompressed (a zip bomb, or simply too big). */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the file is larger than " + limit + " bytes once decompressed; refused");
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) {
                throw new TooLarge(limit);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0 && (count += r) > limit) {
                throw new TooLarge(limit);
            }
            return r;
        }
    }
}
