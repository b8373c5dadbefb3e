package io.annalist.map.view;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.annalist.draw.Surface;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** A surface that draws nothing and keeps every text written on it, where, and how wide, for tests. */
final class TextRecorder implements Surface {
    /** A text as written: its left and right edges and its y, in the surface's coordinates. */
    record Written(String text, double left, double right, double y) {
    }

    final List<Written> texts = new ArrayList<>();
    private final Deque<double[]> saved = new ArrayDeque<>();
    private double tx;
    private double ty;
    private Font font = Font.getDefault();
    private TextAlignment align = TextAlignment.LEFT;
    private final Text probe = new Text();

    @Override
    public void save() {
        saved.push(new double[]{tx, ty});
    }

    @Override
    public void restore() {
        double[] t = saved.pop();
        tx = t[0];
        ty = t[1];
    }

    @Override
    public void translate(double x, double y) {
        tx += x;
        ty += y;
    }

    @Override
    public void scale(double x, double y) {
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
    }

    @Override
    public void setFill(Paint p) {
    }

    @Override
    public void setStroke(Paint p) {
    }

    @Override
    public void setLineWidth(double w) {
    }

    @Override
    public void setLineDashes(double... dashes) {
    }

    @Override
    public void setFillRule(FillRule rule) {
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
    public void setTextBaseline(VPos b) {
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
    }

    @Override
    public void beginPath() {
    }

    @Override
    public void moveTo(double x, double y) {
    }

    @Override
    public void lineTo(double x, double y) {
    }

    @Override
    public void closePath() {
    }

    @Override
    public void fill() {
    }

    @Override
    public void stroke() {
    }

    @Override
    public void fillText(String text, double x, double y) {
        probe.setFont(font);
        probe.setText(text);
        double w = probe.getLayoutBounds().getWidth();
        double left = align == TextAlignment.CENTER ? x - w / 2 : align == TextAlignment.RIGHT ? x - w : x;
        texts.add(new Written(text, left + tx, left + w + tx, y + ty));
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        fillText(text, x, y);
    }

    @Override
    public void drawImage(Image image, double x, double y, double w, double h) {
    }
}
