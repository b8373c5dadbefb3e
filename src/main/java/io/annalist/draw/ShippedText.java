package io.annalist.draw;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Text set in the faces Annalist ships, as every surface draws it and the painter measures
 * it: put in visual order with Arabic shaped ({@link VisualText}), cut into runs that each
 * take the first shipped face that has their characters ({@link FaceChoice}), and as wide as
 * the advances those faces give. The screen, the PNG, the PDF and the SVG all go through
 * here, so a title is as wide on every surface whatever the machine's own fonts. One thread
 * at a time.
 */
public final class ShippedText {
    /** A piece of text in visual order and the face of {@link Faces#FALLBACK_ORDER} that draws it. */
    public record Run(int face, String text) {
    }

    private static final ThreadLocal<ShippedText> PER_THREAD = ThreadLocal.withInitial(ShippedText::new);

    private final FaceChoice faces = new FaceChoice();

    /** This thread's instance: the faces are parsed once per thread that sets text, not once per picture. */
    public static ShippedText forThisThread() {
        return PER_THREAD.get();
    }

    /** The choice of faces these runs come from, for a surface that needs the parsed fonts. */
    public FaceChoice faces() {
        return faces;
    }

    /** {@code text} in visual order, cut into runs of one face each; characters no face has become U+FFFD. */
    public List<Run> runs(String text, boolean bold) {
        String visual = VisualText.of(text);
        List<Run> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int face = -1;
        for (int k = 0; k < visual.length(); ) {
            int cp = visual.codePointAt(k);
            k += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            int f = faces.faceFor(cp, bold);
            if (!faces.covers(f, cp)) {
                cp = 0xFFFD;
                f = bold ? 1 : 0;
            }
            if (f != face && run.length() > 0) {
                out.add(new Run(face, run.toString()));
                run.setLength(0);
            }
            face = f;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            out.add(new Run(face, run.toString()));
        }
        return out;
    }

    /** True when every character of {@code text} is drawn by Noto Sans, regular or bold: no other face is needed. */
    public boolean notoOnly(String text, boolean bold) {
        for (int k = 0; k < text.length(); ) {
            int cp = text.codePointAt(k);
            k += Character.charCount(cp);
            if (faces.faceFor(cp, bold) > 1) {
                return false;
            }
        }
        return true;
    }

    /** The advance of each character of {@code run} at {@code size}, as its face gives it. */
    public double[] advances(Run run, double size) {
        TrueTypeFont font = faces.parsed(run.face());
        double[] out = new double[run.text().codePointCount(0, run.text().length())];
        try {
            double scale = size / font.getUnitsPerEm();
            int i = 0;
            for (int k = 0; k < run.text().length(); ) {
                int cp = run.text().codePointAt(k);
                k += Character.charCount(cp);
                out[i++] = font.getAdvanceWidth(font.getUnicodeCmapLookup().getGlyphId(cp)) * scale;
            }
        } catch (IOException e) {
            // A face that cannot be read gives no advances; its run is drawn without width.
        }
        return out;
    }

    /** The width of {@code runs} at {@code size}. */
    public double width(List<Run> runs, double size) {
        double w = 0;
        for (Run r : runs) {
            for (double a : advances(r, size)) {
                w += a;
            }
        }
        return w;
    }

    /**
     * Where the baseline of text placed at {@code y} goes for {@code baseline}, at {@code size}:
     * from Noto Sans's ascent and descent, the face the pictures are drawn in, whatever faces
     * the text needs, so that every surface puts a label's letters on the same line.
     */
    public static double baselineY(VPos baseline, double y, double size) {
        return switch (baseline) {
            case TOP -> y + ASCENT * size;
            case CENTER -> y + (ASCENT - DESCENT) * size / 2;
            case BOTTOM -> y - DESCENT * size;
            default -> y;
        };
    }

    /** Noto Sans's ascent and descent as fractions of the size (hhea: 1069 and 293 of 1000 units). */
    public static final double ASCENT = 1.069;
    public static final double DESCENT = 0.293;

    /** The width of {@code text} at {@code size}, bold or not, as every surface draws it. */
    public double width(String text, boolean bold, double size) {
        return width(runs(text, bold), size);
    }
}
