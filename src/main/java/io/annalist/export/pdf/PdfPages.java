package io.annalist.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;

import io.annalist.draw.Surface;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF being written, a page at a time: each page is a {@link Surface} in logical pixels
 * placed on the paper at a given scale, drawn with the fonts Annalist ships, embedded as
 * subsets. Then the document's information (title, subject, producer) and the file. One
 * thread at a time.
 */
public final class PdfPages implements AutoCloseable {
    static {
        // PDFBox reports fonts it parses leniently through java.util.logging; on the command line that is noise.
        java.util.logging.Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.SEVERE);
        java.util.logging.Logger.getLogger("org.apache.fontbox").setLevel(java.util.logging.Level.SEVERE);
    }

    private final PDDocument doc = new PDDocument();
    private final PdfFonts fonts = new PdfFonts(doc);
    private PDPageContentStream open;

    /**
     * Starts a page of {@code widthPt} × {@code heightPt} points; the surface returned draws in
     * units of {@code scale} points from ({@code leftPt}, {@code topPt}), y downwards.
     */
    public Surface page(double widthPt, double heightPt, double leftPt, double topPt, double scale) {
        endPage();
        PDPage page = new PDPage(new PDRectangle((float) widthPt, (float) heightPt));
        doc.addPage(page);
        try {
            open = new PDPageContentStream(doc, page);
            open.transform(new Matrix((float) scale, 0, 0, (float) -scale, (float) leftPt,
                    (float) (heightPt - topPt)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PdfSurface(open, fonts);
    }

    /** Ends the page being drawn, if any. */
    public void endPage() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                open = null;
            }
        }
    }

    public int pages() {
        return doc.getNumberOfPages();
    }

    /** The document's title, subject (what it shows: the filters) and producer, shown by readers and searched. */
    public void info(String title, String subject, String producer) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setProducer(producer);
        info.setCreator(producer);
        info.setCreationDate(Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
        PDViewerPreferences prefs = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        prefs.setDisplayDocTitle(true);
        doc.getDocumentCatalog().setViewerPreferences(prefs);
        doc.getDocumentCatalog().setLanguage("en");
    }

    /** Writes the document to {@code out} (a temporary file beside it, moved into place when complete). */
    public void save(Path out) throws IOException {
        endPage();
        io.annalist.io.AtomicFile.write(out, temp -> {
            try (OutputStream o = Files.newOutputStream(temp)) {
                doc.save(o);
            }
        });
    }

    @Override
    public void close() throws IOException {
        endPage();
        doc.close();
    }
}
