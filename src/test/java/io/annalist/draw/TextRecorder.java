package io.annalist.draw;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** A surface that draws nothing and keeps every text written on it, where, and how wide, for tests. */
public final class TextRecorder extends Nowhere {
    /**
     * A text as written: its left and right edges and its y, in the surface's coordinates; whether it
     * was written in a translated frame (a lane, a tile) and how it was aligned.
     */
    public record Written(String text, double left, double right, double y, boolean translated,
                          TextAlignment align) {
    }

    public final List<Written> texts = new ArrayList<>();
    private final Deque<double[]> saved = new ArrayDeque<>();
    private double tx;
    private double ty;
    private int moves;
    private Font font = Font.getDefault();
    private TextAlignment align = TextAlignment.LEFT;
    private final Text probe = new Text();

    @Override
    public void save() {
        saved.push(new double[]{tx, ty, moves});
    }

    @Override
    public void restore() {
        double[] t = saved.pop();
        tx = t[0];
        ty = t[1];
        moves = (int) t[2];
    }

    @Override
    public void translate(double x, double y) {
        tx += x;
        ty += y;
        moves++;
    }

    @Override
    public void setFont(Font f) {
        font = f;
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        align = a;
    }

    @Override
    public void fillText(String text, double x, double y) {
        probe.setFont(font);
        probe.setText(text);
        double w = probe.getLayoutBounds().getWidth();
        double left = align == TextAlignment.CENTER ? x - w / 2 : align == TextAlignment.RIGHT ? x - w : x;
        texts.add(new Written(text, left + tx, left + w + tx, y + ty, moves > 0, align));
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        fillText(text, x, y);
    }
}
