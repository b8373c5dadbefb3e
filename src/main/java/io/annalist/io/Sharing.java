package io.annalist.io;

/**
 * Equal values read from a large file kept once: short texts (ids, names, places, titles)
 * and immutable values (dates, places, lists of ids). One per reading thread; which instance
 * is kept never changes what was read, only how much memory it takes.
 */
final class Sharing {
    /** Texts longer than this are rarely repeated and not looked up. */
    static final int SHORT = 80;
    private final Dedup texts = new Dedup(16);
    private final Dedup values = new Dedup(17);

    /** {@code s}, or an equal text met before when it is short. */
    String text(String s) {
        return s == null || s.length() > SHORT ? s : texts.share(s);
    }

    /** {@code v}, or an equal value met before. */
    <T> T value(T v) {
        return values.share(v);
    }
}
