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
     * @param title   the heading, or blank for none (the caption then starts at the top)
     * @param caption the filters in words, or blank for none
     * @param footer  the sources, or blank: the line of what the map leaves out is always written
     * @param legend  false to leave the legend out
     * @param mapHeight the map's own height, the title, caption and footer added above and below
     *                (a map as large as on screen); 0 for a picture {@code height} tall in all
     * @param shown   the map as the window shows it (its centre and zoom), to draw the same part of
     *                the world, or null; it takes the place of {@code view}
     */
    public record Spec(int width, int height, int scale, String title, String caption, String footer, boolean dark,
                       GeoBox view, long t0, long t1, PlaceFilter region, String timeRange, boolean legend,
                       int mapHeight, MapScale shown) {
        /** A map of the time {@code t0}–{@code t1}, or of every event given; the caption says which time. */
        public Spec(int width, int height, int scale, String title, String caption, String footer, boolean dark,
                    GeoBox view, long t0, long t1, PlaceFilter region) {
            this(width, height, scale, title, caption, footer, dark, view, t0, t1, region, true);
        }

        /** As above, with or without the legend. */
        public Spec(int width, int height, int scale, String title, String caption, String footer, boolean dark,
                    GeoBox view, long t0, long t1, PlaceFilter region, boolean legend) {
            this(width, height, scale, title, caption, footer, dark, view, t0, t1, region,
                    t0 == Long.MIN_VALUE ? "" : new io.annalist.timeline.TimeWindow(t0, t1).describe(), legend, 0,
                    null);
        }

        /** The same, with the map itself {@code h} pixels tall and the texts added to it. */
        public Spec withMapHeight(int h) {
            return new Spec(width, Math.max(height, h), scale, title, caption, footer, dark, view, t0, t1, region,
                    timeRange, legend, h, shown);
        }

        /**
         * The same, showing the part of the world the window's map shows at {@code s}: the same
         * middle, at the zoom that keeps all of it in view at this picture's size (the same zoom
         * when the sizes are the same).
         */
        public Spec shownAs(MapScale s) {
            return new Spec(width, height, scale, title, caption, footer, dark, view, t0, t1, region, timeRange,
                    legend, mapHeight, s);
        }

        /** The same map, saying that it shows the time of {@code events} (first start to last end). */
        public Spec ofTimeOf(List<Event> events) {
            if (!timeRange.isEmpty() || events.isEmpty()) {
                return this;
            }
            long a = Long.MAX_VALUE;
            long b = Long.MIN_VALUE;
            for (Event e : events) {
                a = Math.min(a, e.when().start());
                b = Math.max(b, e.when().end());
            }
            return new Spec(width, height, scale, title, caption, footer, dark, view, t0, t1, region,
                    new io.annalist.timeline.TimeWindow(a, Math.max(a + 1, b)).describe(), legend, mapHeight, shown);
        }

        public Spec {
            timeRange = timeRange == null ? "" : timeRange;
            title = title == null ? "" : title;
            caption = caption == null ? "" : caption;
            footer = footer == null ? "" : footer;
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

    /** What was written, and the part of the world drawn ({@code view}: its centre and zoom, in the map's pixels). */
    public record Done(Path file, int width, int height, int onMap, int unplaced, int offMap, MapScale view) {
        public String summary() {
            // A PDF holds the map on one page, scaled to its margins: its drawing size in pixels would mislead.
            boolean pdf = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
            return file + ": " + (pdf ? "one page" : width + " × " + height + " px") + ", "
                    + io.annalist.map.MapNotes.summary(onMap, unplaced, offMap);
        }
    }

    private MapSnapshot() {
    }

    /** The height of a map on one page of {@code paper}, at the scale its width is chosen for. */
    public static int pageHeight(io.annalist.export.BriefPages.Format paper) {
        return (int) Math.round((paper.heightPt() - 2 * io.annalist.export.BriefPages.Format.MARGIN)
                / io.annalist.export.BriefPages.Format.DEFAULT_SCALE);
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
    public static CompletableFuture<Done> export(Spec asked, List<Event> events, Path out, Executor writer) {
        Spec spec = asked.ofTimeOf(events);
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
            return new Done(out, image.getWidth(), image.getHeight(), f.onMap(), f.clusters().unplaced(),
                    f.clusters().offMap(), f.scale());
        }, writer);
    }

    /**
     * Draws the map as {@code spec} says, by the same painter, as a PDF page on {@code paper}
     * (the picture scaled to fit the margins) or as an SVG, as {@code out}'s name ends: shapes
     * stay shapes and text stays text. Call from any thread but the FX one.
     */
    public static CompletableFuture<Done> exportVector(Spec asked, List<Event> events, Path out,
                                                       io.annalist.export.BriefPages.Format paper, Executor writer) {
        boolean pdf = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
        BaseMap map = BaseMap.bundled();
        MapOutlines outlines = MapOutlines.of(map);
        PlacedEvents placed = PlacedEvents.of(events, map);
        CompletableFuture<Object[]> drawn = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                MapPalette palette = palette(asked.dark());
                Spec spec = holding(asked.ofTimeOf(events), palette, placed);
                if (pdf) {
                    io.annalist.export.pdf.PdfPages pages = new io.annalist.export.pdf.PdfPages();
                    double m = io.annalist.export.BriefPages.Format.MARGIN;
                    double scale = Math.min((paper.widthPt() - 2 * m) / spec.width(),
                            (paper.heightPt() - 2 * m) / spec.height());
                    MapFrame f = paint(pages.page(paper.widthPt(), paper.heightPt(), m, m, scale), spec, map, outlines,
                            placed, palette);
                    pages.info(spec.title(), caption(spec), "Annalist " + Version.get());
                    drawn.complete(new Object[]{pages, f, spec});
                } else {
                    io.annalist.export.svg.SvgSurface svg = new io.annalist.export.svg.SvgSurface(spec.width(),
                            spec.height());
                    MapFrame f = paint(svg, spec, map, outlines, placed, palette);
                    drawn.complete(new Object[]{svg.document(spec.title(), caption(spec)), f, spec});
                }
            } catch (RuntimeException | Error e) {
                drawn.completeExceptionally(e);
            }
        });
        return drawn.thenApplyAsync(r -> {
            MapFrame f = (MapFrame) r[1];
            Spec spec = (Spec) r[2];
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
            return new Done(out, spec.width(), spec.height(), f.onMap(), f.clusters().unplaced(),
                    f.clusters().offMap(), f.scale());
        }, writer);
    }

    /** The map of {@code events} as {@code spec} says, as an image, with how many it places. FX thread. */
    static BufferedImage image(Spec spec, List<Event> events, int[] counts) {
        BaseMap map = BaseMap.bundled();
        Object[] r = render(spec.ofTimeOf(events), map, MapOutlines.of(map), PlacedEvents.of(events, map));
        MapFrame f = (MapFrame) r[1];
        counts[0] = f.onMap();
        counts[1] = f.clusters().unplaced();
        return (BufferedImage) r[0];
    }

    private static Object[] render(Spec asked, BaseMap map, MapOutlines outlines, PlacedEvents placed) {
        MapPalette palette = palette(asked.dark());
        Spec spec = holding(asked, palette, placed);
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

    /** The title, caption and footer, each wrapped to the width: nothing of them is cut. */
    private record Texts(List<String> title, List<String> caption, List<String> footer, int countLines,
                         double header, double footerHeight) {
    }

    private static Font titleFont(Font font) {
        return Font.font(font.getFamily(), FontWeight.BOLD, Math.round(font.getSize() * 1.7));
    }

    private static double lineHeight(Font font) {
        return Math.round(font.getSize() * 1.45);
    }

    /** What the map leaves out, in words, after the counts of the frame drawn. */
    static String counts(int onMap, int unplaced, int offMap) {
        return io.annalist.map.MapNotes.underTheMap(onMap, unplaced, offMap);
    }

    private static Texts texts(Spec spec, Font font) {
        double room = spec.width() - 24;
        List<String> title = io.annalist.export.SnapshotRenderer.wrap(spec.title(), titleFont(font), room);
        List<String> caption = io.annalist.export.SnapshotRenderer.wrap(caption(spec), font, room);
        List<String> footer = io.annalist.export.SnapshotRenderer.wrap(spec.footer(), font, room);
        // Room for the counts at their longest: the frame's own are known only once the map is drawn.
        int countLines = io.annalist.export.SnapshotRenderer.wrap(counts(9_999_999, 9_999_999, 9_999_999), font, room)
                .size();
        double fs = font.getSize();
        double header = titleHeight(title, fs) + caption.size() * lineHeight(font) + 6;
        double footerH = (footer.size() + countLines) * lineHeight(font) + Math.round(fs * 0.9);
        return new Texts(title, caption, footer, countLines, header, footerH);
    }

    /** The room the title's lines take above the caption; a little margin when there is no title. */
    private static double titleHeight(List<String> title, double fs) {
        return title.isEmpty() ? 6 : Math.round(fs * 2.6) + (title.size() - 1) * Math.round(fs * 2.1);
    }

    /**
     * {@code spec}, taller where its wrapped title, caption and footer would leave the map less
     * than half the height asked for, or too little for its legend (which wraps on a narrow
     * map): the footer is never cut, the map never squeezed out, and the legend always drawn.
     */
    static Spec holding(Spec spec, MapPalette palette, PlacedEvents placed) {
        Texts t = texts(spec, palette.base().font());
        double mapH = spec.height() - t.header() - t.footerHeight();
        double legend = !spec.legend() ? 0 : new MapPainter().legendRoom(spec.width(), palette,
                placed.contents(spec.t0(), spec.t1(), false));
        double least = Math.max(spec.mapHeight() > 0 ? spec.mapHeight() : spec.height() / 2.0,
                Math.ceil(legend / MapPainter.LEGEND_SHARE) + 1);
        if (mapH >= least && (spec.mapHeight() == 0 || mapH < least + 1)) {
            return spec;
        }
        int h = (int) Math.ceil(t.header() + t.footerHeight() + least);
        int max = 32_000 / spec.scale();
        return new Spec(spec.width(), Math.min(max, h), spec.scale(), spec.title(), spec.caption(), spec.footer(),
                spec.dark(), spec.view(), spec.t0(), spec.t1(), spec.region(), spec.timeRange(), spec.legend(),
                spec.mapHeight(), spec.shown());
    }

    /** The caption with the time the map shows, when the caption does not say it already. */
    static String caption(Spec spec) {
        String c = spec.caption();
        if (c.contains("Shown: ") || c.contains("Events: ") || c.contains("All events: ") || c.contains("No events match")
                || spec.timeRange().isEmpty()) {
            return spec.caption();
        }
        return (spec.caption().isBlank() ? "" : spec.caption() + " · ") + "Time: " + spec.timeRange();
    }

    /** Draws the whole snapshot in logical coordinates; the transform picks the tile. */
    static MapFrame paint(Surface gc, Spec spec, BaseMap map, MapOutlines outlines, PlacedEvents placed,
                          MapPalette palette) {
        var p = palette.base();
        double font = p.font().getSize();
        Texts t = texts(spec, p.font());
        double header = t.header();
        double footer = t.footerHeight();
        double mapH = Math.max(60, spec.height() - header - footer);
        gc.setFill(p.background());
        gc.fillRect(0, 0, spec.width(), spec.height());
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFont(titleFont(p.font()));
        gc.setFill(p.text());
        for (int i = 0; i < t.title().size(); i++) {
            gc.fillText(t.title().get(i), 12, 4 + font * 0.3 + i * Math.round(font * 2.1));
        }
        gc.setFont(p.font());
        gc.setFill(p.mutedText());
        double y = 4 + titleHeight(t.title(), font);
        for (String line : t.caption()) {
            gc.fillText(line, 12, y);
            y += lineHeight(p.font());
        }
        MapPainter painter = new MapPainter();
        // The part of the world asked for is shown as it is, under the note and the legend as on screen; the
        // events' own fit gets room round what is drawn of them, clear of both.
        MapScale scale = spec.shown() != null ? asShown(spec.shown(), spec.width(), mapH) : spec.view() != null
                ? MapScale.fit(spec.view(), spec.width(), mapH, 300, 0, 0, 0)
                : painter.fit(placed, spec.t0(), spec.t1(), false, spec.width(), mapH, palette, spec.legend());
        gc.save();
        gc.translate(0, header);
        gc.clipRect(0, 0, spec.width(), mapH);
        MapFrame f = painter.paint(gc, new MapPaintRequest(spec.width(), mapH, scale, map, outlines, placed,
                spec.t0(), spec.t1(), false, null, null, spec.region(), palette, spec.legend()));
        gc.restore();
        double top = spec.height() - footer;
        gc.setStroke(p.separator());
        gc.setLineWidth(1);
        gc.strokeLine(0, top + 0.5, spec.width(), top + 0.5);
        gc.setTextBaseline(VPos.TOP);
        gc.setFont(p.font());
        gc.setFill(p.mutedText());
        y = top + font * 0.4;
        for (String line : t.footer()) {
            gc.fillText(line, 12, y);
            y += lineHeight(p.font());
        }
        var c = f.clusters();
        for (String line : io.annalist.export.SnapshotRenderer.wrap(counts(f.onMap(), c.unplaced(), c.offMap()),
                p.font(), spec.width() - 24)) {
            gc.fillText(line, 12, y);
            y += lineHeight(p.font());
        }
        return f;
    }

    /** The window's view {@code s} over a map {@code w} × {@code h}: the same middle, all it shows still in view. */
    static MapScale asShown(MapScale s, double w, double h) {
        double zoom = Math.min(w / s.width(), h / s.height());
        return new MapScale(s.centreX(), s.centreY(), s.pixelsPerUnit() * zoom, w, h).clamped();
    }

    private static Map<String, String> metadata(Spec spec) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!spec.title().isBlank()) {
            m.put("Title", spec.title());
        }
        m.put("Description", caption(spec));
        if (!spec.timeRange().isEmpty()) {
            m.put("Time range", spec.timeRange() + " (UTC)");
        }
        m.put("Software", "Annalist " + Version.get());
        m.put("Creation Time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        if (!spec.footer().isBlank()) {
            m.put("Source", spec.footer());
        }
        return m;
    }
}
