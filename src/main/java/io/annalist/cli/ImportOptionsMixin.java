package io.annalist.cli;

import io.annalist.io.DateOrder;
import io.annalist.io.ImportOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The import options every command that reads a file takes: {@code --root-only} and
 * {@code --min-sources N} for GDELT, {@code --date-order dmy|mdy|ymd} for numeric dates in
 * CSV files, {@code --entry NAME} for a zip archive with several data files.
 */
final class ImportOptionsMixin {
    @Option(names = "--root-only", description = "GDELT: keep only root events (IsRootEvent 1); the rest are counted")
    boolean rootOnly;

    @Option(names = "--min-sources", paramLabel = "N", description = "GDELT: keep only events with at least N sources")
    int minSources;

    @Option(names = "--date-order", paramLabel = "dmy|mdy|ymd", converter = DateOrderOption.class,
            description = "how to read dates like 03/04/2020 (default: only dates that read one way; the others"
                    + " are reported)")
    DateOrder dateOrder;

    @Option(names = "--entry", paramLabel = "NAME", description = "the data file to read in a .zip that holds several")
    String entry;

    ImportOptions options() {
        if (minSources < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--min-sources cannot be negative");
        }
        return new ImportOptions(rootOnly, minSources, dateOrder, entry);
    }

    /** Reads {@code --date-order}. */
    static final class DateOrderOption implements CommandLine.ITypeConverter<DateOrder> {
        @Override
        public DateOrder convert(String value) {
            try {
                return DateOrder.fromOption(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
