package io.annalist.cli;

import io.annalist.io.Format;
import picocli.CommandLine;

/** Reads {@code --format auto|annalist|timelinejs|acled|gdelt|ucdp|icews|csv}; "auto" gives null, meaning "detect". */
final class FormatOption implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        try {
            return Format.fromOption(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
