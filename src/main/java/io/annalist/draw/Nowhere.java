package io.annalist.draw;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A surface that keeps nothing: a painter run on it only plans, and returns what it would have
 * drawn (an export tries several heights this way before it draws one); a test keeps what it
 * needs by overriding a few of its methods. Any thread.
 */
public class Nowhere implements Surface {
    @Override
    public void save() {
    }

    @Override
    public void restore() {
    }

    @Override
    public void translate(double x, double y) {
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
    }

    @Override
    public void setTextAlign(TextAlignment a) {
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
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
    }

    @Override
    public void drawImage(Image image, double x, double y, double w, double h) {
    }
}
