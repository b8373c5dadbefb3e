package io.annalist.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.annalist.marks.Mark;
import io.annalist.model.DateText;
import io.annalist.model.Event;
import io.annalist.model.Source;

/**
 * Writes events as a spreadsheet-friendly CSV (UTF-8), one event a row, with columns that
 * {@link CsvEventReader} reads back: dates at their own precision, actors by name separated
 * by ";", the first source's link or title. When any event written carries the analyst's
 * marks, three columns more hold them ({@link AnalystBlock}).
 */
public final class CsvEventWriter {
    static final String[] HEADER = {"id", "date", "end_date", "approximate", "display", "kind", "title", "actors",
            "place", "country", "lat", "lon", "summary", "source", "confidence", "tags"};

    public void write(List<Event> events, Map<String, String> actorNames, Map<String, Source> sources, Path out)
            throws IOException {
        write(events, actorNames, sources, e -> null, out);
    }

    /** Writes {@code events} with the analyst's marks ({@code marks} gives an event's mark, or null). */
    public void write(List<Event> events, Map<String, String> actorNames, Map<String, Source> sources,
                      Function<Event, Mark> marks, Path out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String h : HEADER) {
            schema.addColumn(h);
        }
        boolean marked = events.stream().anyMatch(e -> markOf(e, marks) != null);
        if (marked) {
            for (String h : AnalystBlock.CSV_HEADER) {
                schema.addColumn(h);
            }
        }
        CsvMapper mapper = new CsvMapper();
        AtomicFile.write(out, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CsvGenerator g = mapper.getFactory().createGenerator(w)) {
                g.setSchema(schema.build().withHeader());
                for (Event e : events) {
                    g.writeStartArray();
                    for (String v : row(e, actorNames, sources)) {
                        g.writeString(v);
                    }
                    if (marked) {
                        for (String v : AnalystBlock.cells(markOf(e, marks))) {
                            g.writeString(v);
                        }
                    }
                    g.writeEndArray();
                }
            }
        });
    }

    /** The workspace's mark on {@code e}, else the one its file carried, else null. */
    private static Mark markOf(Event e, Function<Event, Mark> marks) {
        Mark m = marks.apply(e);
        return m != null ? m : AnalystBlock.read(e);
    }

    private static String[] row(Event e, Map<String, String> names, Map<String, Source> sources) {
        var w = e.when();
        String source = "";
        if (!e.sources().isEmpty() && sources.get(e.sources().get(0)) != null) {
            Source s = sources.get(e.sources().get(0));
            source = s.url() != null ? s.url() : s.title();
        }
        return new String[]{e.id(), DateText.iso(w.start(), w.startPrecision()),
                w.isSpan() ? DateText.iso(w.endUnitStart(), w.endPrecision()) : "", w.isApproximate() ? "true" : "",
                w.display() == null ? "" : w.display(), e.kind().jsonName(), e.title() == null ? "" : e.title(),
                e.actors().stream().map(a -> names.getOrDefault(a, a)).collect(Collectors.joining("; ")),
                e.where() == null || e.where().name() == null ? "" : e.where().name(),
                e.where() == null || e.where().country() == null ? "" : e.where().country(),
                e.where() == null || e.where().lat() == null ? "" : e.where().lat().toString(),
                e.where() == null || e.where().lon() == null ? "" : e.where().lon().toString(),
                e.summary() == null ? "" : e.summary(), source,
                e.confidence() == null ? "" : e.confidence().jsonName(), String.join("; ", e.tags())};
    }
}
