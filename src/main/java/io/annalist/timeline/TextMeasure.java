package io.annalist.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

import io.annalist.draw.ShippedText;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures and elides text in one font, remembering recent widths so a frame measures each
 * title once. Call on one thread at a time (the FX thread, or an export's thread).
 */
final class TextMeasure {
    private static final int CACHE = 4096;

    private final Font font;
    private final Text probe = new Text();
    private final Map<String, Double> widths = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > CACHE;
        }
    };

    private final boolean bold;

    TextMeasure(Font font) {
        this.font = font;
        this.bold = font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
        probe.setFont(font);
    }

    Font font() {
        return font;
    }

    /**
     * The width of {@code s}. Latin, Cyrillic and other simple scripts are summed from cached
     * character widths (laying out a text node per title is the slowest part of a frame);
     * other text that Noto Sans draws is laid out whole, and text that needs another shipped
     * face (Arabic, Hangul, emoji) is measured as every surface sets it ({@link ShippedText}).
     */
    double width(String s) {
        double sum = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= SIMPLE_LIMIT) {
                return laidOut(s);
            }
            double w = charWidths[c];
            if (w == 0) {
                probe.setText(String.valueOf(c));
                w = probe.getLayoutBounds().getWidth();
                charWidths[c] = w == 0 ? 1e-9 : w;
            }
            sum += w;
        }
        return sum;
    }

    private static final int SIMPLE_LIMIT = 0x0590;
    private final double[] charWidths = new double[SIMPLE_LIMIT];

    private double laidOut(String s) {
        Double w = widths.get(s);
        if (w == null) {
            ShippedText shipped = ShippedText.forThisThread();
            if (shipped.notoOnly(s, bold)) {
                probe.setText(s);
                w = probe.getLayoutBounds().getWidth();
            } else {
                w = shipped.width(s, bold, font.getSize());
            }
            widths.put(s, w);
        }
        return w;
    }

    /** {@code s} cut to fit {@code room} pixels with an ellipsis, or "" when not even that fits. */
    String elide(String s, double room) {
        if (width(s) <= room) {
            return s;
        }
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(s.substring(0, mid) + "…") <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : s.substring(0, lo).stripTrailing() + "…";
    }

    /** {@code s} in lines no wider than {@code room}, broken between words (a word too long is broken inside). */
    java.util.List<String> wrap(String s, double room) {
        return io.annalist.draw.Wrap.lines(s, this::width, room);
    }
}
