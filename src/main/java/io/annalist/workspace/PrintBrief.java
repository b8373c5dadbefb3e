package io.annalist.workspace;

import java.util.ArrayList;
import java.util.List;

import io.annalist.draw.FxSurface;
import io.annalist.export.BriefPages;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Scale;

/**
 * File → Print…: the pages of the PDF brief, printed through JavaFX's printing, on the paper
 * and in the orientation chosen for them. Each page is
 * drawn by the same painter on a canvas three times finer than the paper's points (so it
 * prints at about 216 dots per inch), scaled down to the page and, where the printer's
 * margins leave less room than the brief's half inch, shrunk to fit. FX thread.
 */
final class PrintBrief {
    /** Canvas pixels per point of paper. */
    static final double FINE = 3;

    private PrintBrief() {
    }

    /** The printer's page for the brief's paper and orientation, with the least margins the printer allows. */
    static PageLayout layoutFor(Printer printer, BriefPages.Format format) {
        Paper paper = format.paper() == BriefPages.Paper.LETTER ? Paper.NA_LETTER : Paper.A4;
        return printer.createPageLayout(paper, format.landscape() ? PageOrientation.LANDSCAPE
                : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
    }

    /** One node per page of {@code brief}, each fitting a printable area {@code width} × {@code height} points. */
    static List<Node> pages(BriefPages brief, double width, double height) {
        BriefPages.Format f = brief.format();
        double contentW = f.widthPt() - 2 * BriefPages.Format.MARGIN;
        double contentH = f.heightPt() - 2 * BriefPages.Format.MARGIN;
        double fit = Math.min(1, Math.min(width / contentW, height / contentH));
        List<Node> nodes = new ArrayList<>();
        for (BriefPages.Page page : brief.pages()) {
            Canvas c = new Canvas(Math.ceil(contentW * FINE), Math.ceil(contentH * FINE));
            GraphicsContext gc = c.getGraphicsContext2D();
            gc.scale(FINE * page.scale(), FINE * page.scale());
            page.draw(new FxSurface(gc));
            c.getTransforms().add(new Scale(fit / FINE, fit / FINE, 0, 0));
            nodes.add(c);
        }
        return nodes;
    }
}
