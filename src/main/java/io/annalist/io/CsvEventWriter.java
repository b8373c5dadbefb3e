package io.annalist.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;


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
        boolean marked = events.stream().anyMatch(e -> markOf(e, marks) != null);
        List<String> header = new java.util.ArrayList<>(List.of(HEADER));
        if (marked) {
            header.addAll(List.of(AnalystBlock.CSV_HEADER));
        }
        Iterable<String[]> rows = () -> events.stream().map(e -> {
            String[] row = row(e, actorNames, sources);
            if (!marked) {
                return row;
            }
            String[] cells = AnalystBlock.cells(markOf(e, marks));
            String[] all = java.util.Arrays.copyOf(row, row.length + cells.length);
            System.arraycopy(cells, 0, all, row.length, cells.length);
            return all;
        }).iterator();
        CsvTable.write(out, header, rows);
    }

    /** The workspace's mark on {@code e}, else the one its file carried, else null. */
    private static Mark markOf(Event e, Function<Event, Mark> marks) {
        Mark m = marks.apply(e);
        return m != null ? m : AnalystBlock.read(e);
    }

    private static String[] row(Event e, Map<String, String> names, Map<String, Source> sources) {
        var w = e.when().inDays();
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
