package io.annalist.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Text broken into lines that fit a width, for titles, captions, lane names and footers that are never cut. */
public final class Wrap {
    private Wrap() {
    }

    /**
     * {@code s} in lines no wider than {@code room} as {@code width} measures them, broken between
     * words (a word too long for a line is broken inside); no lines for a blank text.
     */
    public static List<String> lines(String s, ToDoubleFunction<String> width, double room) {
        List<String> lines = new ArrayList<>();
        if (s == null || s.isBlank()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width.applyAsDouble(candidate) <= room) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width.applyAsDouble(rest) > room && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width.applyAsDouble(rest.substring(0, cut)) > room) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Places items of known widths one after another from {@code left}, starting a new row
     * where the next would pass {@code right}: legends that wrap instead of losing entries.
     */
    public static final class Flow {
        private final double left;
        private final double right;
        private double x;
        private int row;

        public Flow(double left, double right) {
            this.left = left;
            this.right = right;
            this.x = left;
        }

        /** Where an item {@code w} wide goes ({@code {x, row}}); the next follows {@code gap} after it. */
        public double[] next(double w, double gap) {
            if (x > left && x + w > right) {
                x = left;
                row++;
            }
            double[] at = {x, row};
            x += w + gap;
            return at;
        }

        /** Leaves {@code dx} more room before the next item. */
        public void skip(double dx) {
            x += dx;
        }
    }
}
