package io.annalist.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file as rows of text with the line each row starts on, read with Jackson's CSV
 * parser. The encoding is found out: UTF-8 (with or without BOM) when the bytes are valid
 * UTF-8, else Windows-1252; line endings may be LF, CRLF or a lone CR.
 */
final class CsvText {
    /** One row: its cells and the line it starts on (1-based). */
    record Row(int line, String[] cells) {
        String cell(int i) {
            return i >= 0 && i < cells.length ? cells[i].strip() : "";
        }
    }

    final List<String> header;
    final List<Row> rows;
    final String encoding;

    private CsvText(List<String> header, List<Row> rows, String encoding) {
        this.header = header;
        this.rows = rows;
        this.encoding = encoding;
    }

    /** The file read, or the load result that says why it cannot be. */
    record Loaded(CsvText csv, LoadResult failure) {
    }

    static Loaded load(Path file) {
        try {
            return new Loaded(read(file), null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return new Loaded(null, LoadResults.fatal(file.toString(), e.getLocation(), "malformed CSV: "
                    + e.getOriginalMessage()));
        } catch (IOException e) {
            return new Loaded(null, LoadResults.unreadable(file.toString(), e));
        }
    }

    static CsvText read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String encoding = "UTF-8";
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            encoding = "Windows-1252";
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<Row> rows = new ArrayList<>();
        List<String> header = List.of();
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(new StringReader(text))) {
            boolean first = true;
            while (true) {
                int line = it.getParser().currentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                String[] cells = it.nextValue();
                if (first) {
                    header = List.of(cells);
                    first = false;
                } else if (!(cells.length == 1 && cells[0].isBlank()) && cells.length > 0) {
                    rows.add(new Row(Math.max(1, line), cells));
                }
            }
        }
        return new CsvText(header, rows, encoding);
    }

    /** The index of the first header that matches one of {@code names} (case and spaces ignored), or -1. */
    int column(String... names) {
        for (String n : names) {
            for (int i = 0; i < header.size(); i++) {
                if (normal(header.get(i)).equals(normal(n))) {
                    return i;
                }
            }
        }
        return -1;
    }

    static String normal(String s) {
        return s.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
    }
}
