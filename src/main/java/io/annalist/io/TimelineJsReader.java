package io.annalist.io;

import java.io.IOException;
import java.util.ArrayList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.annalist.model.ActorKind;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Precision;
import io.annalist.model.When;
import org.jsoup.Jsoup;

/**
 * Reads TimelineJS3 JSON (Knight Lab): the title slide, {@code events} with their
 * {@code start_date}/{@code end_date} objects, headlines and texts (HTML turned into plain
 * text), media (a source), groups (an actor each, so lanes by actor show them) and
 * {@code eras} (spans tagged "era"). Dates keep the precision the date object gives; years
 * may be negative or strings; a year beyond ±200 million is reported, not crashed on. The old
 * TimelineJS2 layout ({@code timeline.date}) is refused with a clear message. A blank
 * {@code unique_id} means no id, as in TimelineJS. The file is read as a stream; entries are
 * turned into events in batches, on several threads for a large file.
 */
public final class TimelineJsReader {
    /** The farthest year from now that fits the model's millisecond instants, with room to spare. */
    static final long MAX_YEARS = 200_000_000L;

    private final ObjectMapper mapper;

    public TimelineJsReader() {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(EventFileReader.MAX_NESTING).maxStringLength(EventFileReader.MAX_STRING_CHARS)
                .maxNumberLength(EventFileReader.MAX_NUMBER_CHARS).build()).build();
        mapper = new ObjectMapper(factory);
    }

    /** Reads the file from {@code in}, entries in batches on up to {@code threads} threads. */
    LoadResult read(InputFile file, String name, int threads, ReadProgress progress) throws IOException {
        ImportBuilder b = new ImportBuilder(name);
        String fileName = file.dataName();
        String title = "";
        String description = "";
        JsonParser p = null;
        FallbackReader text = null;
        int n = file.compression == InputFile.Compression.NONE && file.size < TableImport.PARALLEL_FROM_BYTES ? 1
                : threads;
        java.util.concurrent.ConcurrentLinkedQueue<Sharing> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();
        // Entries read so far, of every list; and where the JSON broke off, when no entry was cut.
        int entries = 0;
        io.annalist.model.Problem stopped = null;
        try (Batches batches = new Batches(b, n, progress.workers())) {
            text = new FallbackReader(file.open());
            p = mapper.getFactory().createParser(text);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return LoadResults.fatal(name, p.currentTokenLocation(), "a TimelineJS file is one JSON object");
            }
            try {
                fields:
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonLocation fieldAt = p.currentTokenLocation();
                    p.nextToken();
                    switch (field) {
                        case "title" -> {
                            JsonNode t = mapper.readTree(p);
                            title = plain(t.path("text").path("headline").asText(""));
                            description = plain(t.path("text").path("text").asText(""));
                        }
                        case "events", "eras" -> {
                            if (p.currentToken() != JsonToken.START_ARRAY) {
                                return LoadResults.fatal(name, fieldAt, "\"" + field + "\" should be a list");
                            }
                            boolean era = field.equals("eras");
                            List<JsonNode> nodes = new ArrayList<>();
                            List<JsonLocation> places = new ArrayList<>();
                            int i = 0;
                            int first = 0;
                            JsonLocation at = null;
                            try {
                                while (p.nextToken() != JsonToken.END_ARRAY) {
                                    if (p.currentToken() == null) {
                                        throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null,
                                                "Unexpected end-of-input");
                                    }
                                    at = p.currentTokenLocation();
                                    JsonNode entry = mapper.readTree(p);
                                    nodes.add(entry);
                                    places.add(at);
                                    at = null;
                                    i++;
                                    entries++;
                                    long batchChars = p.currentLocation().getCharOffset() - places.get(0).getCharOffset();
                                    if (batchChars >= TableImport.BLOCK_BYTES) {
                                        submit(batches, nodes, places, era, first, name, fileName, idle);
                                        nodes = new ArrayList<>();
                                        places = new ArrayList<>();
                                        first = i;
                                        if (progress.cancelled()) {
                                            throw new java.util.concurrent.CancellationException("reading " + name
                                                    + " was cancelled");
                                        }
                                        progress.progress(file.consumed(), file.size);
                                    }
                                }
                            } catch (JsonProcessingException e) {
                                // The entries before the break stand, as the rows before a cut in a CSV file.
                                submit(batches, nodes, places, era, first, name, fileName, idle);
                                if (at == null) {
                                    throw e;
                                }
                                brokenEntry(batches, name, "$." + field + "[" + i + "]", at, e);
                                break fields;
                            }
                            submit(batches, nodes, places, era, first, name, fileName, idle);
                        }
                        case "timeline" -> {
                            return LoadResults.fatal(name, fieldAt, "this is the old TimelineJS2 layout (\"timeline\""
                                    + " with \"date\" entries), which Annalist does not read; save it from"
                                    + " TimelineJS3 or as a spreadsheet (CSV)");
                        }
                        default -> p.skipChildren();
                    }
                }
            } catch (JsonProcessingException e) {
                if (entries == 0) {
                    throw e;
                }
                // Broken off outside any entry: the entries read stand, and the report says where it broke.
                stopped = brokenAfter(name, entries, e);
            }
            batches.finish();
            if (stopped != null) {
                b.error(stopped);
            }
        } catch (JsonProcessingException e) {
            return LoadResults.fatal(name, e.getLocation(), LoadResults.syntaxMessage(e.getOriginalMessage()));
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // Reading is over.
                }
            }
        }
        if (text.notUtf8At() >= 0) {
            b.warn(0, 0, "", "the file is not UTF-8: from byte " + text.notUtf8At() + " on it was read as Windows-1252");
        }
        return b.build(title.isBlank() ? fileName : title, description);
    }

    /**
     * The entry the JSON broke off in, started at {@code at}: rejected there and counted, with
     * why; reading stops at it, and the entries before it stand.
     */
    private static void brokenEntry(Batches batches, String name, String path, JsonLocation at,
                                    JsonProcessingException e) throws IOException {
        JsonLocation where = e.getLocation();
        String why = e instanceof com.fasterxml.jackson.core.io.JsonEOFException
                ? "the file ends inside this entry (cut short?): the entries before it are loaded; this one, and"
                + " whatever followed it, is missing"
                : "this entry is not well-formed JSON (" + LoadResults.inOurWords(e.getOriginalMessage())
                + (where == null ? "" : ", at line " + where.getLineNr() + ", column " + where.getColumnNr())
                + "): the entries before it are loaded, and reading stops here";
        ImportPart part = new ImportPart(name, new Sharing());
        part.counted();
        part.reject(at.getLineNr(), at.getColumnNr(), path, why, null);
        batches.add(() -> part);
    }

    /** Where the JSON broke off outside any entry, after {@code entries} were read: those stand. */
    private static io.annalist.model.Problem brokenAfter(String name, int entries, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String why = (e instanceof com.fasterxml.jackson.core.io.JsonEOFException
                ? "the file ends before the JSON is complete (cut short?)"
                : LoadResults.syntaxMessage(e.getOriginalMessage())) + (entries == 1 ? "; the entry before it is loaded" : "; the " + entries + " entries before it are loaded")
                + ", and reading stops here";
        return new io.annalist.model.Problem(name, where == null ? 0 : Math.max(0, where.getLineNr()),
                where == null ? 0 : Math.max(0, where.getColumnNr()), "", io.annalist.model.Severity.ERROR, why, null);
    }

    private void submit(Batches batches, List<JsonNode> nodes, List<JsonLocation> places, boolean era, int first,
                        String name, String fileName, java.util.concurrent.ConcurrentLinkedQueue<Sharing> idle)
            throws IOException {
        if (nodes.isEmpty()) {
            return;
        }
        batches.add(() -> {
            Sharing share = idle.poll();
            ImportPart part = new ImportPart(name, share == null ? new Sharing() : share);
            for (int k = 0; k < nodes.size(); k++) {
                part.counted();
                try {
                    entry(part, nodes.get(k), era, first + k, places.get(k), fileName);
                } catch (RuntimeException e) {
                    part.reject(places.get(k).getLineNr(), places.get(k).getColumnNr(), "", "this entry could not be"
                            + " read: " + e, null);
                }
                part.aboutEvent(null);
            }
            idle.add(part.share);
            return part;
        });
    }

    /** The id TimelineJS gives an entry: its {@code unique_id}, unless that is missing or blank (then none). */
    static String uniqueId(JsonNode n) {
        if (!n.hasNonNull("unique_id")) {
            return null;
        }
        String id = n.path("unique_id").asText();
        return id.isBlank() ? null : id;
    }

    private void entry(ImportPart b, JsonNode n, boolean era, int index, JsonLocation at, String fileName) {
        int line = at.getLineNr();
        int col = at.getColumnNr();
        String path = "$." + (era ? "eras" : "events") + "[" + index + "]";
        String given = n.isObject() ? uniqueId(n) : null;
        String id = given != null ? given : (era ? "era-" : "tl-") + (index + 1);
        if (!n.isObject()) {
            b.reject(line, col, path, "an entry should be an object", null);
            return;
        }
        b.aboutEvent(id);
        PartialDate start;
        PartialDate end = null;
        try {
            if (!n.hasNonNull("start_date")) {
                b.reject(line, col, path, "the entry has no \"start_date\"", id);
                return;
            }
            start = date(n.path("start_date"));
            if (n.hasNonNull("end_date") && n.path("end_date").size() > 0) {
                end = date(n.path("end_date"));
            }
        } catch (IllegalArgumentException e) {
            b.reject(line, col, path + ".start_date", e.getMessage(), id);
            return;
        }
        for (String which : new String[]{"start_date", "end_date"}) {
            if (yearZero(n.path(which))) {
                b.warn(line, col, path + "." + which + ".year", "TimelineJS counts a year 0, which the BCE/CE"
                        + " calendar has not; it is read as 1 BCE, the year before 1 CE");
            }
        }
        String display = n.path("display_date").asText(n.path("start_date").path("display_date").asText(""));
        When when;
        try {
            when = end == null ? When.at(start, false, display.isBlank() ? null : plain(display), null)
                    : When.span(start, end, false, display.isBlank() ? null : plain(display), null);
        } catch (IllegalArgumentException e) {
            b.reject(line, col, path + ".end_date", e.getMessage(), id);
            return;
        }
        String headline = plain(n.path("text").path("headline").asText(""));
        String text = plain(n.path("text").path("text").asText(""));
        if (headline.isBlank()) {
            b.warn(line, col, path + ".text.headline", "the entry has no headline; its id is shown instead");
        }
        List<String> actors = List.of();
        if (n.hasNonNull("group") && !n.path("group").asText().isBlank()) {
            actors = List.of(b.actor(plain(n.path("group").asText()), ActorKind.ORGANIZATION));
        }
        String source = null;
        JsonNode media = n.path("media");
        if (media.isObject()) {
            String url = media.path("url").asText("").strip();
            String caption = plain(media.path("caption").asText(""));
            String credit = plain(media.path("credit").asText(""));
            boolean web = Links.isWebLink(url);
            if (web || !caption.isBlank() || !credit.isBlank()) {
                source = b.source("media-" + id, caption.isBlank() ? (headline.isBlank() ? "Media of " + id : headline)
                        : caption, credit.isBlank() ? null : credit, web ? url : null,
                        !web && !url.isBlank() ? "media: " + url : null);
            }
        }
        if (source == null) {
            source = b.source("timelinejs-file", "TimelineJS file " + fileName, null, null,
                    "Entries without media of their own cite the file they came from.");
        }
        Event e = new Event(id, EventKind.OTHER, headline.isBlank() ? null : headline, when, null, actors,
                text.isBlank() ? null : text, List.of(source), null, era ? List.of("era") : List.of(), null, Map.of(),
                line);
        if (given != null) {
            b.loaded(e);
        } else {
            // Named by its place in problems and its media's source id; loaded, it gets an id made from its content.
            b.loadedWithoutId(e, era ? "era-" : "tl-");
        }
    }

    /**
     * A TimelineJS date object: year (number or text, may be negative), then month, day, hour,
     * minute, second. A negative year counts years BCE as TimelineJS shows them: -500 is 500 BCE,
     * -1 is 1 BCE. TimelineJS also has a year 0, which the BCE/CE count has not: it is read as
     * 1 BCE (see {@link #yearZero}).
     */
    static PartialDate date(JsonNode d) {
        if (!d.isObject() || !d.has("year")) {
            throw new IllegalArgumentException("a date needs at least a \"year\"");
        }
        long year = number(d, "year");
        if (Math.abs(year) > MAX_YEARS) {
            throw new IllegalArgumentException("year " + year + " is beyond what Annalist can place on a timeline"
                    + " (±" + MAX_YEARS / 1_000_000 + " million years)");
        }
        // The calendar Annalist counts in has a year 0 for 1 BCE (as ISO 8601 does): n BCE is year 1 - n.
        long iso = year < 0 ? year + 1 : year;
        String[] parts = {"month", "day", "hour", "minute", "second"};
        Precision[] precisions = {Precision.MONTH, Precision.DAY, Precision.HOUR, Precision.MINUTE, Precision.SECOND};
        int[] v = {1, 1, 0, 0, 0};
        Precision precision = Precision.YEAR;
        for (int i = 0; i < parts.length; i++) {
            if (!d.hasNonNull(parts[i]) || d.path(parts[i]).asText().isBlank()) {
                break;
            }
            v[i] = (int) number(d, parts[i]);
            precision = precisions[i];
        }
        try {
            long start;
            if (precision.coarserThanDay() || precision == Precision.DAY) {
                start = Math.multiplyExact(LocalDate.of((int) iso, v[0], v[1]).toEpochDay(), 86_400_000L);
            } else {
                start = LocalDateTime.of((int) iso, v[0], v[1], v[2], v[3], v[4]).toEpochSecond(ZoneOffset.UTC) * 1000L;
            }
            return new PartialDate(start, precision.endOfUnit(start), precision, true);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("no such date: year " + year + ", month " + v[0] + ", day " + v[1]);
        }
    }

    /** True when the date object says year 0, which TimelineJS shows as "0" and places just before 1 CE. */
    static boolean yearZero(JsonNode d) {
        if (!d.isObject() || !d.hasNonNull("year")) {
            return false;
        }
        try {
            return number(d, "year") == 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static long number(JsonNode d, String field) {
        JsonNode n = d.path(field);
        if (n.isNumber()) {
            if (!n.canConvertToLong()) {
                throw new IllegalArgumentException("\"" + field + "\" " + n.asText() + " is out of range");
            }
            return n.asLong();
        }
        try {
            return Long.parseLong(n.asText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + field + "\" should be a whole number, not \"" + n.asText() + "\"");
        }
    }

    /** HTML to plain text: tags dropped, entities decoded, nothing interpreted. */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip();
        }
        return Jsoup.parse(html).text().strip();
    }
}
