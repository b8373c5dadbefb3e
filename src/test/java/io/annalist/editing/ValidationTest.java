package io.annalist.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.annalist.io.BadInputTest;
import io.annalist.io.EventFileReader;
import io.annalist.io.EventJson;
import io.annalist.io.LoadResult;
import io.annalist.model.ActorKind;
import io.annalist.model.EventKind;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An edited event meets the reader's rules with the reader's messages: every bad event of the
 * reader's own table gives, checked as an edit, the error the reader gives in a file; and the
 * same mistakes made through a form's setters give the same words, on the field they concern.
 */
class ValidationTest {
    private static final EditedData DATA = EditedData.overWorkspace(
            read(BadInputTest.TEMPLATE.formatted("{\"id\": \"x\", \"kind\": \"other\", \"when\": \"2024\", \"sources\": [\"s\"]}"))
                    .dataset(), io.annalist.changes.Overrides.NONE, io.annalist.changes.ChangeLog.EMPTY, "analyst",
            Data.ticking());

    /**
     * The reader's cases no edit can be: a JSON object holds no field twice and is an object; an
     * edited event always has an id, and one Annalist made; no number beyond a double reaches it.
     */
    private static final Set<String> NOT_AN_EDIT = Set.of("field given twice", "event is not an object",
            "duplicate id", "missing id", "number beyond double");

    static Stream<Arguments> readersCases() {
        return BadInputTest.badEvents().filter(a -> !NOT_AN_EDIT.contains((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readersCases")
    void everyBadEventOfTheReadersTableGetsTheReadersMessage(String name, String event, String at, String message)
            throws Exception {
        Problem fromFile = read(BadInputTest.TEMPLATE.formatted(event)).report().problems().stream()
                .filter(p -> p.severity() == Severity.ERROR && p.message().contains(message)).findFirst().orElseThrow();
        ObjectNode node = (ObjectNode) new ObjectMapper().readTree(event);
        if (!node.has("id")) {
            node.put("id", "new");
        }
        List<FieldProblem> problems = DATA.check(new EventDraft(EventJson.snapshot(node)));
        FieldProblem p = problems.stream().filter(FieldProblem::isError).filter(x -> x.message().equals(fromFile.message()))
                .findFirst().orElseThrow(() -> new AssertionError(name + ": " + problems + " lacks " + fromFile));
        assertEquals(fromFile.path().replaceFirst("^\\$\\.events\\[1]\\.?", ""), p.field(), name);
    }

    static Stream<Arguments> formMistakes() {
        return Stream.of(
                Arguments.of("end before start", "end before start", "when",
                        (UnaryOperator<EventDraft>) d -> d.withWhen(DateEntry.read("2024-06/2024-05"))),
                Arguments.of("troops min above max", "troops min above max", "troop_deployment.troops",
                        (UnaryOperator<EventDraft>) d -> d.withKind(EventKind.TROOP_DEPLOYMENT)
                                .withCount("troop_deployment.troops", 5L, 3L, null)),
                Arguments.of("negative troops", "negative troops", "troop_deployment.troops",
                        (UnaryOperator<EventDraft>) d -> d.withKind(EventKind.TROOP_DEPLOYMENT)
                                .withCount("troop_deployment.troops", -5L, -5L, null)),
                Arguments.of("negative apogee", "negative apogee", "missile_test.apogee_km",
                        (UnaryOperator<EventDraft>) d -> d.withKind(EventKind.MISSILE_TEST)
                                .withNumber("missile_test.apogee_km", -1)),
                Arguments.of("unknown actor", "unknown actor", "actors",
                        (UnaryOperator<EventDraft>) d -> d.withList("actors", List.of("zz"))),
                Arguments.of("unknown source", "unknown source", "sources",
                        (UnaryOperator<EventDraft>) d -> d.withList("sources", List.of("nope"))),
                Arguments.of("a source rejected for its link", "source with a non-http link", "sources",
                        (UnaryOperator<EventDraft>) d -> d.withList("sources", List.of("bad"))),
                Arguments.of("no source", "no source", "sources",
                        (UnaryOperator<EventDraft>) d -> d.withList("sources", List.of())),
                Arguments.of("latitude out of range", "latitude out of range", "where.lat",
                        (UnaryOperator<EventDraft>) d -> d.withPlace(null, null, 95.0, 0.0, null)),
                Arguments.of("salvo position past its size", "salvo position past its size", "missile_test.salvo_position",
                        (UnaryOperator<EventDraft>) d -> d.withKind(EventKind.MISSILE_TEST)
                                .withNumber("missile_test.salvo_position", 3).withNumber("missile_test.salvo_size", 2)),
                Arguments.of("date cleared", "missing when", "when",
                        (UnaryOperator<EventDraft>) d -> d.withWhen(DateEntry.read(""))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formMistakes")
    void aMistakeMadeInTheFormGetsTheReadersMessageBesideItsField(String name, String readersCase, String field,
                                                                 UnaryOperator<EventDraft> mistake) {
        Arguments c = BadInputTest.badEvents().filter(a -> a.get()[0].equals(readersCase)).findFirst().orElseThrow();
        String expected = read(BadInputTest.TEMPLATE.formatted(c.get()[1])).report().problems().stream()
                .filter(p -> p.severity() == Severity.ERROR && p.message().contains((String) c.get()[3])).findFirst()
                .orElseThrow().message();
        EventDraft good = EventDraft.blank("new", EventKind.OTHER).withTitle("t")
                .withWhen(DateEntry.read("2024")).withList("sources", List.of("s"));
        assertTrue(DATA.check(good).isEmpty(), DATA.check(good).toString());
        List<FieldProblem> problems = DATA.check(mistake.apply(good));
        assertTrue(problems.stream().anyMatch(p -> p.isError() && p.message().equals(expected) && p.field().equals(field)),
                name + ": " + problems + " lacks " + field + ": " + expected);
        EditedData.Outcome refused = DATA.submit(mistake.apply(good), List.of(), List.of());
        assertFalse(refused.ok());
        assertSame(DATA, refused.data(), "nothing is saved while an error stands");
    }

    @Test
    void dateTextThatIsNoDateGetsTheReadersWordsAsYouType() {
        for (String[] c : new String[][]{{"2024-02-30", "February 2024 has 29 days"}, {"2024-13", "month 13"},
                {"yesterday", "is not a date"}}) {
            String expected = read(BadInputTest.TEMPLATE.formatted("{\"id\": \"e\", \"kind\": \"other\", \"when\": \""
                    + c[0] + "\", \"sources\": [\"s\"]}")).report().problems().stream()
                    .filter(p -> p.message().contains(c[1])).findFirst().orElseThrow().message();
            DateEntry.Reading r = DateEntry.read(c[0]);
            assertFalse(r.ok(), c[0]);
            assertEquals(List.of(FieldProblem.error("when", expected)), r.problems(), c[0]);
        }
    }

    @Test
    void aNewSourceWithANonWebLinkGetsTheReadersMessage() {
        String expected = read(BadInputTest.TEMPLATE.formatted("{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024\","
                + " \"sources\": [\"s\"]}")).report().problems().stream().filter(p -> p.path().equals("$.sources[1].url"))
                .findFirst().orElseThrow().message();
        EntryDraft source = EntryDraft.source("bad2", "B", null, "javascript:alert(1)", null, null);
        assertEquals(List.of(FieldProblem.error("source.url", expected)), DATA.check(source));
        EntryDraft untitled = EntryDraft.source("s2", "", null, "https://example.org/", null, null);
        assertEquals(List.of(FieldProblem.error("source.title", "the source has no \"title\"")), DATA.check(untitled));
        EntryDraft actor = EntryDraft.actor("a2", "B", ActorKind.STATE, "nobody");
        assertEquals(List.of(new FieldProblem("actor.affiliation", Severity.WARNING,
                "affiliation \"nobody\" is not an actor in this file")), DATA.check(actor));
    }

    @Test
    void anEventCitingANewSourceIsCheckedWithIt() {
        EventDraft d = EventDraft.blank("new", EventKind.OTHER).withTitle("t").withWhen(DateEntry.read("2024"))
                .withList("sources", List.of("reuters"));
        assertFalse(FieldProblem.anyError(DATA.check(d, List.of(EntryDraft.source("reuters", "Reuters", null,
                "https://reuters.com/a", "2024-11", null)))));
        assertTrue(FieldProblem.anyError(DATA.check(d)));
        assertTrue(FieldProblem.anyError(DATA.check(d, List.of(EntryDraft.source("reuters", "Reuters", null,
                "file:///etc/passwd", null, null)))), "a source with a bad link defines nothing");
    }

    @Test
    void problemsAreShownBesideTheFieldOfTheForm() {
        assertEquals("where", FieldProblem.error("where.lat", "x").formField());
        assertEquals("troop_deployment.troops", FieldProblem.error("troop_deployment.troops", "x").formField());
        assertEquals("troop_deployment.troops", FieldProblem.error("troop_deployment.troops.min", "x").formField());
        assertEquals("citations", FieldProblem.error("citations[0].sources", "x").formField());
    }

    private static LoadResult read(String text) {
        return new EventFileReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
