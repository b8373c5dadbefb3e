package io.annalist.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.annalist.draw.Surface;
import io.annalist.model.Event;
import io.annalist.timeline.Frame;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.Palette;
import io.annalist.timeline.TimeWindow;
import javafx.geometry.VPos;

/**
 * The foot of a snapshot: the sources and the export time, what the picture shows of the events
 * in its time and which lanes it leaves out, the starred events, and the full titles of those
 * shortened or left out. Laid out for a frame (its height depends on what the frame shows), then
 * drawn; texts are wrapped once each and remembered, as a fixed height lays the footer out for
 * several trial frames.
 */
final class SnapshotFooter {
    private final SnapshotSpec spec;
    private final Lanes lanes;
    private final Palette palette;
    private final StarredList starredList;
    private final Map<String, List<String>> wrapped = new HashMap<>();

    private List<String> lines = List.of();
    private List<String> starNotes = List.of();
    private List<String> starLines = List.of();
    private List<String> notes = List.of();
    private String notesHeading = "";
    private int noteColumns = 1;
    /** The columns the width holds for notes. */
    private int mostColumns = 1;
    private List<List<String>> wrappedNotes = List.of();
    private double height;
    private double noteRoom = Double.POSITIVE_INFINITY;

    SnapshotFooter(SnapshotSpec spec, Lanes lanes, Palette palette, StarredList starredList) {
        this.spec = spec;
        this.lanes = lanes;
        this.palette = palette;
        this.starredList = starredList;
    }

    /** The footer's height as laid out last. */
    double height() {
        return height;
    }

    /** The footer's lines (sources, export time, what is shown), wrapped, as laid out last. */
    List<String> lines() {
        return lines;
    }

    /** The heading above the notes on shortened titles (what their numbers and dashes mean), wrapped to {@code room}. */
    List<String> notesHeading(double room) {
        return wrap(notesHeading, room);
    }

    /** The notes on shortened titles, each wrapped to {@code room}. */
    List<List<String>> notesWrapped(double room) {
        return wrapEach(notes, room);
    }

    /** The notes on titles as drawn: each wrapped to its column. */
    List<List<String>> notesAsDrawn() {
        return wrappedNotes;
    }

    /** The starred events' titles at the foot, heading first, each wrapped to {@code room}; empty for none. */
    List<List<String>> starNotesWrapped(double room) {
        return wrapEach(starNotes, room);
    }

    /** {@code text} in lines no wider than {@code room} in the snapshot's font; the same text is wrapped once. */
    List<String> wrap(String text, double room) {
        return wrapped.computeIfAbsent(room + "\u0000" + text, k -> SnapshotRenderer.wrap(text, palette.font(), room));
    }

    private List<List<String>> wrapEach(List<String> texts, double room) {
        List<List<String>> out = new ArrayList<>();
        for (String text : texts) {
            out.add(wrap(text, room));
        }
        return out;
    }

    private double lineHeight() {
        return Math.round(palette.font().getSize() * 1.45);
    }

    /**
     * Lays the footer out for what {@code f} shows ({@code null}: before any frame, the sources
     * alone) and returns its height.
     */
    double layOut(Frame f) {
        height = heightFor(f);
        return height;
    }

    private double heightFor(Frame f) {
        if (!spec.showFooter()) {
            lines = List.of();
            notes = List.of();
            wrappedNotes = List.of();
            return 0;
        }
        List<Event> shortened = f == null ? List.of() : f.shortened();
        List<String> leftOut = f == null ? List.of() : leftOut(f.lanesShown());
        double room = spec.width() - 24;
        List<String> all = new ArrayList<>(wrap(spec.footer(), room));
        String counts = f == null ? "" : counts(f);
        if (!leftOut.isEmpty()) {
            counts += String.format(" · %d of %d lanes; left out, as they did not fit: %s", lanes.lanes().size()
                    - leftOut.size(), lanes.lanes().size(), String.join(", ", leftOut));
        }
        all.addAll(wrap(counts, room));
        lines = all;
        starNotes = starredList.lines(f);
        List<String> starWrapped = new ArrayList<>();
        for (String note : starNotes) {
            starWrapped.addAll(wrap(note, room));
        }
        starLines = starWrapped;
        Map<Event, Integer> numbers = f == null ? Map.of() : f.titleNumbers();
        List<Event> listed = shortened.subList(0, Math.min(SnapshotRenderer.MAX_NOTES, shortened.size()));
        mostColumns = (int) Math.max(1, Math.min(4, Math.floor(room / 380)));
        // Every numbered title is listed, as its number on the picture leads here; titles left out (dashed)
        // only as many as the room for notes holds (the latest go first), the rest counted.
        int keep = (int) listed.stream().filter(e -> !numbers.containsKey(e)).count();
        if (Double.isFinite(noteRoom) && notesFor(listed, numbers, keep, shortened.size()) * lineHeight() > noteRoom) {
            int lo = 0;
            int hi = keep;
            while (lo < hi) {
                int mid = (lo + hi + 1) / 2;
                if (notesFor(listed, numbers, mid, shortened.size()) * lineHeight() <= noteRoom) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            keep = lo;
        }
        notesFor(listed, numbers, keep, shortened.size());
        int noteLines = notes.isEmpty() ? 0 : headingLines() + notePlaces()[0][0];
        return Math.round(lineHeight() * (lines.size() + starLines.size() + noteLines)
                + palette.font().getSize() * 1.2);
    }

    /**
     * Sets the notes on the titles {@code listed}: every numbered one and the first {@code dashed} of those
     * left out, the rest of {@code shortened} counted; returns the lines they take with their heading.
     */
    private int notesFor(List<Event> listed, Map<Event, Integer> numbers, int dashed, int shortened) {
        List<String> n = new ArrayList<>();
        boolean anyCut = false;
        boolean anyLeftOut = false;
        int dashes = 0;
        for (Event e : listed) {
            Integer number = numbers.get(e);
            if (number == null && dashes++ >= dashed) {
                continue;
            }
            anyCut |= number != null;
            anyLeftOut |= number == null;
            n.add((number == null ? "–" : number.toString()) + "  " + e.when().listed() + " · " + e.displayTitle());
        }
        notesHeading = anyCut && anyLeftOut ? "Titles in full: by number where shortened above, – where left out:"
                : anyCut ? "Titles shortened above, in full (by number):" : "Titles left out above, in full:";
        int more = shortened - n.size();
        if (more > 0) {
            n.add(String.format("… and %,d more %s not shown in full: zoom in, or export a shorter time", more,
                    more == 1 ? "title" : "titles"));
        }
        notes = n;
        // No more columns than notes: one note takes the whole width rather than a quarter of it.
        noteColumns = Math.max(1, Math.min(mostColumns, n.size()));
        wrappedNotes = wrapEach(notes, (spec.width() - 24) / noteColumns - 12);
        return notes.isEmpty() ? 0 : headingLines() + notePlaces()[0][0];
    }

    /** The lines the notes' heading takes, wrapped to the footer's width as every other line of it. */
    private int headingLines() {
        return wrap(notesHeading, spec.width() - 24).size();
    }

    /** The most room, in pixels, the notes on titles may take at the foot; unlimited unless set. */
    void noteRoom(double pixels) {
        this.noteRoom = pixels;
    }

    /**
     * What the picture shows of the events in its time, each counted once: drawn as its own mark,
     * counted in a badge, counted in a collapsed lane, off the picture (its lanes left out) — so
     * no event is claimed as shown that is only counted; then the collapsed lanes by name.
     */
    private String counts(Frame f) {
        int total = eventsIn(lanes.lanes().size());
        Frame.Tally t = f.tally();
        int marked = t.marked().size();
        int badged = t.inBadges().size();
        int binned = t.inBins().size();
        int off = offPicture(f, total);
        StringBuilder b = new StringBuilder(String.format("%,d %s in the time shown: %,d drawn as %s own mark",
                total, total == 1 ? "event" : "events", marked, marked == 1 ? "its" : "their"));
        if (badged > 0) {
            b.append(String.format(" · %,d counted in badges, not drawn one by one", badged));
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
                    .collect(Collectors.joining(", ")));
        }
        return b.toString();
    }

    /** What {@code f} counts rather than draws, and the events of the time shown only in the lanes it leaves out. */
    Counted counted(Frame f) {
        return Counted.of(f.tally(), f.lanesShown() >= lanes.lanes().size() ? 0
                : offPicture(f, eventsIn(lanes.lanes().size())));
    }

    /** Of {@code total} events in the time shown, those {@code f} neither draws nor counts: only in lanes left out. */
    private static int offPicture(Frame f, int total) {
        Frame.Tally t = f.tally();
        return Math.max(0, total - t.marked().size() - t.inBadges().size() - t.inBins().size());
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

    /** The names of the lanes after the first {@code shown}: those a fixed height left out. */
    List<String> leftOut(int shown) {
        List<String> out = new ArrayList<>();
        for (Lanes.Lane lane : lanes.lanes().subList(Math.min(shown, lanes.lanes().size()), lanes.lanes().size())) {
            out.add(lane.label());
        }
        return out;
    }

    /**
     * Where each note goes: {@code [i + 1] = {column, line}}; {@code [0][0]} is the most lines any
     * column takes. Notes fill the columns in turn, none split between two.
     */
    private int[][] notePlaces() {
        int lineCount = 0;
        for (List<String> w : wrappedNotes) {
            lineCount += w.size();
        }
        int perColumn = (int) Math.ceil(lineCount / (double) noteColumns);
        int[][] places = new int[wrappedNotes.size() + 1][];
        int column = 0;
        int line = 0;
        int most = 0;
        for (int i = 0; i < wrappedNotes.size(); i++) {
            int size = wrappedNotes.get(i).size();
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

    /** Sources and export time (wrapped, never cut), what is shown and left out, then the notes on shortened titles. */
    void draw(Surface gc, double width, double pictureHeight) {
        if (!spec.showFooter()) {
            return;
        }
        double top = pictureHeight - height;
        gc.setStroke(palette.separator());
        gc.setLineWidth(1);
        gc.strokeLine(0, top + 0.5, width, top + 0.5);
        gc.setFont(palette.font());
        gc.setFill(palette.mutedText());
        gc.setTextBaseline(VPos.TOP);
        double y = top + palette.font().getSize() * 0.5;
        for (String line : lines) {
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
        for (String line : wrap(notesHeading, width - 24)) {
            gc.fillText(line, 12, y);
            y += lineHeight();
        }
        int[][] places = notePlaces();
        double colW = (width - 24) / noteColumns;
        gc.setFill(palette.mutedText());
        for (int i = 0; i < wrappedNotes.size(); i++) {
            List<String> note = wrappedNotes.get(i);
            for (int k = 0; k < note.size(); k++) {
                gc.fillText(note.get(k), 12 + places[i + 1][0] * colW + (k == 0 ? 0 : 14),
                        y + (places[i + 1][1] + k) * lineHeight());
            }
        }
    }
}
