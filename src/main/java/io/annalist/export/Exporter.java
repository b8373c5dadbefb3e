package io.annalist.export;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

import io.annalist.Version;
import io.annalist.model.Event;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;

/**
 * One export, shared by the window and the command line: draw the snapshot in tiles (FX
 * thread), then encode and write the PNG with its metadata on {@code writer}'s thread.
 */
public final class Exporter {
    /** What was written: where, how many pixels, how many events and lanes it shows. */
    public record Done(Path file, int width, int height, int eventsShown, Counted counted, int lanesShown,
                       int lanesTotal, List<String> lanesLeftOut, boolean tallest) {
        /** A picture of the height asked for. */
        public Done(Path file, int width, int height, int eventsShown, Counted counted, int lanesShown,
                    int lanesTotal, List<String> lanesLeftOut) {
            this(file, width, height, eventsShown, counted, lanesShown, lanesTotal, lanesLeftOut, false);
        }

        public String summary() {
            return file + ": " + width + " × " + height + " px, " + String.format("%,d", eventsShown) + (eventsShown == 1 ? " event drawn" : " events drawn")
                    + counted.phrase()
                    + (lanesShown < lanesTotal ? " (" + lanesShown + " of " + lanesTotal + " lanes fit)" : "");
        }

        /**
         * What a fixed height, or the tallest picture there may be, left out, in a sentence; empty when every
         * lane is shown.
         */
        public String leftOutWarning() {
            return lanesLeftOut.isEmpty() ? "" : String.format("%d of %d lanes did not fit the height and %s left"
                    + " out: %s (%s)", lanesLeftOut.size(), lanesTotal, lanesLeftOut.size() == 1 ? "is" : "are",
                    SnapshotRenderer.firstNamed(lanesLeftOut, "the foot of the picture"), tallest
                            ? String.format("the picture is as tall as a picture may be, %,d pixels: choose fewer"
                            + " lanes or a lower scale", height) : "a height of auto fits them all");
        }
    }

    private Exporter() {
    }

    /** Renders {@code events} as {@code spec} says and writes the PNG to {@code out}. Call from any thread. */
    public static CompletableFuture<Done> export(SnapshotSpec spec, List<Event> events, Map<String, String> actorNames,
                                                 Palette palette, Path out, DoubleConsumer progress, Executor writer) {
        return export(spec, Lanes.build(events, spec.lanes(), actorNames), palette, out, progress, writer);
    }

    /** Exports lanes already built, laid out and drawn on the FX thread (as the command line does). */
    public static CompletableFuture<Done> export(SnapshotSpec spec, Lanes lanes, Palette palette, Path out,
                                                 DoubleConsumer progress, Executor writer) {
        return draw(() -> SnapshotRenderer.fitted(spec, lanes, palette), spec, out, progress, writer, () -> false);
    }

    /**
     * Exports lanes already built, as the window does from a task: the picture is laid out on the
     * calling thread (for hundreds of lanes this takes long, and the window stays responsive; an
     * interrupt stops it between two trial layouts), then its tiles are drawn on the FX thread
     * until {@code cancelled} says stop.
     */
    public static CompletableFuture<Done> exportFromTask(SnapshotSpec spec, Lanes lanes, Palette palette, Path out,
                                                         DoubleConsumer progress, Executor writer,
                                                         BooleanSupplier cancelled) {
        progress.accept(-1);
        SnapshotRenderer laidOut = SnapshotRenderer.fitted(spec, lanes, palette);
        return draw(() -> laidOut, spec, out, progress, writer, cancelled);
    }

    private static CompletableFuture<Done> draw(Supplier<SnapshotRenderer> renderer, SnapshotSpec spec, Path out,
                                                DoubleConsumer progress, Executor writer, BooleanSupplier cancelled) {
        CompletableFuture<SnapshotRenderer.Snapshot> drawn = new CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                renderer.get().render(p -> progress.accept(p * 0.7), cancelled)
                        .whenComplete((s, e) -> {
                            if (e != null) {
                                drawn.completeExceptionally(e);
                            } else {
                                drawn.complete(s);
                            }
                        });
            } catch (RuntimeException e) {
                drawn.completeExceptionally(e);
            }
        });
        return drawn.thenApplyAsync(s -> {
            try {
                PngWriter.write(s.image(), out, metadata(spec), spec.scale());
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
            progress.accept(1);
            // A height of auto leaves lanes out only where the picture would be taller than any may be.
            return new Done(out, s.image().getWidth(), s.image().getHeight(), s.eventsShown(), s.counted(), s.lanesShown(),
                    s.lanesTotal(), s.lanesLeftOut(), spec.autoHeight());
        }, writer);
    }

    /** The PNG's text: title, the filters, the time shown, and what made it. */
    public static Map<String, String> metadata(SnapshotSpec spec) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", spec.title());
        m.put("Description", spec.caption());
        m.put("Time range", spec.window().describe() + " (UTC)");
        m.put("Software", "Annalist " + Version.get());
        m.put("Creation Time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!spec.footer().isBlank()) {
            m.put("Source", spec.footer());
        }
        return m;
    }

    /** The footer: the sources' attribution and when and by what the snapshot was made. */
    public static String footer(String sources) {
        // To the minute, as written: "2026-12-03 13:34 UTC" (not 13:34:00, seconds it never kept).
        String made = "Exported " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC).format(Instant.now()) + " with Annalist " + Version.get();
        return sources.isBlank() ? made : sources + " · " + made;
    }
}
