package io.annalist.map.view;

import java.util.ArrayList;
import java.util.List;

import io.annalist.draw.Surface;
import io.annalist.map.MapNotes;
import io.annalist.timeline.Palette;
import javafx.scene.text.Font;

/**
 * The note at the top left of a map frame: what the map shows and leaves out, in the words of
 * {@link MapNotes}, on a light box, wrapped to the map's width; and how far down it reaches,
 * so a fit keeps events clear of it.
 */
final class MapNote {
    private final MapText text = new MapText();

    /** The note's parts: what the map shows and leaves out, and what a dashed line means when no legend says it. */
    static List<String> parts(int onMap, int unplaced, int offMap, int outside, boolean explainLandings) {
        List<String> parts = MapNotes.onTheMap(onMap, unplaced, offMap, outside);
        if (explainLandings) {
            parts.add("dashed line to ◇: landing point " + MapPainter.COMPUTED);
        }
        return parts;
    }

    private static final double NOTE_X = 6;
    private static final double NOTE_PAD = 6;

    /** The note's lines: its parts joined with " · ", a line broken between parts, a part too long broken between words. */
    private List<String> noteLines(double width, List<String> parts, Font font) {
        double room = Math.max(40, width - 2 * NOTE_X - 2 * NOTE_PAD);
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String part : parts) {
            String joined = line.isEmpty() ? part : line + " · " + part;
            if (text.width(joined, font) <= room) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> pieces = io.annalist.draw.Wrap.lines(part, t -> text.width(t, font), room);
            lines.addAll(pieces.subList(0, pieces.size() - 1));
            line = pieces.get(pieces.size() - 1);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static double noteLineHeight(Font font) {
        return Math.round(font.getSize() * 1.35);
    }

    private static double noteHeight(int lines, Font font) {
        return lines * noteLineHeight(font) + 6;
    }

    /** How far down the note reaches, with a little room under it. */
    double bottom(double width, List<String> parts, Font font) {
        return NOTE_X + noteHeight(noteLines(width, parts, font).size(), font) + 4;
    }

    /** What the map shows and leaves out, said on it, wrapped to its width; returns how far down the note reaches. */
    double draw(Surface gc, double width, List<String> parts, Palette p) {
        List<String> lines = noteLines(width, parts, p.font());
        double lh = noteLineHeight(p.font());
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, text.width(line, p.font()));
        }
        double h = noteHeight(lines.size(), p.font());
        gc.setFill(p.background().deriveColor(0, 1, 1, 0.85));
        gc.fillRoundRect(NOTE_X, NOTE_X, w + 2 * NOTE_PAD, h, 6, 6);
        gc.setFill(p.mutedText());
        gc.setFont(p.font());
        for (int i = 0; i < lines.size(); i++) {
            gc.fillText(lines.get(i), NOTE_X + NOTE_PAD, NOTE_X + 3 + lh * (i + 0.5));
        }
        return NOTE_X + h + 4;
    }
}
