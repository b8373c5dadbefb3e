package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The words under the picture about the starred events it leaves out: one event is "event", never "1 events". */
class StarredListTest {
    private static List<String> said(int unlisted, int hidden, int outside) {
        List<String> lines = new StarredList(List.of(), Map.of(), unlisted, hidden, outside, true).lines(null);
        return lines.subList(2, lines.size());
    }

    @Test
    void oneStarredEventLeftOutIsOneEvent() {
        assertEquals(List.of("… and 1 more starred event in the time shown: export a shorter time",
                "1 starred event is in the time shown but left out by the filters or the lanes chosen.",
                "1 starred event is outside the time shown."), said(1, 1, 1));
        assertEquals(List.of("… and 2 more starred events in the time shown: export a shorter time",
                "2 starred events are in the time shown but left out by the filters or the lanes chosen.",
                "1,200 starred events are outside the time shown."), said(2, 2, 1200));
    }
}
