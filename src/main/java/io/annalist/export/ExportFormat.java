package io.annalist.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The formats a snapshot is written in, told by the file name's ending. */
public enum ExportFormat {
    PNG, PDF, SVG;

    /** The format {@code out}'s name asks for; any other ending is refused with a message saying which are known. */
    public static ExportFormat of(Path out) throws IOException {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (name.endsWith(f.extension())) {
                return f;
            }
        }
        throw new IOException("cannot write " + out + ": snapshots are PNG images, PDF briefs or SVG drawings, so"
                + " the file name must end in .png, .pdf or .svg");
    }

    /** ".png", ".pdf" or ".svg". */
    public String extension() {
        return "." + name().toLowerCase(Locale.ROOT);
    }

    /** True for PDF and SVG, which keep text as text and have no pixels to choose. */
    public boolean vector() {
        return this != PNG;
    }
}
