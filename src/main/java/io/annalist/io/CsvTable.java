package io.annalist.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Rows of text under a header, written as CSV in UTF-8, all or nothing ({@link AtomicFile}). */
public final class CsvTable {
    private CsvTable() {
    }

    /** Writes {@code rows}, each as long as {@code header}, taken one at a time. */
    public static void write(Path out, List<String> header, Iterable<String[]> rows) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder();
        header.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        AtomicFile.write(out, temp -> {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CsvGenerator g = mapper.getFactory().createGenerator(w)) {
                g.setSchema(schema.build().withHeader());
                for (String[] row : rows) {
                    g.writeStartArray();
                    for (String v : row) {
                        g.writeString(v);
                    }
                    g.writeEndArray();
                }
            }
        });
    }
}
