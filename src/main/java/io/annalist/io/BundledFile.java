package io.annalist.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * The datasets that ship inside Annalist, read from its resources: for the window (through
 * {@code workspace.BundledData}) and for the command line's benches alike.
 */
public enum BundledFile {
    RUSSIA_NORTH_KOREA("russia-north-korea-2018-2025.json", "Russia–North Korea military cooperation, 2018–2025"),
    NK_MISSILE_TESTS("nk-missile-tests-1984-2026.json", "North Korea missile tests, 1984–2026 (CNS)");

    private final String fileName;
    private final String label;

    BundledFile(String fileName, String label) {
        this.fileName = fileName;
        this.label = label;
    }

    public String fileName() {
        return fileName;
    }

    public String label() {
        return label;
    }

    /** Reads the dataset from the application's resources. */
    public LoadResult load(EventFileReader reader) {
        String resource = "/io/annalist/data/" + fileName;
        try (InputStream in = BundledFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled dataset " + resource + " is missing from the build");
            }
            return reader.read(in, fileName);
        } catch (IOException e) {
            throw new IllegalStateException("bundled dataset " + resource + " cannot be read", e);
        }
    }
}
