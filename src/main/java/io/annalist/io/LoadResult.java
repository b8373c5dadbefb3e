package io.annalist.io;

import io.annalist.model.Dataset;
import io.annalist.model.LoadReport;

/**
 * What a reader returns: the dataset that loaded (empty when the file was fatally broken)
 * and the report of everything that went wrong.
 */
public record LoadResult(Dataset dataset, LoadReport report) {

    /** True when the file could not be read at all and {@link #dataset()} is empty. */
    public boolean failed() {
        return report.fatal();
    }
}
