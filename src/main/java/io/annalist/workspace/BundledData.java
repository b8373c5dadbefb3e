package io.annalist.workspace;

import java.util.List;

import io.annalist.io.BundledFile;
import io.annalist.io.EventFileReader;
import io.annalist.io.LoadResult;

/**
 * The datasets shipped inside the application: the Russia–North Korea report and the CNS
 * missile-test database. The first is what the window opens with no file given.
 */
public enum BundledData {
    RUSSIA_NORTH_KOREA(BundledFile.RUSSIA_NORTH_KOREA),
    NK_MISSILE_TESTS(BundledFile.NK_MISSILE_TESTS);

    public static final BundledData DEFAULT = RUSSIA_NORTH_KOREA;

    private final BundledFile file;

    BundledData(BundledFile file) {
        this.file = file;
    }

    public String fileName() {
        return file.fileName();
    }

    public String label() {
        return file.label();
    }

    /** Reads the dataset from the application's resources. */
    public LoadResult load(EventFileReader reader) {
        return file.load(reader);
    }

    public static List<BundledData> all() {
        return List.of(values());
    }
}
