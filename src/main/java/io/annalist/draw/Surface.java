package io.annalist.draw;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the painters draw on: the screen's canvas, a PNG's tiles, a PDF page or an SVG
 * document. Its words are those of a 2D canvas — a state (fill, stroke, line width and
 * dashes, font, text alignment and baseline, fill rule, transform, clip) kept by
 * {@link #save()} and {@link #restore()}, simple shapes, paths, text and images — so one
 * painter makes the same picture everywhere. Text is laid out by the painter, which measures
 * it with the fonts Annalist ships; a surface only
 * places it, and keeps it as text where it can (a PDF's or an SVG's text can be selected and
 * searched). Paints are JavaFX values: a {@code Color} or a horizontal {@code LinearGradient}.
 * {@link #beginGroup} names the parts of a picture (a lane) for surfaces that keep structure.
 * A surface is used by one thread at a time: the FX thread for a canvas.
 */
public interface Surface {
    void save();

    void restore();

    void translate(double x, double y);

    void scale(double x, double y);

    /** Limits what is drawn next, until {@link #restore()}, to the rectangle. */
    void clipRect(double x, double y, double w, double h);

    void setFill(Paint p);

    void setStroke(Paint p);

    void setLineWidth(double w);

    /** Dash and gap lengths; none for a solid line. */
    void setLineDashes(double... dashes);

    void setFillRule(FillRule rule);

    void setFont(Font f);

    void setTextAlign(TextAlignment a);

    void setTextBaseline(VPos b);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x0, double y0, double x1, double y1);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    /** Starts a path, built with {@link #moveTo}, {@link #lineTo} and {@link #closePath}, then filled or stroked. */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    void fill();

    void stroke();

    /** Draws {@code text} at (x, y) in the current font, fill, alignment and baseline. */
    void fillText(String text, double x, double y);

    /** As {@link #fillText(String, double, double)}, squeezed across to at most {@code maxWidth}. */
    void fillText(String text, double x, double y, double maxWidth);

    void drawImage(Image image, double x, double y, double w, double h);

    /**
     * Starts a named part of the picture ({@code id} unique in it, {@code label} for a person),
     * ended by {@link #endGroup()}; a surface without structure ignores both.
     */
    /**
     * False when nothing drawn inside the rectangle can show on this surface (a tile of a tall
     * picture holds only part of it), so a painter may skip it; true when it may, or is not known.
     */
    default boolean mayShow(double x, double y, double w, double h) {
        return true;
    }

    default void beginGroup(String id, String label) {
    }

    default void endGroup() {
    }
}
