package io.annalist.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The kinds of file Annalist opens: its own JSON, TimelineJS JSON, ACLED CSV exports, GDELT
 * event files, UCDP GED CSV, ICEWS coded event files and an analyst's plain CSV.
 * {@link #detect} tells them apart from the name and the first bytes (after decompressing).
 */
public enum Format {
    ANNALIST("annalist"), TIMELINEJS("timelinejs"), ACLED("acled"), GDELT("gdelt"), UCDP("ucdp"), ICEWS("icews"),
    CSV("csv");

    private final String option;

    Format(String option) {
        this.option = option;
    }

    /** The name used by {@code --format}. */
    public String option() {
        return option;
    }

    /** The format named by {@code --format} ("auto" gives null), or throws with the names allowed. */
    public static Format fromOption(String name) {
        if (name == null || name.equalsIgnoreCase("auto")) {
            return null;
        }
        for (Format f : values()) {
            if (f.option.equalsIgnoreCase(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("--format must be auto, " + names() + ", not \"" + name + "\"");
    }

    /** The names {@code --format} takes besides auto: "annalist, timelinejs, ... or csv". */
    public static String names() {
        StringBuilder b = new StringBuilder();
        Format[] all = values();
        for (int i = 0; i < all.length; i++) {
            b.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].option);
        }
        return b.toString();
    }

    /** Guesses the format of {@code file} from its first 64 KiB (decompressed); JSON that is not TimelineJS is ours. */
    public static Format detect(Path file) throws IOException {
        try {
            InputFile f = InputFile.of(file, null, Long.MAX_VALUE);
            return detect(f.head(1 << 16), f.dataName());
        } catch (InputFile.Refused e) {
            throw new IOException(e.getMessage());
        }
    }

    /** The format of data that starts with {@code head}, in a file called {@code name}. */
    static Format detect(byte[] head, String name) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String trimmed = text.replace("\uFEFF", "").replace("\u00ef\u00bb\u00bf", "").stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            boolean ours = text.contains("\"annalist/");
            if (!ours && (text.contains("\"start_date\"") || text.contains("\"timeline\""))) {
                return TIMELINEJS;
            }
            return ANNALIST;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return ANNALIST;
        }
        String first = trimmed.lines().findFirst().orElse("");
        String header = first.toLowerCase(Locale.ROOT);
        if (header.contains("event_id_cnty") || header.contains("event_date") && header.contains("actor1")) {
            return ACLED;
        }
        if (header.contains("type_of_violence") && header.contains("side_a")
                && (header.contains("where_prec") || header.contains("date_prec"))) {
            return UCDP;
        }
        if (header.contains("event id") && header.contains("cameo code")) {
            return ICEWS;
        }
        if (GdeltReader.looksLikeGdelt(first) || lower.endsWith(".export.csv")) {
            return GDELT;
        }
        return CSV;
    }
}
