package io.annalist.export;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

import io.annalist.model.Event;
import io.annalist.timeline.Frame;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.PaintRequest;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import io.annalist.timeline.TimelinePainter;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a snapshot through the same {@link TimelinePainter} as the window, with a title and a
 * caption of the filters above and the sources below. The image is drawn in tiles of at most
 * {@link #TILE} pixels, one tile per pulse, so no canvas passes the texture limit, memory
 * stays at the image plus one tile, and the window stays responsive. Tiles are drawn on the
 * FX thread; the result can be written to disk on any thread.
 */
public final class SnapshotRenderer {
    /** The largest canvas drawn at once, in pixels on a side. */
    public static final int TILE = 4096;

    /** The picture, with what it shows: events drawn, lanes shown of how many, and the timeline's frame. */
    public record Snapshot(BufferedImage image, int eventsShown, int lanesShown, int lanesTotal, Frame frame,
                           double timelineTop) {
    }

    private final SnapshotSpec spec;
    private final Lanes lanes;
    private final Palette palette;
    private final TimeWindow dataRange;
    private final TimelinePainter painter = new TimelinePainter();
    private final double headerHeight;
    private final double footerHeight;

    /** {@code events} are those the filters let through; they are split into lanes here. */
    public SnapshotRenderer(SnapshotSpec spec, List<Event> events, Map<String, String> actorNames, Palette palette) {
        this(spec, Lanes.build(events, spec.lanes(), actorNames), palette);
    }

    /** Draws lanes already built (the window's, when they match the snapshot's lane mode). */
    public SnapshotRenderer(SnapshotSpec spec, Lanes lanes, Palette palette) {
        this.spec = spec;
        this.lanes = lanes;
        this.palette = palette;
        this.dataRange = lanes.all().range();
        double font = palette.font().getSize();
        this.headerHeight = (spec.showTitle() ? Math.round(font * 2.6) : 0) + (spec.showCaption() ? Math.round(font * 1.8)
                : 0) + (spec.showTitle() || spec.showCaption() ? 6 : 0);
        this.footerHeight = spec.showFooter() ? Math.round(font * 3.4) : 0;
    }

    /** Draws every tile in turn, one per pulse; completes with the image. Call from any thread. */
    public CompletableFuture<Snapshot> render(DoubleConsumer progress) {
        CompletableFuture<Snapshot> result = new CompletableFuture<>();
        int pw = spec.pixelWidth();
        int ph = spec.pixelHeight();
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        int cols = (pw + TILE - 1) / TILE;
        int rows = (ph + TILE - 1) / TILE;
        Frame[] first = new Frame[1];
        Runnable[] step = new Runnable[1];
        int[] next = {0};
        step[0] = () -> {
            try {
                int i = next[0]++;
                int tx = (i % cols) * TILE;
                int ty = (i / cols) * TILE;
                Frame f = tile(image, tx, ty, Math.min(TILE, pw - tx), Math.min(TILE, ph - ty));
                if (first[0] == null) {
                    first[0] = f;
                }
                progress.accept((double) next[0] / (cols * rows));
                if (next[0] < cols * rows) {
                    Platform.runLater(step[0]);
                } else {
                    result.complete(new Snapshot(image, eventsIn(first[0].lanesShown()), first[0].lanesShown(),
                            lanes.lanes().size(), first[0], headerHeight));
                }
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        };
        Platform.runLater(step[0]);
        return result;
    }

    /** Events in the time shown in the first {@code lanesShown} lanes, each counted once, marks and badges alike. */
    private int eventsIn(int lanesShown) {
        TimeWindow w = spec.window();
        if (lanesShown >= lanes.lanes().size()) {
            return lanes.all().countOverlapping(w.start(), w.end());
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Lanes.Lane lane : lanes.lanes().subList(0, lanesShown)) {
            shown.add(lane.key());
        }
        int[] n = {0};
        lanes.all().forEachOverlapping(w.start(), w.end(), p -> {
            if (lanes.inAnyLane(lanes.all().get(p), shown)) {
                n[0]++;
            }
        });
        return n[0];
    }

    private Frame tile(BufferedImage image, int tx, int ty, int w, int h) {
        Canvas canvas = new Canvas(w, h);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        int s = spec.scale();
        gc.setTransform(s, 0, 0, s, -tx, -ty);
        Frame f = paint(gc);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(palette.background());
        WritableImage img = canvas.snapshot(params, new WritableImage(w, h));
        int[] pixels = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), w);
        image.setRGB(tx, ty, w, h, pixels, 0, w);
        return f;
    }

    /** Draws the whole snapshot in logical coordinates; the transform picks the tile. */
    private Frame paint(GraphicsContext gc) {
        double width = spec.width();
        double height = spec.height();
        gc.setFill(palette.background());
        gc.fillRect(0, 0, width, height);
        header(gc, width);
        double timelineHeight = height - headerHeight - footerHeight;
        gc.save();
        gc.translate(0, headerHeight);
        PaintRequest r = new PaintRequest(width, timelineHeight, spec.window(), lanes, 0, spec.collapsedLanes(),
                null, null, palette, dataRange, spec.showLaneHeaders(), spec.showLegend(), false, spec.showAxis(), false);
        Frame f = painter.paint(gc, r);
        gc.restore();
        footer(gc, width, height, f);
        return f;
    }

    private void header(GraphicsContext gc, double width) {
        double font = palette.font().getSize();
        double y = 4;
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        if (spec.showTitle()) {
            Font titleFont = Font.font(palette.font().getFamily(), FontWeight.BOLD, Math.round(font * 1.7));
            gc.setFont(titleFont);
            gc.setFill(palette.text());
            gc.fillText(elide(spec.title(), titleFont, width - 24), 12, y + font * 0.3);
            y += Math.round(font * 2.6);
        }
        if (spec.showCaption()) {
            gc.setFont(palette.font());
            gc.setFill(palette.mutedText());
            gc.fillText(elide(spec.caption(), palette.font(), width - 24), 12, y);
        }
    }

    private void footer(GraphicsContext gc, double width, double height, Frame f) {
        if (!spec.showFooter()) {
            return;
        }
        double top = height - footerHeight;
        gc.setStroke(palette.separator());
        gc.setLineWidth(1);
        gc.strokeLine(0, top + 0.5, width, top + 0.5);
        gc.setFont(palette.font());
        gc.setFill(palette.mutedText());
        gc.setTextBaseline(VPos.TOP);
        double font = palette.font().getSize();
        gc.fillText(elide(spec.footer(), palette.font(), width - 24), 12, top + font * 0.4);
        String counts = String.format("%,d events shown", eventsIn(f.lanesShown()))
                + (f.lanesShown() < lanes.lanes().size() ? String.format(" · %d of %d lanes (the rest did not fit)",
                f.lanesShown(), lanes.lanes().size()) : "");
        gc.fillText(elide(counts, palette.font(), width - 24), 12, top + font * 1.8);
    }

    private static String elide(String s, Font font, double room) {
        Text t = new Text(s);
        t.setFont(font);
        if (t.getLayoutBounds().getWidth() <= room) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            t.setText(s.substring(0, mid) + "…");
            if (t.getLayoutBounds().getWidth() <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return s.substring(0, lo) + "…";
    }

    /** A snapshot small enough for one canvas, as a JavaFX image (for the clipboard). FX thread. */
    public WritableImage renderImage() {
        Canvas canvas = new Canvas(spec.pixelWidth(), spec.pixelHeight());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(spec.scale(), 0, 0, spec.scale(), 0, 0);
        paint(gc);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, null);
    }
}
