package io.annalist.draw;

import java.text.Bidi;
import java.util.HashMap;
import java.util.Map;

/**
 * Text in the order a surface that only places glyphs left to right must draw it: Arabic
 * letters turned into the presentation form their neighbours call for (initial, medial,
 * final or isolated, and lam with alef as one ligature), and right-to-left runs reversed,
 * their brackets mirrored, as the Unicode bidirectional algorithm ({@link Bidi}) orders them.
 * A PDF holds text this way; readers turn it back into the logical order and the plain
 * letters when the text is copied or searched. Pure; any thread.
 */
public final class VisualText {
    /** Arabic letters: {isolated, final, initial, medial}; a right-joining letter has no initial or medial form. */
    private static final Map<Character, char[]> FORMS = new HashMap<>();
    private static final String MIRRORED = "()[]{}<>«»";

    static {
        dual('\u0626', 0xFE89);
        right('\u0622', 0xFE81);
        right('\u0623', 0xFE83);
        right('\u0624', 0xFE85);
        right('\u0625', 0xFE87);
        right('\u0627', 0xFE8D);
        dual('\u0628', 0xFE8F);
        right('\u0629', 0xFE93);
        for (char c = '\u062A'; c <= '\u062E'; c++) {
            dual(c, 0xFE95 + 4 * (c - '\u062A'));
        }
        for (char c = '\u062F'; c <= '\u0632'; c++) {
            right(c, 0xFEA9 + 2 * (c - '\u062F'));
        }
        for (char c = '\u0633'; c <= '\u063A'; c++) {
            dual(c, 0xFEB1 + 4 * (c - '\u0633'));
        }
        for (char c = '\u0641'; c <= '\u0647'; c++) {
            dual(c, 0xFED1 + 4 * (c - '\u0641'));
        }
        right('\u0648', 0xFEED);
        right('\u0649', 0xFEEF);
        dual('\u064A', 0xFEF1);
        dual('\u067E', 0xFB56);
        dual('\u0686', 0xFB7A);
        right('\u0698', 0xFB8A);
        dual('\u06A9', 0xFB8E);
        dual('\u06AF', 0xFB92);
        dual('\u06CC', 0xFBFC);
    }

    private VisualText() {
    }

    private static void dual(char c, int isolated) {
        FORMS.put(c, new char[]{(char) isolated, (char) (isolated + 1), (char) (isolated + 2), (char) (isolated + 3)});
    }

    private static void right(char c, int isolated) {
        FORMS.put(c, new char[]{(char) isolated, (char) (isolated + 1)});
    }

    /** {@code text} in visual order, Arabic shaped; text with nothing right to left comes back as it is. */
    public static String of(String text) {
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            return text;
        }
        String shaped = shape(text);
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] parts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = shaped.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            parts[i] = levels[i] % 2 == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, parts, 0, runs);
        return String.join("", parts);
    }

    /** Arabic letters in the forms their neighbours call for; other characters as they are. */
    static String shape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char[] forms = FORMS.get(c);
            if (forms == null) {
                out.append(c);
                continue;
            }
            boolean before = joinsForward(previousLetter(s, i));
            int next = nextLetter(s, i);
            boolean after = forms.length == 4 && next >= 0 && (FORMS.containsKey(s.charAt(next))
                    || s.charAt(next) == '\u0640');
            if (c == '\u0644' && next >= 0 && lamAlef(s.charAt(next)) != 0) {
                // Lam followed by alef is written as one ligature, isolated or final.
                out.append((char) (lamAlef(s.charAt(next)) + (before ? 1 : 0)));
                out.append(s, i + 1, next);
                i = next;
                continue;
            }
            int form = before && after ? 3 : after ? 2 : before ? 1 : 0;
            out.append(forms[form]);
        }
        return out.toString();
    }

    private static int lamAlef(char alef) {
        return switch (alef) {
            case '\u0622' -> 0xFEF5;
            case '\u0623' -> 0xFEF7;
            case '\u0625' -> 0xFEF9;
            case '\u0627' -> 0xFEFB;
            default -> 0;
        };
    }

    private static boolean transparent(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670';
    }

    private static int previousLetter(String s, int i) {
        int k = i - 1;
        while (k >= 0 && transparent(s.charAt(k))) {
            k--;
        }
        return k < 0 ? -1 : s.charAt(k);
    }

    private static int nextLetter(String s, int i) {
        int k = i + 1;
        while (k < s.length() && transparent(s.charAt(k))) {
            k++;
        }
        return k < s.length() ? k : -1;
    }

    /** True when the letter before joins to the one after it (a dual-joining letter, or the tatweel). */
    private static boolean joinsForward(int c) {
        if (c < 0) {
            return false;
        }
        char[] forms = FORMS.get((char) c);
        return c == '\u0640' || forms != null && forms.length == 4;
    }

    /** A right-to-left run drawn left to right: its characters reversed, marks kept after their letter, brackets mirrored. */
    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int end = run.length();
        while (end > 0) {
            int start = run.offsetByCodePoints(end, -1);
            while (start > 0 && (transparent(run.charAt(start)) || Character.getType(run.codePointAt(start))
                    == Character.NON_SPACING_MARK)) {
                start = run.offsetByCodePoints(start, -1);
            }
            String cluster = run.substring(start, end);
            int m = cluster.length() == 1 ? MIRRORED.indexOf(cluster.charAt(0)) : -1;
            out.append(m < 0 ? cluster : String.valueOf(MIRRORED.charAt(m ^ 1)));
            end = start;
        }
        return out.toString();
    }
}
