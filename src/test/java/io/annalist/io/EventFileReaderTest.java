package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.annalist.model.Actor;
import io.annalist.model.Event;
import io.annalist.model.MissileTest;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventFileReaderTest {
    @TempDir
    Path dir;

    private static final String GOOD = """
            {
              "format": "annalist/1",
              "title": "T",
              "colour": "blue",
              "actors": [{"id": "shoigu", "name": "Sergei Shoigu", "kind": "person", "affiliation": "russia",
                          "roles": [{"title": "Minister of Defence", "until": "2024-05"},
                                    {"title": "Secretary of the Security Council", "from": "2024-05"}]},
                         {"id": "russia", "name": "Russia", "kind": "state"}],
              "sources": [{"id": "s", "title": "S", "url": "https://example.org/a", "published": "2025-03"}],
              "events": [
                {"id": "e", "kind": "missile_test", "when": "2024-06-19T10:00", "sources": ["s"], "actors": ["russia"],
                 "mood": {"x": [1, 2]},
                 "missile_test": {"missile": "X", "apogee_km": "unknown", "range_km": "n/a", "colour": "red"}}
              ]
            }
            """;

    @Test
    void unknownFieldsAreKeptAndReportedAsWarnings() {
        LoadResult r = BadInputTest.read(GOOD);
        assertFalse(r.failed());
        assertEquals(1, r.report().loaded());
        Event e = r.dataset().events().get(0);
        assertEquals("{\"x\":[1,2]}", e.extra().get("mood"));
        assertEquals("\"red\"", e.extra().get("missile_test.colour"));
        assertEquals("\"blue\"", r.dataset().extra().get("colour"));
        List<Problem> warnings = r.report().problems();
        assertTrue(warnings.stream().allMatch(p -> p.severity() == Severity.WARNING), warnings.toString());
        assertTrue(warnings.stream().anyMatch(p -> p.message().contains("unknown field \"mood\"") && p.line() == 12));
        assertTrue(warnings.stream().anyMatch(p -> p.message().contains("no time zone; read as UTC")));
        assertTrue(warnings.stream().anyMatch(p -> p.message().contains("title")));
    }

    @Test
    void unknownAndNotApplicableStayApart() {
        MissileTest m = (MissileTest) BadInputTest.read(GOOD).dataset().events().get(0).details();
        assertNull(m.apogeeKm());
        assertTrue(m.rangeKm().isNaN());
        assertEquals("unknown", MissileTest.km(m.apogeeKm()));
        assertEquals("n/a", MissileTest.km(m.rangeKm()));
        assertEquals("140 km", MissileTest.km(140.0));
    }

    @Test
    void rolesKeepTheirDates() {
        Actor shoigu = BadInputTest.read(GOOD).dataset().actorsById().get("shoigu");
        assertEquals("russia", shoigu.affiliation());
        long july2023 = java.time.Instant.parse("2023-07-26T00:00:00Z").toEpochMilli();
        long sept2024 = java.time.Instant.parse("2024-09-13T00:00:00Z").toEpochMilli();
        assertEquals("Minister of Defence", shoigu.roleAt(july2023).title());
        assertEquals("Secretary of the Security Council", shoigu.roleAt(sept2024).title());
    }

    @Test
    void aFileThatIsNoFileIsRefusedWithItsName() throws Exception {
        EventFileReader reader = new EventFileReader();
        LoadResult folder = reader.read(dir);
        assertTrue(folder.failed());
        assertTrue(folder.report().problems().get(0).format().contains("is a folder"));

        LoadResult missing = reader.read(dir.resolve("nope.json"));
        assertTrue(missing.report().problems().get(0).format().startsWith(dir.resolve("nope.json") + ": error: no such file"));
    }

    @Test
    void filesAboveTheSizeLimitAreRefusedBeforeReading() throws Exception {
        Path f = dir.resolve("big.json");
        Files.writeString(f, GOOD);
        LoadResult r = new EventFileReader(100).read(f);
        assertTrue(r.failed());
        assertTrue(r.report().problems().get(0).message().contains("above the limit of 100 bytes"));
    }

    @Test
    void aRejectedSourceExplainsItselfAndItsEvents() {
        LoadResult r = BadInputTest.read(BadInputTest.TEMPLATE.formatted(
                "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024\", \"sources\": [\"bad\"]}"));
        Problem url = r.report().problems().stream().filter(p -> p.message().contains("javascript:")).findFirst()
                .orElseThrow();
        assertEquals(4, url.line());
        assertEquals("$.sources[1].url", url.path());
        assertTrue(url.message().contains("only http and https"));
        assertEquals(1, r.dataset().sources().size());
    }

    @Test
    void problemsNameTheEventTheyConcern() {
        LoadResult r = BadInputTest.read(BadInputTest.TEMPLATE.formatted(
                "{\"id\": \"e7\", \"kind\": \"other\", \"when\": \"2024-02-30\", \"sources\": [\"s\"]}"));
        Problem p = r.report().problems().stream().filter(x -> x.message().contains("2024-02-30")).findFirst()
                .orElseThrow();
        assertEquals("e7", p.eventId());
        assertEquals("$.events[1].when", p.path());
    }
}
