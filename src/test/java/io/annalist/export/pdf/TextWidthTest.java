package io.annalist.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.annalist.export.BundledFonts;
import io.annalist.export.HeadlessFx;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A title is as wide in the PDF as the painter measured it on screen: the window lays text out
 * with JavaFX in Noto Sans, the PDF sets it in the same font file, so the gaps the layout keeps
 * between titles and marks are there on paper too.
 */
@org.junit.jupiter.api.Tag("toolkit")
class TextWidthTest {
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        BundledFonts.load();
    }

    @Test
    void latinAndCyrillicTitlesAreAsWideInThePdfAsOnScreen() throws Exception {
        List<String> titles = List.of("Shoigu, now Security Council secretary, visits Pyongyang and meets Kim Jong Un",
                "North Korea sends an estimated 10,000–12,000 troops to Russia", "Путин прибыл в Пхеньян",
                "KN-25 launch, Sunan · 19 March 2025");
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc);
            for (boolean bold : new boolean[]{false, true}) {
                Font font = Font.font("Noto Sans", bold ? FontWeight.BOLD : FontWeight.NORMAL, 12);
                for (String title : titles) {
                    double screen = HeadlessFx.call(() -> {
                        Text t = new Text(title);
                        t.setFont(font);
                        return t.getLayoutBounds().getWidth();
                    });
                    double paper = fonts.width(fonts.runs(title, bold), 12);
                    assertEquals(screen, paper, 0.5, (bold ? "bold " : "") + title);
                }
            }
        }
    }
}
