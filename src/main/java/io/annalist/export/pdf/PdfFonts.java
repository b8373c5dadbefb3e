package io.annalist.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.annalist.draw.VisualText;
import io.annalist.draw.FaceChoice;
import io.annalist.draw.Faces;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: the faces Annalist ships, embedded as subsets (only the characters
 * used) the first time a character needs them, and the text of a label cut into runs, each in
 * the first face that has its characters (Noto Sans, Noto Sans Arabic, Nanum Gothic, Symbola).
 * One thread at a time.
 */
final class PdfFonts {
    /** A piece of text in visual order and the font that draws it. */
    record Run(PDType0Font font, String text) {
    }

    private final PDDocument doc;
    private final List<String> files = Faces.FALLBACK_ORDER;
    private final FaceChoice faces = new FaceChoice();
    private final PDType0Font[] loaded = new PDType0Font[files.size()];

    PdfFonts(PDDocument doc) {
        this.doc = doc;
    }

    PDDocument document() {
        return doc;
    }

    private TrueTypeFont parsed(int i) {
        return faces.parsed(i);
    }

    private PDType0Font font(int i) {
        if (loaded[i] == null) {
            try {
                loaded[i] = PDType0Font.load(doc, parsed(i), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed the font " + files.get(i) + ": " + e.getMessage(), e);
            }
        }
        return loaded[i];
    }

    private boolean covers(int i, int codePoint) {
        return faces.covers(i, codePoint);
    }

    private int faceFor(int codePoint, boolean bold) {
        return faces.faceFor(codePoint, bold);
    }

    /** {@code text} in visual order, cut into runs of one face each; characters no face has become U+FFFD. */
    List<Run> runs(String text, boolean bold) {
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
            int f = faceFor(cp, bold);
            if (!covers(f, cp)) {
                cp = 0xFFFD;
                f = bold ? 1 : 0;
            }
            if (f != face && run.length() > 0) {
                out.add(new Run(font(face), run.toString()));
                run.setLength(0);
            }
            face = f;
            run.appendCodePoint(cp);
        }
        if (run.length() > 0) {
            out.add(new Run(font(face), run.toString()));
        }
        return out;
    }

    /** The width of {@code runs} at {@code size}, in the units of the size. */
    static double width(List<Run> runs, double size) {
        double w = 0;
        for (Run r : runs) {
            try {
                w += r.font().getStringWidth(r.text()) / 1000 * size;
            } catch (IOException | IllegalArgumentException e) {
                // A run that cannot be measured adds nothing; it is drawn as well as the font allows.
            }
        }
        return w;
    }
}
