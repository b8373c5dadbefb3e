package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.annalist.io.Formats;
import io.annalist.io.LoadResult;
import io.annalist.map.view.MapSnapshot;
import io.annalist.model.Dataset;
import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.model.EventStore;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Palette;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PNG drawn through the drawing surface is the PNG the painters drew before they had one,
 * pixel for pixel: the references in {@code reference/} were drawn by the painters writing to
 * the JavaFX canvas directly, with fixed texts (no export time), from copies of the bundled data
 * kept beside them (so a correction of the data leaves them valid). A deliberate change of the
 * picture (the layout, the colours in timeline.css, the font) draws them again: run with
 * {@code -Dannalist.writeReference=DIR}, look at the new images, and keep them.
 */
@org.junit.jupiter.api.Tag("toolkit")
class SurfaceParityTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        BundledFonts.load();
    }

    private static List<Event> events(String file) {
        LoadResult r = Formats.read(Path.of("src/test/resources/io/annalist/export/reference", file), null);
        EventStore store = new EventStore(Integer.MAX_VALUE);
        store.setDataset(r.dataset());
        store.setFilter(EventFilter.NONE);
        return List.copyOf(store.filteredEvents());
    }

    private static Dataset dataset(String file) {
        return Formats.read(Path.of("src/test/resources/io/annalist/export/reference", file), null).dataset();
    }

    private BufferedImage timeline(String file, LaneMode lanes, boolean dark, int width) throws Exception {
        Dataset d = dataset(file);
        EventStore store = new EventStore(Integer.MAX_VALUE);
        store.setDataset(d);
        List<Event> kept = List.copyOf(store.filteredEvents());
        SnapshotSpec spec = SnapshotSpecBuilder.of(d, kept, EventFilter.NONE, store.actorNames())
                .wholeRange(null, null, null).size(width, SnapshotSpec.AUTO_HEIGHT, 1).lanes(lanes, Set.of())
                .title("Parity: " + file, file).dark(dark).build();
        spec = new SnapshotSpec(spec.window(), spec.width(), spec.height(), 1, spec.lanes(), spec.collapsedLanes(),
                spec.title(), spec.caption(), "Sources: fixed text for the parity test · Exported with Annalist",
                dark, true, true, true, true, true, true, Set.of(), true);
        Path out = dir.resolve("t.png");
        Palette palette = HeadlessFx.call(() -> Palettes.fromCss(dark));
        Exporter.export(spec, kept, store.actorNames(), palette, out, p -> { }, Runnable::run)
                .get(60, TimeUnit.SECONDS);
        return ImageIO.read(out.toFile());
    }

    private BufferedImage map(String file) throws Exception {
        Path out = dir.resolve("m.png");
        MapSnapshot.export(new MapSnapshot.Spec(900, 560, 1, "Parity: " + file, "All events", "Sources: fixed",
                false, null, Long.MIN_VALUE, Long.MAX_VALUE, null), events(file), out, Runnable::run)
                .get(60, TimeUnit.SECONDS);
        return ImageIO.read(out.toFile());
    }

    private static void same(String name, BufferedImage got) throws IOException {
        String writeTo = System.getProperty("annalist.writeReference");
        if (writeTo != null) {
            Files.createDirectories(Path.of(writeTo));
            ImageIO.write(got, "png", Path.of(writeTo, name).toFile());
            return;
        }
        BufferedImage want;
        try (InputStream in = SurfaceParityTest.class.getResourceAsStream("reference/" + name)) {
            assertNotNull(in, "reference image " + name);
            want = ImageIO.read(in);
        }
        assertEquals(want.getWidth() + " × " + want.getHeight(), got.getWidth() + " × " + got.getHeight(), name);
        int differ = 0;
        int firstX = -1;
        int firstY = -1;
        for (int y = 0; y < want.getHeight(); y++) {
            for (int x = 0; x < want.getWidth(); x++) {
                if ((want.getRGB(x, y) & 0xFFFFFF) != (got.getRGB(x, y) & 0xFFFFFF)) {
                    if (differ++ == 0) {
                        firstX = x;
                        firstY = y;
                    }
                }
            }
        }
        if (differ > 0) {
            ImageIO.write(got, "png", Path.of("target", "parity-" + name).toFile());
        }
        assertEquals(0, differ, name + ": pixels that differ (first at " + firstX + ", " + firstY
                + "; the picture drawn is in target/parity-" + name + ")");
    }

    @Test
    void theSeedTimelineByActorIsTheSamePicture() throws Exception {
        same("seed-actor-light.png", timeline("russia-north-korea-2018-2025.json", LaneMode.ACTOR, false, 1400));
    }

    @Test
    void theMissileTimelineByKindInTheDarkIsTheSamePicture() throws Exception {
        same("missiles-kind-dark.png", timeline("nk-missile-tests-1984-2026.json", LaneMode.KIND, true, 1200));
    }

    @Test
    void theMissileMapIsTheSamePicture() throws Exception {
        same("missiles-map.png", map("nk-missile-tests-1984-2026.json"));
    }
}
