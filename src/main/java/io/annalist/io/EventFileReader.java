package io.annalist.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads event files in format {@code annalist/1} (docs/FORMAT.md). Never throws for bad
 * input: a file that cannot be read at all gives a fatal report and an empty dataset; an
 * event with an error is rejected with its reason and the rest load. Every event in the
 * file is counted as loaded or rejected. Thread-safe; call it off the FX thread for large files.
 */
public final class EventFileReader {
    public static final String FORMAT = "annalist/1";
    /** Files above this size are refused before reading. */
    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    public static final int MAX_NESTING = 100;
    public static final int MAX_STRING_CHARS = 1_000_000;
    public static final int MAX_NUMBER_CHARS = 100;

    private final long maxFileBytes;
    private final ObjectMapper mapper;
    private final int threads;
    private final long parallelFromBytes;
    /** Parts read by other threads in the last read (for tests and the bench). */
    private volatile int lastParts;

    public EventFileReader() {
        this(DEFAULT_MAX_FILE_BYTES);
    }

    public EventFileReader(long maxFileBytes) {
        this(maxFileBytes, Math.min(4, Runtime.getRuntime().availableProcessors()), ChunkedEvents.DEFAULT_MIN_BYTES);
    }

    /**
     * A reader that splits the events of files with at least {@code parallelFromBytes} bytes
     * of them across {@code threads} threads (1: never).
     */
    EventFileReader(long maxFileBytes, int threads, long parallelFromBytes) {
        this.maxFileBytes = maxFileBytes;
        this.threads = threads;
        this.parallelFromBytes = parallelFromBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .maxNameLength(10_000)
                        .maxDocumentLength(maxFileBytes)
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** How many parts of the last file read were read by other threads (0: none). */
    int lastParts() {
        return lastParts;
    }

    /** Reads {@code file}; problems name it as given. */
    public LoadResult read(Path file) {
        return read(file, ReadProgress.NONE);
    }

    /**
     * Reads {@code file}, reporting progress and stopping when {@code progress} says so.
     *
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    public LoadResult read(Path file, ReadProgress progress) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                return LoadResults.fatal(name, "is a folder, not an event file");
            }
            if (!Files.exists(file)) {
                return LoadResults.fatal(name, Files.isSymbolicLink(file)
                        ? "is a symbolic link that leads nowhere (a loop, or its target is gone)" : "no such file");
            }
            if (!Files.isRegularFile(file)) {
                return LoadResults.fatal(name, "is not a regular file (a device or a pipe?)");
            }
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return LoadResults.fatal(name, "is " + size + " bytes, above the limit of " + maxFileBytes + " bytes");
            }
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                LoadResult result = read(in, name, size, progress, file);
                if (result != null) {
                    return result;
                }
            }
            // The parts read on other threads did not line up (see ChunkedEvents): once more, on one thread.
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return read(in, name, size, progress, null);
            }
        } catch (IOException e) {
            return LoadResults.unreadable(name, e);
        }
    }

    /** Reads an event file from a stream; {@code name} is used in problems. Does not close {@code in}. */
    public LoadResult read(InputStream in, String name) {
        return read(in, name, -1, ReadProgress.NONE, null);
    }

    /** Reads an event file from a (decompressed) stream, reporting progress; does not close {@code in}. */
    LoadResult read(InputStream in, String name, ReadProgress progress) {
        return read(in, name, -1, progress, null);
    }

    /** Null when the file must be read again on one thread. */
    private LoadResult read(InputStream in, String name, long size, ReadProgress progress, Path parallelFile) {
        Problems problems = new Problems(name);
        JsonParser p = null;
        try {
            p = mapper.getFactory().createParser(in);
            return readDocument(p, problems, size, progress, parallelFile);
        } catch (StreamConstraintsException e) {
            return LoadResults.fatal(name, where(e.getLocation(), p), LoadResults.constraintMessage(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            return LoadResults.fatal(name, where(e.getLocation(), p), LoadResults.syntaxMessage(e.getOriginalMessage()));
        } catch (java.io.CharConversionException e) {
            return LoadResults.fatal(name, where(null, p), "the file's text encoding is not UTF-8: " + e.getMessage());
        } catch (IOException e) {
            return LoadResults.fatal(name, where(null, p), "cannot be read: " + e.getMessage());
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // Reading is over; a failed close of a read-only stream loses nothing.
                }
            }
        }
    }

    private LoadResult readDocument(JsonParser p, Problems problems, long size, ReadProgress progress,
                                    Path parallelFile) throws IOException {
        ChunkedEvents[] chunks = {null};
        lastParts = 0;
        try {
            return readDocument(p, problems, size, progress, parallelFile, chunks);
        } finally {
            if (chunks[0] != null) {
                chunks[0].abandon();
            }
        }
    }

    private LoadResult readDocument(JsonParser p, Problems problems, long size, ReadProgress progress,
                                    Path parallelFile, ChunkedEvents[] chunks) throws IOException {
        String name = problems.file();
        JsonToken first = p.nextToken();
        if (first == null) {
            return LoadResults.fatal(name, "the file is empty");
        }
        if (first != JsonToken.START_OBJECT) {
            return LoadResults.fatal(name, p.currentTokenLocation(), "the file is not a JSON object; an event file starts with"
                    + " { \"format\": \"" + FORMAT + "\", ... }");
        }
        Fields f = new Fields(p, problems, mapper);
        EventParser eventParser = new EventParser(f);
        ActorSourceParser directory = new ActorSourceParser(f);
        String format = null;
        JsonLocation formatAt = null;
        String title = null;
        String description = null;
        boolean eventsSeen = false;
        List<ActorSourceParser.ReadActor> actors = new ArrayList<>();
        List<ActorSourceParser.ReadSource> sources = new ArrayList<>();
        List<PendingEvent> pending = new ArrayList<>();
        Map<String, String> extra = new LinkedHashMap<>();
        int read = 0;
        int rejected = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation fieldAt = p.currentTokenLocation();
            p.nextToken();
            if (!seen.add(field)) {
                return LoadResults.fatal(name, fieldAt, "the field \"" + field + "\" appears twice at the top of the file");
            }
            switch (field) {
                case "format" -> {
                    formatAt = f.here();
                    format = f.text("$", field);
                }
                case "title" -> title = f.text("$", field);
                case "description" -> description = f.text("$", field);
                case "actors" -> {
                    if (!expectArray(p)) {
                        return LoadResults.fatal(name, f.here(), "\"actors\" should be a list of actors");
                    }
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        ActorSourceParser.ReadActor a = directory.actor("$.actors[" + i + "]", extra);
                        if (a != null) {
                            actors.add(a);
                        }
                    }
                }
                case "sources" -> {
                    if (!expectArray(p)) {
                        return LoadResults.fatal(name, f.here(), "\"sources\" should be a list of sources");
                    }
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        ActorSourceParser.ReadSource s = directory.source("$.sources[" + i + "]", extra);
                        if (s != null) {
                            sources.add(s);
                        }
                    }
                }
                case "events" -> {
                    if (!expectArray(p)) {
                        return LoadResults.fatal(name, f.here(), "\"events\" should be a list of events");
                    }
                    eventsSeen = true;
                    java.util.Set<String> a = null;
                    java.util.Set<String> s = null;
                    if (seen.contains("actors") && seen.contains("sources")) {
                        a = new java.util.HashSet<>();
                        for (ActorSourceParser.ReadActor x : actors) {
                            a.add(x.actor().id());
                        }
                        s = new java.util.HashSet<>();
                        for (ActorSourceParser.ReadSource x : sources) {
                            s.add(x.source().id());
                        }
                        eventParser.knownIds(a, s);
                    }
                    if (parallelFile != null) {
                        chunks[0] = ChunkedEvents.start(parallelFile, name, p.currentLocation().getByteOffset(), size,
                                threads, parallelFromBytes, mapper, a, s, progress.workers());
                    }
                    boolean handedOver = false;
                    for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                        JsonLocation here = p.currentTokenLocation();
                        if (chunks[0] != null && here.getByteOffset() >= chunks[0].firstStart()) {
                            if (here.getByteOffset() == chunks[0].firstStart()
                                    && p.currentToken() == JsonToken.START_OBJECT) {
                                // Other threads read from here on; this one only checks the rest of the list.
                                chunks[0].skipRest(p, i, progress, size);
                                handedOver = true;
                                break;
                            }
                            chunks[0].abandon();
                            chunks[0] = null;
                        }
                        if ((i & 1023) == 0) {
                            if (progress.cancelled()) {
                                throw new java.util.concurrent.CancellationException("reading " + name + " was cancelled");
                            }
                            progress.progress(here.getByteOffset() + (chunks[0] == null ? 0 : chunks[0].workersDone()),
                                    size);
                        }
                        read++;
                        if (readEvent(p, f, eventParser, "$.events[" + i + "]", here, pending)) {
                            rejected++;
                        }
                    }
                    if (chunks[0] != null && !handedOver) {
                        // The list ended before the first guess: it lay beyond the events; all is read.
                        chunks[0].abandon();
                        chunks[0] = null;
                    }
                }
                default -> f.keepUnknown(extra, "$", field);
            }
        }
        if (p.nextToken() != null) {
            return LoadResults.fatal(name, p.currentTokenLocation(), "there is more after the end of the top-level object");
        }
        if (format == null) {
            return LoadResults.fatal(name, "the file has no \"format\" field; an event file says \"format\": \"" + FORMAT + "\"");
        }
        if (!FORMAT.equals(format)) {
            return LoadResults.fatal(name, formatAt, "format \"" + format + "\" is not one this version reads (\"" + FORMAT + "\")");
        }
        if (!eventsSeen) {
            return LoadResults.fatal(name, "the file has no \"events\" list");
        }
        if (chunks[0] != null) {
            int[] readRejected = {0, 0};
            if (!chunks[0].collect(pending, problems, readRejected, progress, size)) {
                return null;
            }
            read += readRejected[0];
            rejected += readRejected[1];
            lastParts = chunks[0].joined();
        }
        return References.resolve(problems, title, description, actors, sources, pending, extra, read, rejected);
    }

    /**
     * Reads the element under the parser as an event, adding it to {@code pending} unless it
     * has an error; true when it was rejected.
     */
    static boolean readEvent(JsonParser p, Fields f, EventParser parser, String path, JsonLocation here,
                             List<PendingEvent> pending) throws IOException {
        Problems problems = f.problems();
        int errorsBefore = problems.errorCount();
        PendingEvent e = null;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.error(here, path, null, "an event should be an object");
            p.skipChildren();
        } else {
            e = parser.read(path, here);
        }
        if (e == null && problems.errorCount() == errorsBefore) {
            problems.error(f.here(), path, null, "the event could not be read");
        }
        boolean rejected = problems.errorCount() > errorsBefore;
        if (!rejected) {
            pending.add(e);
        }
        problems.aboutEvent(null);
        return rejected;
    }

    private static boolean expectArray(JsonParser p) {
        return p.currentToken() == JsonToken.START_ARRAY;
    }

    private static JsonLocation where(JsonLocation fromException, JsonParser p) {
        if (fromException != null && fromException.getLineNr() > 0) {
            return fromException;
        }
        return p == null ? null : p.currentLocation();
    }
}
