package io.annalist.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.annalist.draw.FxSurface;
import io.annalist.export.BundledFonts;
import io.annalist.export.HeadlessFx;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An Arabic, a Korean and a Latin title are as wide on the window's canvas as in the PDF: the
 * canvas sets them in the shipped faces (Noto Sans Arabic, Nanum Gothic, Noto Sans) with the
 * code the PDF uses, not in the machine's fallback font, and draws them as wide as it measures.
 */
@org.junit.jupiter.api.Tag("toolkit")
class ScriptWidthTest {
    private static final List<String> TITLES = List.of("زيارة وزير الدفاع الروسي إلى بيونغ يانغ",
            "김정은 위원장, 러시아 방문", "Shoigu visits Pyongyang and meets Kim Jong Un");
    private static final double SIZE = 24;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        BundledFonts.load();
    }

    /** The columns [first, last] of the canvas that the text's ink reaches. */
    private static int[] ink(WritableImage image) {
        PixelReader px = image.getPixelReader();
        int first = -1;
        int last = -1;
        for (int x = 0; x < (int) image.getWidth(); x++) {
            for (int y = 0; y < (int) image.getHeight(); y++) {
                if (px.getColor(x, y).getBrightness() < 0.5) {
                    if (first < 0) {
                        first = x;
                    }
                    last = x;
                    break;
                }
            }
        }
        return new int[]{first, last};
    }

    @Test
    void titlesInEveryScriptAreAsWideOnTheCanvasAsInThePdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            for (boolean bold : new boolean[]{false, true}) {
                Font font = Font.font("Noto Sans", bold ? FontWeight.BOLD : FontWeight.NORMAL, SIZE);
                for (String title : TITLES) {
                    double paper = fonts.width(fonts.runs(title, bold), SIZE);
                    double[] screen = new double[1];
                    WritableImage drawn = HeadlessFx.call(() -> {
                        Canvas canvas = new Canvas(Math.ceil(paper) + 80, 60);
                        FxSurface s = new FxSurface(canvas.getGraphicsContext2D());
                        s.setFill(Color.WHITE);
                        s.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
                        s.setFill(Color.BLACK);
                        s.setFont(font);
                        s.setTextAlign(TextAlignment.LEFT);
                        s.setTextBaseline(VPos.CENTER);
                        screen[0] = s.textWidth(title);
                        s.fillText(title, 40, 30);
                        return canvas.snapshot(new SnapshotParameters(), null);
                    });
                    String what = (bold ? "bold " : "") + title;
                    assertEquals(paper, screen[0], 1e-6, what);
                    // The ink lies within the measured advance (less the side bearings of the first and last glyphs).
                    int[] ink = ink(drawn);
                    assertTrue(ink[0] >= 40 - 1 && ink[0] <= 40 + SIZE / 4, what + ": ink starts at " + ink[0]);
                    assertTrue(ink[1] <= 40 + paper + 1 && ink[1] >= 40 + paper - SIZE / 4,
                            what + ": ink ends at " + ink[1] + ", the text measures " + paper);
                }
            }
        }
    }
}
