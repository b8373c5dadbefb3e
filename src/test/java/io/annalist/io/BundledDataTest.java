package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import io.annalist.model.Estimate;
import io.annalist.model.Event;
import io.annalist.model.EventKind;
import io.annalist.model.MissileClass;
import io.annalist.model.MissileTest;
import io.annalist.model.Outcome;
import io.annalist.model.Precision;
import io.annalist.model.TroopDeployment;
import io.annalist.model.Visit;
import io.annalist.workspace.BundledData;
import org.junit.jupiter.api.Test;

/** The two datasets in data/, read from disk and from the jar, hold what they must and nothing invented. */
class BundledDataTest {
    private final EventFileReader reader = new EventFileReader();

    private Map<String, Event> load(String file) {
        LoadResult r = reader.read(Path.of("data", file));
        assertFalse(r.failed(), r.report().problems().toString());
        assertEquals(0, r.report().rejected(), r.report().problems().toString());
        assertTrue(r.report().problems().isEmpty(), r.report().problems().toString());
        assertEquals(r.report().read(), r.report().loaded() + r.report().rejected());
        return r.dataset().events().stream().collect(Collectors.toMap(Event::id, e -> e));
    }

    @Test
    void theMissileDatasetHas339LaunchesOfWhich36ArePreliminary() {
        Map<String, Event> events = load("nk-missile-tests-1984-2026.json");
        assertEquals(339, events.size());
        assertTrue(events.values().stream().allMatch(e -> e.kind() == EventKind.MISSILE_TEST));
        assertEquals(36, events.values().stream().filter(Event::isPreliminary).count());
        assertTrue(events.values().stream().allMatch(e -> e.isPreliminary() != e.sources().contains("cns-db")),
                "preliminary launches cite the repository only, the others the database");

        Event last = events.get("cns-2026-04-18-5");
        MissileTest m = (MissileTest) last.details();
        assertEquals("Hwasong-11D (KN-35)", m.missile());
        assertEquals(MissileClass.SRBM, m.missileClass());
        assertEquals(5, m.salvoPosition());
        assertEquals(5, m.salvoSize());
        assertEquals("Sinpo Shipyard", m.launchSite());
        assertEquals(140.0, m.rangeKm());
        assertNull(m.apogeeKm(), "an unknown apogee stays unknown");
        assertEquals(Outcome.UNKNOWN, m.outcome());
        assertEquals(Precision.MINUTE, last.when().startPrecision());
        assertEquals(Instant.parse("2026-04-18T21:10:00Z").toEpochMilli(), last.when().start());
        assertEquals(40.0368, last.where().lat());
    }

    @Test
    void unknownStaysUnknownInTheMissileDatabase() {
        Map<String, Event> events = load("nk-missile-tests-1984-2026.json");
        long unknownApogee = events.values().stream().filter(e -> ((MissileTest) e.details()).apogeeKm() == null).count();
        long naApogee = events.values().stream()
                .filter(e -> ((MissileTest) e.details()).apogeeKm() != null && ((MissileTest) e.details()).apogeeKm().isNaN())
                .count();
        // Counted in the source: 99 "unknown", 10 "na".
        assertEquals(99, unknownApogee);
        assertEquals(10, naApogee);
        long dayOnly = events.values().stream().filter(e -> e.when().startPrecision() == Precision.DAY).count();
        long monthOnly = events.values().stream().filter(e -> e.when().startPrecision() == Precision.MONTH).count();
        long koreanDays = events.values().stream().filter(e -> e.when().display() != null
                && e.when().display().endsWith("(Korean date)")).count();
        assertEquals(6, dayOnly, "untimed launches on a day with timed ones are UTC days");
        assertEquals(84 - 6 - 5 - 6, koreanDays, "other untimed days are Korean dates, read as spans in UTC");
        assertEquals(5 + 6, monthOnly, "five month-only dates stay months; the six 1984 tests are a span of months");
        Event unha = events.get("cns-2012-04-13-1");
        assertEquals(Instant.parse("2012-04-12T15:00:00Z").toEpochMilli(), unha.when().start());
        assertEquals(Instant.parse("2012-04-13T15:00:00Z").toEpochMilli(), unha.when().end());
        Event unknownSite = events.values().stream()
                .filter(e -> "unknown".equals(((MissileTest) e.details()).launchSite())).findFirst().orElseThrow();
        assertFalse(unknownSite.where().hasCoordinates(), "an unknown launch site gets no coordinates");
    }

    @Test
    void theConversionCanBeRerunAndGivesTheBundledFile() throws Exception {
        String again = new CnsMissileImporter().convert(Path.of("data/sources/cns-nk-missile-tests"));
        assertEquals(Files.readString(Path.of("data/nk-missile-tests-1984-2026.json")), again);
    }

    @Test
    void correctedLaunchesKeepTheDatabasesValue() {
        Map<String, Event> events = load("nk-missile-tests-1984-2026.json");
        Event unha = events.get("cns-2016-02-07-1");
        assertEquals(Instant.parse("2016-02-07T00:30:00Z").toEpochMilli(), unha.when().start());
        assertTrue(unha.isCorrected());
        assertEquals("the database's time 12:29 (UTC)", unha.citationsOf("when").get(0).was());
        assertEquals(Instant.parse("2016-04-14T20:33:00Z").toEpochMilli(), events.get("cns-2016-04-15-1").when().start());
        MissileTest withKm = (MissileTest) events.get("cns-1984-04-09-3").details();
        assertEquals(200.0, withKm.apogeeKm());
    }

    @Test
    void theSeedArticleIsThereWithItsUncertainty() {
        Map<String, Event> e = load("russia-north-korea-2018-2025.json");
        assertEquals(18, e.size());

        Event troops = e.get("nk-troops-autumn-2024");
        TroopDeployment t = (TroopDeployment) troops.details();
        assertEquals(new Estimate(10_000, 12_000), t.troops());
        assertEquals(3, t.reportedBy().size());
        assertFalse(troops.actors().contains("us-intelligence"), "an agency that reports a deployment takes no part");
        assertTrue(troops.when().isSpan() && troops.when().isApproximate());
        assertEquals(Precision.MONTH, troops.when().startPrecision());
        assertEquals("last autumn", troops.when().label());
        assertEquals("Sept–Nov 2024 (approx.)", troops.when().describe());

        assertEquals(new Estimate(1_000, 3_000), ((TroopDeployment) e.get("nk-troops-early-2025").details()).troops());

        Visit shoigu = (Visit) e.get("shoigu-arrives-pyongyang-march-2025").details();
        assertTrue(shoigu.purposeUndisclosed());
        assertTrue(shoigu.hosts().isEmpty(), "the arrival is not the meeting");
        assertEquals("21 March 2025", e.get("shoigu-arrives-pyongyang-march-2025").when().describe());
        assertEquals(io.annalist.model.Confidence.CONFIRMED, e.get("shoigu-arrives-pyongyang-march-2025").confidence());
        assertEquals(io.annalist.model.Confidence.REPORTED, e.get("shoigu-meets-kim-march-2025").confidence());
        assertFalse(e.get("shoigu-meets-kim-march-2025").sources().contains("hexham-courant"),
                "the report has the meeting as expected only");

        assertEquals("19 June 2024", e.get("putin-kim-pyongyang-2024").when().describe());
        assertEquals(EventKind.VISIT, e.get("shoigu-pyongyang-sept-2024").kind());
        assertEquals("13 September 2024", e.get("shoigu-pyongyang-sept-2024").when().describe());
        assertEquals("12 June 2018", e.get("singapore-summit").when().describe());
        assertEquals("27–28 Feb 2019", e.get("hanoi-summit").when().describe());

        MissileTest march = (MissileTest) e.get("nk-missile-launches-march-2025").details();
        assertEquals(6, march.testOfYear());
        assertEquals("another major defense weapons system", march.claims());
        assertNull(march.apogeeKm());
        assertEquals("20 March 2025", e.get("nk-missile-launches-march-2025").when().describe());
        Event arms = e.get("nk-arms-to-russia");
        assertTrue(arms.when().isSpan() && arms.when().isApproximate());
        assertTrue(arms.when().start() < e.get("nk-troops-autumn-2024").when().start(),
                "the supply began before the autumn-2024 troops");
        assertNull(e.get("putin-invites-kim"), "the invitation is the visit's outcome, stated once");
    }

    @Test
    void everyBundledDatasetLoadsFromTheJarToo() {
        for (BundledData d : BundledData.all()) {
            LoadResult r = d.load(reader);
            assertFalse(r.failed(), d + ": " + r.report().problems());
            assertEquals(0, r.report().rejected());
        }
        assertEquals(339, BundledData.NK_MISSILE_TESTS.load(reader).dataset().events().size());
    }

    @Test
    void theAttributionAndLicenceShipInTheJar() throws Exception {
        for (String r : new String[]{"/io/annalist/data/ABOUT-DATA.txt", "/io/annalist/data/cns-nk-missile-tests/LICENSE"}) {
            try (var in = BundledDataTest.class.getResourceAsStream(r)) {
                assertTrue(in != null, r + " is not in the jar");
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(text.contains("Akihiko Kusanagi") || text.contains("Apache License"), r);
            }
        }
    }
}
