package io.annalist.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Names in Arabic show in the window as letters, not as boxes: the table's cell and the filter
 * pane's actor, each in the font the window gives it, draw something other than what characters
 * no font has (all the same box) would draw.
 */
@org.junit.jupiter.api.Tag("toolkit")
class ArabicNamesTest extends WindowTestBase {
    private static final String MINISTRY = "وزارة الخارجية";
    private static final String STATEMENT = "بيان وزارة الخارجية";

    @TempDir
    Path dir;

    /** The pixels of {@code text} drawn alone in {@code font}, black on white. FX thread. */
    private static int[] drawn(String text, Font font) {
        Text t = new Text(4, font.getSize() * 1.5, text);
        t.setFont(font);
        t.setFill(Color.BLACK);
        Pane p = new Pane(t);
        p.setStyle("-fx-background-color: white;");
        p.resize(12 * font.getSize(), 2 * font.getSize());
        WritableImage img = p.snapshot(null, null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] px = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return px;
    }

    /** The text node that shows {@code text} in the window, wherever it is. FX thread. */
    private Text shown(String text) {
        return lookup((Node n) -> n instanceof Text t && text.equals(t.getText()) && t.isVisible())
                .queryAs(Text.class);
    }

    @Test
    void anArabicNameShowsAsLettersInTheTableAndTheFilters() throws Exception {
        Path f = dir.resolve("arabic.json");
        Files.writeString(f, """
                {"format": "annalist/1", "title": "Arabic",
                 "actors": [{"id": "mfa", "name": "%s", "kind": "organization"}],
                 "sources": [{"id": "s", "title": "Test source", "url": "https://example.org/"}],
                 "events": [{"id": "a", "kind": "statement", "title": "%s", "when": "2024-09-10",
                             "actors": ["mfa"], "sources": ["s"]}]}
                """.formatted(MINISTRY, STATEMENT), StandardCharsets.UTF_8);
        WindowWaits.open(window, new DataLocation.OnDisk(f));
        for (String text : new String[]{STATEMENT, MINISTRY}) {
            Font font = WaitForAsyncUtils.asyncFx(() -> shown(text).getFont()).get();
            String noGlyphs = "\uE000".repeat(text.length());
            int[] letters = WaitForAsyncUtils.asyncFx(() -> drawn(text, font)).get();
            int[] boxes = WaitForAsyncUtils.asyncFx(() -> drawn(noGlyphs, font)).get();
            assertTrue(Arrays.stream(letters).anyMatch(p -> p != 0xFFFFFFFF), text + " draws something in " + font);
            assertFalse(Arrays.equals(letters, boxes), text + " is drawn as boxes in " + font);
            int[] ba = WaitForAsyncUtils.asyncFx(() -> drawn("ب", font)).get();
            int[] jim = WaitForAsyncUtils.asyncFx(() -> drawn("ج", font)).get();
            assertFalse(Arrays.equals(ba, jim), "two Arabic letters are told apart in " + font);
        }
    }
}
