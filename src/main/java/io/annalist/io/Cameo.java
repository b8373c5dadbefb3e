package io.annalist.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.annalist.model.ClashType;
import io.annalist.model.EventKind;

/**
 * CAMEO event codes (GDELT and ICEWS code every event with one) and what they become here.
 * Only what a code says is taken from it: 042 "Make a visit" is a visit, 057 "Sign formal
 * agreement" an agreement, 18x–20x (assault, fight, mass violence) clashes; a code that says
 * nothing of ours (there is none for a missile test or an exercise) stays "other", with its
 * description as a tag. The table is in the README.
 */
final class Cameo {
    private static final Map<String, String> DESCRIPTIONS = load();

    private Cameo() {
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = Cameo.class.getResourceAsStream("cameo-event-codes.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    m.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(m);
    }

    /**
     * The code as the codebook writes it, or null when it is none: files that went through a
     * spreadsheet or R may have lost the leading zero ("42" for 042, "871" for 0871).
     */
    static String normal(String code) {
        if (code == null || code.isEmpty()) {
            return null;
        }
        for (String c : new String[]{code, "0" + code, "00" + code}) {
            if (c.length() <= 4 && DESCRIPTIONS.containsKey(c)) {
                return c;
            }
        }
        return null;
    }

    /** The codebook's description of a (normal) code: "Make a visit". */
    static String describe(String code) {
        return DESCRIPTIONS.get(code);
    }

    /** Our kind for a (normal) CAMEO code. */
    static EventKind kind(String code) {
        String base = code.length() >= 3 ? code.substring(0, 3) : code;
        String root = code.substring(0, 2);
        return switch (base) {
            case "042", "043" -> EventKind.VISIT;
            case "040", "041", "044", "045", "046" -> EventKind.MEETING;
            case "057" -> EventKind.AGREEMENT;
            case "154" -> EventKind.TROOP_DEPLOYMENT;
            default -> {
                if (code.equals("0871")) {
                    yield EventKind.AGREEMENT;
                }
                yield switch (root) {
                    case "01", "13" -> EventKind.STATEMENT;
                    case "18", "19", "20" -> EventKind.CLASH;
                    default -> EventKind.OTHER;
                };
            }
        };
    }

    /**
     * A row's title, saying plainly who did what: for 043 "NORTH KOREA hosts a visit by RUSSIA"
     * (CAMEO's codebook codes the host as the first actor of 043 and the visitor as the first of
     * 042), else the codebook's words and the first actor → the second: "Make a visit: RUSSIA →
     * NORTH KOREA", the visitor → the host, as the details say it. Either name may be empty.
     */
    static String title(String code, String description, String name1, String name2) {
        if (code.startsWith("043") && !(name1.isEmpty() && name2.isEmpty())) {
            return name1.isEmpty() ? "Visit by " + name2 + " (host not named)"
                    : name1 + " hosts a visit" + (name2.isEmpty() ? "" : " by " + name2);
        }
        return description + (name1.isEmpty() && name2.isEmpty() ? ""
                : ": " + (name1.isEmpty() ? "?" : name1) + (name2.isEmpty() ? "" : " → " + name2));
    }

    /** True for threats (13x), which become statements tagged as threats. */
    static boolean threat(String code) {
        return code.startsWith("13");
    }

    /** The sort of clash a code of 18x–20x says: small arms a battle, artillery shelling, aerial weapons a strike. */
    static ClashType clashType(String code) {
        if (code.startsWith("193")) {
            return ClashType.BATTLE;
        }
        if (code.startsWith("194")) {
            return ClashType.SHELLING;
        }
        if (code.startsWith("195")) {
            return ClashType.AIR_STRIKE;
        }
        return ClashType.OTHER;
    }

    /**
     * The details a code gives with its two actors (ids, either may be null): who visited whom
     * (042: the first visits the second; 043: the first hosts), who met, who signed, who
     * spoke to whom, who mobilised, who fought whom. Null for "other".
     */
    static io.annalist.model.EventDetails details(EventKind kind, String code, String actor1, String actor2,
                                                  Sharing s) {
        java.util.List<String> one = actor1 == null ? java.util.List.of() : s.value(java.util.List.of(actor1));
        java.util.List<String> two = actor2 == null ? java.util.List.of() : s.value(java.util.List.of(actor2));
        java.util.List<String> both = s.value(actor1 == null ? two : actor2 == null || actor2.equals(actor1) ? one
                : java.util.List.of(actor1, actor2));
        return switch (kind) {
            case VISIT -> s.value(code.startsWith("043") ? new io.annalist.model.Visit(two, one, null, null, null, null)
                    : new io.annalist.model.Visit(one, two, null, null, null, null));
            case MEETING -> s.value(new io.annalist.model.Meeting(both, null, null));
            case AGREEMENT -> s.value(new io.annalist.model.Agreement(both, null, null));
            case STATEMENT -> s.value(new io.annalist.model.Statement(actor1, two, null));
            case TROOP_DEPLOYMENT -> s.value(new io.annalist.model.TroopDeployment(actor1, null, null,
                    java.util.List.of(), null, null));
            case CLASH -> s.value(new io.annalist.model.Clash(one, two, clashType(code), null, null));
            default -> null;
        };
    }
}
