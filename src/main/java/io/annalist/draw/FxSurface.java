package io.annalist.draw;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.transform.Affine;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Surface} over a JavaFX canvas: every call goes straight to its {@link GraphicsContext},
 * but text that needs a face besides Noto Sans (Arabic, Korean, emoji) is set in the shipped
 * faces run by run, at the advances those faces give ({@link ShippedText}), as the PDF and the
 * SVG set it — never in whatever font the machine would fall back on — so it is as wide on
 * screen as the layout measured it and as it is on paper. FX thread.
 */
public final class FxSurface implements Surface {
    private final GraphicsContext gc;
    private final Font[] runFonts = new Font[Faces.FALLBACK_ORDER.size()];

    /** True for a tile of a larger picture: what falls outside its canvas may be skipped. */
    private final boolean tile;

    public FxSurface(GraphicsContext gc) {
        this(gc, false);
    }

    private FxSurface(GraphicsContext gc, boolean tile) {
        this.gc = gc;
        this.tile = tile;
    }

    /** A surface over one tile of a larger picture: painters may skip what falls outside the canvas. */
    public static FxSurface tile(GraphicsContext gc) {
        return new FxSurface(gc, true);
    }

    public GraphicsContext context() {
        return gc;
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double x, double y) {
        gc.translate(x, y);
    }

    @Override
    public void scale(double x, double y) {
        gc.scale(x, y);
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        Affine t = gc.getTransform();
        gc.beginPath();
        if (t.getMxy() == 0 && t.getMyx() == 0) {
            // A clip on whole device pixels inside the canvas is a rectangle to the canvas; any other
            // shape (a fraction, or a corner above or left of the canvas, as in the lower tiles of an
            // export) makes it draw every later mark through a mask as large as the canvas — minutes
            // for a tall export.
            double[] box = onDevice(t, x, y, w, h);
            double cw = gc.getCanvas().getWidth();
            double ch = gc.getCanvas().getHeight();
            double x0 = clamp(Math.round(box[0]), cw);
            double y0 = clamp(Math.round(box[1]), ch);
            double x1 = clamp(Math.round(box[2]), cw);
            double y1 = clamp(Math.round(box[3]), ch);
            gc.setTransform(1, 0, 0, 1, 0, 0);
            gc.rect(x0, y0, x1 - x0, y1 - y0);
            gc.clip();
            gc.setTransform(t);
        } else {
            gc.rect(x, y, w, h);
            gc.clip();
        }
    }

    @Override
    public boolean mayShow(double x, double y, double w, double h) {
        Affine t = gc.getTransform();
        if (!tile || t.getMxy() != 0 || t.getMyx() != 0) {
            return true;
        }
        double[] box = onDevice(t, x, y, w, h);
        return box[2] >= 0 && box[0] <= gc.getCanvas().getWidth() && box[3] >= 0 && box[1] <= gc.getCanvas().getHeight();
    }

    /** The rectangle in the canvas's pixels under a transform without rotation: {min x, min y, max x, max y}. */
    private static double[] onDevice(Affine t, double x, double y, double w, double h) {
        double ax = t.getMxx() * x + t.getTx();
        double bx = t.getMxx() * (x + w) + t.getTx();
        double ay = t.getMyy() * y + t.getTy();
        double by = t.getMyy() * (y + h) + t.getTy();
        return new double[]{Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by)};
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(v, Math.floor(max)));
    }

    @Override
    public void setFill(Paint p) {
        gc.setFill(p);
    }

    @Override
    public void setStroke(Paint p) {
        gc.setStroke(p);
    }

    @Override
    public void setLineWidth(double w) {
        gc.setLineWidth(w);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes);
    }

    @Override
    public void setFillRule(FillRule rule) {
        gc.setFillRule(rule);
    }

    @Override
    public void setFont(Font f) {
        gc.setFont(f);
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        gc.setTextAlign(a);
    }

    @Override
    public void setTextBaseline(VPos b) {
        gc.setTextBaseline(b);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        gc.fillRoundRect(x, y, w, h, arcW, arcH);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        gc.strokeRoundRect(x, y, w, h, arcW, arcH);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        gc.strokePolygon(xs, ys, n);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fill() {
        gc.fill();
    }

    @Override
    public void stroke() {
        gc.stroke();
    }

    @Override
    public void fillText(String text, double x, double y) {
        fillText(text, x, y, Double.NaN);
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        Font font = gc.getFont();
        boolean bold = bold(font);
        ShippedText shipped = ShippedText.forThisThread();
        if (text == null || shipped.notoOnly(text, bold)) {
            if (Double.isNaN(maxWidth)) {
                gc.fillText(text, x, y);
            } else {
                gc.fillText(text, x, y, maxWidth);
            }
            return;
        }
        double size = font.getSize();
        java.util.List<ShippedText.Run> runs = shipped.runs(text, bold);
        double w = shipped.width(runs, size);
        double squeeze = !Double.isNaN(maxWidth) && maxWidth > 0 && w > maxWidth ? maxWidth / w : 1;
        VPos baseline = gc.getTextBaseline();
        double left = switch (gc.getTextAlign()) {
            case CENTER -> x - w * squeeze / 2;
            case RIGHT -> x - w * squeeze;
            default -> x;
        };
        gc.save();
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
        gc.translate(left, ShippedText.baselineY(baseline, y, size));
        if (squeeze != 1) {
            gc.scale(squeeze, 1);
        }
        double pen = 0;
        for (ShippedText.Run r : runs) {
            gc.setFont(runFont(r.face(), size));
            double[] advances = shipped.advances(r, size);
            if (rightToLeft(r.text())) {
                // Already in visual order and shaped: drawn glyph by glyph, or JavaFX would reorder it again.
                int i = 0;
                for (int k = 0; k < r.text().length(); ) {
                    int cp = r.text().codePointAt(k);
                    k += Character.charCount(cp);
                    gc.fillText(Character.toString(cp), pen, 0);
                    pen += advances[i++];
                }
            } else {
                gc.fillText(r.text(), pen, 0);
                for (double a : advances) {
                    pen += a;
                }
            }
        }
        gc.restore();
    }

    /** The width of {@code text} in the current font, as this surface sets it. */
    public double textWidth(String text) {
        Font font = gc.getFont();
        return ShippedText.forThisThread().width(text, bold(font), font.getSize());
    }

    private Font runFont(int face, double size) {
        Font f = runFonts[face];
        if (f == null || f.getSize() != size) {
            f = Font.font(Faces.FAMILIES.get(face), face == 1 ? FontWeight.BOLD : FontWeight.NORMAL, size);
            runFonts[face] = f;
        }
        return f;
    }

    private static boolean bold(Font f) {
        return f.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
    }

    private static boolean rightToLeft(String s) {
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void drawImage(Image image, double x, double y, double w, double h) {
        gc.drawImage(image, x, y, w, h);
    }
}
