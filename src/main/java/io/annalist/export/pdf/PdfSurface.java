package io.annalist.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.annalist.draw.VectorSurface;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.FillRule;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDFormContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShadingType2;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * A {@link Surface} that writes a PDF page's content: shapes as paths, text as text in the
 * embedded faces ({@link PdfFonts}), translucency through graphics states. The caller sets
 * the page's transform so that one unit is one logical pixel, y growing downwards; text is
 * drawn upright under it; a horizontal gradient of opacity (the fading ends of a span) is a
 * soft mask. One thread at a time.
 */
public final class PdfSurface extends VectorSurface {
    /** Bézier handle length for a quarter circle. */
    private static final double K = 0.5522847498;
    /** The outline, in ems, that makes a face with no bold of its own as heavy as Noto Sans Bold beside it. */
    private static final double EMBOLDEN = 0.04;

    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();
    /** Bounds of the path being built, for gradients: minX, minY, maxX, maxY. */
    private final double[] bounds = new double[4];

    PdfSurface(PDPageContentStream out, PdfFonts fonts) {
        this.out = out;
        this.fonts = fonts;
        io(() -> {
            out.setLineCapStyle(2);
            out.setLineJoinStyle(0);
        });
    }

    private interface Op {
        void run() throws IOException;
    }

    private static void io(Op op) {
        try {
            op.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void save() {
        super.save();
        io(out::saveGraphicsState);
    }

    @Override
    public void restore() {
        if (!restoreState()) {
            return;
        }
        io(out::restoreGraphicsState);
    }

    @Override
    public void translate(double x, double y) {
        io(() -> out.transform(Matrix.getTranslateInstance((float) x, (float) y)));
    }

    @Override
    public void scale(double x, double y) {
        io(() -> out.transform(Matrix.getScaleInstance((float) x, (float) y)));
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        io(() -> {
            out.addRect((float) x, (float) y, (float) w, (float) h);
            out.clip();
        });
    }

    /** A paint's colour where one colour is needed: a gradient's most opaque stop. */
    private static Color solid(Paint p) {
        if (p instanceof Color c) {
            return c;
        }
        if (p instanceof LinearGradient g) {
            Color best = Color.TRANSPARENT;
            for (Stop stop : g.getStops()) {
                if (stop.getColor().getOpacity() >= best.getOpacity()) {
                    best = stop.getColor();
                }
            }
            return best;
        }
        return Color.BLACK;
    }

    private PDExtendedGraphicsState alpha(double a, boolean stroke) {
        int key = (int) Math.round(a * 1000) * 2 + (stroke ? 1 : 0);
        return alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState g = new PDExtendedGraphicsState();
            if (stroke) {
                g.setStrokingAlphaConstant((float) a);
            } else {
                g.setNonStrokingAlphaConstant((float) a);
            }
            return g;
        });
    }

    private void fillColour(Color c) throws IOException {
        out.setNonStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
        out.setGraphicsStateParameters(alpha(c.getOpacity(), false));
    }

    private void strokeStyle() throws IOException {
        Color c = solid(s.stroke);
        out.setStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
        out.setGraphicsStateParameters(alpha(c.getOpacity(), true));
        out.setLineWidth((float) s.lineWidth);
        float[] d = new float[s.dashes.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) s.dashes[i];
        }
        out.setLineDashPattern(d, 0);
    }

    private void resetBounds() {
        bounds[0] = Double.MAX_VALUE;
        bounds[1] = Double.MAX_VALUE;
        bounds[2] = -Double.MAX_VALUE;
        bounds[3] = -Double.MAX_VALUE;
    }

    private void grow(double x, double y) {
        bounds[0] = Math.min(bounds[0], x);
        bounds[1] = Math.min(bounds[1], y);
        bounds[2] = Math.max(bounds[2], x);
        bounds[3] = Math.max(bounds[3], y);
    }

    /**
     * Fills the path just built with the fill paint. A gradient (one colour whose opacity changes
     * across, as the fading ends of a span) is the colour under a soft mask: an axial shading of
     * the opacities, so readers draw it smooth at any zoom.
     */
    private void fillPath() throws IOException {
        if (s.fill instanceof LinearGradient g && !g.isProportional() && bounds[2] > bounds[0]) {
            out.saveGraphicsState();
            out.setGraphicsStateParameters(fade(g));
            Color c = solid(g);
            out.setNonStrokingColor((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
            out.setGraphicsStateParameters(alpha(1, false));
            if (s.rule == FillRule.EVEN_ODD) {
                out.fillEvenOdd();
            } else {
                out.fill();
            }
            out.restoreGraphicsState();
            return;
        }
        fillColour(solid(s.fill));
        if (s.rule == FillRule.EVEN_ODD) {
            out.fillEvenOdd();
        } else {
            out.fill();
        }
    }

    /** A graphics state whose soft mask is the gradient's opacity across the path's bounds. */
    private PDExtendedGraphicsState fade(LinearGradient g) throws IOException {
        PDDocument doc = fonts.document();
        int samples = 256;
        byte[] data = new byte[samples];
        for (int i = 0; i < samples; i++) {
            double x = g.getStartX() + (g.getEndX() - g.getStartX()) * i / (samples - 1.0);
            data[i] = (byte) Math.round(colourAt(g, x).getOpacity() * 255);
        }
        COSStream fn = doc.getDocument().createCOSStream();
        fn.setInt(COSName.FUNCTION_TYPE, 0);
        fn.setItem(COSName.DOMAIN, floats(0, 1));
        fn.setItem(COSName.RANGE, floats(0, 1));
        COSArray size = new COSArray();
        size.add(COSInteger.get(samples));
        fn.setItem(COSName.SIZE, size);
        fn.setInt(COSName.BITS_PER_SAMPLE, 8);
        try (java.io.OutputStream o = fn.createOutputStream()) {
            o.write(data);
        }
        PDShadingType2 shading = new PDShadingType2(new COSDictionary());
        shading.setShadingType(PDShading.SHADING_TYPE2);
        shading.setColorSpace(PDDeviceGray.INSTANCE);
        shading.setCoords(floats(g.getStartX(), 0, g.getEndX(), 0));
        COSArray extend = new COSArray();
        extend.add(COSBoolean.TRUE);
        extend.add(COSBoolean.TRUE);
        shading.setExtend(extend);
        shading.getCOSObject().setItem(COSName.FUNCTION, fn);
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(new PDRectangle((float) bounds[0] - 1, (float) bounds[1] - 1,
                (float) (bounds[2] - bounds[0]) + 2, (float) (bounds[3] - bounds[1]) + 2));
        form.setResources(new PDResources());
        COSDictionary group = new COSDictionary();
        group.setItem(COSName.S, COSName.TRANSPARENCY);
        group.setItem(COSName.CS, COSName.DEVICEGRAY);
        form.getCOSObject().setItem(COSName.GROUP, group);
        try (PDFormContentStream fc = new PDFormContentStream(form)) {
            fc.shadingFill(shading);
        }
        COSDictionary mask = new COSDictionary();
        mask.setItem(COSName.TYPE, COSName.MASK);
        mask.setItem(COSName.S, COSName.LUMINOSITY);
        mask.setItem(COSName.G, form.getCOSObject());
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        gs.getCOSObject().setItem(COSName.SMASK, mask);
        return gs;
    }

    private static COSArray floats(double... values) {
        COSArray a = new COSArray();
        for (double v : values) {
            a.add(new COSFloat((float) v));
        }
        return a;
    }

    /** The colour of a horizontal gradient at {@code x}. */
    static Color colourAt(LinearGradient g, double x) {
        double len = g.getEndX() - g.getStartX();
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, (x - g.getStartX()) / len));
        List<Stop> stops = g.getStops();
        Stop prev = stops.get(0);
        for (Stop stop : stops) {
            if (t <= stop.getOffset()) {
                double span = stop.getOffset() - prev.getOffset();
                double f = span <= 0 ? 1 : (t - prev.getOffset()) / span;
                return prev.getColor().interpolate(stop.getColor(), f);
            }
            prev = stop;
        }
        return prev.getColor();
    }

    private void rectPath(double x, double y, double w, double h) throws IOException {
        resetBounds();
        grow(x, y);
        grow(x + w, y + h);
        out.addRect((float) x, (float) y, (float) w, (float) h);
    }

    private void ovalPath(double x, double y, double w, double h) throws IOException {
        resetBounds();
        grow(x, y);
        grow(x + w, y + h);
        double rx = w / 2;
        double ry = h / 2;
        double cx = x + rx;
        double cy = y + ry;
        out.moveTo((float) (cx + rx), (float) cy);
        out.curveTo((float) (cx + rx), (float) (cy + ry * K), (float) (cx + rx * K), (float) (cy + ry), (float) cx,
                (float) (cy + ry));
        out.curveTo((float) (cx - rx * K), (float) (cy + ry), (float) (cx - rx), (float) (cy + ry * K),
                (float) (cx - rx), (float) cy);
        out.curveTo((float) (cx - rx), (float) (cy - ry * K), (float) (cx - rx * K), (float) (cy - ry), (float) cx,
                (float) (cy - ry));
        out.curveTo((float) (cx + rx * K), (float) (cy - ry), (float) (cx + rx), (float) (cy - ry * K),
                (float) (cx + rx), (float) cy);
        out.closePath();
    }

    private void roundRectPath(double x, double y, double w, double h, double arcW, double arcH) throws IOException {
        double rx = Math.min(Math.abs(arcW) / 2, Math.abs(w) / 2);
        double ry = Math.min(Math.abs(arcH) / 2, Math.abs(h) / 2);
        if (rx <= 0 || ry <= 0) {
            rectPath(x, y, w, h);
            return;
        }
        resetBounds();
        grow(x, y);
        grow(x + w, y + h);
        double r = x + w;
        double b = y + h;
        out.moveTo((float) (x + rx), (float) y);
        out.lineTo((float) (r - rx), (float) y);
        out.curveTo((float) (r - rx + rx * K), (float) y, (float) r, (float) (y + ry - ry * K), (float) r,
                (float) (y + ry));
        out.lineTo((float) r, (float) (b - ry));
        out.curveTo((float) r, (float) (b - ry + ry * K), (float) (r - rx + rx * K), (float) b, (float) (r - rx),
                (float) b);
        out.lineTo((float) (x + rx), (float) b);
        out.curveTo((float) (x + rx - rx * K), (float) b, (float) x, (float) (b - ry + ry * K), (float) x,
                (float) (b - ry));
        out.lineTo((float) x, (float) (y + ry));
        out.curveTo((float) x, (float) (y + ry - ry * K), (float) (x + rx - rx * K), (float) y, (float) (x + rx),
                (float) y);
        out.closePath();
    }

    private void polygonPath(double[] xs, double[] ys, int n) throws IOException {
        resetBounds();
        for (int i = 0; i < n; i++) {
            grow(xs[i], ys[i]);
            if (i == 0) {
                out.moveTo((float) xs[i], (float) ys[i]);
            } else {
                out.lineTo((float) xs[i], (float) ys[i]);
            }
        }
        out.closePath();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        io(() -> {
            rectPath(x, y, w, h);
            fillPath();
        });
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        io(() -> {
            strokeStyle();
            rectPath(x, y, w, h);
            out.stroke();
        });
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        io(() -> {
            roundRectPath(x, y, w, h, arcW, arcH);
            fillPath();
        });
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        io(() -> {
            strokeStyle();
            roundRectPath(x, y, w, h, arcW, arcH);
            out.stroke();
        });
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        io(() -> {
            ovalPath(x, y, w, h);
            fillPath();
        });
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        io(() -> {
            strokeStyle();
            ovalPath(x, y, w, h);
            out.stroke();
        });
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        io(() -> {
            strokeStyle();
            out.moveTo((float) x0, (float) y0);
            out.lineTo((float) x1, (float) y1);
            out.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        io(() -> {
            polygonPath(xs, ys, n);
            fillPath();
        });
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        io(() -> {
            strokeStyle();
            polygonPath(xs, ys, n);
            out.stroke();
        });
    }

    /** The path being built, kept until it is filled or stroked, as a canvas keeps it. */
    private final java.util.List<double[]> path = new java.util.ArrayList<>();

    @Override
    public void beginPath() {
        path.clear();
    }

    @Override
    public void moveTo(double x, double y) {
        path.add(new double[]{0, x, y});
    }

    @Override
    public void lineTo(double x, double y) {
        path.add(new double[]{1, x, y});
    }

    @Override
    public void closePath() {
        path.add(new double[]{2, 0, 0});
    }

    private void replayPath() throws IOException {
        resetBounds();
        for (double[] p : path) {
            if (p[0] == 0) {
                out.moveTo((float) p[1], (float) p[2]);
                grow(p[1], p[2]);
            } else if (p[0] == 1) {
                out.lineTo((float) p[1], (float) p[2]);
                grow(p[1], p[2]);
            } else {
                out.closePath();
            }
        }
    }

    @Override
    public void fill() {
        io(() -> {
            replayPath();
            fillPath();
        });
    }

    @Override
    public void stroke() {
        io(() -> {
            strokeStyle();
            replayPath();
            out.stroke();
        });
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        if (text == null || text.isEmpty()) {
            return;
        }
        boolean bold = bold();
        double size = s.font.getSize();
        List<PdfFonts.Run> runs = fonts.runs(text, bold);
        double w = fonts.width(runs, size);
        double squeeze = !Double.isNaN(maxWidth) && w > maxWidth && maxWidth > 0 ? maxWidth / w : 1;
        double drawnW = w * squeeze;
        double left = switch (s.align) {
            case CENTER -> x - drawnW / 2;
            case RIGHT -> x - drawnW;
            default -> x;
        };
        double base = baselineY(y);
        boolean emboldened = runs.stream().anyMatch(r -> !fonts.hasBold(r));
        io(() -> {
            Color colour = solid(s.fill);
            fillColour(colour);
            if (emboldened) {
                // A face with no bold of its own (Nanum Gothic, Noto Sans Arabic, Symbola) is made bold by outlining its
                // letters in their own colour: they stay text that can be selected and searched.
                out.saveGraphicsState();
                out.setStrokingColor((float) colour.getRed(), (float) colour.getGreen(), (float) colour.getBlue());
                out.setGraphicsStateParameters(alpha(colour.getOpacity(), true));
                out.setLineWidth((float) (size * EMBOLDEN));
                out.setLineJoinStyle(1);
            }
            out.beginText();
            out.setTextMatrix(new Matrix((float) squeeze, 0, 0, -1, (float) left, (float) base));
            for (PdfFonts.Run r : runs) {
                out.setFont(r.font(), (float) size);
                if (emboldened) {
                    out.setRenderingMode(fonts.hasBold(r) ? RenderingMode.FILL : RenderingMode.FILL_STROKE);
                }
                try {
                    out.showText(r.text());
                } catch (IllegalArgumentException e) {
                    // A character the face maps but cannot encode: the rest of the label still draws.
                }
            }
            out.endText();
            if (emboldened) {
                out.restoreGraphicsState();
            }
        });
    }

    @Override
    public void drawImage(Image image, double x, double y, double w, double h) {
        java.awt.image.BufferedImage b = pixels(image);
        if (b == null) {
            return;
        }
        io(() -> {
            PDImageXObject xo = LosslessFactory.createFromImage(fonts.document(), b);
            out.saveGraphicsState();
            out.transform(new Matrix((float) w, 0, 0, (float) -h, (float) x, (float) (y + h)));
            out.drawImage(xo, 0, 0, 1, 1);
            out.restoreGraphicsState();
        });
    }
}
