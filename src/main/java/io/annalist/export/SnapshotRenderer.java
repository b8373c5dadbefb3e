package io.annalist.export;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import io.annalist.draw.FxSurface;
import io.annalist.draw.Surface;
import io.annalist.model.Event;
import io.annalist.timeline.Frame;
import io.annalist.timeline.FrameLayout;
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

    /**
     * The picture, with what it shows: events drawn as their own mark, events only counted (in
     * badges or in collapsed lanes), lanes shown of how many (and the names of
     * those left out), and the timeline's frame.
     */
    public record Snapshot(BufferedImage image, int eventsShown, Counted counted, int lanesShown, int lanesTotal,
                           Frame frame, double timelineTop, List<String> lanesLeftOut) {
    }

    /** Full rows a lane may use in an export: more than on screen, as a brief has the room. */
    public static final int EXPORT_ROWS = 16;

    private final SnapshotSpec spec;
    private final Fit fit;
    private final Lanes lanes;
    /** The lanes the painter is given: all of them, or the first few when a fixed height leaves the rest out. */
    private Lanes drawn;
    private final Palette palette;
    private final TimeWindow dataRange;
    private final TimelinePainter painter = new TimelinePainter();
    private final SnapshotFooter footer;
    /** Frames planned to learn what a height shows, by rows and height: each planned once. */
    private final Map<String, Frame> dryRuns = new HashMap<>();
    /** Full rows a lane may use here: {@link #EXPORT_ROWS}, fewer where a fixed height needs it. */
    private int rows = EXPORT_ROWS;
    /** Lanes a fixed height holds whole, as laid out. */
    private int lanesFit = Integer.MAX_VALUE;
    private double headerHeight;
    /** Room left between the legend and the footer at a fixed height, so no lane is drawn unnamed. */
    private double slack;
    private final List<String> titleLines;
    private final List<String> captionLines;
    /** The starred events numbered beside their titles and listed at the foot, when the spec asks for them. */
    private final StarredList starredList;
    /** Shortened titles listed in full at the foot; past this many, the rest are counted. */
    static final int MAX_NOTES = io.annalist.timeline.TimelinePainter.MAX_NOTES;

    /** {@code events} are those the filters let through; they are split into lanes here. FX thread. */
    public SnapshotRenderer(SnapshotSpec spec, List<Event> events, Map<String, String> actorNames, Palette palette) {
        this(spec, Lanes.build(events, spec.lanes(), actorNames), palette);
    }

    /** Draws lanes already built (the window's, when they match the snapshot's lane mode). FX thread. */
    public SnapshotRenderer(SnapshotSpec spec, Lanes lanes, Palette palette) {
        this(spec, lanes, palette, Fit.ASKED);
    }

    /** How the height was come to: probed for its content, asked for, or fitted to the whole content. */
    private enum Fit {
        /** Only measuring the height that holds every lane: nothing settled. */
        PROBE,
        /** A height asked for: lanes, rows and notes settled to fit it. */
        ASKED,
        /** A height fitted to every lane and note: settled, but no note left out for room. */
        FITTED,
        /** The tallest picture there may be, for content taller still: settled as a height asked for. */
        TALLEST
    }

    /**
     * A fixed height is laid out (fewer rows, lanes left out) unless the renderer only probes the
     * height that fits every lane.
     */
    private SnapshotRenderer(SnapshotSpec spec, Lanes lanes, Palette palette, Fit fit) {
        this.spec = spec;
        this.fit = fit;
        this.lanes = spec.onlyLanes().isEmpty() ? lanes : lanes.only(spec.onlyLanes());
        this.drawn = this.lanes;
        this.palette = palette;
        this.dataRange = this.lanes.all().range();
        this.starredList = spec.starNotes()
                ? StarredList.of(spec.marks(), this.lanes.all(), spec.window(), MAX_NOTES) : StarredList.NONE;
        double font = palette.font().getSize();
        // The title wraps: a brief's title is never cut.
        this.titleLines = spec.showTitle() ? wrap(spec.title(), titleFont(), spec.width() - 24) : List.of();
        this.captionLines = spec.showCaption() ? wrap(spec.caption(), palette.font(), spec.width() - 24)
                : new ArrayList<>();
        this.headerHeight = (spec.showTitle() ? Math.round(font * 2.6) + Math.max(0, titleLines.size() - 1)
                * Math.round(font * 2.1) : 0) + captionLines.size() * lineHeight()
                + (spec.showTitle() || spec.showCaption() ? 6 : 0);
        this.footer = new SnapshotFooter(spec, this.lanes, palette, starredList);
        if (!spec.autoHeight() && fit != Fit.PROBE) {
            lanesFit = new FixedHeight(this, fit != Fit.FITTED).settle();
        }
    }

    /**
     * {@code spec}'s height, or more when it holds no lane whole even with one row a lane: then
     * the picture grows until the first lane fits (the others are left out and named). FX thread.
     */
    public static int heightHolding(SnapshotSpec spec, Lanes lanes, Palette palette) {
        return holding(spec, lanes, palette).spec.height();
    }

    /**
     * The renderer for {@code spec} at the height it is drawn at: every lane's when the height is
     * auto, else {@link #heightHolding}. FX thread.
     */
    public static SnapshotRenderer fitted(SnapshotSpec spec, Lanes lanes, Palette palette) {
        if (spec.autoHeight()) {
            double needed = contentHeight(spec, lanes, palette);
            int largest = largestHeight(spec);
            if (needed > largest) {
                // Taller than the largest picture: settled as a height asked for (lanes that do not fit left out and
                // named, the notes kept to their share and the rest counted), so nothing runs off its foot.
                return new SnapshotRenderer(spec.withSize(spec.width(), largest, spec.scale()), lanes, palette,
                        Fit.TALLEST);
            }
            return new SnapshotRenderer(spec.withSize(spec.width(), (int) Math.max(120, Math.ceil(needed)),
                    spec.scale()), lanes, palette, Fit.FITTED);
        }
        return holding(spec, lanes, palette);
    }

    /** The tallest picture {@code spec}'s width and scale allow: its pixels within a side's and a picture's most. */
    static int largestHeight(SnapshotSpec spec) {
        long perRow = (long) spec.pixelWidth() * spec.scale();
        return (int) Math.min(SnapshotSpec.MAX_SIDE / spec.scale(), SnapshotSpec.MAX_PIXELS / perRow);
    }

    private static SnapshotRenderer holding(SnapshotSpec spec, Lanes lanes, Palette palette) {
        SnapshotRenderer asked = new SnapshotRenderer(spec, lanes, palette);
        Lanes shown = spec.onlyLanes().isEmpty() ? lanes : lanes.only(spec.onlyLanes());
        if (spec.autoHeight() || shown.lanes().isEmpty() || asked.lanesFit > 0) {
            return asked;
        }
        int max = largestHeight(spec);
        // Grown by a fifth at a time as a height asked for (fewer rows, notes beyond a quarter of the height
        // counted), then back to the least height between the last two that still holds the first lane, so
        // the picture grows no more than it must and leaves no band of blank room.
        int small = spec.height();
        int h = small;
        SnapshotRenderer r = asked;
        while (r.lanesFit == 0 && h < max) {
            small = h;
            h = Math.min(max, (int) Math.ceil(h * 1.2));
            r = new SnapshotRenderer(spec.withSize(spec.width(), h, spec.scale()), lanes, palette);
        }
        if (r.lanesFit == 0) {
            // Even the largest picture holds no lane whole with its notes: as tall as a picture may be.
            return new SnapshotRenderer(spec.withSize(spec.width(), max, spec.scale()), lanes, palette, Fit.TALLEST);
        }
        while (h - small > GROWN_WITHIN) {
            int mid = (small + h) / 2;
            SnapshotRenderer m = new SnapshotRenderer(spec.withSize(spec.width(), mid, spec.scale()), lanes, palette);
            if (m.lanesFit > 0) {
                r = m;
                h = mid;
            } else {
                small = mid;
            }
        }
        return r;
    }

    /** The lanes drawn whole at a fixed height (every lane's count when the height is auto). */
    int lanesFit() {
        return lanesFit;
    }

    /** Pixels within which a picture grown to hold its first lane comes to the least height that does. */
    private static final int GROWN_WITHIN = 8;

    /** The caption and the footer for {@code f}: the rows given, the lanes left out, what is shown. */
    void sayWhatFits(List<String> caption, double header, Frame f) {
        captionLines.clear();
        captionLines.addAll(caption);
        headerHeight = header;
        if (rows < EXPORT_ROWS && spec.showCaption()) {
            // Thin rows of small untitled marks still show under the titled rows: the caption counts the titled ones.
            addCaption("Lanes drawn with at most " + rows + (rows == 1 ? " row" : " rows")
                    + " of titled marks each to fit " + theHeight() + " (small marks below them); what does not fit is"
                    + " counted in badges");
        }
        List<String> out = leftOut(f.lanesShown());
        if (!out.isEmpty() && spec.showCaption()) {
            // A fixed height that cannot hold every lane says so under the title, not only at the foot.
            // Under the title, the first few: hundreds of names there would take the room of the lanes themselves.
            addCaption("Lanes left out, as they did not fit " + theHeight() + ": " + firstNamed(out, "the foot"));
        }
        layOutFooter(f);
    }

    /** The height the lanes were fitted to, in words: the one asked for, or the most a picture may have. */
    private String theHeight() {
        return fit == Fit.TALLEST
                ? String.format("the tallest picture there may be, %,d pixels tall", spec.pixelHeight()) : "the height";
    }

    /** Lanes left out named under the title and in the message; the footer names them all. */
    static final int CAPTION_LANES = 8;

    /** The first few of {@code names} and how many more the footer names ({@code foot}: where that is). */
    static String firstNamed(List<String> names, String foot) {
        return names.size() <= CAPTION_LANES ? String.join(", ", names)
                : String.join(", ", names.subList(0, CAPTION_LANES))
                + String.format(" and %,d more, named at %s", names.size() - CAPTION_LANES, foot);
    }

    /** The timeline's height for the lanes {@code f} draws whole, with the axis above and the legend below. */
    double neededFor(Frame f) {
        FrameLayout l = painter.layoutFor(request(1000));
        double bottom = 0;
        for (int i = 0; i < Math.min(f.lanesShown(), f.lanes().size()); i++) {
            bottom = Math.max(bottom, f.lanes().get(i).top() + f.lanes().get(i).height());
        }
        return Math.ceil(l.lanesTop() + bottom + l.legendHeight() + 2);
    }

    private void addCaption(String text) {
        List<String> more = wrap(text, palette.font(), spec.width() - 24);
        captionLines.addAll(more);
        headerHeight += more.size() * lineHeight();
    }

    private Font titleFont() {
        return Font.font(palette.font().getFamily(), FontWeight.BOLD, Math.round(palette.font().getSize() * 1.7));
    }

    private double lineHeight() {
        return Math.round(palette.font().getSize() * 1.45);
    }

    /**
     * The logical height at which every lane of {@code spec} is drawn whole with its content,
     * with the header, the footer and the notes on shortened titles. FX thread.
     */
    public static int fittedHeight(SnapshotSpec spec, Lanes lanes, Palette palette) {
        return (int) Math.max(120, Math.min(largestHeight(spec), Math.ceil(contentHeight(spec, lanes, palette))));
    }

    /** The logical height every lane of {@code spec} and every note take, however tall. FX thread. */
    private static double contentHeight(SnapshotSpec spec, Lanes lanes, Palette palette) {
        SnapshotSpec probe = spec.withSize(spec.width(), 900, spec.scale());
        SnapshotRenderer r = new SnapshotRenderer(probe, lanes, palette, Fit.PROBE);
        PaintRequest req = r.request(400);
        double lanesHeight = r.painter.lanesHeightFor(req);
        FrameLayout l = r.painter.layoutFor(r.request(1000));
        double timeline = l.lanesTop() + Math.max(lanesHeight, 2 * l.rowHeight()) + l.legendHeight() + 2;
        r.layOutFooter(r.dryRun(timeline));
        return r.headerHeight + timeline + r.footer.height();
    }

    private PaintRequest request(double timelineHeight) {
        return request(timelineHeight, 0);
    }

    /** The timeline at {@code timelineHeight}, its lanes scrolled up by {@code laneScroll} (a page of a PDF). */
    PaintRequest request(double timelineHeight, double laneScroll) {
        return new PaintRequest(spec.width(), timelineHeight, spec.window(), drawn, laneScroll, spec.collapsedLanes(),
                null, null, palette, dataRange, spec.showLaneHeaders(), spec.showLegend(), false, spec.showAxis(), false)
                .withRows(Map.of(), rows).withCompress(spec.compress()).withMarks(spec.marks())
                .withStarNumbers(starredList.numbers());
    }

    TimelinePainter painter() {
        return painter;
    }

    SnapshotSpec spec() {
        return spec;
    }

    Palette palette() {
        return palette;
    }

    double headerHeight() {
        return headerHeight;
    }

    /** The caption's lines as the spec gives them, before a fixed height adds what it leaves out. */
    List<String> captionCopy() {
        return List.copyOf(captionLines);
    }

    int rows() {
        return rows;
    }

    void rows(int rows) {
        this.rows = rows;
    }

    void noteRoom(double pixels) {
        footer.noteRoom(pixels);
    }

    double slack() {
        return slack;
    }

    void slack(double slack) {
        this.slack = slack;
    }

    int lanesTotal() {
        return lanes.lanes().size();
    }

    /**
     * Gives the painter only the first {@code n} lanes (all of them when {@code n} is their count): a
     * fixed height that leaves the others out draws a legend of what the lanes drawn hold, not of the
     * kinds and looks only the lanes left out have.
     */
    void drawOnly(int n) {
        if (n >= lanes.lanes().size()) {
            drawn = lanes;
        } else {
            Set<String> keys = new java.util.HashSet<>();
            for (Lanes.Lane lane : lanes.lanes().subList(0, n)) {
                keys.add(lane.key());
            }
            drawn = lanes.only(keys);
        }
        dryRuns.clear();
    }

    /** Every lane planned whole, as an export as tall as its lanes shows them; the footer laid out for it. */
    /** What {@code f} counts rather than draws, and the events only in lanes it leaves out. */
    Counted counted(Frame f) {
        return footer.counted(f);
    }

    Frame wholeFrame() {
        FrameLayout l = painter.layoutFor(request(1000));
        double lanesHeight = painter.lanesHeightFor(request(400));
        Frame f = dryRun(l.lanesTop() + Math.max(lanesHeight, 2 * l.rowHeight()) + l.legendHeight() + 2);
        layOutFooter(f);
        return f;
    }

    /** The footer's lines (sources, export time, what is shown), wrapped, as laid out last. */
    List<String> footerLines() {
        return footer.lines();
    }

    /** The heading above the notes on shortened titles (what their numbers and dashes mean), wrapped to {@code room}. */
    List<String> notesHeading(double room) {
        return footer.notesHeading(room);
    }

    /** The notes on shortened titles, each wrapped to {@code room}. */
    List<List<String>> notesWrapped(double room) {
        return footer.notesWrapped(room);
    }

    /** The starred events' titles at the foot, heading first, each wrapped to {@code room}; empty for none. */
    List<List<String>> starNotesWrapped(double room) {
        return footer.starNotesWrapped(room);
    }

    List<List<String>> notesAsDrawn() {
        return footer.notesAsDrawn();
    }

    double textLineHeight() {
        return lineHeight();
    }

    /**
     * Plans the timeline at {@code timelineHeight} without keeping the picture, to learn what it will show.
     * The same rows and height give the same frame, so each is planned once.
     */
    Frame dryRun(double timelineHeight) {
        if (Thread.currentThread().isInterrupted()) {
            // Laid out on a task's thread: Cancel stops it between two trial layouts, not after all of them.
            throw new CancellationException("cancelled");
        }
        double h = Math.max(1, timelineHeight);
        return dryRuns.computeIfAbsent(rows + "@" + h, k -> painter.paint(new io.annalist.draw.Nowhere(), request(h)));
    }

    /** Lays the footer out for what {@code f} shows ({@code null}: the sources alone). */
    void layOutFooter(Frame f) {
        footer.layOut(f);
    }

    double footerHeight() {
        return footer.height();
    }

    /** The names of the lanes after the first {@code shown}: those a fixed height left out. */
    List<String> leftOut(int shown) {
        return footer.leftOut(shown);
    }

    /** Draws every tile in turn, one per pulse; completes with the image. Call from any thread. */
    public CompletableFuture<Snapshot> render(DoubleConsumer progress) {
        return render(progress, () -> false);
    }

    /** As {@link #render(DoubleConsumer)}, stopping before the next tile once {@code cancelled} says so. */
    public CompletableFuture<Snapshot> render(DoubleConsumer progress, BooleanSupplier cancelled) {
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
                if (cancelled.getAsBoolean()) {
                    result.completeExceptionally(new CancellationException("cancelled"));
                    return;
                }
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
                    Frame.Tally t = first[0].tally();
                    result.complete(new Snapshot(image, t.marked().size(), footer.counted(first[0]),
                            first[0].lanesShown(),
                            lanes.lanes().size(), first[0], headerHeight, leftOut(first[0].lanesShown())));
                }
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        };
        Platform.runLater(step[0]);
        return result;
    }

    private Frame tile(BufferedImage image, int tx, int ty, int w, int h) {
        Canvas canvas = new Canvas(w, h);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        int s = spec.scale();
        gc.setTransform(s, 0, 0, s, -tx, -ty);
        Frame f = paint(FxSurface.tile(gc));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(palette.background());
        WritableImage img = canvas.snapshot(params, new WritableImage(w, h));
        int[] pixels = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(pixels), w);
        image.setRGB(tx, ty, w, h, pixels, 0, w);
        return f;
    }

    /** Draws the whole snapshot in logical coordinates; the transform picks the tile. */
    Frame paint(Surface gc) {
        double width = spec.width();
        double height = spec.height();
        gc.setFill(palette.background());
        gc.fillRect(0, 0, width, height);
        header(gc, width);
        double timelineHeight = height - headerHeight - footer.height() - slack;
        gc.save();
        gc.translate(0, headerHeight);
        Frame f = painter.paint(gc, request(Math.max(1, timelineHeight)));
        gc.restore();
        footer.draw(gc, width, height);
        return f;
    }

    void header(Surface gc, double width) {
        double font = palette.font().getSize();
        double y = 4;
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(TextAlignment.LEFT);
        if (spec.showTitle()) {
            gc.setFont(titleFont());
            gc.setFill(palette.text());
            for (int i = 0; i < titleLines.size(); i++) {
                gc.fillText(titleLines.get(i), 12, y + font * 0.3 + i * Math.round(font * 2.1));
            }
            y += Math.round(font * 2.6) + Math.max(0, titleLines.size() - 1) * Math.round(font * 2.1);
        }
        gc.setFont(palette.font());
        gc.setFill(palette.mutedText());
        for (String line : captionLines) {
            gc.fillText(line, 12, y);
            y += lineHeight();
        }
    }

    /** {@code s} in lines no wider than {@code room}, broken between words (a word too long is broken inside). */
    public static List<String> wrap(String s, Font font, double room) {
        Text t = new Text();
        t.setFont(font);
        return io.annalist.draw.Wrap.lines(s, text -> {
            t.setText(text);
            return t.getLayoutBounds().getWidth();
        }, room);
    }

    /** A snapshot small enough for one canvas, as a JavaFX image (for the clipboard). FX thread. */
    public WritableImage renderImage() {
        Canvas canvas = new Canvas(spec.pixelWidth(), spec.pixelHeight());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(spec.scale(), 0, 0, spec.scale(), 0, 0);
        paint(new FxSurface(gc));
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return canvas.snapshot(params, null);
    }
}
