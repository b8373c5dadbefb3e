package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.annalist.cli.Cli;
import io.annalist.model.Clash;
import io.annalist.model.ClashType;
import io.annalist.model.Estimate;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.PartialDate;
import io.annalist.model.Precision;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made with other tools open as they are, with the same promise: every entry loaded or reported. */
@org.junit.jupiter.api.Tag("toolkit")
class InteropTest {
    @TempDir
    Path dir;

    private static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }

    private static Map<String, Event> byId(LoadResult r) {
        return r.dataset().events().stream().collect(Collectors.toMap(Event::id, e -> e));
    }

    /** Events whose file gave no id are found by title: their ids are made from their content. */
    private static Event titled(LoadResult r, String title) {
        return r.dataset().events().stream().filter(e -> title.equals(e.title())).findFirst()
                .orElseThrow(() -> new AssertionError("no event titled " + title));
    }

    private static Problem error(LoadResult r, String text) {
        return r.report().problems().stream().filter(p -> p.severity() == Severity.ERROR && p.message().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no error with '" + text + "': " + r.report().problems()));
    }

    @Test
    void formatsAreDetected() throws Exception {
        assertEquals(Format.TIMELINEJS, Format.detect(fixture("timelinejs3.json")));
        assertEquals(Format.TIMELINEJS, Format.detect(fixture("timelinejs2.json")));
        assertEquals(Format.ACLED, Format.detect(fixture("acled.csv")));
        assertEquals(Format.ACLED, Format.detect(fixture("acled-old.csv")));
        assertEquals(Format.CSV, Format.detect(fixture("plain.csv")));
        assertEquals(Format.ANNALIST, Format.detect(Path.of("data/russia-north-korea-2018-2025.json")));
    }

    @Test
    void timelineJsKeepsPrecisionAndTurnsHtmlIntoText() {
        LoadResult r = Formats.read(fixture("timelinejs3.json"), null);
        assertFalse(r.failed(), r.report().problems().toString());
        assertEquals(8, r.report().read());
        assertEquals(r.report().read(), r.report().loaded() + r.report().rejected());
        assertEquals("Korean Peninsula & neighbours", r.dataset().title());
        Map<String, Event> e = byId(r);

        Event sg = e.get("sg");
        assertEquals("Singapore summit", sg.title());
        assertEquals("Trump & Kim meet.", sg.summary(), "tags and scripts dropped, entities decoded");
        assertEquals(Precision.DAY, sg.when().startPrecision());
        assertEquals("Diplomacy", r.dataset().actorsById().get(sg.actors().get(0)).name());
        var media = r.dataset().sourcesById().get(sg.sources().get(0));
        assertEquals("https://example.org/photo.jpg", media.url());
        assertEquals("Pool photo", media.publisher());

        Event talks = titled(r, "Talks");
        assertTrue(talks.id().matches("tl-[0-9a-f]{16}"), talks.id());
        assertTrue(talks.when().isSpan());
        assertEquals(Precision.YEAR, talks.when().startPrecision(), "a year given as text keeps year precision");
        assertEquals(Precision.DAY, talks.when().endPrecision());

        Event ancient = titled(r, "Ancient event");
        assertEquals("around 500 BCE", ancient.when().display());
        assertEquals("500 BCE", ancient.when().describe(), "year -500 is 500 BCE, as TimelineJS shows it");

        Event arrival = titled(r, "Arrival");
        assertEquals(Precision.MINUTE, arrival.when().startPrecision());
        assertNull(r.dataset().sourcesById().get(arrival.sources().get(0)).url(), "only http(s) links are kept");

        assertTrue(error(r, "no \"start_date\"").line() > 0);
        assertEquals(9, error(r, "beyond what Annalist can place").line());
        error(r, "no such date");
        assertTrue(r.dataset().events().stream().anyMatch(x -> x.id().startsWith("era-") && x.tags().contains("era")));
    }

    @Test
    void timelineJsYearsBceAreTheYearsTimelineJsShows() throws Exception {
        Path f = dir.resolve("bce.json");
        Files.writeString(f, """
                {"events": [
                  {"start_date": {"year": -500}, "text": {"headline": "Five hundred"}},
                  {"start_date": {"year": "-44", "month": 3, "day": 15}, "text": {"headline": "Ides"}},
                  {"start_date": {"year": -1}, "end_date": {"year": 1}, "text": {"headline": "Across the turn"}},
                  {"start_date": {"year": 0}, "text": {"headline": "Year nought"}},
                  {"start_date": {"year": 1}, "text": {"headline": "One CE"}}
                ]}
                """);
        LoadResult r = Formats.read(f, null);
        assertEquals(5, r.report().loaded(), r.report().problems().toString());
        assertEquals("500 BCE", titled(r, "Five hundred").when().describe());
        assertEquals("15 March 44 BCE", titled(r, "Ides").when().describe());
        assertEquals("1 BCE–1", titled(r, "Across the turn").when().describe(), "no year between 1 BCE and 1 CE");
        assertEquals("1 BCE", titled(r, "Year nought").when().describe());
        assertEquals(titled(r, "One CE").when().start() - titled(r, "Year nought").when().end(), 0,
                "1 BCE ends where 1 CE begins");
        Problem zero = r.report().problems().stream().filter(p -> p.message().contains("year 0")).findFirst()
                .orElseThrow(() -> new AssertionError(r.report().problems().toString()));
        assertEquals(Severity.WARNING, zero.severity());
        assertEquals(5, zero.line());
        assertTrue(zero.message().contains("read as 1 BCE"), zero.message());
    }

    @Test
    void aTimelineJsFileCutAfterItsOnlyEntrySaysOneEntry() throws Exception {
        Path f = dir.resolve("cut.json");
        Files.writeString(f, "{\"events\": [{\"start_date\": {\"year\": 2020}, \"text\": {\"headline\": \"A\"}}]");
        LoadResult r = Formats.read(f, null);
        assertEquals(1, r.report().loaded());
        Problem cut = error(r, "cut short");
        assertTrue(cut.message().contains("the entry before it is loaded"), cut.message());
    }

    @Test
    void theOldTimelineJs2LayoutIsRefusedClearly() {
        LoadResult r = Formats.read(fixture("timelinejs2.json"), null);
        assertTrue(r.failed());
        assertTrue(r.report().problems().get(0).message().contains("old TimelineJS2 layout"));
        assertEquals(2, r.report().problems().get(0).line());
    }

    @Test
    void acledRowsBecomeEventsWithTheirPrecisionAndTypes() {
        LoadResult r = Formats.read(fixture("acled.csv"), null);
        assertFalse(r.failed(), r.report().problems().toString());
        assertEquals(5, r.report().read());
        assertEquals(4, r.report().loaded());
        Problem bad = error(r, "\"not a date\" is not a date");
        assertEquals(5, bad.line(), "the line of the row in the file");
        Map<String, Event> e = byId(r);

        Event clash = e.get("UKR1");
        assertEquals(PartialDate.parse("2020-05-09").start(), clash.when().start());
        assertEquals(Precision.DAY, clash.when().startPrecision());
        assertTrue(clash.tags().containsAll(List.of("Battles", "Armed clash")));
        assertEquals(EventKind.CLASH, clash.kind(), "battles are clashes");
        Clash fight = (Clash) clash.details();
        assertEquals(ClashType.BATTLE, fight.type());
        assertEquals(Estimate.exactly(3), fight.fatalities());
        assertEquals(1, fight.sideA().size());
        assertEquals(1, fight.sideB().size());
        assertEquals(48.139, clash.where().lat());
        assertEquals(2, clash.actors().size());

        Event agreement = e.get("UKR2");
        assertEquals(EventKind.AGREEMENT, agreement.kind());
        var week = agreement.when();
        assertEquals("WEEK", week.startPrecision().name(), "time_precision 2: known to the week, not to the day");
        assertFalse(week.isSpan(), "one event on some day of that week, not one lasting all of it");
        assertEquals(PartialDate.parse("2020-05-06").start(), week.start(), "the week around 9 May");
        assertEquals(PartialDate.parse("2020-05-13").start(), week.end());
        assertEquals("week of 09 May 2020 (6–12 May 2020, approx.)", week.writtenAndRead());
        assertEquals(4, agreement.actors().size(), "associated actors split on ;");

        Event base = e.get("UKR3");
        assertEquals(EventKind.TROOP_DEPLOYMENT, base.kind());
        assertEquals(Precision.MONTH, base.when().startPrecision(), "time_precision 3: the month");
        assertEquals(PartialDate.parse("2020-05").start(), base.when().start());

        assertEquals(PartialDate.parse("2015-01-01").start(), e.get("UKR5").when().start());
        assertEquals("\"2\"", e.get("UKR5").extra().get("acled.fatalities"));
    }

    /** Our files and CSV have no week: a date known to the week is written as the span of its days, wording and note kept. */
    @Test
    void anAcledWeekWrittenToOurFileOrCsvKeepsItsDays() throws Exception {
        LoadResult acled = Formats.read(fixture("acled.csv"), null);
        var week = byId(acled).get("UKR2").when();
        Path json = dir.resolve("acled.json");
        new EventFileWriter().write(acled.dataset(), acled.dataset().events(), json);
        Path csv = dir.resolve("acled-out.csv");
        Map<String, String> names = acled.dataset().actors().stream().collect(Collectors.toMap(a -> a.id(), a -> a.name()));
        new CsvEventWriter().write(acled.dataset().events(), names, acled.dataset().sourcesById(), csv);
        for (LoadResult back : List.of(new EventFileReader().read(json), Formats.read(csv, null))) {
            var days = byId(back).get("UKR2").when();
            assertEquals(week.start(), days.start());
            assertEquals(week.end(), days.end());
            assertTrue(days.isSpan() && days.isApproximate(), days.toString());
            assertEquals(week.display(), days.display());
        }
        assertEquals(week.note(), byId(new EventFileReader().read(json)).get("UKR2").when().note());
    }

    @Test
    void olderAcledExportsWithUpperCaseHeadersLoadToo() {
        LoadResult r = Formats.read(fixture("acled-old.csv"), null);
        assertEquals(1, r.report().loaded(), r.report().problems().toString());
        Event e = r.dataset().events().get(0);
        assertEquals("SYR100", e.id());
        assertEquals("\"SYR\"", e.extra().get("acled.iso3"));
    }

    @Test
    void aPlainSpreadsheetIsMatchedByColumnNames() {
        LoadResult r = Formats.read(fixture("plain.csv"), null);
        assertFalse(r.failed(), r.report().problems().toString());
        assertEquals(4, r.report().read());
        assertEquals(3, r.report().loaded());
        assertEquals(5, error(r, "\"not-a-date\" is not a date").line(),
                "the line number counts the line break inside the quoted description");
        assertTrue(r.report().problems().stream().anyMatch(p -> p.message().contains("column \"Mood\"")));
        Event visit = titled(r, "Putin visits Pyongyang");
        assertTrue(visit.id().matches("row-[0-9a-f]{16}"), visit.id());
        assertEquals(EventKind.VISIT, visit.kind());
        assertEquals("A state visit,\nwith a treaty.", visit.summary());
        assertEquals(List.of("Vladimir Putin", "Kim Jong Un"), visit.actors().stream()
                .map(a -> r.dataset().actorsById().get(a).name()).toList());
        assertEquals("https://example.org/a", r.dataset().sourcesById().get(visit.sources().get(0)).url());
        assertEquals("\"calm\"", visit.extra().get("csv.Mood"));
        Event troops = titled(r, "Troops sent");
        assertEquals(EventKind.TROOP_DEPLOYMENT, troops.kind());
        assertEquals("Sept–Nov 2024", troops.when().describe());
        Event unknownKind = titled(r, "Unknown kind");
        assertEquals(EventKind.OTHER, unknownKind.kind());
        assertTrue(unknownKind.tags().contains("parade"), "an unknown kind is kept as a tag");
    }

    @Test
    void lineEndingsAndEncodingsAreHandled() {
        LoadResult cr = Formats.read(fixture("lone-cr.csv"), null);
        assertEquals(2, cr.report().loaded(), cr.report().problems().toString());
        LoadResult latin = Formats.read(fixture("latin1.csv"), null);
        assertEquals("Café meeting", latin.dataset().events().get(0).title());
        assertEquals("Zürich", latin.dataset().events().get(0).where().name());
        assertTrue(latin.report().problems().stream().anyMatch(p -> p.message().contains("Windows-1252")));
    }

    @Test
    void ourFileThroughCsvAndBackKeepsTheEvents() throws Exception {
        LoadResult ours = new EventFileReader().read(Path.of("data/russia-north-korea-2018-2025.json"));
        Path csv = dir.resolve("events.csv");
        Map<String, String> names = ours.dataset().actors().stream().collect(Collectors.toMap(a -> a.id(), a -> a.name()));
        new CsvEventWriter().write(ours.dataset().events(), names, ours.dataset().sourcesById(), csv);
        LoadResult back = Formats.read(csv, null);
        assertEquals(18, back.report().loaded(), back.report().problems().toString());
        Map<String, Event> before = byId(ours);
        for (Event after : back.dataset().events()) {
            Event b = before.get(after.id());
            assertEquals(b.title(), after.title());
            assertEquals(b.kind(), after.kind());
            assertEquals(b.when().start(), after.when().start(), b.id());
            assertEquals(b.when().end(), after.when().end(), b.id());
            assertEquals(b.when().startPrecision(), after.when().startPrecision());
            assertEquals(b.when().isApproximate(), after.when().isApproximate());
            assertEquals(b.summary(), after.summary());
            assertEquals(b.actors().stream().map(names::get).toList(), after.actors().stream()
                    .map(a -> back.dataset().actorsById().get(a).name()).toList());
        }
    }

    @Test
    void timelineJsConvertedToOursLoadsBackTheSame() throws Exception {
        LoadResult tl = Formats.read(fixture("timelinejs3.json"), null);
        Path out = dir.resolve("converted.json");
        StringWriter o = new StringWriter();
        int code = Cli.run(new PrintWriter(o), new PrintWriter(new StringWriter()), "convert",
                fixture("timelinejs3.json").toString(), "--out", out.toString());
        assertEquals(1, code, "some entries were rejected: " + o);
        LoadResult back = new EventFileReader().read(out);
        assertTrue(back.report().problems().isEmpty(), back.report().problems().toString());
        assertEquals(tl.dataset().events().size(), back.report().loaded());
        Map<String, Event> before = byId(tl);
        for (Event after : back.dataset().events()) {
            Event b = before.get(after.id());
            assertEquals(b.when(), after.when(), b.id());
            assertEquals(b.title(), after.title());
            assertEquals(b.summary(), after.summary());
            assertEquals(b.actors(), after.actors());
            assertEquals(b.sources(), after.sources());
            assertEquals(b.tags(), after.tags());
        }
        new EventFileWriter().write(back.dataset(), back.dataset().events(), dir.resolve("again.json"));
        assertEquals(Files.readString(out), Files.readString(dir.resolve("again.json")), "writing is stable");
    }

    @Test
    void validateAndExportTakeTheFormat() {
        StringWriter o = new StringWriter();
        int code = Cli.run(new PrintWriter(o), new PrintWriter(new StringWriter()), "validate", "--format", "acled",
                fixture("acled.csv").toString());
        assertEquals(1, code);
        assertTrue(o.toString().contains("acled.csv:5:6: error: \"not a date\" is not a date"), o.toString());
        assertEquals(2, Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "validate",
                "--format", "excel", fixture("acled.csv").toString()));
    }
}
