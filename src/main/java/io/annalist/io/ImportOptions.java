package io.annalist.io;

/**
 * Choices an analyst makes when importing a file: for GDELT, only root events and at least
 * N sources (rows left out are counted in the load report, never silently); for plain CSV,
 * the order of day, month and year in dates like 03/04/2020; for a .zip with several data
 * files, which one to read. {@link #NONE} reads everything, as the file is.
 *
 * @param rootEventsOnly keep only GDELT rows with {@code IsRootEvent} 1
 * @param minSources     keep only GDELT rows with at least this many sources (0: all)
 * @param dateOrder      how to read dates like 03/04/2020, or null to report the ambiguous ones
 * @param entry          the data file to read inside a .zip, or null when it holds only one
 */
public record ImportOptions(boolean rootEventsOnly, int minSources, DateOrder dateOrder, String entry) {
    public static final ImportOptions NONE = new ImportOptions(false, 0, null, null);

    public ImportOptions {
        if (minSources < 0) {
            throw new IllegalArgumentException("the least number of sources cannot be negative (" + minSources + ")");
        }
    }

    public ImportOptions withRootEventsOnly(boolean only) {
        return new ImportOptions(only, minSources, dateOrder, entry);
    }

    public ImportOptions withMinSources(int n) {
        return new ImportOptions(rootEventsOnly, n, dateOrder, entry);
    }

    public ImportOptions withDateOrder(DateOrder order) {
        return new ImportOptions(rootEventsOnly, minSources, order, entry);
    }

    public ImportOptions withEntry(String name) {
        return new ImportOptions(rootEventsOnly, minSources, dateOrder, name);
    }
}
