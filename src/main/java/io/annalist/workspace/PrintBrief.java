package io.annalist.workspace;

import java.util.ArrayList;
import java.util.List;

import io.annalist.draw.FxSurface;
import io.annalist.export.BriefPages;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.transform.Scale;

/**
 * File → Print…: the pages of the PDF brief, printed through JavaFX's printing. Each page is
 * drawn by the same painter on a canvas three times finer than the paper's points (so it
 * prints at about 216 dots per inch), scaled down to the page and, where the printer's
 * margins leave less room than the brief's half inch, shrunk to fit. FX thread.
 */
final class PrintBrief {
    /** Canvas pixels per point of paper. */
    static final double FINE = 3;

    private PrintBrief() {
    }

    /** The brief's paper for the printer's: Letter when it prints on Letter, else A4; its orientation. */
    static BriefPages.Format formatOf(PageLayout layout) {
        Paper p = layout.getPaper();
        boolean letter = p == Paper.NA_LETTER || p.getName() != null && p.getName().toLowerCase(java.util.Locale.ROOT)
                .contains("letter");
        boolean landscape = layout.getPageOrientation() == PageOrientation.LANDSCAPE
                || layout.getPageOrientation() == PageOrientation.REVERSE_LANDSCAPE;
        return new BriefPages.Format(letter ? BriefPages.Paper.LETTER : BriefPages.Paper.A4, landscape);
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
