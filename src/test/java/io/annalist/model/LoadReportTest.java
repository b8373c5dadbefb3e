package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The report's one line counts in words a reader would write: one warning, two warnings. */
class LoadReportTest {
    private static Problem warning(String message) {
        return new Problem("f.csv", 2, 1, "", Severity.WARNING, message, null);
    }

    @Test
    void oneWarningIsOneWarning() {
        assertEquals("3 events: 3 loaded, 0 rejected, 1 warning",
                new LoadReport("f.csv", 3, 3, 0, List.of(warning("a")), false).summary());
        assertEquals("3 events: 3 loaded, 0 rejected, 2 warnings",
                new LoadReport("f.csv", 3, 3, 0, List.of(warning("a"), warning("b")), false).summary());
        assertEquals("3 events: 3 loaded, 0 rejected, 0 warnings",
                new LoadReport("f.csv", 3, 3, 0, List.of(), false).summary());
    }

    @Test
    void oneEventIsOneEvent() {
        assertEquals("1 event: 1 loaded, 0 rejected, 0 warnings",
                new LoadReport("f.csv", 1, 1, 0, List.of(), false).summary());
        assertEquals("0 events: 0 loaded, 0 rejected, 0 warnings",
                new LoadReport("f.csv", 0, 0, 0, List.of(), false).summary());
    }
}
