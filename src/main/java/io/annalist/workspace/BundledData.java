package io.annalist.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;

/**
 * The datasets shipped inside the application: the Russia–North Korea report and the CNS
 * missile-test database. The first is what the window opens with no file given.
 */
public enum BundledData {
    RUSSIA_NORTH_KOREA("russia-north-korea-2018-2025.json", "Russia–North Korea military cooperation, 2018–2025"),
    NK_MISSILE_TESTS("nk-missile-tests-1984-2026.json", "North Korea missile tests, 1984–2026 (CNS)");

    public static final BundledData DEFAULT = RUSSIA_NORTH_KOREA;

    private final String fileName;
    private final String label;

    BundledData(String fileName, String label) {
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
        try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled dataset " + resource + " is missing from the build");
            }
            return reader.read(in, fileName);
        } catch (IOException e) {
            throw new IllegalStateException("bundled dataset " + resource + " cannot be read", e);
        }
    }

    public static List<BundledData> all() {
        return List.of(values());
    }
}
