package io.annalist.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.annalist.model.Problem;

/**
 * Reads the "events" list of a large file on several cores.
 *
 * <p>The reader's own thread reads the first part of the list as usual. Each later part is
 * read by a worker that starts at a guessed boundary between two events (a {@code }} and a
 * {@code {} with only a comma and spaces between them). A guess is trusted only when the
 * reader's own thread, which goes on through the whole file, meets an event starting at
 * exactly that byte; over the parts that workers read it only tokenises, the cheap part of
 * reading, so the rest of the file is still checked exactly as a one-thread read checks it.
 * The lines, columns and list positions that workers report are then moved to their place
 * in the file.
 *
 * <p>When anything does not line up (a guess inside a text, a worker that failed, a file
 * that changed while read) {@link #collect} says so and the caller reads the file again on
 * one thread: the result is always the one a one-thread read gives.
 */
final class ChunkedEvents {
    /** Files with fewer bytes of events than this are read on one thread. */
    static final long DEFAULT_MIN_BYTES = 16L << 20;
    /** Tokenising costs about this share of building events, byte for byte (measured with the bench). */
    private static final double SKIP_COST = 0.2;
    private static final int WINDOW = 1 << 20;

    private final List<Part> parts = new ArrayList<>();
    private final AtomicLong workersDone = new AtomicLong();
    private int skipped;
    private int joined;

    private ChunkedEvents() {
    }

    /**
     * Starts workers for the events list that begins at byte {@code listStart} of
     * {@code file}, or returns null when the file is better read on one thread.
     */
    static ChunkedEvents start(Path file, String name, long listStart, long size, int threads, long minBytes,
                               ObjectMapper mapper, Set<String> actors, Set<String> sources, ExecutorService workers) {
        long bytes = size - listStart;
        if (threads < 2 || bytes < minBytes || listStart <= 0) {
            return null;
        }
        // The own thread reads a smaller first part: it also tokenises all the others.
        double perWorker = 1.0 / (threads - 1);
        double first = (perWorker - SKIP_COST) / (1 - SKIP_COST + perWorker);
        List<Long> starts = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            for (int j = 1; j < threads; j++) {
                long guess = listStart + (long) (bytes * (first + (1 - first) * (j - 1) / (threads - 1)));
                long at = boundaryAfter(ch, guess);
                if (at > 0 && (starts.isEmpty() || at > starts.get(starts.size() - 1))) {
                    starts.add(at);
                }
            }
        } catch (IOException e) {
            return null;
        }
        if (starts.isEmpty()) {
            return null;
        }
        ChunkedEvents c = new ChunkedEvents();
        for (int j = 0; j < starts.size(); j++) {
            long[] later = starts.subList(j + 1, starts.size()).stream().mapToLong(Long::longValue).toArray();
            Part part = new Part(file, name, starts.get(j), later, mapper, actors, sources, c.workersDone);
            part.future = workers.submit(part::read);
            c.parts.add(part);
        }
        return c;
    }

    /** The first byte where a worker starts: the own thread stops building events there. */
    long firstStart() {
        return parts.get(0).start;
    }

    /** How many workers' parts {@link #collect} took in. */
    int joined() {
        return joined;
    }

    /** Bytes of events that workers have read so far. */
    long workersDone() {
        return workersDone.get();
    }

    /** Stops every worker; their results are dropped. */
    void abandon() {
        parts.forEach(Part::stop);
    }

    /**
     * With the parser on the event that starts at {@link #firstStart()} (number
     * {@code index} in the list), tokenises the rest of the list, noting where each worker's
     * part begins. Leaves the parser on the list's end.
     */
    void skipRest(JsonParser p, int index, ReadProgress progress, long size) throws IOException {
        int next = 0;
        int i = index;
        for (JsonToken t = p.currentToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
            if (t == null) {
                throw new IOException("the file ends inside the events list");
            }
            if (next < parts.size() && t == JsonToken.START_OBJECT) {
                JsonLocation at = p.currentTokenLocation();
                while (next < parts.size() && at.getByteOffset() > parts.get(next).start) {
                    parts.get(next++).stop();
                }
                if (next < parts.size() && at.getByteOffset() == parts.get(next).start) {
                    parts.get(next++).place(at.getLineNr(), at.getColumnNr(), i);
                }
            }
            if ((i & 4095) == 0) {
                if (progress.cancelled()) {
                    throw new java.util.concurrent.CancellationException("reading was cancelled");
                }
                progress.progress(firstStart() + workersDone(), size);
            }
            p.skipChildren();
            skipped++;
        }
        while (next < parts.size()) {
            parts.get(next++).stop();
        }
    }

    /**
     * Waits for the workers and adds what they read, moved to its place, to {@code pending}
     * and {@code problems}. Returns false when the parts do not line up; the file must then be
     * read again on one thread.
     */
    boolean collect(List<PendingEvent> pending, Problems problems, int[] readRejected, ReadProgress progress,
                    long size) {
        List<Part> placed = new ArrayList<>();
        for (Part part : parts) {
            if (part.placed) {
                placed.add(part);
            }
        }
        int read = 0;
        for (int k = 0; k < placed.size(); k++) {
            Part part = placed.get(k);
            if (!await(part, progress, size)) {
                abandon();
                return false;
            }
            long expectedEnd = k + 1 < placed.size() ? placed.get(k + 1).start : -1;
            if (part.failed || part.end != expectedEnd) {
                abandon();
                return false;
            }
            read += part.read;
        }
        if (placed.isEmpty() || read != skipped) {
            abandon();
            return false;
        }
        for (Part part : placed) {
            Shift s = new Shift(part.line, part.column, part.index);
            for (PendingEvent pe : part.pending) {
                pending.add(s.pending(pe));
            }
            for (Problem pr : part.problems.list()) {
                problems.adopt(s.problem(pr));
            }
            readRejected[0] += part.read;
            readRejected[1] += part.rejected;
        }
        joined = placed.size();
        return true;
    }

    private boolean await(Part part, ReadProgress progress, long size) {
        while (true) {
            progress.progress(Math.min(size, firstStart() + workersDone()), size);
            if (progress.cancelled()) {
                throw new java.util.concurrent.CancellationException("reading was cancelled");
            }
            try {
                part.future.get(100, TimeUnit.MILLISECONDS);
                return true;
            } catch (TimeoutException e) {
                // Not yet: ask again whether to stop.
            } catch (ExecutionException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.util.concurrent.CancellationException("reading was interrupted");
            }
        }
    }

    /**
     * The first byte at or after {@code from} that looks like the start of an event following
     * another: a '{' after '}' and ',' with only spaces between. Only a guess: the same bytes
     * can sit inside a text or a nested list. Returns -1 when none is near.
     */
    static long boundaryAfter(FileChannel ch, long from) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(WINDOW);
        ch.read(buf, from);
        buf.flip();
        int state = 0;
        for (int i = 0; i < buf.limit(); i++) {
            byte b = buf.get(i);
            boolean space = b == ' ' || b == '\n' || b == '\r' || b == '\t';
            switch (state) {
                case 0 -> state = b == '}' ? 1 : 0;
                case 1 -> state = b == ',' ? 2 : b == '}' ? 1 : space ? 1 : 0;
                case 2 -> {
                    if (b == '{') {
                        return from + i;
                    }
                    state = b == '}' ? 1 : space ? 2 : 0;
                }
                default -> state = 0;
            }
        }
        return -1;
    }

    /** Moves what a worker found, counted from its own first byte, to its place in the file. */
    record Shift(int line, int column, int index) {
        /** A worker reads "[" then its part, so the part's first '{' is at its line 1, column 2. */
        int lineOf(int relLine) {
            return relLine <= 0 ? relLine : relLine + line - 1;
        }

        int columnOf(int relLine, int relColumn) {
            return relLine == 1 && relColumn > 0 ? relColumn - 2 + column : relColumn;
        }

        String pathOf(String relPath) {
            String head = "$.events[";
            if (relPath == null || !relPath.startsWith(head)) {
                return relPath;
            }
            int close = relPath.indexOf(']', head.length());
            if (close < 0) {
                return relPath;
            }
            int rel = Integer.parseInt(relPath.substring(head.length(), close));
            return head + (rel + index) + relPath.substring(close);
        }

        Problem problem(Problem p) {
            return new Problem(p.file(), lineOf(p.line()), columnOf(p.line(), p.column()), pathOf(p.path()),
                    p.severity(), p.message(), p.eventId());
        }

        PendingEvent pending(PendingEvent pe) {
            PendingEvent moved = new PendingEvent(pe.event.atLine(lineOf(pe.event.line())), lineOf(pe.line),
                    columnOf(pe.line, pe.column), pathOf(pe.path));
            if (!pe.refs.isEmpty()) {
                List<PendingEvent.Ref> refs = new ArrayList<>(pe.refs.size());
                for (PendingEvent.Ref r : pe.refs) {
                    refs.add(new PendingEvent.Ref(r.id(), r.source(), lineOf(r.line()), columnOf(r.line(), r.column()),
                            pathOf(r.path()), r.field()));
                }
                moved.refs = refs;
            }
            return moved;
        }
    }

    /** One worker's part of the list: from its first event up to the next part it meets exactly. */
    private static final class Part {
        final Path file;
        final String name;
        final long start;
        final long[] later;
        final ObjectMapper mapper;
        final Set<String> actors;
        final Set<String> sources;
        final AtomicLong done;
        final AtomicBoolean stopped = new AtomicBoolean();
        Future<?> future;

        // Results, read by the own thread after the future completes.
        final List<PendingEvent> pending = new ArrayList<>();
        Problems problems;
        int read;
        int rejected;
        /** The byte where the next part began, or -1 when this part ran to the end of the list. */
        long end = -1;
        boolean failed;

        // Where the own thread met this part's first event.
        volatile boolean placed;
        int line;
        int column;
        int index;

        Part(Path file, String name, long start, long[] later, ObjectMapper mapper,
             Set<String> actors, Set<String> sources, AtomicLong done) {
            this.file = file;
            this.name = name;
            this.start = start;
            this.later = later;
            this.mapper = mapper;
            this.actors = actors;
            this.sources = sources;
            this.done = done;
        }

        void stop() {
            stopped.set(true);
        }

        void place(int atLine, int atColumn, int atIndex) {
            line = atLine;
            column = atColumn;
            index = atIndex;
            placed = true;
        }

        void read() {
            problems = new Problems(name);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ch.position(start);
                InputStream in = new BufferedInputStream(new SequenceInputStream(
                        new ByteArrayInputStream(new byte[] {'['}), Channels.newInputStream(ch)), 1 << 16);
                try (JsonParser p = mapper.getFactory().createParser(in)) {
                    readEvents(p);
                }
            } catch (IOException | RuntimeException e) {
                failed = true;
            }
        }

        private void readEvents(JsonParser p) throws IOException {
            Fields f = new Fields(p, problems, mapper);
            EventParser parser = new EventParser(f);
            parser.knownIds(actors, sources);
            if (p.nextToken() != JsonToken.START_ARRAY) {
                failed = true;
                return;
            }
            int next = 0;
            long reported = 0;
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                JsonLocation here = p.currentTokenLocation();
                long at = start + here.getByteOffset() - 1;
                if ((i & 1023) == 0) {
                    if (stopped.get()) {
                        failed = true;
                        return;
                    }
                    done.addAndGet(at - start - reported);
                    reported = at - start;
                }
                while (next < later.length && at > later[next]) {
                    next++;
                }
                if (next < later.length && at == later[next] && p.currentToken() == JsonToken.START_OBJECT) {
                    end = at;
                    return;
                }
                read++;
                if (EventFileReader.readEvent(p, f, parser, "$.events[" + i + "]", here, pending)) {
                    rejected++;
                }
            }
        }
    }
}
