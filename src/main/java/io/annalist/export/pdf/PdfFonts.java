package io.annalist.export.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import io.annalist.draw.Faces;
import io.annalist.draw.ShippedText;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: the faces Annalist ships, embedded as subsets (only the characters
 * used) the first time a character needs them. A label is cut into runs, each in the first
 * face that has its characters, and measured, by {@link ShippedText} — the code the screen
 * sets its text with too. One thread at a time.
 */
final class PdfFonts {
    /** A piece of text in visual order and the font that draws it. */
    record Run(PDType0Font font, String text, ShippedText.Run shipped, boolean bold) {
    }

    private final PDDocument doc;
    private final List<String> files = Faces.FALLBACK_ORDER;
    private final ShippedText shipped = new ShippedText();
    private final PDType0Font[] loaded = new PDType0Font[files.size()];

    PdfFonts(PDDocument doc) {
        this.doc = doc;
    }

    PDDocument document() {
        return doc;
    }

    private PDType0Font font(int i) {
        if (loaded[i] == null) {
            TrueTypeFont parsed = shipped.faces().parsed(i);
            try {
                loaded[i] = PDType0Font.load(doc, parsed, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed the font " + files.get(i) + ": " + e.getMessage(), e);
            }
        }
        return loaded[i];
    }

    /** {@code text} in visual order, cut into runs of one face each; characters no face has become U+FFFD. */
    List<Run> runs(String text, boolean bold) {
        List<Run> out = new ArrayList<>();
        for (ShippedText.Run r : shipped.runs(text, bold)) {
            out.add(new Run(font(r.face()), r.text(), r, bold));
        }
        return out;
    }

    /**
     * True when {@code run} is drawn in a face as heavy as it is asked for: regular text, or bold text in the
     * shipped bold face. The other faces have no bold file, and bold text in them has to be made bold.
     */
    boolean hasBold(Run run) {
        return !run.bold() || files.get(run.shipped().face()).contains("-Bold");
    }

    /** The width of {@code runs} at {@code size}, in the units of the size: as the screen measures it. */
    double width(List<Run> runs, double size) {
        return shipped.width(runs.stream().map(Run::shipped).toList(), size);
    }
}
