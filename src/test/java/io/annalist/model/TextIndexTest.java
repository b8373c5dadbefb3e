package io.annalist.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.roaringbitmap.RoaringBitmap;

/** The index finds what reading every text finds. */
class TextIndexTest {
    private static final String[] TITLES = {
        "Hwasong-15 launched from Sunan", "Kim Jong Un visits Vostochny", "Шойгу в Пхеньяне",
        "김정은 국무위원장", "İstanbul talks; KELVIN 5\u212A", "troops 10,000–12,000 (estimate)", "e-mail: A.B@EXAMPLE.org",
        "ſtraße and STRASSE", "\uD83D\uDE80 rocket emoji", "x".repeat(300) + "needle" + "y".repeat(10)};

    private static Event[] events() {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < TITLES.length; i++) {
            EventDetails d = i % 3 == 0 ? new Statement("a", List.of(), "Dire consequences " + i) : null;
            out.add(new Event("ev-" + i, i % 3 == 0 ? EventKind.STATEMENT : EventKind.OTHER, TITLES[i],
                    When.at(PartialDate.parse("2024-0" + (1 + i % 9))), i % 2 == 0 ? new Place("Pyongyang", "KP",
                    null, null) : null, List.of(), "Summary " + TITLES[(i + 3) % TITLES.length], List.of("s"), null,
                    List.of("tag" + i), d, Map.of(), 0));
        }
        return out.toArray(new Event[0]);
    }

    private static Set<Integer> byReading(Event[] all, String lowerNeedle) {
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < all.length; i++) {
            if (SearchText.any(all[i], s -> EventFilter.contains(s, lowerNeedle))) {
                out.add(i);
            }
        }
        return out;
    }

    private static Set<Integer> set(RoaringBitmap b) {
        Set<Integer> out = new TreeSet<>();
        b.forEach((org.roaringbitmap.IntConsumer) out::add);
        return out;
    }

    @Test
    void everyPieceOfEveryTextIsFoundAsByReading() {
        Event[] all = events();
        TextIndex index = TextIndex.build(all);
        Set<String> needles = new TreeSet<>(List.of("zzz", "needle", "STATE", "dire conseq", "10,000", "12,000 (",
                "k", "kelvin 5k", "strasse", "pyong", "kp", "ev-1", "tag", "\uD83D\uDE80"));
        for (String t : TITLES) {
            for (int len = 1; len <= 7; len++) {
                for (int i = 0; i + len <= t.length(); i += 3) {
                    needles.add(t.substring(i, i + len));
                }
            }
        }
        int exact = 0;
        for (String raw : needles) {
            String needle = raw.toLowerCase(Locale.ROOT);
            TextIndex.Match m = index.find(needle);
            Set<Integer> expected = byReading(all, needle);
            if (m == null) {
                assertTrue(needle.codePoints().noneMatch(Character::isLetterOrDigit), needle);
                continue;
            }
            Set<Integer> found = set(m.events());
            if (m.exact()) {
                exact++;
                assertEquals(expected, found, "exact answer for \"" + needle + "\"");
            } else {
                assertTrue(found.containsAll(expected), "candidates for \"" + needle + "\" miss some: " + expected
                        + " vs " + found);
            }
        }
        assertTrue(exact > 100, "most needles are single words: " + exact);
    }

    @Test
    void punctuationAloneCannotBeLookedUp() {
        assertNull(TextIndex.build(events()).find(" - "));
    }

    @Test
    void wordsMetOnceAndOftenAreBothFound() {
        Event[] all = events();
        TextIndex index = TextIndex.build(all);
        assertEquals(all.length, index.find("summary").events().getCardinality());
        assertEquals(Set.of(4), set(index.find("ev-4").events()));
    }
}
