package io.annalist.draw;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the vector surfaces (PDF, SVG) share: the drawing state a canvas keeps — paints, line,
 * fill rule, font, text alignment and baseline — saved and restored with the surface, and
 * where a baseline goes. Baselines are placed with Noto Sans's ascent and descent, the face
 * the pictures are drawn in. One thread at a time.
 */
public abstract class VectorSurface implements Surface {
    /** The drawing state. */
    protected static final class State {
        public Paint fill = Color.BLACK;
        public Paint stroke = Color.BLACK;
        public double lineWidth = 1;
        public double[] dashes = new double[0];
        public FillRule rule = FillRule.NON_ZERO;
        public Font font = Font.font(12);
        public TextAlignment align = TextAlignment.LEFT;
        public VPos baseline = VPos.BASELINE;

        State copy() {
            State c = new State();
            c.fill = fill;
            c.stroke = stroke;
            c.lineWidth = lineWidth;
            c.dashes = dashes;
            c.rule = rule;
            c.font = font;
            c.align = align;
            c.baseline = baseline;
            return c;
        }
    }

    private final Deque<State> saved = new ArrayDeque<>();
    protected State s = new State();

    /** Keeps the state; a subclass saves its own and calls this. */
    @Override
    public void save() {
        saved.push(s);
        s = s.copy();
    }

    /** Returns to the state last saved; false when nothing was saved. */
    protected boolean restoreState() {
        if (saved.isEmpty()) {
            return false;
        }
        s = saved.pop();
        return true;
    }

    @Override
    public void setFill(Paint p) {
        s.fill = p;
    }

    @Override
    public void setStroke(Paint p) {
        s.stroke = p;
    }

    @Override
    public void setLineWidth(double w) {
        s.lineWidth = w;
    }

    @Override
    public void setLineDashes(double... dashes) {
        s.dashes = dashes == null ? new double[0] : dashes.clone();
    }

    @Override
    public void setFillRule(FillRule rule) {
        s.rule = rule;
    }

    @Override
    public void setFont(Font f) {
        s.font = f;
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        s.align = a;
    }

    @Override
    public void setTextBaseline(VPos b) {
        s.baseline = b;
    }

    @Override
    public void fillText(String text, double x, double y) {
        fillText(text, x, y, Double.NaN);
    }

    /** The baseline of text placed at {@code y} with the current baseline and font. */
    protected double baselineY(double y) {
        return ShippedText.baselineY(s.baseline, y, s.font.getSize());
    }

    protected boolean bold() {
        return s.font.getStyle().toLowerCase(Locale.ROOT).contains("bold");
    }

    /** A JavaFX image's pixels as an AWT image, for encoders; null when it has none. */
    protected static BufferedImage pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        if (w <= 0 || h <= 0 || image.getPixelReader() == null) {
            return null;
        }
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] px = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        b.setRGB(0, 0, w, h, px, 0, w);
        return b;
    }
}
