package io.annalist.export.svg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.annalist.draw.FaceChoice;
import io.annalist.draw.Faces;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * The fonts of one SVG, embedded in it so that it looks the same on a machine that has none of
 * them: an {@code @font-face} rule per shipped face that draws some of its text, with the font
 * as a {@code data:} URL. Each character goes to the first face that has it (Noto Sans, bold or
 * regular, then Noto Sans Arabic, Nanum Gothic, Symbola — the order the screen and the PDF
 * use), and each face is cut down to the characters it draws; Noto Sans Arabic goes in whole,
 * for joining its letters takes the substitution tables a subset loses. The {@code <text>}
 * elements name the same families, so an editor that ignores embedded fonts (Inkscape) uses
 * installed ones of those names. One thread at a time.
 */
final class SvgFonts {
    /** The families a {@code <text>} names, in the order a character is looked for in them. */
    static final String FAMILIES = "'Noto Sans', 'Noto Sans Arabic', NanumGothic, Symbola, sans-serif";

    private record Face(String file, String family, String weight, boolean whole) {
    }

    /** The faces of {@link Faces#FALLBACK_ORDER}, with the names {@link #FAMILIES} gives them. */
    private static final List<Face> FACES = List.of(
            new Face("NotoSans-Regular.ttf", "Noto Sans", "normal", false),
            new Face("NotoSans-Bold.ttf", "Noto Sans", "bold", false),
            new Face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", "normal", true),
            new Face("NanumGothic.ttf", "NanumGothic", "normal", false),
            new Face("Symbola.ttf", "Symbola", "normal", false));
    /** The tables a browser draws with; hinting programs (large in Nanum Gothic) stay out. */
    private static final List<String> KEPT_TABLES = List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cmap",
            "name", "OS/2", "post");

    private final FaceChoice faces = new FaceChoice();
    private final List<Set<Integer>> used = new ArrayList<>();

    SvgFonts() {
        if (!FACES.stream().map(Face::file).toList().equals(Faces.FALLBACK_ORDER)) {
            throw new IllegalStateException("the SVG's faces are not the shipped faces " + Faces.FALLBACK_ORDER);
        }
        for (int i = 0; i < FACES.size(); i++) {
            used.add(new TreeSet<>());
        }
    }

    /** Notes the characters of {@code text}, drawn bold or not, for the faces that will draw them. */
    void add(String text, boolean bold) {
        text.codePoints().forEach(cp -> used.get(faces.faceFor(cp, bold)).add(cp));
    }

    /** The {@code @font-face} rules of the faces that draw something; "" when there is no text. */
    String css() {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < FACES.size(); i++) {
            if (used.get(i).isEmpty()) {
                continue;
            }
            Face face = FACES.get(i);
            byte[] font = face.whole() ? FaceChoice.bytes(face.file()) : subset(i);
            css.append("@font-face { font-family: '").append(face.family()).append("'; font-weight: ")
                    .append(face.weight()).append("; src: url(data:font/ttf;base64,")
                    .append(Base64.getEncoder().encodeToString(font)).append(") format('truetype'); }\n");
        }
        return css.toString();
    }

    private byte[] subset(int i) {
        try {
            TrueTypeFont font = faces.parsed(i);
            var cmap = font.getUnicodeCmapLookup();
            Set<Integer> chars = used.get(i);
            TTFSubsetter subset = new TTFSubsetter(font, KEPT_TABLES);
            subset.addAll(chars);
            // FontBox maps only the Basic Multilingual Plane: the glyphs of others (emoji) are added by id.
            Set<Integer> wide = new TreeSet<>();
            chars.stream().filter(cp -> cp > 0xFFFF).map(cmap::getGlyphId).filter(g -> g > 0).forEach(wide::add);
            subset.addGlyphIds(wide);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subset.writeToStream(out);
            if (wide.isEmpty()) {
                return out.toByteArray();
            }
            java.util.Map<Integer, Integer> newByOld = new java.util.HashMap<>();
            subset.getGIDMap().forEach((newId, oldId) -> newByOld.put(oldId, newId));
            java.util.Map<Integer, Integer> glyphs = new java.util.TreeMap<>();
            for (int cp : chars) {
                Integer g = newByOld.get(cmap.getGlyphId(cp));
                if (g != null && g > 0) {
                    glyphs.put(cp, g);
                }
            }
            return FullCmap.add(out.toByteArray(), glyphs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the font " + FACES.get(i).file() + ": " + e.getMessage(), e);
        }
    }
}
