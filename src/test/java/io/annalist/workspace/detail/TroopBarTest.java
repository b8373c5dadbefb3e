package io.annalist.workspace.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import io.annalist.export.HeadlessFx;
import io.annalist.model.Estimate;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bar of a troop estimate takes its colour from the stylesheets, light and dark, never from the code. */
@org.junit.jupiter.api.Tag("toolkit")
class TroopBarTest {
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static Color rangeColour(boolean dark) throws Exception {
        return HeadlessFx.call(() -> {
            TroopBar bar = new TroopBar(new Estimate(10_000, 12_000, null), 180, 20_000);
            Scene scene = new Scene(new Group(bar));
            scene.getStylesheets().add(TroopBarTest.class.getResource("/io/annalist/workspace/annalist.css").toExternalForm());
            if (dark) {
                scene.getStylesheets().add(TroopBarTest.class.getResource("/io/annalist/workspace/dark.css").toExternalForm());
            }
            bar.applyCss();
            Rectangle range = (Rectangle) bar.lookup(".troop-bar-range");
            return (Color) range.getFill();
        });
    }

    @Test
    void theRangeIsTheColourTheThemeNames() throws Exception {
        assertEquals(Color.web("#8c510a"), rangeColour(false), "annalist.css: -annalist-troop-range");
        assertEquals(Color.web("#bf8040"), rangeColour(true), "dark.css: -annalist-troop-range");
        String code = Files.readString(Path.of("src/main/java/io/annalist/workspace/detail/TroopBar.java"));
        assertFalse(code.matches("(?s).*(Color\\.|#[0-9a-fA-F]{6}|setFill|setStyle).*"),
                "no colour in the code: the stylesheets give it");
    }
}
