package io.annalist.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The missile database's descriptions often give the launch in Korean time (UTC+9) beside the
 * record's UTC time. Where a description states a local time, one of its clock times must be the
 * record's UTC time plus nine hours (within the minutes the reporting governments differ by), or
 * the record must have been checked against reporting in the corrections file, which says which
 * of the two is right.
 */
class LaunchLocalTimesTest {
    /** Reporting differs by a few minutes between Seoul and Tokyo: "6:01" and "6:00" are one launch. */
    private static final int TOLERANCE_MINUTES = 20;
    private static final Pattern UTC = Pattern.compile("(\\d{1,2}):(\\d{2}) \\(UTC\\)");
    private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2}):(\\d{2})\\s*(AM|PM|a\\.m\\.|p\\.m\\.)?",
            Pattern.CASE_INSENSITIVE);

    /** The records whose description's local times all disagree with their UTC time, as "date time". */
    static List<String> disagreements(JsonNode database, Set<String> checkedDates) {
        List<String> out = new ArrayList<>();
        for (JsonNode year : database.path("timeBins")) {
            for (JsonNode r : year.path("data")) {
                String description = r.path("description").asText("");
                Matcher utc = UTC.matcher(r.path("time").asText(""));
                if (!description.toLowerCase(java.util.Locale.ROOT).contains("local time") || !utc.matches()
                        || checkedDates.contains(r.path("date").asText())) {
                    continue;
                }
                int korean = ((Integer.parseInt(utc.group(1)) + 9) % 24) * 60 + Integer.parseInt(utc.group(2));
                if (!statesTime(description, korean)) {
                    out.add(r.path("date").asText() + " " + r.path("time").asText());
                }
            }
        }
        return out;
    }

    private static boolean statesTime(String description, int minuteOfDay) {
        Matcher m = CLOCK.matcher(description);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1)) % 12;
            int minute = Integer.parseInt(m.group(2));
            String half = m.group(3) == null ? sharedHalf(description, m.end()) : m.group(3).toLowerCase(
                    java.util.Locale.ROOT);
            // Without AM or PM a clock time may be either half of the day.
            List<Integer> readings = half.startsWith("p") ? List.of(h + 12) : half.startsWith("a") ? List.of(h)
                    : List.of(h, h + 12);
            for (int hour : readings) {
                int d = Math.abs(hour * 60 + minute - minuteOfDay);
                if (Math.min(d, 1440 - d) <= TOLERANCE_MINUTES) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "between 6:10 and 6:20 AM": the first time takes the half of the day the second one states. */
    private static String sharedHalf(String description, int from) {
        Matcher next = CLOCK.matcher(description.substring(from, Math.min(description.length(), from + 16)));
        return next.find() && next.group(3) != null ? next.group(3).toLowerCase(java.util.Locale.ROOT) : "";
    }

    private static Set<String> checkedDates(JsonNode corrections) {
        Set<String> out = new HashSet<>();
        corrections.path("checked").forEach(c -> out.add(c.path("date").asText()));
        return out;
    }

    private static JsonNode database() throws IOException {
        return new ObjectMapper().readTree(DataProvenanceTest.CNS_DIR.resolve("test.en.json").toFile());
    }

    @Test
    void everyLocalTimeADescriptionStatesAgreesWithTheUtcTimeOrWasCheckedAgainstReporting() throws IOException {
        List<String> left = disagreements(database(), checkedDates(DataProvenanceTest.read(
                DataProvenanceTest.CORRECTIONS)));
        assertTrue(left.isEmpty(), "a description's local time disagrees with the database's UTC time, unchecked: "
                + left);
    }

    @Test
    void theCheckFindsTheDescriptionsThatDisagree() throws IOException {
        // Unchecked, the two days whose descriptions disagree with their UTC times are found: on 28 September
        // 2022 the description's "6:10 AM" is evening in the reporting, and on 25 May 2022 the description
        // times only the first of three launches.
        List<String> all = disagreements(database(), Set.of());
        assertEquals(List.of("2022-05-24 21:37 (UTC)", "2022-05-24 21:42 (UTC)", "2022-09-28 09:10 (UTC)",
                "2022-09-28 09:17 (UTC)"), all);
    }
}
