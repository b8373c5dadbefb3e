package io.annalist.map.view;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import io.annalist.Version;
import io.annalist.draw.FxSurface;
import io.annalist.draw.Surface;
import io.annalist.export.PngWriter;
import io.annalist.map.BaseMap;
import io.annalist.map.GeoBox;
import io.annalist.map.MapOutlines;
import io.annalist.map.MapScale;
import io.annalist.map.PlaceFilter;
import io.annalist.map.PlacedEvents;
import io.annalist.model.Event;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A snapshot of the map for a brief: title and filter caption above, the map with its legend
 * and scale bar, and the sources with what the map leaves out below, drawn by the same
 * {@link MapPainter} as the window and written as a PNG with its text metadata. Drawn in tiles
 * on the FX thread, written on the writer's thread.
 */
public final class MapSnapshot {
    private static final int TILE = 4096;

    /**
     * What to draw.
     *
     * @param view    the part of the world; null to fit the events
     * @param t0      the time window's start, or Long.MIN_VALUE for every event given
     * @param region  the Place filter's region to outline, or null
     */
    public record Spec(int width, int height, int scale, String title, String caption, String footer, boolean dark,
                       GeoBox view, long t0, long t1, PlaceFilter region) {
        public Spec {
            if (width < 200 || height < 150 || scale < 1 || scale > 4) {
                throw new IllegalArgumentException("a map snapshot must be at least 200 × 150 pixels at scale 1 to 4,"
                        + " not " + width + " × " + height + " at " + scale);
            }
            if ((long) width * scale > 32_000 || (long) height * scale > 32_000
                    || (long) width * height * scale * scale > 200_000_000L) {
                throw new IllegalArgumentException("a map of " + width * scale + " × " + height * scale
                        + " pixels is too large");
            }
        }
    }

    /** What was written. */
    public record Done(Path file, int width, int height, int onMap, int unplaced, int offMap) {
        public String summary() {
            return file + ": " + width + " × " + height + " px, " + String.format("%,d events on the map", onMap)
                    + (unplaced > 0 ? String.format(", %,d with no place", unplaced) : "")
                    + (offMap > 0 ? String.format(", %,d beyond 85° latitude", offMap) : "");
        }
    }

    private MapSnapshot() {
    }

    /** The map's light or dark colours from its stylesheet. FX thread. */
    public static MapPalette palette(boolean dark) {
        MapView v = new MapView();
        if (dark) {
            v.getStyleClass().add("dark");
        }
        new Scene(new Group(v));
        v.applyCss();
        return v.palette();
    }

    /** Draws {@code events} as {@code spec} says and writes the PNG to {@code out}. Call from any thread but the FX one. */
    public static CompletableFuture<Done> export(Spec spec, List<Event> events, Path out, Executor writer) {
        BaseMap map = BaseMap.bundled();
        MapOutlines outlines = MapOutlines.of(map);
        PlacedEvents placed = PlacedEvents.of(events, map);
        CompletableFuture<Object[]> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                drawn.complete(render(spec, map, outlines, placed));
            } catch (RuntimeException | Error e) {
                drawn.completeExceptionally(e);
            }
        });
        return drawn.thenApplyAsync(r -> {
            BufferedImage image = (BufferedImage) r[0];
            MapFrame f = (MapFrame) r[1];
            try {
                PngWriter.write(image, out, metadata(spec));
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
            return new Done(out, image.getWidth(), image.getHeight(), f.clusters().inView(), f.clusters().unplaced(),
                    f.clusters().offMap());
        }, writer);
    }

    /**
     * Draws the map as {@code spec} says, by the same painter, as a PDF page on {@code paper}
     * (the picture scaled to fit the margins) or as an SVG, as {@code out}'s name ends: shapes
     * stay shapes and text stays text. Call from any thread but the FX one.
     */
    public static CompletableFuture<Done> exportVector(Spec spec, List<Event> events, Path out,
                                                       io.annalist.export.BriefPages.Format paper, Executor writer) {
        boolean pdf = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        BaseMap map = BaseMap.bundled();
        MapOutlines outlines = MapOutlines.of(map);
        PlacedEvents placed = PlacedEvents.of(events, map);
        CompletableFuture<Object[]> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                MapPalette palette = palette(spec.dark());
                if (pdf) {
                    io.annalist.export.pdf.PdfPages pages = new io.annalist.export.pdf.PdfPages();
                    double m = io.annalist.export.BriefPages.Format.MARGIN;
                    double scale = Math.min((paper.widthPt() - 2 * m) / spec.width(),
                            (paper.heightPt() - 2 * m) / spec.height());
                    MapFrame f = paint(pages.page(paper.widthPt(), paper.heightPt(), m, m, scale), spec, map, outlines,
                            placed, palette);
                    pages.info(spec.title(), spec.caption(), "Annalist " + Version.get());
                    drawn.complete(new Object[]{pages, f});
                } else {
                    io.annalist.export.svg.SvgSurface svg = new io.annalist.export.svg.SvgSurface(spec.width(),
                            spec.height());
                    MapFrame f = paint(svg, spec, map, outlines, placed, palette);
                    drawn.complete(new Object[]{svg.document(spec.title(), spec.caption()), f});
                }
            } catch (RuntimeException | Error e) {
                drawn.completeExceptionally(e);
            }
        });
        return drawn.thenApplyAsync(r -> {
            MapFrame f = (MapFrame) r[1];
            try {
                if (r[0] instanceof io.annalist.export.pdf.PdfPages pages) {
                    try (pages) {
                        pages.save(out);
                    }
                } else {
                    io.annalist.io.AtomicFile.write(out, temp -> java.nio.file.Files.writeString(temp, (String) r[0],
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (java.io.IOException e) {
                throw new CompletionException(e);
            }
            return new Done(out, spec.width(), spec.height(), f.clusters().inView(), f.clusters().unplaced(),
                    f.clusters().offMap());
        }, writer);
    }

    private static Object[] render(Spec spec, BaseMap map, MapOutlines outlines, PlacedEvents placed) {
        MapPalette palette = palette(spec.dark());
        int pw = spec.width() * spec.scale();
        int ph = spec.height() * spec.scale();
        BufferedImage image = new BufferedImage(pw, ph, BufferedImage.TYPE_INT_RGB);
        MapFrame first = null;
        for (int ty = 0; ty < ph; ty += TILE) {
            for (int tx = 0; tx < pw; tx += TILE) {
                int w = Math.min(TILE, pw - tx);
                int h = Math.min(TILE, ph - ty);
                Canvas canvas = new Canvas(w, h);
                GraphicsContext gc = canvas.getGraphicsContext2D();
                gc.setTransform(spec.scale(), 0, 0, spec.scale(), -tx, -ty);
                MapFrame f = paint(new FxSurface(gc), spec, map, outlines, placed, palette);
                if (first == null) {
                    first = f;
                }
                SnapshotParameters params = new SnapshotParameters();
                params.setFill(palette.water());
                WritableImage img = canvas.snapshot(params, new WritableImage(w, h));
                int[] pixels = new int[w * h];
                img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), w);
                image.setRGB(tx, ty, w, h, pixels, 0, w);
            }
        }
        return new Object[]{image, first};
    }

    /** Draws the whole snapshot in logical coordinates; the transform picks the tile. */
    static MapFrame paint(Surface gc, Spec spec, BaseMap map, MapOutlines outlines, PlacedEvents placed,
                          MapPalette palette) {
        var p = palette.base();
        double font = p.font().getSize();
        double header = Math.round(font * 2.6) + Math.round(font * 1.8) + 6;
        double footer = Math.round(font * 3.4);
        double mapH = spec.height() - header - footer;
        gc.setFill(p.background());
        gc.fillRect(0, 0, spec.width(), spec.height());
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        Font titleFont = Font.font(p.font().getFamily(), FontWeight.BOLD, Math.round(font * 1.7));
        gc.setFont(titleFont);
        gc.setFill(p.text());
        gc.fillText(spec.title(), 12, 4 + font * 0.3);
        gc.setFont(p.font());
        gc.setFill(p.mutedText());
        gc.fillText(spec.caption(), 12, 4 + Math.round(font * 2.6));
        GeoBox box = spec.view() != null ? spec.view() : placed.bounds(spec.t0(), spec.t1());
        double legend = Math.round(font * 2.2);
        MapScale scale = box == null ? MapScale.world(spec.width(), mapH)
                : MapScale.fit(box, spec.width(), mapH, 300, font + 16, legend + 44);
        gc.save();
        gc.translate(0, header);
        gc.clipRect(0, 0, spec.width(), mapH);
        MapFrame f = new MapPainter().paint(gc, new MapPaintRequest(spec.width(), mapH, scale, map, outlines, placed,
                spec.t0(), spec.t1(), false, null, null, spec.region(), palette, true));
        gc.restore();
        double top = spec.height() - footer;
        gc.setStroke(p.separator());
        gc.setLineWidth(1);
        gc.strokeLine(0, top + 0.5, spec.width(), top + 0.5);
        gc.setTextBaseline(VPos.TOP);
        gc.setFont(p.font());
        gc.setFill(p.mutedText());
        gc.fillText(spec.footer(), 12, top + font * 0.4);
        var c = f.clusters();
        String counts = String.format("%,d events on the map", c.inView())
                + (c.unplaced() > 0 ? String.format(" · %,d have no place and are not on it", c.unplaced()) : "")
                + (c.offMap() > 0 ? String.format(" · %,d beyond 85° of latitude", c.offMap()) : "")
                + " · Borders: Natural Earth · Mercator projection";
        gc.fillText(counts, 12, top + font * 1.8);
        return f;
    }

    private static Map<String, String> metadata(Spec spec) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Title", spec.title());
        m.put("Description", spec.caption());
        m.put("Software", "Annalist " + Version.get());
        m.put("Creation Time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!spec.footer().isBlank()) {
            m.put("Source", spec.footer());
        }
        return m;
    }
}
