package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.annalist.model.Actor;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import io.annalist.model.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What imports make of the rows and say of them: titles, actors, kinds, tags, encodings and dates. */
class ImportReportsTest {
    @TempDir
    Path dir;

    private static final String[] RUS = {"RUS", "RUSSIA", "RUS"};
    private static final String[] PRK = {"PRK", "NORTH KOREA", "PRK"};

    /** A GDELT 2.0 row (61 fields) between two actors (code, name, country code) with a CAMEO code. */
    private static String gdeltRow(String id, String[] a1, String[] a2, String code) {
        String[] f = new String[61];
        java.util.Arrays.fill(f, "");
        put(f, 0, id, "20240619", "202406", "2024", "2024.4630");
        put(f, 5, a1);
        put(f, 15, a2);
        put(f, 25, "1", code, code.substring(0, 3), code.substring(0, 2), "1", "1.9", "4", "2", "4", "1.5");
        put(f, 51, "4", "Pyongyang, North Korea", "KN", "", "", "39.0194", "125.7547", "", "20240619120000",
                "https://www.example.com/news/" + id);
        return String.join("\t", f) + "\n";
    }

    private static void put(String[] fields, int from, String... values) {
        System.arraycopy(values, 0, fields, from, values.length);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private static Map<String, Event> byId(LoadResult r) {
        return r.dataset().events().stream().collect(Collectors.toMap(Event::id, e -> e));
    }

    private static String name(LoadResult r, String id) {
        return r.dataset().actorsById().get(id).name();
    }

    private static Problem warning(LoadResult r, String text) {
        return r.report().problems().stream().filter(p -> p.severity() == Severity.WARNING
                && p.message().contains(text)).findFirst().orElseThrow(() -> new AssertionError("no warning with '"
                + text + "': " + r.report().problems()));
    }

    @Test
    void aHostedVisitIsTitledByWhoHostedWhomAsItsDetailsSayIt() throws IOException {
        LoadResult r = Formats.read(write("visits.export.CSV", gdeltRow("1", RUS, PRK, "042")
                + gdeltRow("2", PRK, RUS, "043")), null);
        Event hosted = byId(r).get("2");
        // CAMEO's codebook: 043 codes the host as the first actor, the visitor as the second.
        assertEquals("NORTH KOREA hosts a visit by RUSSIA", hosted.title());
        Visit v = (Visit) hosted.details();
        assertEquals("RUSSIA", name(r, v.visitors().get(0)));
        assertEquals("NORTH KOREA", name(r, v.hosts().get(0)));
        Event made = byId(r).get("1");
        assertEquals("Make a visit: RUSSIA → NORTH KOREA", made.title(), "042: the visitor → the host");
        assertEquals("RUSSIA", name(r, ((Visit) made.details()).visitors().get(0)));
        assertEquals("Visit by RUSSIA (host not named)",
                Cameo.title("043", "Host a visit", "", "RUSSIA"), "never the visitor read as the host");
    }

    @Test
    void aCountryNamedOnlyInsideLongerCodesIsNoActorWithoutEvents() throws IOException {
        String[] rusmil = {"RUSMIL", "RUSSIA", "RUS"};
        String[] ukrmil = {"UKRMIL", "UKRAINE", "UKR"};
        LoadResult r = Formats.read(write("military.export.CSV", gdeltRow("1", rusmil, ukrmil, "193")
                + gdeltRow("2", RUS, ukrmil, "190")), null);
        Set<String> inEvents = new HashSet<>();
        r.dataset().events().forEach(e -> inEvents.addAll(e.actors()));
        for (Actor a : r.dataset().actors()) {
            assertTrue(inEvents.contains(a.id()), a.name() + " is listed with no event of its own: "
                    + r.dataset().actors());
        }
        Map<String, Actor> byName = r.dataset().actors().stream().collect(Collectors.toMap(Actor::name, a -> a));
        assertEquals(byName.get("RUSSIA").id(), byName.get("RUSSIA (RUSMIL)").affiliation(),
                "a country with events of its own keeps its affiliates");
        assertNull(byName.get("UKRAINE").affiliation());
    }

    @Test
    void theWordsAnalystsWriteForAKindAreThatKind() throws IOException {
        Map<String, EventKind> words = Map.ofEntries(Map.entry("exercise", EventKind.MILITARY_EXERCISE),
                Map.entry("Drill", EventKind.MILITARY_EXERCISE), Map.entry("military exercise", EventKind.MILITARY_EXERCISE),
                Map.entry("deployment", EventKind.TROOP_DEPLOYMENT), Map.entry("troop-deployment", EventKind.TROOP_DEPLOYMENT),
                Map.entry("test", EventKind.MISSILE_TEST), Map.entry("missile launch", EventKind.MISSILE_TEST),
                Map.entry("visit", EventKind.VISIT), Map.entry("meeting", EventKind.MEETING),
                Map.entry("talks", EventKind.MEETING), Map.entry("statement", EventKind.STATEMENT),
                Map.entry("agreement", EventKind.AGREEMENT), Map.entry("treaty", EventKind.AGREEMENT),
                Map.entry("clash", EventKind.CLASH), Map.entry("battle", EventKind.CLASH));
        words.forEach((w, k) -> assertEquals(k, CsvEventReader.kindWord(w), w));
        assertNull(CsvEventReader.kindWord("protest"), "any other word is no kind");
        LoadResult r = Formats.read(write("kinds.csv", "date,title,kind,tags\n"
                + "2024-12-25,Winter drill,exercise,\n2024-12-26,March,protest,protest;street\n"), null);
        Map<String, Event> byTitle = r.dataset().events().stream().collect(Collectors.toMap(Event::title, e -> e));
        assertEquals(EventKind.MILITARY_EXERCISE, byTitle.get("Winter drill").kind());
        assertEquals(List.of(), byTitle.get("Winter drill").tags(), "a word that names the kind is no tag");
        assertEquals(EventKind.OTHER, byTitle.get("March").kind());
        assertEquals(List.of("protest", "street"), byTitle.get("March").tags(), "the kind's word is a tag, once");
    }

    @Test
    void aRowGivesEachTagOnce() throws IOException {
        LoadResult r = Formats.read(write("acled.csv", "event_id_cnty,event_date,disorder_type,event_type,"
                + "sub_event_type,actor1,actor2,country,location,tags\n"
                + "UKR9,2022-03-29,Strategic developments,Strategic developments,Agreement,Government of Russia,"
                + "Government of Ukraine,Turkey,Istanbul,talks; Talks;strategic developments\n"), null);
        Event e = r.dataset().events().get(0);
        assertEquals(List.of("Strategic developments", "Agreement", "talks"), e.tags());
    }

    @Test
    void everyRowNotInUtf8IsCountedAndNamedLoadedOrNot() throws IOException {
        Path f = dir.resolve("cp1252.csv");
        Charset cp1252 = Charset.forName("windows-1252");
        Files.write(f, ("date,title,kind,place\n03/04/2024,Talks,meeting,Moskvà café\n"
                + "2024-12-25,Drill,exercise,Wonsan\n2025-01-13,Troops,deployment,Kürsk – region\n").getBytes(cp1252));
        for (DateOrder order : new DateOrder[]{null, DateOrder.DMY}) {
            LoadResult r = Formats.read(f, null, ImportOptions.NONE.withDateOrder(order), ReadProgress.NONE);
            assertEquals(order == null ? 1 : 0, r.report().rejected(), "the first row reads two ways without an order");
            Problem p = warning(r, "not UTF-8");
            assertEquals("the file is not UTF-8: 2 rows (lines 2 and 4) were read as Windows-1252, whether loaded"
                    + " or not", p.message());
            assertEquals(2, p.line());
        }
    }

    @Test
    void datesThatReadTwoWaysAreSaidOnceForTheFileWithTheWayToSayWhich() throws IOException {
        LoadResult r = Formats.read(write("plain.csv", "date,title,kind\n03/04/2024,Talks,meeting\n"
                + "25/12/2024,Drill,exercise\n05/06/2024,More talks,meeting\n"), null);
        assertEquals(2, r.report().rejected());
        Problem p = warning(r, "reads two ways");
        assertEquals(0, p.line(), "about the whole file");
        assertTrue(p.message().startsWith("2 rows (lines 2 and 4) were not loaded: a date reads two ways"),
                p.message());
        assertTrue(p.message().contains("--date-order dmy") && p.message().contains("File → Open"), p.message());
        LoadResult dmy = Formats.read(dir.resolve("plain.csv"), null, ImportOptions.NONE.withDateOrder(DateOrder.DMY),
                ReadProgress.NONE);
        assertEquals(3, dmy.report().loaded());
        assertTrue(dmy.report().problems().stream().noneMatch(x -> x.message().contains("reads two ways")));
        // The line named is the date's, also after a quoted field with a line break in it.
        LoadResult broken = Formats.read(write("quoted.csv", "title,date,kind\n\"Talks\nin Moscow\",03/04/2024,"
                + "meeting\n"), null);
        assertTrue(warning(broken, "reads two ways").message().startsWith("1 row (line 3) was not loaded"),
                broken.report().problems().toString());
    }
}
