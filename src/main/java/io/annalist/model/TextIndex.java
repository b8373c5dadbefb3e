package io.annalist.model;

import java.util.ArrayList;
import java.util.List;

import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Which events contain which words, so that a text filter over a million events looks up
 * words instead of reading every text. Words are runs of letters and digits, case folded
 * the way {@link EventFilter} compares text. A search for text without spaces or
 * punctuation ("hwasong", "warn") is answered exactly: such text can only occur inside one
 * word, so the events are those of every word containing it. Longer text ("Hwasong-15",
 * "Kim Jong Un") gives the events that have all of its words, which the caller then checks
 * one by one. Positions are indexes into the array the index was built from; each word's
 * positions are a compressed bitmap, a few bytes per event in all.
 */
public final class TextIndex {
    private static final int SLICE = 50_000;

    /** Every word, each followed by a newline (never part of a word): one text to search with indexOf. */
    private final String vocabulary;
    /** Where each word starts in {@link #vocabulary}, ascending. */
    private final int[] starts;
    /** The one event of a word met once (most ids and names), or -1. */
    private final int[] single;
    /** The events of a word met more than once, or null. */
    private final RoaringBitmap[] many;
    private final int size;

    private TextIndex(String vocabulary, int[] starts, int[] single, RoaringBitmap[] many, int size) {
        this.vocabulary = vocabulary;
        this.starts = starts;
        this.single = single;
        this.many = many;
        this.size = size;
    }

    /** The events that may contain a text, and whether every one of them surely does. */
    public record Match(RoaringBitmap events, boolean exact) {
    }

    /** Indexes {@code all}, on every core of the common pool. */
    public static TextIndex build(Event[] all) {
        return build(all, java.util.concurrent.ForkJoinPool.commonPool());
    }

    /** Indexes {@code all} on the threads of {@code pool}. */
    public static TextIndex build(Event[] all, java.util.concurrent.ForkJoinPool pool) {
        WordTable merged = pool.invoke(new Slice(all, 0, all.length));
        int n = merged.size();
        StringBuilder vocabulary = new StringBuilder();
        int[] starts = new int[n];
        int[] single = new int[n];
        RoaringBitmap[] many = new RoaringBitmap[n];
        for (int w = 0; w < n; w++) {
            starts[w] = vocabulary.length();
            vocabulary.append(merged.word(w)).append('\n');
            single[w] = merged.single(w);
            many[w] = merged.many(w);
            if (many[w] != null) {
                many[w].runOptimize();
            }
        }
        return new TextIndex(vocabulary.toString(), starts, single, many, all.length);
    }

    /** How many events were indexed. */
    public int size() {
        return size;
    }

    /** Distinct words. */
    public int wordCount() {
        return starts.length;
    }

    /**
     * The events whose texts may contain {@code lowerNeedle} (already lower-cased), or null
     * when it has no letter or digit to look up.
     */
    public Match find(String lowerNeedle) {
        String folded = fold(lowerNeedle);
        List<String> parts = new ArrayList<>();
        forEachWord(folded, parts::add);
        if (parts.isEmpty()) {
            return null;
        }
        RoaringBitmap result = null;
        for (String part : parts) {
            RoaringBitmap these = eventsOfWordsContaining(part);
            result = result == null ? these : RoaringBitmap.and(result, these);
            if (result.isEmpty()) {
                break;
            }
        }
        return new Match(result, parts.size() == 1 && parts.get(0).length() == folded.length());
    }

    /** The events of every word that contains {@code part} (a folded run of letters and digits). */
    private RoaringBitmap eventsOfWordsContaining(String part) {
        List<RoaringBitmap> having = new ArrayList<>();
        RoaringBitmap singles = new RoaringBitmap();
        int last = -1;
        for (int at = vocabulary.indexOf(part); at >= 0; at = vocabulary.indexOf(part, at + 1)) {
            int word = java.util.Arrays.binarySearch(starts, at);
            if (word < 0) {
                word = -word - 2;
            }
            if (word == last) {
                continue;
            }
            last = word;
            if (many[word] != null) {
                having.add(many[word]);
            } else {
                singles.add(single[word]);
            }
            // The rest of this word cannot add anything: go on from the next one.
            at = word + 1 < starts.length ? starts[word + 1] - 1 : vocabulary.length();
        }
        having.add(singles);
        return FastAggregation.or(having.toArray(new RoaringBitmap[0]));
    }

    /** One character as the filter compares it, ignoring case. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Whether a folded character belongs to a word. */
    static boolean inWord(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    /** Calls {@code sink} with each run of letters and digits in already folded {@code s}. */
    private static void forEachWord(String s, java.util.function.Consumer<String> sink) {
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean inWord = i < s.length() && inWord(s.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                sink.accept(s.substring(start, i));
                start = -1;
            }
        }
    }

    /**
     * Reads a range of events, split in halves across threads when large; each half's
     * words are merged as soon as both are read, so few tables are alive at once.
     */
    private static final class Slice extends java.util.concurrent.RecursiveTask<WordTable> {
        private final Event[] all;
        private final int from;
        private final int to;

        Slice(Event[] all, int from, int to) {
            this.all = all;
            this.from = from;
            this.to = to;
        }

        @Override
        protected WordTable compute() {
            if (to - from <= SLICE) {
                return words(all, from, to);
            }
            int mid = (from + to) >>> 1;
            Slice left = new Slice(all, from, mid);
            left.fork();
            WordTable right = new Slice(all, mid, to).compute();
            WordTable merged = left.join();
            merged.addAll(right);
            return merged;
        }
    }

    /** Reads the words of a range of events. */
    private static WordTable words(Event[] all, int from, int to) {
        WordTable table = new WordTable();
        char[] buf = new char[64];
        char[][] text = {new char[256]};
        for (int p = from; p < to; p++) {
            final int position = p;
            SearchText.any(all[p], t -> {
                if (t != null) {
                    if (t.length() > text[0].length) {
                        text[0] = new char[Math.max(t.length(), text[0].length * 2)];
                    }
                    t.getChars(0, t.length(), text[0], 0);
                    addWords(text[0], t.length(), buf, table, position);
                }
                return false;
            });
        }
        table.seal();
        return table;
    }

    private static void addWords(char[] text, int n, char[] buf, WordTable table, int position) {
        int len = 0;
        int h = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? fold(text[i]) : ' ';
            if (inWord(c)) {
                if (len < buf.length) {
                    buf[len] = c;
                }
                len++;
                h = 31 * h + c;
            } else if (len > 0) {
                if (len <= buf.length) {
                    table.add(buf, len, h, position);
                } else {
                    // A word longer than the buffer (rare): index it from its own copy.
                    char[] whole = new char[len];
                    for (int k = 0; k < len; k++) {
                        whole[k] = fold(text[i - len + k]);
                    }
                    table.add(whole, len, h, position);
                }
                len = 0;
                h = 0;
            }
        }
    }
}
