package io.annalist.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Korean and emoji draw as letters, not as boxes: two different characters of a script with
 * no font both come out as the same empty box.
 */
@org.junit.jupiter.api.Tag("toolkit")
class GlyphsTest {
    @BeforeAll
    static void fx() {
        HeadlessFx.start();
    }

    private static int[] draw(String text) throws Exception {
        return HeadlessFx.call(() -> {
            Canvas c = new Canvas(48, 32);
            GraphicsContext g = c.getGraphicsContext2D();
            g.setFill(Color.WHITE);
            g.fillRect(0, 0, 48, 32);
            g.setFill(Color.BLACK);
            g.setFont(Font.font("System", 20));
            g.fillText(text, 4, 24);
            WritableImage img = c.snapshot(null, null);
            int[] px = new int[48 * 32];
            img.getPixelReader().getPixels(0, 0, 48, 32, PixelFormat.getIntArgbInstance(), px, 0, 48);
            return px;
        });
    }

    @ParameterizedTest
    @CsvSource({"김, 정", "한, 국", "\uD83D\uDE80, \uD83D\uDEF0", "Ш, Щ", "ع, ب"})
    void differentCharactersLookDifferent(String a, String b) throws Exception {
        assertTrue(BundledFonts.load().containsAll(java.util.List.of("NanumGothic", "Symbola")), BundledFonts.load()
                .toString());
        int[] first = draw(a);
        assertTrue(Arrays.stream(first).anyMatch(p -> p != 0xFFFFFFFF), "something is drawn for " + a);
        assertFalse(Arrays.equals(first, draw(b)), a + " and " + b + " are drawn as the same box");
    }
}
