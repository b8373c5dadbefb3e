package io.annalist.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.Precision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@org.junit.jupiter.api.Tag("toolkit")
class GenerateAndBenchTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static int cli(StringWriter out, String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void theSameSeedGivesTheSameFileAndItLoadsWhole() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path c = dir.resolve("c.json");
        assertEquals(0, cli(new StringWriter(), "generate", "--events", "2000", "--seed", "7", "--out", a.toString()));
        assertEquals(0, cli(new StringWriter(), "generate", "--events", "2000", "--seed", "7", "--out", b.toString()));
        assertEquals(0, cli(new StringWriter(), "generate", "--events", "2000", "--seed", "8", "--out", c.toString()));
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(c)));

        LoadResult r = new EventFileReader().read(a);
        assertEquals(2000, r.report().loaded(), r.report().problems().toString());
        assertTrue(r.report().problems().isEmpty(), r.report().problems().toString());
        List<Event> events = r.dataset().events();
        assertEquals(EnumSet.allOf(EventKind.class), events.stream().map(Event::kind).collect(Collectors.toSet()));
        long spans = events.stream().filter(e -> e.when().isSpan()).count();
        long vague = events.stream().filter(e -> !e.when().isSpan() && e.when().startPrecision().coarserThanDay()).count();
        assertEquals(0.20, spans / 2000.0, 0.04, "about a fifth are spans");
        assertEquals(0.10, vague / 2000.0, 0.03, "about a tenth are known to the month or year");
        Set<String> actors = events.stream().flatMap(e -> e.actors().stream()).collect(Collectors.toSet());
        assertTrue(actors.size() > 100, "many actors, skewed: " + actors.size());
        long top = events.stream().filter(e -> e.actors().contains("actor-0")).count();
        assertTrue(top > 2000 / 20, "the first actor is in many events: " + top);
        assertTrue(events.stream().anyMatch(e -> e.when().startPrecision() == Precision.MINUTE));
    }

    @Test
    void benchRunsAndPrintsCsvRows() {
        StringWriter out = new StringWriter();
        int code = cli(out, "bench", "--events", "300", "--csv", "--no-startup", "--work", dir.toString());
        assertEquals(0, code, out.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals("metric,events,value,unit", lines.get(0));
        Set<String> metrics = lines.stream().skip(1).map(l -> l.split(",")[0]).collect(Collectors.toSet());
        for (String m : new String[]{"parse.jackson_floor", "parse.loader", "parse.ratio", "memory.retained",
                "filter.apply", "frame.paint.whole.p50", "frame.raster.day.p95", "zoom.step", "export.png_3840x2160"}) {
            assertTrue(metrics.contains(m), m + " in " + metrics);
        }
        assertTrue(lines.stream().skip(1).allMatch(l -> l.matches("[a-z_.()0-9x]+,300,-?[0-9.]+,[A-Za-z/]+")), lines.toString());
    }

    @Test
    void benchLayoutPrintsBothFiguresForEveryDatasetZoomAndLaneMode() {
        StringWriter out = new StringWriter();
        assertEquals(0, cli(out, "bench", "--layout", "--csv"), out.toString());
        List<String> lines = out.toString().lines().skip(1).toList();
        assertEquals(2 * 5 * 2 * 2, lines.size(), lines.toString());
        for (String set : new String[]{"seed", "missiles"}) {
            for (String zoom : new String[]{"whole", "whole_linear", "whole_900px", "year", "month"}) {
                for (String lanes : new String[]{"actor", "kind"}) {
                    for (String figure : new String[]{"own_marks", "full_titles"}) {
                        String metric = "layout." + set + "." + zoom + "." + lanes + "." + figure;
                        assertTrue(lines.stream().anyMatch(l -> l.matches(java.util.regex.Pattern.quote(metric)
                                + ",[1-9][0-9]*,[0-9.]+,%")), metric + " in " + lines);
                    }
                }
            }
        }
    }
}
