package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.annalist.model.Agreement;
import io.annalist.model.Clash;
import io.annalist.model.ClashType;
import io.annalist.model.Confidence;
import io.annalist.model.Estimate;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.Meeting;
import io.annalist.model.PartialDate;
import io.annalist.model.PlacePrecision;
import io.annalist.model.Precision;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import io.annalist.model.Statement;
import io.annalist.model.TroopDeployment;
import io.annalist.model.Visit;
import org.junit.jupiter.api.Test;

/** GDELT, UCDP GED, ICEWS and the small cases of the other importers, on fixtures written for the tests. */
class ImportFormatsTest {
    private static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures", name);
    }

    private static Map<String, Event> byId(LoadResult r) {
        return r.dataset().events().stream().collect(Collectors.toMap(Event::id, e -> e));
    }

    private static Map<String, Event> byTitle(LoadResult r) {
        return r.dataset().events().stream().collect(Collectors.toMap(Event::title, e -> e));
    }

    private static Problem problem(LoadResult r, Severity severity, String text) {
        return r.report().problems().stream().filter(p -> p.severity() == severity && p.message().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("no problem with '" + text + "': "
                        + r.report().problems()));
    }

    private static String actorName(LoadResult r, String id) {
        return r.dataset().actorsById().get(id).name();
    }

    @Test
    void formatsAreRecognisedFromTheFile() throws Exception {
        assertEquals(Format.GDELT, Format.detect(fixture("gdelt2.export.CSV")));
        assertEquals(Format.GDELT, Format.detect(fixture("gdelt1.export.CSV")));
        assertEquals(Format.GDELT, Format.detect(fixture("gdelt1-2012.export.CSV")));
        assertEquals(Format.UCDP, Format.detect(fixture("ucdp-ged-release.csv")));
        assertEquals(Format.UCDP, Format.detect(fixture("ucdp-ged-website.csv")));
        assertEquals(Format.UCDP, Format.detect(fixture("ucdp-ged-hdx.csv")));
        assertEquals(Format.ICEWS, Format.detect(fixture("icews-events.tab")));
        assertEquals(Format.CSV, Format.detect(fixture("numeric-dates.csv")));
    }

    @Test
    void gdelt2RowsBecomeEventsByTheirCameoCode() {
        LoadResult r = Formats.read(fixture("gdelt2.export.CSV"), null);
        assertFalse(r.failed(), r.report().problems().toString());
        assertEquals(8, r.report().read());
        assertEquals(7, r.report().loaded());
        assertEquals(7, problem(r, Severity.ERROR, "is not a day").line());
        Map<String, Event> e = byId(r);

        Event visit = e.get("1001");
        assertEquals(EventKind.VISIT, visit.kind());
        Visit v = (Visit) visit.details();
        assertEquals("RUSSIA", actorName(r, v.visitors().get(0)), "042: the first actor makes the visit");
        assertEquals("NORTH KOREA", actorName(r, v.hosts().get(0)));
        assertEquals(PartialDate.parse("2024-06-19").start(), visit.when().start());
        assertEquals(Precision.DAY, visit.when().startPrecision());
        assertEquals(Confidence.REPORTED, visit.confidence());
        assertTrue(visit.tags().contains("machine-coded"));
        assertTrue(visit.tags().contains("CAMEO 042: Make a visit"));
        assertEquals(GdeltReader.MACHINE_CODED, visit.summary(), "every GDELT event says it is machine-coded");
        assertEquals(PlacePrecision.TOWN, visit.where().precision());
        assertEquals(39.0194, visit.where().lat());
        var src = r.dataset().sourcesById().get(visit.sources().get(0));
        assertEquals("https://www.example.com/news/putin-visit", src.url());
        assertEquals("example.com", src.publisher(), "the publisher is the link's host");
        assertEquals("\"042\"", visit.extra().get("gdelt.EventCode"));
        assertEquals("\"2.5\"", visit.extra().get("gdelt.AvgTone"));
        assertEquals("\"20240619120000\"", visit.extra().get("gdelt.DATEADDED"));

        // RUS and RUSMIL are both "RUSSIA" in GDELT: the military is told apart by its code, the state keeps its name.
        List<String> names = r.dataset().actors().stream().map(io.annalist.model.Actor::name).toList();
        assertTrue(names.contains("RUSSIA") && names.contains("RUSSIA (RUSMIL)"), names.toString());
        assertEquals(names.size(), new java.util.HashSet<>(names).size(), "no two actors of one name: " + names);

        Event treaty = e.get("1002");
        assertEquals(EventKind.AGREEMENT, treaty.kind());
        assertEquals(2, ((Agreement) treaty.details()).parties().size());
        assertEquals(PlacePrecision.COUNTRY, treaty.where().precision(), "ActionGeo_Type 1: the country");
        assertTrue(treaty.where().imprecise());

        Event strike = e.get("1003");
        assertEquals(EventKind.CLASH, strike.kind());
        assertEquals(ClashType.AIR_STRIKE, ((Clash) strike.details()).type());
        assertEquals(PlacePrecision.PROVINCE, strike.where().precision());
        assertEquals("RUSSIA (RUSMIL)", actorName(r, ((Clash) strike.details()).sideA().get(0)));
        assertEquals("rus", r.dataset().actorsById().get(((Clash) strike.details()).sideA().get(0)).affiliation(),
                "RUSMIL belongs to its country, RUS");

        Event threat = e.get("1004");
        assertEquals(EventKind.STATEMENT, threat.kind());
        assertTrue(threat.tags().contains("threat"));
        assertNull(r.dataset().sourcesById().get(threat.sources().get(0)).url(), "only http(s) links are kept");

        Event mobilise = e.get("1005");
        assertEquals(EventKind.TROOP_DEPLOYMENT, mobilise.kind(), "154 says armed forces");
        assertEquals("RUSSIA", actorName(r, ((TroopDeployment) mobilise.details()).from()),
                "an actor is named by the name used most for its code");
        Event show = e.get("1006");
        assertEquals(EventKind.OTHER, show.kind(), "150 does not say armed forces");
        assertTrue(show.tags().contains("CAMEO 150: Demonstrate military or police power, not specified below"));
        Event trade = e.get("1008");
        assertEquals(EventKind.OTHER, trade.kind());
        assertTrue(trade.tags().contains("CAMEO 061: Cooperate economically"));
    }

    @Test
    void gdelt1LayoutsWithAndWithoutSourceUrlLoad() {
        LoadResult withUrl = Formats.read(fixture("gdelt1.export.CSV"), Format.GDELT);
        assertEquals(2, withUrl.report().loaded(), withUrl.report().problems().toString());
        Map<String, Event> e = byId(withUrl);
        assertEquals(ClashType.BATTLE, ((Clash) e.get("2001").details()).type());
        assertEquals(33.34, e.get("2001").where().lat());
        Visit hosted = (Visit) e.get("2002").details();
        assertEquals("IRAQ", actorName(withUrl, hosted.visitors().get(0)), "043: the second actor visits the first");
        LoadResult old = Formats.read(fixture("gdelt1-2012.export.CSV"), null);
        assertEquals(1, old.report().loaded(), old.report().problems().toString());
        Event truce = old.dataset().events().get(0);
        assertEquals(EventKind.AGREEMENT, truce.kind(), "0871 truce is an agreement");
        assertEquals("GDELT event file gdelt1-2012.export.CSV",
                old.dataset().sourcesById().get(truce.sources().get(0)).title());
    }

    @Test
    void gdeltImportOptionsAreCountedNeverSilent() {
        LoadResult r = Formats.read(fixture("gdelt2.export.CSV"), Format.GDELT,
                ImportOptions.NONE.withRootEventsOnly(true).withMinSources(2), ReadProgress.NONE);
        assertEquals(8, r.report().read());
        assertEquals(0, r.report().rejected());
        assertEquals(6, r.report().excluded());
        assertEquals(2, r.report().loaded());
        String counts = problem(r, Severity.WARNING, "6 rows left out by the import options").message();
        assertTrue(counts.contains("1 not a root event (only root events asked for)") && counts.contains("5 with fewer than 2 sources"), counts);
        assertTrue(r.report().summary().contains("6 left out by import options"));
    }

    /** An option that leaves nothing out, or that the file's format does not have, is said too: never silent. */
    @Test
    void gdeltImportOptionsAreCountedWhenTheyLeaveNothingOutAndSaidWhereTheyDoNotApply() {
        LoadResult none = Formats.read(fixture("gdelt1.export.CSV"), Format.GDELT,
                ImportOptions.NONE.withRootEventsOnly(true).withMinSources(1), ReadProgress.NONE);
        assertEquals(2, none.report().loaded());
        assertEquals(0, none.report().excluded());
        assertEquals("no rows left out by the import options: 0 not root events (only root events asked for);"
                + " 0 without a source", problem(none, Severity.WARNING, "import options").message());

        LoadResult one = Formats.read(fixture("gdelt2.export.CSV"), Format.GDELT,
                ImportOptions.NONE.withRootEventsOnly(true), ReadProgress.NONE);
        assertEquals("1 row left out by the import options: 1 not a root event (only root events asked for)",
                problem(one, Severity.WARNING, "import options").message());

        LoadResult acled = Formats.read(fixture("acled.csv"), null,
                ImportOptions.NONE.withRootEventsOnly(true).withMinSources(3), ReadProgress.NONE);
        assertEquals(0, acled.report().excluded());
        assertEquals(acled.report().read(), acled.report().loaded() + acled.report().rejected());
        Problem p = problem(acled, Severity.WARNING, "--root-only");
        assertEquals("only root events and at least N sources (--root-only, --min-sources) apply to GDELT event"
                + " files; this acled file is read whole", p.message());
    }

    @Test
    void ucdpReleaseFileGivesClashesWithHonestPrecision() {
        LoadResult r = Formats.read(fixture("ucdp-ged-release.csv"), null);
        assertFalse(r.failed(), r.report().problems().toString());
        assertEquals(5, r.report().read());
        assertEquals(4, r.report().loaded());
        problem(r, Severity.ERROR, "2015-02-30");
        Map<String, Event> e = byId(r);

        Event fight = e.get("900001");
        assertEquals(EventKind.CLASH, fight.kind());
        Clash c = (Clash) fight.details();
        assertEquals(new Estimate(10, 30, 17L).min(), c.fatalities().min());
        assertEquals(new Estimate(10, 30, 12L), c.fatalities());
        assertEquals("10–30, best 12", c.fatalities().describe());
        assertEquals("Government of Testland", actorName(r, c.sideA().get(0)));
        assertEquals("Test Front", actorName(r, c.sideB().get(0)));
        assertNull(c.type(), "UCDP does not say what sort of clash");
        assertTrue(fight.tags().contains("state-based conflict"));
        assertEquals(PlacePrecision.EXACT, fight.where().precision());
        assertEquals(Precision.DAY, fight.when().startPrecision());
        assertFalse(fight.when().isSpan());
        var src = r.dataset().sourcesById().get(fight.sources().get(0));
        assertTrue(src.title().contains("Fighting near the river"), "the source article text is kept: " + src.title());
        assertEquals("Test Wire", src.publisher());

        Event month = e.get("900002");
        assertEquals(Precision.MONTH, month.when().startPrecision(), "date_prec 4 over a whole month is that month");
        assertEquals(PlacePrecision.PROVINCE, month.where().precision());
        assertEquals(Boolean.TRUE, ((Clash) month.details()).civilianTargeting(), "one-sided violence targets civilians");
        assertTrue(month.tags().contains("one-sided violence"));

        var week = UcdpReader.when(PartialDate.parse("2015-06-02"), PartialDate.parse("2015-06-08"), "3");
        assertEquals(Precision.WEEK, week.startPrecision(), "date_prec 3: some time in this week");
        assertFalse(week.isSpan() || week.isApproximate(), "one event in a week UCDP names: the week is not a guess");
        assertEquals(PartialDate.parse("2015-06-02").start(), week.start());
        assertEquals(PartialDate.parse("2015-06-09").start(), week.end());
        var longer = UcdpReader.when(PartialDate.parse("2015-06-02"), PartialDate.parse("2015-06-10"), "3");
        assertTrue(longer.isSpan() && longer.isApproximate(), "a \"week\" of nine days is kept as its days");

        Event days = e.get("900003");
        assertTrue(days.when().isSpan() && days.when().isApproximate(), "date_prec 2: some days in the period");
        assertEquals(4 * 86_400_000L, days.when().end() - days.when().start());
        assertEquals(PlacePrecision.COUNTRY, days.where().precision());
        assertEquals(Estimate.exactly(4), ((Clash) days.details()).fatalities());

        Event year = e.get("900004");
        assertEquals(Precision.YEAR, year.when().startPrecision());
        assertEquals(PlacePrecision.WATER, year.where().precision());
        assertEquals(new Estimate(20, 35), ((Clash) year.details()).fatalities(), "a best outside the range is left out");
        problem(r, Severity.WARNING, "best estimate 40 is outside 20–35");
    }

    @Test
    void ucdpWebsiteDownloadWithTrailingCommasTimesAndLineBreaks() {
        LoadResult r = Formats.read(fixture("ucdp-ged-website.csv"), null);
        assertFalse(r.failed(), r.report().problems().toString());
        assertEquals(3, r.report().read());
        assertEquals(1, r.report().loaded());
        problem(r, Severity.ERROR, "\"01/05/2015\" can be read as 1 May 2015 (dmy) or 5 January 2015 (mdy)");
        Problem ambiguous = problem(r, Severity.ERROR, "09/04/2015");
        assertTrue(ambiguous.message().contains("9 April 2015 (dmy) or 4 September 2015 (mdy)"), ambiguous.message());
        assertEquals(5, ambiguous.line(), "the line counts the line break inside the quoted headline");
        Map<String, Event> e = byId(r);
        assertEquals(PartialDate.parse("2015-04-25").start(), e.get("900001").when().start());
        assertEquals("\"Fighting near\\nthe river\"", e.get("900001").extra().get("ucdp.source_headline"));
        assertEquals(new Estimate(10, 30, 12L), ((Clash) e.get("900001").details()).fatalities());

        LoadResult dmy = Formats.read(fixture("ucdp-ged-website.csv"), null, ImportOptions.NONE.withDateOrder(
                DateOrder.DMY), ReadProgress.NONE);
        assertEquals(3, dmy.report().loaded(), dmy.report().problems().toString());
        assertEquals(PartialDate.parse("2015-04-09").start(), byId(dmy).get("900003").when().start());
        assertEquals(Precision.MONTH, byId(dmy).get("900002").when().startPrecision());
    }

    @Test
    void ucdpRepublishedCopyWithHxlLine() {
        LoadResult r = Formats.read(fixture("ucdp-ged-hdx.csv"), null);
        assertEquals(2, r.report().read(), "the HXL line is not an event: " + r.report().problems());
        assertEquals(2, r.report().loaded());
        assertEquals("\"TST\"", r.dataset().events().get(0).extra().get("ucdp.iso3"));
        assertEquals(3, r.dataset().events().get(0).line());
    }

    @Test
    void icewsRowsUseTheCameoTableAndNaMeansUnknown() {
        LoadResult r = Formats.read(fixture("icews-events.tab"), null);
        assertEquals(5, r.report().read());
        assertEquals(4, r.report().loaded(), r.report().problems().toString());
        problem(r, Severity.ERROR, "\"999\" is not a CAMEO event code");
        Map<String, Event> e = byId(r);
        Event visit = e.get("500001");
        assertEquals(EventKind.VISIT, visit.kind());
        assertEquals("Moon Jae-in", actorName(r, ((Visit) visit.details()).visitors().get(0)));
        assertEquals(PlacePrecision.TOWN, visit.where().precision());
        Event agreement = e.get("500002");
        assertEquals(EventKind.AGREEMENT, agreement.kind(), "\"57\" is 057 without its leading zero");
        assertEquals(PlacePrecision.PROVINCE, agreement.where().precision());
        assertEquals("Kangwon, North Korea", agreement.where().name(), "NA parts of the place are left out");
        assertEquals("ICEWS event file icews-events.tab",
                r.dataset().sourcesById().get(agreement.sources().get(0)).title(), "NA is not a publisher");
        Event threat = e.get("500003");
        assertEquals(EventKind.STATEMENT, threat.kind());
        assertNull(((Statement) threat.details()).speaker(), "NA is not an actor");
        assertEquals(1, threat.actors().size());
        assertTrue(r.dataset().actors().stream().noneMatch(a -> a.name().equals("NA")));
        Event fight = e.get("500004");
        assertEquals(ClashType.BATTLE, ((Clash) fight.details()).type());
        assertNull(fight.where());
    }

    @Test
    void timelineJsBlankIdsMeanNoId() {
        LoadResult r = Formats.read(fixture("timelinejs3-blank-ids.json"), null);
        assertEquals(4, r.report().loaded(), r.report().problems().toString());
        List<String> ids = r.dataset().events().stream().map(Event::id).toList();
        assertEquals("named", ids.get(3));
        assertTrue(ids.subList(0, 3).stream().allMatch(id -> id.startsWith("tl-") && id.length() == 3 + 16),
                "a blank id is no id: the entry gets one from its content: " + ids);
        assertEquals(3, new java.util.HashSet<>(ids.subList(0, 3)).size());
    }

    @Test
    void aColumnAnnalistDoesNotKnowIsKeptUnderItsNameAndTheWarningSaysWhereItIsShown(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("notes.csv");
        java.nio.file.Files.writeString(f, "date,title,kind,analyst_comment\n2024-06-19,Talks,meeting,check the imagery\n");
        LoadResult r = Formats.read(f, null);
        Problem kept = problem(r, Severity.WARNING, "analyst_comment");
        assertTrue(kept.message().contains("shown under Other fields in the details"), kept.message());
        assertFalse(kept.message().contains("not shown"), kept.message());
        assertEquals("\"check the imagery\"", r.dataset().events().get(0).extra().get("csv.analyst_comment"));
    }

    @Test
    void numericDatesAreReadOneWayOrReportedWithBothReadings() {
        LoadResult r = Formats.read(fixture("numeric-dates.csv"), null);
        assertEquals(5, r.report().read());
        assertEquals(3, r.report().loaded());
        Problem ambiguous = problem(r, Severity.ERROR, "03/04/2020");
        assertEquals(4, ambiguous.line());
        assertTrue(ambiguous.message().contains("3 April 2020 (dmy) or 4 March 2020 (mdy)"), ambiguous.message());
        assertTrue(ambiguous.message().contains("--date-order"));
        problem(r, Severity.ERROR, "31/02/2020");
        Map<String, Event> e = byTitle(r);
        assertEquals(PartialDate.parse("2020-12-25").start(), e.get("Day first").when().start());
        assertEquals(PartialDate.parse("2020-12-25").start(), e.get("Month first").when().start());
        assertEquals(PartialDate.parse("2020-04-05").start(), e.get("Year first").when().start());
        assertEquals(EventKind.CLASH, e.get("Year first").kind(), "\"armed clash\" is a clash");

        LoadResult mdy = Formats.read(fixture("numeric-dates.csv"), null, ImportOptions.NONE.withDateOrder(DateOrder.MDY),
                ReadProgress.NONE);
        assertEquals(PartialDate.parse("2020-03-04").start(), byTitle(mdy).get("Either way").when().start());
        assertEquals(EventKind.CLASH, byTitle(mdy).get("Either way").kind());
        problem(mdy, Severity.ERROR, "\"25/12/2020\" is not a day when read as mdy");
        LoadResult dmy = Formats.read(fixture("numeric-dates.csv"), null, ImportOptions.NONE.withDateOrder(DateOrder.DMY),
                ReadProgress.NONE);
        assertEquals(PartialDate.parse("2020-04-03").start(), byTitle(dmy).get("Either way").when().start());
    }

    /** An ACLED export re-saved by a spreadsheet writes its dates as numbers; they follow --date-order too. */
    @Test
    void acledDatesSavedByASpreadsheetFollowTheDateOrder(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("acled-resaved.csv");
        java.nio.file.Files.writeString(f, "event_id_cnty,event_date,event_type,sub_event_type,actor1,country\n"
                + "UKR1,09/05/2020,Battles,Armed clash,A,Ukraine\nUKR2,25/05/2020,Battles,Armed clash,A,Ukraine\n");
        LoadResult none = Formats.read(f, null);
        assertEquals(1, none.report().loaded());
        Problem asked = problem(none, Severity.ERROR, "\"09/05/2020\" can be read as 9 May 2020 (dmy) or 5 September 2020");
        assertEquals(2, asked.line());
        assertTrue(Formats.dateOrderMatters(f, ImportOptions.NONE), "the Open dialog asks for the order");
        LoadResult dmy = Formats.read(f, null, ImportOptions.NONE.withDateOrder(DateOrder.DMY), ReadProgress.NONE);
        assertEquals(2, dmy.report().loaded(), dmy.report().problems().toString());
        assertEquals(PartialDate.parse("2020-05-09").start(), byId(dmy).get("UKR1").when().start());
        LoadResult mdy = Formats.read(f, null, ImportOptions.NONE.withDateOrder(DateOrder.MDY), ReadProgress.NONE);
        assertEquals(PartialDate.parse("2020-09-05").start(), byId(mdy).get("UKR1").when().start());
        problem(mdy, Severity.ERROR, "\"25/05/2020\" is not a day when read as mdy");
    }

    @Test
    void clashesGoThroughOurFormatAndBack(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        LoadResult r = Formats.read(fixture("ucdp-ged-release.csv"), null);
        Path out = dir.resolve("ucdp.json");
        new EventFileWriter().write(r.dataset(), r.dataset().events(), out);
        LoadResult back = new EventFileReader().read(out);
        assertTrue(back.report().problems().isEmpty(), back.report().problems().toString());
        assertEquals(r.dataset().events().stream().map(x -> x.atLine(0)).toList(),
                back.dataset().events().stream().map(x -> x.atLine(0)).toList());
        String json = java.nio.file.Files.readString(out);
        assertTrue(json.contains("\"clash\""));
        assertTrue(json.contains("\"best\" : 12"), json);
        assertTrue(json.contains("\"precision\" : \"province\""));
    }

    @Test
    void ourFormatRefusesABestOutsideItsRange(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        java.nio.file.Files.writeString(f, "{\"format\": \"annalist/1\", \"sources\": [{\"id\": \"s\", \"title\": \"S\"}],"
                + " \"events\": [{\"id\": \"c\", \"kind\": \"clash\", \"title\": \"T\", \"when\": \"2020\","
                + " \"sources\": [\"s\"], \"clash\": {\"fatalities\": {\"min\": 3, \"max\": 5, \"best\": 9},"
                + " \"type\": \"battle\"}}, {\"id\": \"d\", \"kind\": \"clash\", \"title\": \"T\", \"when\": \"2020\","
                + " \"sources\": [\"s\"], \"clash\": {\"type\": \"skirmish\"}, \"where\": {\"precision\": \"galaxy\"}}]}");
        LoadResult r = new EventFileReader().read(f);
        assertEquals(2, r.report().rejected());
        problem(r, Severity.ERROR, "\"best\" (9) is outside");
        problem(r, Severity.ERROR, "unknown clash type \"skirmish\"");
        problem(r, Severity.ERROR, "unknown place precision \"galaxy\"");
    }

    @Test
    void meetingsAndStatementsFromCameo() {
        assertEquals(EventKind.MEETING, Cameo.kind("046"));
        assertEquals(EventKind.MEETING, Cameo.kind("041"));
        assertEquals(EventKind.STATEMENT, Cameo.kind("012"));
        assertEquals(EventKind.STATEMENT, Cameo.kind("1384"));
        assertEquals(EventKind.CLASH, Cameo.kind("2042"));
        assertEquals(EventKind.CLASH, Cameo.kind("183"));
        assertEquals(EventKind.OTHER, Cameo.kind("152"));
        assertEquals(ClashType.SHELLING, Cameo.clashType("194"));
        assertEquals(ClashType.OTHER, Cameo.clashType("190"));
        assertEquals("0871", Cameo.normal("871"));
        assertNull(Cameo.normal("999"));
        assertTrue(Cameo.details(EventKind.MEETING, "046", "a", "b", new Sharing()) instanceof Meeting);
    }
}
