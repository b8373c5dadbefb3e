package io.annalist.export;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
    public record Snapshot(BufferedImage image, int eventsShown, int eventsCounted, int lanesShown, int lanesTotal,
                           Frame frame, double timelineTop, List<String> lanesLeftOut) {
    }

    /** Full rows a lane may use in an export: more than on screen, as a brief has the room. */
    public static final int EXPORT_ROWS = 16;

    private final SnapshotSpec spec;
    private final Lanes lanes;
    private final Palette palette;
    private final TimeWindow dataRange;
    private final TimelinePainter painter = new TimelinePainter();
    /** Full rows a lane may use here: {@link #EXPORT_ROWS}, fewer where a fixed height needs it. */
    private int rows = EXPORT_ROWS;
    /** Lanes a fixed height holds whole, as laid out. */
    private int lanesFit = Integer.MAX_VALUE;
    private double headerHeight;
    private double footerHeight;
    /** Room left between the legend and the footer at a fixed height, so no lane is drawn unnamed. */
    private double slack;
    private final List<String> titleLines;
    private final List<String> captionLines;
    private List<String> footerLines = List.of();
    private List<String> notes = List.of();
    private String notesHeading = "";
    private int noteColumns = 1;
    private List<List<String>> wrappedNotes = List.of();
    /** The starred events numbered beside their titles and listed at the foot, when the spec asks for them. */
    private final StarredList starredList;
    private List<String> starNotes = List.of();
    private List<String> starLines = List.of();
    /** Shortened titles listed in full at the foot; past this many, the rest are counted. */
    static final int MAX_NOTES = io.annalist.timeline.TimelinePainter.MAX_NOTES;

    /** {@code events} are those the filters let through; they are split into lanes here. FX thread. */
    public SnapshotRenderer(SnapshotSpec spec, List<Event> events, Map<String, String> actorNames, Palette palette) {
        this(spec, Lanes.build(events, spec.lanes(), actorNames), palette);
    }

    /** Draws lanes already built (the window's, when they match the snapshot's lane mode). FX thread. */
    public SnapshotRenderer(SnapshotSpec spec, Lanes lanes, Palette palette) {
        this(spec, lanes, palette, true);
    }

    /**
     * {@code fitting}: a fixed height is laid out (fewer rows, lanes left out) — not when the
     * renderer only probes the height that fits every lane.
     */
    private SnapshotRenderer(SnapshotSpec spec, Lanes lanes, Palette palette, boolean fitting) {
        this.spec = spec;
        this.lanes = spec.onlyLanes().isEmpty() ? lanes : lanes.only(spec.onlyLanes());
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
        if (!spec.autoHeight() && fitting) {
            // The footer's notes depend on what the timeline shows, and its height on the notes: two passes.
            layOutFooter(dryRun(spec.height() - headerHeight - footerFor(null)));
            Frame f = dryRun(spec.height() - headerHeight - footerHeight);
            // A height too small for every lane at its rows first gives the lanes fewer rows (what does not fit
            // them is counted in badges), so that something is drawn; only then are lanes left out.
            for (int fewer : new int[]{8, 4, 2, 1}) {
                if (f.lanesShown() >= this.lanes.lanes().size()) {
                    break;
                }
                int before = rows;
                rows = fewer;
                layOutFooter(dryRun(spec.height() - headerHeight - footerFor(null)));
                Frame g = dryRun(spec.height() - headerHeight - footerHeight);
                if (g.lanesShown() > f.lanesShown()) {
                    f = g;
                } else if (g.lanesShown() < f.lanesShown()) {
                    rows = before;
                }
            }
            // What the caption and the footer say depends on the lanes that fit and on what they show, and the
            // lanes that fit on the room the caption and the footer take: settle both on the frame that is drawn.
            List<String> caption = List.copyOf(captionLines);
            double header = headerHeight;
            Frame fewest = f;
            for (int pass = 0; pass < 4; pass++) {
                sayWhatFits(caption, header, f);
                Frame g = dryRun(spec.height() - headerHeight - footerHeight);
                if (g.lanesShown() == f.lanesShown()) {
                    double footer = footerHeight;
                    // The footer now speaks of the frame drawn; if it takes the same room, drawing gives that frame.
                    layOutFooter(g);
                    if (footerHeight == footer) {
                        fewest = g;
                        break;
                    }
                }
                fewest = g.lanesShown() <= fewest.lanesShown() ? g : fewest;
                f = g;
            }
            // Words and room that never agree (a footer that grows with the lanes it names) settle on the fewer
            // lanes; the room left over goes below the legend, so no lane is drawn that the words leave out.
            f = fewest;
            sayWhatFits(caption, header, f);
            double room = spec.height() - headerHeight - footerHeight;
            double needed = neededFor(f);
            if (needed < room) {
                slack = room - needed;
                Frame g = dryRun(room - slack);
                if (g.lanesShown() != f.lanesShown()) {
                    slack = 0;
                }
            }
            f = dryRun(spec.height() - headerHeight - footerHeight - slack);
            lanesFit = f.lanesShown();
        }
    }

    /**
     * {@code spec}'s height, or more when it holds no lane whole even with one row a lane: then
     * the picture grows until the first lane fits (the others are left out and named). FX thread.
     */
    public static int heightHolding(SnapshotSpec spec, Lanes lanes, Palette palette) {
        Lanes shown = spec.onlyLanes().isEmpty() ? lanes : lanes.only(spec.onlyLanes());
        if (spec.autoHeight() || shown.lanes().isEmpty()
                || new SnapshotRenderer(spec, lanes, palette).lanesFit > 0) {
            return spec.height();
        }
        int max = SnapshotSpec.MAX_SIDE / spec.scale();
        Lanes first = shown.only(Set.of(shown.lanes().get(0).key()));
        // Never smaller than asked: from the larger of the height asked and the first lane's own, growing by a
        // fifth until the first lane fits beside the caption and the footer.
        int h = Math.min(max, Math.max(spec.height(), fittedHeight(spec.withLanesShown(Set.of(), spec.compress()),
                first, palette)));
        for (int i = 0; i < 12 && h < max; i++) {
            if (new SnapshotRenderer(spec.withSize(spec.width(), h, spec.scale()), lanes, palette).lanesFit > 0) {
                break;
            }
            h = Math.min(max, (int) Math.ceil(h * 1.2));
        }
        return h;
    }

    /** The caption and the footer for {@code f}: the rows given, the lanes left out, what is shown. */
    private void sayWhatFits(List<String> caption, double header, Frame f) {
        captionLines.clear();
        captionLines.addAll(caption);
        headerHeight = header;
        if (rows < EXPORT_ROWS && spec.showCaption()) {
            addCaption("Lanes drawn with at most " + rows + (rows == 1 ? " row" : " rows")
                    + " each to fit the height; what does not fit is counted in badges");
        }
        List<String> out = leftOut(f.lanesShown());
        if (!out.isEmpty() && spec.showCaption()) {
            // A fixed height that cannot hold every lane says so under the title, not only at the foot.
            // Under the title, the first few: hundreds of names there would take the room of the lanes themselves.
            String named = out.size() <= CAPTION_LANES ? String.join(", ", out)
                    : String.join(", ", out.subList(0, CAPTION_LANES)) + String.format(" and %,d more, named at the foot",
                    out.size() - CAPTION_LANES);
            addCaption("Lanes left out, as they did not fit the height: " + named);
        }
        layOutFooter(f);
    }

    /** Lanes left out named under the title; the footer names them all. */
    static final int CAPTION_LANES = 8;

    /** The timeline's height for the lanes {@code f} draws whole, with the axis above and the legend below. */
    private double neededFor(Frame f) {
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
        SnapshotSpec probe = spec.withSize(spec.width(), 900, spec.scale());
        SnapshotRenderer r = new SnapshotRenderer(probe, lanes, palette, false);
        PaintRequest req = r.request(400);
        double lanesHeight = r.painter.lanesHeightFor(req);
        FrameLayout l = r.painter.layoutFor(r.request(1000));
        double timeline = l.lanesTop() + Math.max(lanesHeight, 2 * l.rowHeight()) + l.legendHeight() + 2;
        r.layOutFooter(r.dryRun(timeline));
        double total = r.headerHeight + timeline + r.footerHeight;
        int max = SnapshotSpec.MAX_SIDE / spec.scale();
        return (int) Math.max(120, Math.min(max, Math.ceil(total)));
    }

    private PaintRequest request(double timelineHeight) {
        return request(timelineHeight, 0);
    }

    /** The timeline at {@code timelineHeight}, its lanes scrolled up by {@code laneScroll} (a page of a PDF). */
    PaintRequest request(double timelineHeight, double laneScroll) {
        return new PaintRequest(spec.width(), timelineHeight, spec.window(), lanes, laneScroll, spec.collapsedLanes(),
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

    /** Every lane planned whole, as an export as tall as its lanes shows them; the footer laid out for it. */
    Frame wholeFrame() {
        FrameLayout l = painter.layoutFor(request(1000));
        double lanesHeight = painter.lanesHeightFor(request(400));
        Frame f = dryRun(l.lanesTop() + Math.max(lanesHeight, 2 * l.rowHeight()) + l.legendHeight() + 2);
        layOutFooter(f);
        return f;
    }

    /** The footer's lines (sources, export time, what is shown), wrapped, as laid out last. */
    List<String> footerLines() {
        return footerLines;
    }

    /** The line above the notes on shortened titles: what their numbers and dashes mean. */
    String notesHeading() {
        return notesHeading;
    }

    /** The notes on shortened titles, each wrapped to {@code room}. */
    List<List<String>> notesWrapped(double room) {
        return wrapEach(notes, room);
    }

    private List<List<String>> wrapEach(List<String> texts, double room) {
        List<List<String>> out = new ArrayList<>();
        for (String text : texts) {
            out.add(wrap(text, palette.font(), room));
        }
        return out;
    }

    double textLineHeight() {
        return lineHeight();
    }

    /** Plans the timeline at {@code timelineHeight} without keeping the picture, to learn what it will show. */
    private Frame dryRun(double timelineHeight) {
        Canvas scratch = new Canvas(1, 1);
        return painter.paint(scratch.getGraphicsContext2D(), request(Math.max(1, timelineHeight)));
    }

    /** The footer for what {@code f} shows: sources and export time, wrapped; what was left out; the notes. */
    private void layOutFooter(Frame f) {
        footerHeight = footerFor(f);
    }

    /**
     * What the picture shows of the events in its time, each counted once: drawn as its own mark,
     * counted in a badge, counted in a collapsed lane, off the picture (its lanes left out) — so
     * no event is claimed as shown that is only counted; then the collapsed lanes by name.
     */
    String counts(Frame f) {
        int total = eventsIn(lanes.lanes().size());
        Frame.Tally t = f.tally();
        int marked = t.marked().size();
        int badged = t.inBadges().size();
        int binned = t.inBins().size();
        int off = Math.max(0, total - marked - badged - binned);
        StringBuilder b = new StringBuilder(String.format("%,d %s in the time shown: %,d drawn as %s own mark",
                total, total == 1 ? "event" : "events", marked, marked == 1 ? "its" : "their"));
        if (badged > 0) {
            b.append(String.format(" · %,d counted in badges (+N), not drawn one by one", badged));
        }
        if (binned > 0) {
            b.append(String.format(" · %,d counted in collapsed or crowded lanes", binned));
        }
        if (off > 0) {
            b.append(String.format(" · %,d off the picture", off));
        }
        if (!t.collapsed().isEmpty()) {
            b.append(" · Collapsed lanes: ").append(t.collapsed().stream()
                    .map(c -> String.format("%s (%,d %s)", c.label(), c.events(), c.events() == 1 ? "event" : "events"))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
        return b.toString();
    }

    private double footerFor(Frame f) {
        List<Event> shortened = f == null ? List.of() : f.shortened();
        List<String> leftOut = f == null ? List.of() : leftOut(f.lanesShown());
        if (!spec.showFooter()) {
            footerLines = List.of();
            notes = List.of();
            wrappedNotes = List.of();
            return 0;
        }
        double room = spec.width() - 24;
        List<String> lines = new ArrayList<>(wrap(spec.footer(), palette.font(), room));
        String counts = f == null ? "" : counts(f);
        if (!leftOut.isEmpty()) {
            counts += String.format(" · %d of %d lanes; left out, as they did not fit: %s", lanes.lanes().size()
                    - leftOut.size(), lanes.lanes().size(), String.join(", ", leftOut));
        }
        lines.addAll(wrap(counts, palette.font(), room));
        footerLines = lines;
        starNotes = starredList.lines(f);
        List<String> starWrapped = new ArrayList<>();
        for (String note : starNotes) {
            starWrapped.addAll(wrap(note, palette.font(), room));
        }
        starLines = starWrapped;
        List<String> n = new ArrayList<>();
        java.util.Map<Event, Integer> numbers = f == null ? java.util.Map.of() : f.titleNumbers();
        boolean anyCut = false;
        boolean anyLeftOut = false;
        for (int i = 0; i < Math.min(MAX_NOTES, shortened.size()); i++) {
            Event e = shortened.get(i);
            Integer number = numbers.get(e);
            anyCut |= number != null;
            anyLeftOut |= number == null;
            n.add((number == null ? "–" : number.toString()) + "  " + e.when().listed() + " · " + e.displayTitle());
        }
        notesHeading = anyCut && anyLeftOut ? "Titles in full: by number where shortened above, – where left out:"
                : anyCut ? "Titles shortened above, in full (by number):" : "Titles left out above, in full:";
        if (shortened.size() > MAX_NOTES) {
            n.add(String.format("… and %,d more titles not shown in full: zoom in, or export a shorter time",
                    shortened.size() - MAX_NOTES));
        }
        notes = n;
        noteColumns = (int) Math.max(1, Math.min(4, Math.floor(room / 380)));
        double colW = (spec.width() - 24) / noteColumns - 12;
        List<List<String>> wrapped = new ArrayList<>();
        for (String note : notes) {
            wrapped.add(wrap(note, palette.font(), colW));
        }
        wrappedNotes = wrapped;
        int noteLines = n.isEmpty() ? 0 : 1 + notePlaces()[0][0];
        return Math.round(lineHeight() * (lines.size() + starLines.size() + noteLines)
                + palette.font().getSize() * 1.2);
    }

    /** The starred events' titles at the foot, heading first, each wrapped to {@code room}; empty for none. */
    List<List<String>> starNotesWrapped(double room) {
        return wrapEach(starNotes, room);
    }

    private List<List<String>> wrappedNotes() {
        return wrappedNotes;
    }

    /**
     * Where each note goes: {@code [i + 1] = {column, line}}; {@code [0][0]} is the most lines any
     * column takes. Notes fill the columns in turn, none split between two.
     */
    private int[][] notePlaces() {
        List<List<String>> wrapped = wrappedNotes();
        int perColumn = (int) Math.ceil(noteLineCount() / (double) noteColumns);
        int[][] places = new int[wrapped.size() + 1][];
        int column = 0;
        int line = 0;
        int most = 0;
        for (int i = 0; i < wrapped.size(); i++) {
            int size = wrapped.get(i).size();
            if (line > 0 && line + size > perColumn && column + 1 < noteColumns) {
                column++;
                line = 0;
            }
            places[i + 1] = new int[]{column, line};
            line += size;
            most = Math.max(most, line);
        }
        places[0] = new int[]{most};
        return places;
    }

    private int noteLineCount() {
        int n = 0;
        for (List<String> w : wrappedNotes()) {
            n += w.size();
        }
        return n;
    }

    /** The names of the lanes after the first {@code shown}: those a fixed height left out. */
    private List<String> leftOut(int shown) {
        List<String> out = new ArrayList<>();
        for (Lanes.Lane lane : lanes.lanes().subList(Math.min(shown, lanes.lanes().size()), lanes.lanes().size())) {
            out.add(lane.label());
        }
        return out;
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
                    Frame.Tally t = first[0].tally();
                    result.complete(new Snapshot(image, t.marked().size(), t.inBadges().size() + t.inBins().size(),
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

    /** Events in the time shown in the first {@code lanesShown} lanes, each counted once, marks and badges alike. */
    int eventsIn(int lanesShown) {
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
        Frame f = paint(new FxSurface(gc));
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
        double timelineHeight = height - headerHeight - footerHeight - slack;
        gc.save();
        gc.translate(0, headerHeight);
        Frame f = painter.paint(gc, request(Math.max(1, timelineHeight)));
        gc.restore();
        footer(gc, width, height);
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

    /** Sources and export time (wrapped, never cut), what is shown and left out, then the notes on shortened titles. */
    private void footer(Surface gc, double width, double height) {
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
        double y = top + palette.font().getSize() * 0.5;
        for (String line : footerLines) {
            gc.fillText(line, 12, y);
            y += lineHeight();
        }
        for (String line : starLines) {
            gc.setFill(line.equals(StarredList.HEADING) ? palette.text() : palette.mutedText());
            gc.fillText(line, 12, y);
            y += lineHeight();
        }
        if (notes.isEmpty()) {
            return;
        }
        gc.setFill(palette.text());
        gc.fillText(notesHeading, 12, y);
        y += lineHeight();
        List<List<String>> wrapped = wrappedNotes();
        int[][] places = notePlaces();
        double colW = (width - 24) / noteColumns;
        gc.setFill(palette.mutedText());
        for (int i = 0; i < wrapped.size(); i++) {
            List<String> note = wrapped.get(i);
            for (int k = 0; k < note.size(); k++) {
                gc.fillText(note.get(k), 12 + places[i + 1][0] * colW + (k == 0 ? 0 : 14),
                        y + (places[i + 1][1] + k) * lineHeight());
            }
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
