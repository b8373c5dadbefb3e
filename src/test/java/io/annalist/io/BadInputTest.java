package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import io.annalist.model.LoadReport;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table of broken inputs, each with the problem it must produce and where. An event-level
 * case puts one bad event on line 7 after a good one on line 6: the good one must load, the
 * bad one must be rejected with its reason at the column where {@code at} first appears.
 */
public class BadInputTest {

    public static final String TEMPLATE = """
            {
              "format": "annalist/1",
              "actors": [{"id": "a", "name": "A", "kind": "state"}],
              "sources": [{"id": "s", "title": "S"}, {"id": "bad", "title": "B", "url": "javascript:alert(1)"}],
              "events": [
                {"id": "ok", "kind": "other", "title": "fine", "when": "2024", "sources": ["s"]},
                %s
              ]
            }
            """;

    public static Stream<Arguments> badEvents() {
        return Stream.of(
                Arguments.of("unknown kind", "{\"id\": \"e\", \"kind\": \"parade\", \"when\": \"2024\", \"sources\": [\"s\"]}",
                        "\"parade\"", "unknown kind \"parade\""),
                Arguments.of("missing id", "{\"kind\": \"other\", \"when\": \"2024\", \"sources\": [\"s\"]}",
                        "{", "has no \"id\""),
                Arguments.of("missing kind", "{\"id\": \"e\", \"when\": \"2024\", \"sources\": [\"s\"]}",
                        "{", "has no \"kind\""),
                Arguments.of("missing when", "{\"id\": \"e\", \"kind\": \"other\", \"sources\": [\"s\"]}",
                        "{", "has no \"when\""),
                Arguments.of("impossible date", "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024-02-30\", \"sources\": [\"s\"]}",
                        "\"2024-02-30\"", "February 2024 has 29 days"),
                Arguments.of("month 13", "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024-13\", \"sources\": [\"s\"]}",
                        "\"2024-13\"", "month 13"),
                Arguments.of("not a date", "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"yesterday\", \"sources\": [\"s\"]}",
                        "\"yesterday\"", "is not a date"),
                Arguments.of("end before start", "{\"id\": \"e\", \"kind\": \"other\", \"when\": {\"start\": \"2024-06\", \"end\": \"2024-05\"}, \"sources\": [\"s\"]}",
                        "{\"start\"", "ends (2024-05) before it starts (2024-06)"),
                Arguments.of("unknown actor", "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024\", \"actors\": [\"zz\"], \"sources\": [\"s\"]}",
                        "[\"zz\"]", "actor \"zz\" is not defined"),
                Arguments.of("unknown source", "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024\", \"sources\": [\"nope\"]}",
                        "[\"nope\"]", "source \"nope\" is not defined"),
                Arguments.of("source with a non-http link", "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024\", \"sources\": [\"bad\"]}",
                        "[\"bad\"]", "source \"bad\" is not defined (or was rejected)"),
                Arguments.of("duplicate id", "{\"id\": \"ok\", \"kind\": \"other\", \"when\": \"2024\", \"sources\": [\"s\"]}",
                        "{", "already used by the event at line 6"),
                Arguments.of("troops min above max", "{\"id\": \"e\", \"kind\": \"troop_deployment\", \"when\": \"2024\", \"sources\": [\"s\"], \"troop_deployment\": {\"troops\": {\"min\": 5, \"max\": 3}}}",
                        "{\"min\"", "\"min\" (5) is greater than \"max\" (3)"),
                Arguments.of("negative troops", "{\"id\": \"e\", \"kind\": \"troop_deployment\", \"when\": \"2024\", \"sources\": [\"s\"], \"troop_deployment\": {\"troops\": -5}}",
                        "-5", "cannot be negative"),
                Arguments.of("negative apogee", "{\"id\": \"e\", \"kind\": \"missile_test\", \"when\": \"2024\", \"sources\": [\"s\"], \"missile_test\": {\"apogee_km\": -1}}",
                        "-1", "cannot be negative"),
                Arguments.of("no source", "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024\", \"sources\": []}",
                        "[]", "cites no source"),
                Arguments.of("event is not an object", "42", "42", "should be an object"),
                Arguments.of("unknown confidence", "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024\", \"sources\": [\"s\"], \"confidence\": \"rumoured\"}",
                        "\"rumoured\"", "unknown confidence"),
                Arguments.of("title of the wrong type", "{\"id\": \"e\", \"kind\": \"other\", \"title\": 5, \"when\": \"2024\", \"sources\": [\"s\"]}",
                        "5,", "\"title\" should be text, not a number"),
                Arguments.of("latitude out of range", "{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2024\", \"where\": {\"lat\": 95, \"lon\": 0}, \"sources\": [\"s\"]}",
                        "95", "latitude 95.0 is outside"),
                Arguments.of("details of another kind", "{\"id\": \"e\", \"kind\": \"visit\", \"when\": \"2024\", \"sources\": [\"s\"], \"missile_test\": {}}",
                        "{}", "details are for \"missile_test\""),
                Arguments.of("two detail blocks", "{\"id\": \"e\", \"kind\": \"visit\", \"when\": \"2024\", \"sources\": [\"s\"], \"visit\": {}, \"meeting\": {}}",
                        "{}}", "one block of details"),
                Arguments.of("number beyond double", "{\"id\": \"e\", \"kind\": \"missile_test\", \"when\": \"2024\", \"sources\": [\"s\"], \"missile_test\": {\"range_km\": 1e999999}}",
                        "1e999999", "out of range"),
                Arguments.of("unknown missile class", "{\"id\": \"e\", \"kind\": \"missile_test\", \"when\": \"2024\", \"sources\": [\"s\"], \"missile_test\": {\"class\": \"ABM\"}}",
                        "\"ABM\"", "unknown missile class"),
                Arguments.of("salvo position past its size", "{\"id\": \"e\", \"kind\": \"missile_test\", \"when\": \"2024\", \"sources\": [\"s\"], \"missile_test\": {\"salvo_position\": 3, \"salvo_size\": 2}}",
                        "{\"salvo", "beyond the salvo's size"),
                Arguments.of("field given twice", "{\"id\": \"e\", \"kind\": \"other\", \"kind\": \"visit\", \"when\": \"2024\", \"sources\": [\"s\"]}",
                        "\"visit\"", "appears twice"),
                Arguments.of("when is null", "{\"id\": \"e\", \"kind\": \"other\", \"when\": null, \"sources\": [\"s\"]}",
                        "null", "give a date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEvents")
    void aBadEventIsRejectedWithItsReasonAndTheRestLoad(String name, String event, String at, String message) {
        String text = TEMPLATE.formatted(event);
        LoadResult r = read(text);
        LoadReport report = r.report();
        assertFalse(report.fatal(), name);
        assertEquals(2, report.read(), name);
        assertEquals(1, report.loaded(), name);
        assertEquals(1, report.rejected(), name);
        assertEquals(report.read(), report.loaded() + report.rejected());
        assertEquals("ok", r.dataset().events().get(0).id());
        Problem p = report.problems().stream()
                .filter(x -> x.severity() == Severity.ERROR && x.message().contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError(name + ": no error containing '" + message + "' in "
                        + report.problems()));
        String line7 = text.lines().skip(6).findFirst().orElseThrow();
        assertEquals(7, p.line(), name + ": " + p);
        assertEquals(line7.indexOf(at) + 1, p.column(), name + ": " + p);
        assertTrue(p.format().startsWith("test.json:7:" + p.column() + ": error: "), p.format());
    }

    static Stream<Arguments> brokenFiles() {
        String deep = "{\"format\": \"annalist/1\", \"events\": [], \"x\": " + "[".repeat(200) + "]".repeat(200) + "}";
        String huge = "{\"format\": \"annalist/1\", \"events\": [], \"x\": \"" + "a".repeat(10 * 1024 * 1024) + "\"}";
        return Stream.of(
                Arguments.of("empty file", "", 0, 0, "the file is empty"),
                Arguments.of("only whitespace", "  \n ", 0, 0, "the file is empty"),
                Arguments.of("not an object", "[1, 2]", 1, 1, "not a JSON object"),
                Arguments.of("wrong format version", "{\n  \"format\": \"annalist/9\",\n  \"events\": []\n}", 2, 13,
                        "format \"annalist/9\" is not one this version reads"),
                Arguments.of("no format", "{\"events\": []}", 0, 0, "has no \"format\""),
                Arguments.of("no events", "{\"format\": \"annalist/1\"}", 0, 0, "has no \"events\""),
                Arguments.of("events not a list", "{\"format\": \"annalist/1\", \"events\": {}}", 1, 36,
                        "\"events\" should be a list"),
                Arguments.of("trailing comma", "{\n  \"format\": \"annalist/1\",\n  \"events\": [],\n}", 4, 1,
                        "malformed JSON"),
                Arguments.of("unclosed object", "{\n  \"format\": \"annalist/1\",\n  \"events\": [\n", 4, 1,
                        "malformed JSON"),
                Arguments.of("garbage after the object", "{\"format\": \"annalist/1\", \"events\": []} x", 1, 41,
                        "malformed JSON"),
                Arguments.of("200-deep nesting", deep, 1, 145, "deeper than 100 levels"),
                Arguments.of("10 MB string", huge, 1, 0, "longer than 1000000 characters"),
                Arguments.of("top-level field twice", "{\"format\": \"annalist/1\", \"events\": [], \"events\": []}",
                        1, 40, "appears twice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileLoadsNothingAndSaysWhere(String name, String text, int line, int column, String message) {
        LoadResult r = read(text);
        assertBrokenFile(r, name, line, column, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aBrokenFileIsToldInOurWordsNotTheParsers(String name, String text, int line, int column, String message) {
        String told = read(text).report().problems().get(0).message();
        for (String parserWords : new String[]{"Source:", "REDACTED", "StreamReadFeature", "(code ", "end-of-input",
                "marker"}) {
            assertFalse(told.contains(parserWords), name + ": " + told);
        }
    }

    @Test
    void aFileCutShortSaysWhichListIsLeftOpen() {
        String told = read("{\n  \"format\": \"annalist/1\",\n  \"events\": [\n").report().problems().get(0).message();
        assertEquals("malformed JSON: the file ends before the list opened at line 3, column 13 is closed (cut short?)",
                told);
    }

    static void assertBrokenFile(LoadResult r, String name, int line, int column, String message) {
        LoadReport report = r.report();
        assertTrue(report.fatal(), name + ": " + report.problems());
        assertTrue(r.dataset().events().isEmpty());
        assertEquals(1, report.problems().size(), name + ": " + report.problems());
        Problem p = report.problems().get(0);
        assertTrue(p.message().contains(message), name + ": " + p);
        assertEquals(line, p.line(), name + ": " + p);
        if (column > 0) {
            assertEquals(column, p.column(), name + ": " + p);
        }
        assertEquals(report.read(), report.loaded() + report.rejected());
    }

    @org.junit.jupiter.api.Test
    void latin1BytesAreNamedAsAnEncodingProblem() {
        byte[] head = "{\"format\": \"annalist/1\", \"title\": \"caf".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\", \"events\": []}".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1, invalid alone in UTF-8
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        LoadResult r = new EventFileReader().read(new ByteArrayInputStream(bytes), "latin1.json");
        assertBrokenFile(r, "latin-1", 1, 0, "not valid UTF-8");
        assertTrue(r.report().problems().get(0).message().contains("save it as UTF-8"));
    }

    @org.junit.jupiter.api.Test
    void aByteOrderMarkIsAccepted() {
        byte[] body = TEMPLATE.formatted("{\"id\": \"e\", \"kind\": \"other\", \"when\": \"2025\", \"sources\": [\"s\"]}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        LoadResult r = new EventFileReader().read(new ByteArrayInputStream(bytes), "bom.json");
        assertFalse(r.failed(), r.report().problems().toString());
        assertEquals(2, r.report().loaded());
    }

    static LoadResult read(String text) {
        return new EventFileReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
