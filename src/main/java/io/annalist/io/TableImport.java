package io.annalist.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Reads a delimited file as a stream: the reading thread cuts rows out of the bytes
 * ({@link RowScanner}) and hands them out in blocks; each block becomes an {@link ImportPart}
 * on a worker thread (or on the reading thread when there is one thread); the parts are
 * merged in file order. Blocks are cut the same way whatever the number of threads, and a
 * part depends only on its own rows, so the result is exactly that of a one-thread read.
 * Only a few blocks are in flight at a time: memory holds the events, not the file.
 */
final class TableImport {
    /** Rows handed to a thread at a time, in bytes. */
    static final int BLOCK_BYTES = 1 << 20;
    /** Files smaller than this are read on one thread. */
    static final long PARALLEL_FROM_BYTES = 4L << 20;

    private final int threads;
    private final int blockBytes;

    TableImport(int threads, int blockBytes) {
        this.threads = threads;
        this.blockBytes = blockBytes;
    }

    /** What one thread needs to read rows: a row to decode cells into and tables of shared values. */
    private record Worker(CsvRow row, Sharing share) {
    }

    /** How this file's rows are cut and named: its delimiter, and its header (null when it has none). */
    private record Layout(byte delimiter, List<String> header) {
    }

    LoadResult read(InputFile file, String name, TableFormat format, ImportOptions options, ReadProgress progress)
            throws IOException {
        ImportBuilder b = new ImportBuilder(name);
        String fileName = file.dataName();
        byte delimiter = format.delimiter(file.head(1 << 16));
        try (InputStream in = file.open()) {
            RowScanner scanner = new RowScanner(in, delimiter, format.quoting(), blockBytes,
                    file.compression == InputFile.Compression.NONE ? file.size : -1);
            List<String> header = null;
            if (format.hasHeader()) {
                RowScanner.RowBlock h = scanner.header();
                if (h == null) {
                    return LoadResults.fatal(name, "the file is empty");
                }
                if (h.status[0] != RowScanner.OK) {
                    return LoadResults.fatal(name, h.lines[0], Math.max(1, h.whereColumn[0]),
                            "the header row is broken: " + brokenWhy(h, 0));
                }
                CsvRow r = new CsvRow(delimiter, format.quoting(), null);
                r.load(h, 0);
                header = new ArrayList<>(r.size());
                for (int c = 0; c < r.size(); c++) {
                    header.add(r.get(c));
                }
                b.header(r);
                if (r.notUtf8) {
                    b.warn(h.lines[0], 1, "", "the header is not UTF-8; read as Windows-1252");
                }
            }
            TableFormat.RowReader reader;
            try {
                reader = format.open(header, b, options, fileName);
            } catch (TableFormat.NotThisFormat e) {
                return LoadResults.fatal(name, header == null ? 0 : 1, header == null ? 0 : 1, e.getMessage()
                        + (header == null ? "" : "; " + Separators.seen(delimiter, header)));
            }
            Layout layout = new Layout(delimiter, header);
            int n = file.compression == InputFile.Compression.NONE && file.size < PARALLEL_FROM_BYTES ? 1 : threads;
            ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();
            long rows = 0;
            try (Batches batches = new Batches(b, n, progress.workers())) {
                for (RowScanner.RowBlock block = scanner.next(); block != null; block = scanner.next()) {
                    rows += block.count;
                    progress.rows(rows, inAll(rows, file, scanner));
                    if (progress.cancelled()) {
                        throw new CancellationException("reading " + name + " was cancelled");
                    }
                    RowScanner.RowBlock mine = block;
                    batches.add(() -> readBlock(mine, reader, format, layout, name, idle));
                    progress.progress(file.consumed(), file.size);
                }
                batches.finish();
            }
        }
        return b.build(format.title(fileName), format.description(fileName));
    }

    /**
     * About how many rows the whole file holds, judged from the share of its bytes the first
     * {@code rows} took (of a compressed file, the share of the compressed bytes read); -1 when
     * not known.
     */
    private static long inAll(long rows, InputFile file, RowScanner scanner) {
        long done = file.compression == InputFile.Compression.NONE ? scanner.bytesDone() : file.consumed();
        return done <= 0 || file.size <= 0 ? -1 : Math.max(rows, (long) (rows * ((double) file.size / done)));
    }

    /** Reads the rows of one block into a part of its own. Any thread. */
    private static ImportPart readBlock(RowScanner.RowBlock block, TableFormat.RowReader reader, TableFormat format,
                                        Layout layout, String name, ConcurrentLinkedQueue<Worker> idle) {
        Worker w = idle.poll();
        if (w == null) {
            w = new Worker(new CsvRow(layout.delimiter(), format.quoting(), format.missing()), new Sharing());
            w.row().names(layout.header());
        }
        ImportPart part = new ImportPart(name, w.share());
        CsvRow row = w.row();
        for (int k = 0; k < block.count; k++) {
            byte status = block.status[k];
            int line = block.lines[k];
            if (status != RowScanner.OK) {
                part.counted();
                part.reject(line, Math.max(1, block.whereColumn[k]), "", brokenWhy(block, k), null);
                for (int j = 1; j <= block.breaks[k]; j++) {
                    part.counted();
                    part.reject(line + j, 1, "", "not read: this line is inside the quoted field opened at line "
                            + block.whereLine[k] + ", column " + block.whereColumn[k] + ", which "
                            + (status == RowScanner.RUNAWAY_AT_END ? "the file ends inside" : "does not close properly"),
                            null);
                }
                continue;
            }
            row.load(block, k);
            // Every row with bytes that are not UTF-8 is named, also one rejected before its text was read.
            boolean notUtf8 = row.bytesNotUtf8();
            int before = part.events.size() + part.rejected + part.excluded;
            part.counted();
            try {
                reader.read(row, part);
            } catch (RuntimeException e) {
                part.reject(line, 1, "", "this row could not be read: " + e, null);
            }
            int after = part.events.size() + part.rejected + part.excluded;
            if (after == before && !part.takeNotARow()) {
                part.reject(line, 1, "", "this row could not be read", null);
            }
            part.aboutEvent(null);
            if (notUtf8 || row.notUtf8) {
                part.notUtf8(line);
            }
        }
        idle.add(w);
        return part;
    }

    /** Why a broken row was not read, in words. */
    static String brokenWhy(RowScanner.RowBlock block, int k) {
        String at = "a quoted field opened at line " + block.whereLine[k] + ", column " + block.whereColumn[k];
        return switch (block.status[k]) {
            case RowScanner.RUNAWAY_AT_END -> at + " is never closed: the file ends inside it (cut short?);"
                    + " this row is not read";
            case RowScanner.RUNAWAY_TOO_LONG -> at + " runs over " + RowScanner.MAX_FIELD_BYTES
                    + " bytes without closing: a stray quote? This row is not read";
            case RowScanner.RUNAWAY_CLOSED -> at + " runs over several lines and closes with more text after it:"
                    + " a stray quote? This row is not read";
            case RowScanner.ROW_TOO_LONG -> "the row is longer than " + RowScanner.MAX_ROW_BYTES
                    + " bytes; not read";
            case RowScanner.TEXT_AFTER_QUOTE -> "a quoted field closes before its end (text follows the closing"
                    + " quote at column " + block.whereColumn[k] + "): a stray quote? This row is not read";
            default -> "the row could not be read";
        };
    }
}
