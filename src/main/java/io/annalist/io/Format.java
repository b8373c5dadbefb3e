package io.annalist.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The kinds of file Annalist opens: its own JSON, TimelineJS JSON, ACLED CSV exports and an
 * analyst's plain CSV. {@link #detect} tells them apart from the name and the first bytes.
 */
public enum Format {
    ANNALIST("annalist"), TIMELINEJS("timelinejs"), ACLED("acled"), CSV("csv");

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
        throw new IllegalArgumentException("--format must be auto, annalist, timelinejs, acled or csv, not \"" + name
                + "\"");
    }

    /** Guesses the format of {@code file} from its first 64 KiB; JSON that is not TimelineJS is ours. */
    public static Format detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String trimmed = text.replace("\uFEFF", "").replace("ï»¿", "").stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            boolean ours = text.contains("\"annalist/");
            if (!ours && (text.contains("\"start_date\"") || text.contains("\"timeline\""))) {
                return TIMELINEJS;
            }
            return ANNALIST;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return ANNALIST;
        }
        String header = trimmed.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (header.contains("event_id_cnty") || header.contains("event_date") && header.contains("actor1")) {
            return ACLED;
        }
        return CSV;
    }
}
