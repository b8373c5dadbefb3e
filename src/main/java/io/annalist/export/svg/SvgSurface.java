package io.annalist.export.svg;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.annalist.draw.VectorSurface;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.FillRule;

/**
 * A {@link Surface} that writes an SVG document an analyst can edit in Inkscape or
 * Illustrator: marks and lines as shapes, every label as a {@code <text>} naming its fonts
 * (Noto Sans, then the faces Annalist ships for Arabic, Korean and emoji) and those fonts
 * embedded, cut down to the characters used ({@link SvgFonts}), gradients as
 * {@code <linearGradient>}, clips as {@code <clipPath>}, and each named part of the picture (a
 * lane) as a {@code <g>} with the part's id and label. Baselines are placed with Noto Sans's
 * ascent and descent, as the other surfaces place them. One thread at a time.
 */
public final class SvgSurface extends VectorSurface {
    static final String FONTS = SvgFonts.FAMILIES;

    private final StringBuilder body = new StringBuilder(1 << 16);
    private final StringBuilder defs = new StringBuilder();
    private final double width;
    private final double height;
    private final Map<String, String> gradients = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private int clips;
    /** Elements open: 'g' for a transform or clip group, 'L' for a named part. */
    private final Deque<Character> open = new ArrayDeque<>();
    private final Deque<Integer> savedDepth = new ArrayDeque<>();
    private final StringBuilder path = new StringBuilder();
    private final SvgFonts fonts = new SvgFonts();

    /** A document {@code width} × {@code height} logical pixels. */
    public SvgSurface(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The document, with its title and description. */
    public String document(String title, String description) {
        StringBuilder out = new StringBuilder(body.length() + defs.length() + 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\"")
                .append(" version=\"1.1\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" viewBox=\"0 0 ").append(n(width)).append(' ').append(n(height))
                .append("\" xml:space=\"preserve\">\n");
        out.append("<title>").append(esc(title)).append("</title>\n");
        out.append("<desc>").append(esc(description)).append("</desc>\n");
        String faces = fonts.css();
        if (defs.length() > 0 || !faces.isEmpty()) {
            out.append("<defs>\n");
            if (!faces.isEmpty()) {
                out.append("<style type=\"text/css\"><![CDATA[\n").append(faces).append("]]></style>\n");
            }
            out.append(defs).append("</defs>\n");
        }
        out.append(body);
        for (int i = 0; i < open.size(); i++) {
            out.append("</g>\n");
        }
        out.append("</svg>\n");
        return out.toString();
    }

    static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        String t = String.format(Locale.ROOT, "%.2f", v);
        t = t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
        return "-0".equals(t) ? "0" : t;
    }

    /** Text as XML character data or attribute value; characters XML cannot hold are left out. */
    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\t', '\n', '\r' -> b.append(' ');
                default -> {
                    if (c >= 0x20 && (c < 0xD800 || c > 0xDFFF) && c != 0xFFFE && c != 0xFFFF) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    @Override
    public void save() {
        super.save();
        savedDepth.push(open.size());
    }

    @Override
    public void restore() {
        if (!restoreState()) {
            return;
        }
        int depth = savedDepth.pop();
        while (open.size() > depth) {
            open.pop();
            body.append("</g>\n");
        }
    }

    @Override
    public void translate(double x, double y) {
        body.append("<g transform=\"translate(").append(n(x)).append(' ').append(n(y)).append(")\">\n");
        open.push('g');
    }

    @Override
    public void scale(double x, double y) {
        body.append("<g transform=\"scale(").append(n(x)).append(' ').append(n(y)).append(")\">\n");
        open.push('g');
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "clip" + (++clips);
        defs.append("<clipPath id=\"").append(id).append("\" clipPathUnits=\"userSpaceOnUse\"><rect x=\"")
                .append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\"/></clipPath>\n");
        // A clip path is read in the user space of the element it is applied to, so it follows the transforms.
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
        open.push('g');
    }

    @Override
    public void beginGroup(String id, String label) {
        String base = "lane-" + id.replaceAll("^lane-", "").replaceAll("[^A-Za-z0-9_.-]", "_");
        String unique = base;
        for (int k = 2; !ids.add(unique); k++) {
            unique = base + "-" + k;
        }
        body.append("<g id=\"").append(esc(unique)).append("\" class=\"lane\" inkscape:label=\"").append(esc(label))
                .append("\">\n");
        open.push('L');
    }

    @Override
    public void endGroup() {
        while (!open.isEmpty()) {
            char c = open.pop();
            body.append("</g>\n");
            if (c == 'L') {
                return;
            }
        }
    }

    private static String rgb(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }

    /** The paint as attribute text: {@code fill="#rrggbb" fill-opacity="a"}, or a gradient's url. */
    private String paint(String attr, Paint p) {
        if (p instanceof LinearGradient g) {
            return attr + "=\"url(#" + gradient(g) + ")\"";
        }
        Color c = p instanceof Color col ? col : Color.BLACK;
        String out = attr + "=\"" + rgb(c) + "\"";
        return c.getOpacity() < 1 ? out + " " + attr + "-opacity=\"" + n(c.getOpacity()) + "\"" : out;
    }

    private String gradient(LinearGradient g) {
        StringBuilder d = new StringBuilder();
        d.append(" x1=\"").append(n(g.getStartX())).append("\" y1=\"").append(n(g.getStartY())).append("\" x2=\"")
                .append(n(g.getEndX())).append("\" y2=\"").append(n(g.getEndY())).append("\"")
                .append(g.isProportional() ? "" : " gradientUnits=\"userSpaceOnUse\"").append(">");
        for (Stop stop : g.getStops()) {
            Color c = stop.getColor();
            d.append("<stop offset=\"").append(n(stop.getOffset())).append("\" stop-color=\"").append(rgb(c))
                    .append("\" stop-opacity=\"").append(n(c.getOpacity())).append("\"/>");
        }
        String key = d.toString();
        String id = gradients.get(key);
        if (id == null) {
            id = "grad" + (gradients.size() + 1);
            gradients.put(key, id);
            defs.append("<linearGradient id=\"").append(id).append("\"").append(key).append("</linearGradient>\n");
        }
        return id;
    }

    private String fillAttrs() {
        return paint("fill", s.fill) + (s.rule == FillRule.EVEN_ODD ? " fill-rule=\"evenodd\"" : "");
    }

    private String strokeAttrs() {
        StringBuilder b = new StringBuilder("fill=\"none\" ").append(paint("stroke", s.stroke))
                .append(" stroke-width=\"").append(n(s.lineWidth)).append("\" stroke-linecap=\"square\"");
        if (s.dashes.length > 0) {
            b.append(" stroke-dasharray=\"");
            for (int i = 0; i < s.dashes.length; i++) {
                b.append(i == 0 ? "" : " ").append(n(s.dashes[i]));
            }
            b.append('"');
        }
        return b.toString();
    }

    private void rect(double x, double y, double w, double h, double rx, double ry, String attrs) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append('"');
        if (rx > 0 && ry > 0) {
            body.append(" rx=\"").append(n(Math.min(rx, w / 2))).append("\" ry=\"").append(n(Math.min(ry, h / 2)))
                    .append('"');
        }
        body.append(' ').append(attrs).append("/>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0, fillAttrs());
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0, strokeAttrs());
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        rect(x, y, w, h, arcW / 2, arcH / 2, fillAttrs());
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        rect(x, y, w, h, arcW / 2, arcH / 2, strokeAttrs());
    }

    private void ellipse(double x, double y, double w, double h, String attrs) {
        body.append("<ellipse cx=\"").append(n(x + w / 2)).append("\" cy=\"").append(n(y + h / 2))
                .append("\" rx=\"").append(n(w / 2)).append("\" ry=\"").append(n(h / 2)).append("\" ")
                .append(attrs).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h, fillAttrs());
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h, strokeAttrs());
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        body.append("<line x1=\"").append(n(x0)).append("\" y1=\"").append(n(y0)).append("\" x2=\"").append(n(x1))
                .append("\" y2=\"").append(n(y1)).append("\" ").append(strokeAttrs()).append("/>\n");
    }

    private void polygon(double[] xs, double[] ys, int count, String attrs) {
        body.append("<polygon points=\"");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append("\" ").append(attrs).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        polygon(xs, ys, count, fillAttrs());
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int count) {
        polygon(xs, ys, count, strokeAttrs());
    }

    @Override
    public void beginPath() {
        path.setLength(0);
    }

    @Override
    public void moveTo(double x, double y) {
        path.append('M').append(n(x)).append(' ').append(n(y));
    }

    @Override
    public void lineTo(double x, double y) {
        path.append('L').append(n(x)).append(' ').append(n(y));
    }

    @Override
    public void closePath() {
        path.append('Z');
    }

    @Override
    public void fill() {
        if (path.length() > 0) {
            body.append("<path d=\"").append(path).append("\" ").append(fillAttrs()).append("/>\n");
        }
    }

    @Override
    public void stroke() {
        if (path.length() > 0) {
            body.append("<path d=\"").append(path).append("\" ").append(strokeAttrs()).append("/>\n");
        }
    }

    @Override
    public void fillText(String text, double x, double y, double maxWidth) {
        if (text == null || text.isBlank()) {
            return;
        }
        double size = s.font.getSize();
        double base = baselineY(y);
        String anchor = switch (s.align) {
            case CENTER -> "middle";
            case RIGHT -> "end";
            default -> "start";
        };
        boolean bold = bold();
        fonts.add(text, bold);
        Paint fill = s.fill instanceof LinearGradient g ? g.getStops().get(g.getStops().size() / 2).getColor() : s.fill;
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(base)).append("\" font-family=\"")
                .append(FONTS).append("\" font-size=\"").append(n(size)).append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (!"start".equals(anchor)) {
            body.append(" text-anchor=\"").append(anchor).append('"');
        }
        // Every text carries the width it was laid out at: a viewer that cannot use the embedded faces and sets it
        // in another font still fits it to that width (where it honours textLength), so no title runs into the next.
        double measured = io.annalist.draw.ShippedText.forThisThread().width(text, bold, size);
        double length = !Double.isNaN(maxWidth) && maxWidth > 0 ? Math.min(measured, maxWidth) : measured;
        if (length > 0) {
            body.append(" textLength=\"").append(n(length)).append("\" lengthAdjust=\"spacingAndGlyphs\"");
        }
        body.append(' ').append(paint("fill", fill)).append('>').append(esc(text)).append("</text>\n");
    }

    @Override
    public void drawImage(Image image, double x, double y, double w, double h) {
        java.awt.image.BufferedImage b = pixels(image);
        if (b == null) {
            return;
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(b, "png", png);
        } catch (java.io.IOException e) {
            return;
        }
        body.append("<image x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" href=\"data:image/png;base64,")
                .append(java.util.Base64.getEncoder().encodeToString(png.toByteArray())).append("\"/>\n");
    }
}
