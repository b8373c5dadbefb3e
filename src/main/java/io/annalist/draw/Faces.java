package io.annalist.draw;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The font files Annalist ships, in the order a character is looked for in them: Noto Sans
 * (regular, bold) for Latin, Greek and Cyrillic — the face the pictures are drawn in — then
 * Noto Sans Arabic, Nanum Gothic for Korean and Symbola for emoji. The window loads them into
 * JavaFX before drawing; the PDF embeds them.
 */
public final class Faces {
    /** The family the pictures are drawn in. */
    public static final String FAMILY = "Noto Sans";
    /** The files, in the order a character is looked for in them; the first two are Noto Sans's regular and bold. */
    public static final List<String> FALLBACK_ORDER = List.of("NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
            "NotoSansArabic-Regular.ttf", "NanumGothic.ttf", "Symbola.ttf");

    /** The family of each file of {@link #FALLBACK_ORDER}, as JavaFX names it once loaded. */
    public static final List<String> FAMILIES = List.of(FAMILY, FAMILY, "Noto Sans Arabic", "NanumGothic", "Symbola");

    private Faces() {
    }

    /** The bytes of one of the files of {@link #FALLBACK_ORDER}. */
    public static InputStream open(String file) throws IOException {
        InputStream in = Faces.class.getResourceAsStream("/io/annalist/fonts/" + file);
        if (in == null) {
            throw new IOException("the font " + file + " is missing from Annalist's files");
        }
        return in;
    }
}
