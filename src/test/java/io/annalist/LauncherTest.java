package io.annalist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** What the launcher does before any window: no display, a mistyped command. No toolkit is started. */
class LauncherTest {
    private String said;

    private int refuse(boolean display, Predicate<String> exists, String... args) {
        StringWriter w = new StringWriter();
        int code = Annalist.refuse(args, exists, display, new PrintWriter(w, true));
        said = w.toString().strip();
        return code;
    }

    @Test
    void withoutADisplayTheWindowIsNotTriedAndOneLineSaysWhatWorks() {
        for (String[] args : new String[][]{{}, {"data/russia-north-korea-2018-2025.json"}, {"frobnicate"}}) {
            assertEquals(2, refuse(false, w -> w.endsWith(".json"), args), String.join(" ", args));
            assertEquals("annalist: no display: use `annalist export …` for images without a window"
                    + " (annalist --help lists the commands)", said);
            assertFalse(said.contains("\n"), "one line");
        }
    }

    @Test
    void aWindowThatFailsToStartSaysWhyInOneLineAndBlamesTheDisplayOnlyWhenItFailed() {
        assertEquals(Annalist.NO_DISPLAY, Annalist.startFailure(new RuntimeException("boom",
                new UnsupportedOperationException("Unable to open DISPLAY"))));
        String other = Annalist.startFailure(new IllegalStateException("Toolkit not initialized\n\tat x.y"));
        assertEquals("annalist: the window could not start: Toolkit not initialized", other);
        assertEquals("annalist: the window could not start: NoClassDefFoundError",
                Annalist.startFailure(new NoClassDefFoundError()));
    }

    @Test
    void commandsNeedNoDisplay() {
        assertEquals(0, refuse(false, w -> true, "validate", "x.json"));
        assertEquals(0, refuse(false, w -> true, "--help"));
        assertEquals("", said);
    }

    @Test
    void aMistypedCommandThatIsNoFileAsksWhichCommandWasMeant() {
        assertEquals(2, refuse(true, w -> false, "valdate"));
        assertEquals("annalist: unknown command 'valdate' — did you mean validate?", said);
        assertEquals(2, refuse(false, w -> false, "exprot"));
        assertEquals("annalist: unknown command 'exprot' — did you mean export?", said);
        assertEquals(0, refuse(true, w -> true, "valdate"), "a file of that name opens");
        assertEquals(0, refuse(true, w -> false, "frobnicate"), "far from every command: a file to open");
        assertEquals(0, refuse(true, w -> false, "events.json"));
        said = null;
        assertEquals(2, refuse(true, w -> false, "valdate", "events.csv"), "also with the command's arguments");
        assertEquals("annalist: unknown command 'valdate' — did you mean validate?", said);
        assertEquals(0, refuse(true, w -> false, "validate", "events.csv"), "a command goes on");
    }

    @Test
    void closeMeansOneOrTwoSlips() {
        assertEquals("validate", Annalist.closestCommand("valdiate"));
        assertEquals("convert", Annalist.closestCommand("convrt"));
        assertNull(Annalist.closestCommand("frobnicate"));
        assertNull(Annalist.closestCommand("report.json"));
        assertEquals(1, Annalist.distance("valdate", "validate"));
        assertEquals(1, Annalist.distance("exprot", "export"));
    }

    @Test
    void aDisplayIsNamedByTheEnvironment() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return;
        }
        assertFalse(Annalist.hasDisplay(Map.of()));
        assertFalse(Annalist.hasDisplay(Map.of("DISPLAY", "")));
        assertTrue(Annalist.hasDisplay(Map.of("DISPLAY", ":0")));
        assertTrue(Annalist.hasDisplay(Map.of("WAYLAND_DISPLAY", "wayland-0")));
    }
}
