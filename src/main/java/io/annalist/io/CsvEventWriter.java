package io.annalist.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.annalist.model.DateText;
import io.annalist.model.Event;
import io.annalist.model.Source;

/**
 * Writes events as a spreadsheet-friendly CSV (UTF-8), one event a row, with columns that
 * {@link CsvEventReader} reads back: dates at their own precision, actors by name separated
 * by ";", the first source's link or title.
 */
public final class CsvEventWriter {
    static final String[] HEADER = {"id", "date", "end_date", "approximate", "display", "kind", "title", "actors",
            "place", "country", "lat", "lon", "summary", "source", "confidence", "tags"};

    public void write(List<Event> events, Map<String, String> actorNames, Map<String, Source> sources, Path out)
            throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        for (String h : HEADER) {
            schema.addColumn(h);
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
                    g.writeEndArray();
                }
            }
        });
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
