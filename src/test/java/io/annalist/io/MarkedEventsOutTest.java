package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.annalist.marks.AttachedMarks;
import io.annalist.marks.Mark;
import io.annalist.marks.Marks;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events written with the analyst's marks: an "analyst" block in our JSON, three columns in CSV, read back as they were. */
class MarkedEventsOutTest {
    private static final Instant T = Instant.parse("2025-03-01T10:15:00Z");

    @TempDir
    Path dir;

    private static Dataset bundled() {
        return new EventFileReader().read(Path.of("data/russia-north-korea-2018-2025.json")).dataset();
    }

    private static AttachedMarks marked(Dataset d) {
        List<Event> e = d.events();
        Marks m = Marks.NONE.withStar(e.subList(0, 2), true).withTag(e.subList(1, 3), "follow-up")
                .withNote(e.subList(2, 3), "First line\n[not a header] <b>plain</b>", "ana", T)
                .withNote(e.subList(2, 3), "Second", "ben", T.plusSeconds(60));
        return AttachedMarks.attach(m, e);
    }

    @Test
    void ourJsonCarriesAnAnalystBlockThatReadsBackWithoutAWarning() throws IOException {
        Dataset d = bundled();
        AttachedMarks marks = marked(d);
        Path out = dir.resolve("marked.json");
        new EventFileWriter().write(d, d.events(), marks::markOf, out);
        assertTrue(Files.readString(out).contains("\"analyst\" : {"), "a block of its own beside the event's fields");
        LoadResult r = new EventFileReader().read(out);
        assertEquals(0, r.report().problems().stream().filter(p -> p.severity() == Severity.WARNING).count(),
                r.report().problems().toString());
        for (Event e : r.dataset().events()) {
            Mark written = marks.markOf(d.events().stream().filter(x -> x.id().equals(e.id())).findFirst().orElseThrow());
            Mark read = AnalystBlock.read(e);
            if (written == null) {
                assertNull(read, e.id());
            } else {
                assertEquals(written.starred(), read.starred());
                assertEquals(written.tags(), read.tags());
                assertEquals(written.notes(), read.notes(), "notes with author and time, text exactly");
            }
        }
        // Written again without a workspace, the blocks the file carries stay.
        Path again = dir.resolve("again.json");
        new EventFileWriter().write(r.dataset(), r.dataset().events(), again);
        assertEquals(Files.readString(out), Files.readString(again));
    }

    @Test
    void csvCarriesThreeColumnsThatReadBack() throws IOException {
        Dataset d = bundled();
        AttachedMarks marks = marked(d);
        Path out = dir.resolve("marked.csv");
        new CsvEventWriter().write(d.events(), Map.of(), d.sourcesById(), marks::markOf, out);
        String text = Files.readString(out);
        assertTrue(text.lines().findFirst().orElseThrow().endsWith(",analyst_starred,analyst_tags,analyst_notes"));
        assertTrue(text.contains("[2025-03-01T10:15:00Z ana] First line\n[not a header] <b>plain</b>\n\n"
                + "[2025-03-01T10:16:00Z ben] Second"), text);
        LoadResult r = Formats.read(out, Format.CSV);
        assertFalse(r.report().problems().stream().anyMatch(p -> p.message().contains("analyst")),
                r.report().problems().toString());
        Event noted = r.dataset().events().stream().filter(e -> e.id().equals(d.events().get(2).id())).findFirst()
                .orElseThrow();
        Mark read = AnalystBlock.read(noted);
        assertTrue(read.starred() == marks.markOf(d.events().get(2)).starred());
        assertEquals(List.of("follow-up"), read.tags());
        assertEquals(List.of("First line\n[not a header] <b>plain</b>", "Second"), read.notes().stream()
                .map(n -> n.text()).toList());
        assertEquals(List.of("ana", "ben"), read.notes().stream().map(n -> n.author()).toList());
        assertEquals(T.plusSeconds(60), read.notes().get(1).written());
    }

    @Test
    void withoutMarksNothingChanges() throws IOException {
        Dataset d = bundled();
        Path out = dir.resolve("plain.csv");
        new CsvEventWriter().write(d.events(), Map.of(), d.sourcesById(), out);
        assertFalse(Files.readString(out).contains("analyst"));
    }
}
