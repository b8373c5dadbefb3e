package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.annalist.io.OutOfMemory;
import io.annalist.model.LoadReport;
import io.annalist.model.Problem;
import io.annalist.model.Severity;
import org.junit.jupiter.api.Test;

/** What the message bar says when a load fails: one sentence naming the file once. */
class LoadFailureTextTest {
    private static LoadReport failed(String file, int line, int column, String message) {
        return new LoadReport(file, 0, 0, 0, List.of(new Problem(file, line, column, "", Severity.ERROR, message,
                null)), true);
    }

    private static int times(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    @Test
    void runningOutOfMemoryIsOneSentenceNamingTheFileOnce() {
        String path = "/data/downloads/acled-2020.csv";
        String text = Loader.failure(failed(path, 0, 0, OutOfMemory.message(path, 1_014_200)), "acled-2020.csv",
                true);
        assertTrue(text.startsWith("Not enough memory for the events of acled-2020.csv (1,014,200 events read):"
                + " start Annalist with more heap"), text);
        assertTrue(text.contains("-Xmx") && text.contains("or open a smaller file"), text);
        assertFalse(text.contains("root events"), "no import filter of another format: " + text);
        assertEquals(1, times(text, "acled-2020.csv"), text);
        assertFalse(text.contains("/data/downloads"), "the window names the file as its title bar does: " + text);
        assertFalse(text.contains("error:") || text.contains("Could not load"), text);
        assertEquals(1, times(text, ": "), "one clause after the file: " + text);
    }

    @Test
    void aBrokenFileSaysWhereOnce() {
        String path = "/tmp/x/broken.json";
        String text = Loader.failure(failed(path, 2, 5, "malformed JSON: unexpected character ','"), "broken.json",
                true);
        assertEquals("Could not load broken.json:2:5: malformed JSON: unexpected character ',' — the previous data is"
                + " still shown.", text);
        String whole = Loader.failure(failed(path, 0, 0, "no such file"), "broken.json", false);
        assertEquals("Could not load broken.json: no such file.", whole, "nothing on screen to speak of");
    }
}
