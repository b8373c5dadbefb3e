package io.annalist.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.text.Font;

/**
 * Fonts shipped with Annalist: Noto Sans, the face the timeline and the map draw with (Latin,
 * Greek, Cyrillic), so text is measured and laid out the same on every machine and in every
 * format, and the faces for scripts it lacks — Arabic (Noto Sans Arabic), Korean (Nanum
 * Gothic) and emoji (Symbola). JavaFX adds a loaded font to the fonts it falls back on for
 * characters the chosen font lacks, but only if it is loaded before any text is laid out: the
 * window, the headless export and the tests therefore load them first thing. The PDF export
 * embeds the same files ({@link io.annalist.draw.Faces}).
 */
public final class BundledFonts {
    private static final String[] FILES = io.annalist.draw.Faces.FALLBACK_ORDER.toArray(new String[0]);
    private static List<String> families;

    private BundledFonts() {
    }

    /** Loads the fonts once; later calls do nothing. Returns the families loaded. */
    public static synchronized List<String> load() {
        if (families != null) {
            return families;
        }
        List<String> loaded = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = BundledFonts.class.getResourceAsStream("/io/annalist/fonts/" + file)) {
                Font f = in == null ? null : Font.loadFont(in, 12);
                if (f != null) {
                    loaded.add(f.getFamily());
                }
            } catch (IOException e) {
                // A missing font only means some characters show as boxes; text stays intact.
            }
        }
        families = List.copyOf(loaded);
        return families;
    }
}
