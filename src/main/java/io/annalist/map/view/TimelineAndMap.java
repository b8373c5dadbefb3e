package io.annalist.map.view;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import io.annalist.export.Exporter;
import io.annalist.export.PngWriter;
import io.annalist.export.SnapshotRenderer;
import io.annalist.export.SnapshotSpec;
import io.annalist.model.Event;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;
import javafx.application.Platform;

/**
 * The timeline and the map of the same events on one image, for a brief that asks "when" and
 * "where" at once: the timeline's snapshot (title, caption, lanes, legend, sources) above, the
 * map of the same events below it, as wide, under a heading of its own. One PNG, with the
 * timeline's metadata. Drawn on the FX thread, written on {@code writer}'s.
 */
public final class TimelineAndMap {
    private TimelineAndMap() {
    }

    /** What was written: where, the size, the events drawn on the timeline and placed on the map. */
    public record Done(Path file, int width, int height, int onTimeline, io.annalist.export.Counted counted, int onMap,
                       int unplaced) {
        public String summary() {
            return file + ": " + width + " × " + height + " px, timeline and map: "
                    + io.annalist.map.MapNotes.count(onTimeline, "event drawn", "events drawn")
                    + counted.phrase()
                    + String.format("; %,d on the map", onMap)
                    + (unplaced > 0 ? String.format(", %,d with no place", unplaced) : "");
        }
    }

    /**
     * Draws the timeline {@code spec} describes (its height fitted to its lanes when auto) and
     * the map of {@code events} under it, {@code mapHeight} tall, and writes the PNG. Any thread
     * but the FX one.
     */
    public static CompletableFuture<Done> export(SnapshotSpec spec, Lanes lanes, Palette palette, List<Event> events,
                                                 int mapHeight, Path out, Executor writer) {
        CompletableFuture<SnapshotRenderer.Snapshot> timeline = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                SnapshotRenderer.fitted(spec, lanes, palette).render(p -> { }).whenComplete((s, e) -> {
                    if (e != null) {
                        timeline.completeExceptionally(e);
                    } else {
                        timeline.complete(s);
                    }
                });
            } catch (RuntimeException | Error e) {
                timeline.completeExceptionally(e);
            }
        });
        int[] counts = new int[2];
        CompletableFuture<BufferedImage> map = timeline.thenCompose(t -> {
            CompletableFuture<BufferedImage> m = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    // The map of the events the timeline shows: those of the time it shows.
                    io.annalist.timeline.TimeWindow w = spec.window();
                    MapSnapshot.Spec ms = new MapSnapshot.Spec(spec.width(), mapHeight, spec.scale(),
                            "Where: " + spec.title(), spec.caption(), "", spec.dark(), null,
                            w == null ? Long.MIN_VALUE : w.start(), w == null ? Long.MAX_VALUE : w.end(), null);
                    m.complete(MapSnapshot.image(ms, events, counts));
                } catch (RuntimeException | Error e) {
                    m.completeExceptionally(e);
                }
            });
            return m;
        });
        return map.thenApplyAsync(m -> {
            SnapshotRenderer.Snapshot t = timeline.join();
            BufferedImage top = t.image();
            BufferedImage both = new BufferedImage(top.getWidth(), top.getHeight() + m.getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = both.createGraphics();
            g.drawImage(top, 0, 0, null);
            g.drawImage(m, 0, top.getHeight(), null);
            g.dispose();
            Map<String, String> text = new LinkedHashMap<>(Exporter.metadata(spec));
            text.put("Comment", "The timeline, and under it the map of the same events");
            try {
                PngWriter.write(both, out, text, spec.scale());
            } catch (IOException e) {
                throw new CompletionException(e);
            }
            return new Done(out, both.getWidth(), both.getHeight(), t.eventsShown(), t.counted(), counts[0],
                    counts[1]);
        }, writer);
    }
}
