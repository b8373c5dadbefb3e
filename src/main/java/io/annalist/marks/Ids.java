package io.annalist.marks;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Fresh ids for notes and saved views: a prefix and 64 random bits, so two computers never make the same one. */
final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    static String fresh(String prefix) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
