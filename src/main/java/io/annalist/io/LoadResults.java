package io.annalist.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import io.annalist.model.Dataset;
import io.annalist.model.LoadReport;
import io.annalist.model.Problem;
import io.annalist.model.Severity;

/**
 * How every reader ends: a file refused whole, with the line and column where that became
 * clear; a file that could not be opened, in words ("permission denied", "no such file");
 * Jackson's syntax and limit errors told as an analyst reads them; and the result of a file
 * read to its end, with its problems in file order. The readers of our JSON, TimelineJS,
 * ACLED and plain CSV all end here, so one file says the same thing whichever reader met it.
 */
final class LoadResults {
    private LoadResults() {
    }

    /** The file could not be opened or read at all: why, in words. */
    static LoadResult unreadable(String file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return fatal(file, "no such file");
        }
        String m = String.valueOf(e.getMessage());
        // java.io streams say it in their message: "/path/file (Permission denied)".
        if (e instanceof AccessDeniedException || m.endsWith("(Permission denied)")) {
            return fatal(file, "cannot be read: permission denied");
        }
        if (m.endsWith("(No such file or directory)")) {
            return fatal(file, "no such file");
        }
        if (m.contains("end of ZLIB input stream") || m.contains("Unexpected end of input")
                || e instanceof java.io.EOFException) {
            return fatal(file, "cannot be read: the compressed file ends early (cut short?)");
        }
        if (e instanceof java.util.zip.ZipException) {
            return fatal(file, "cannot be read: the compressed data is damaged (" + m + ")");
        }
        return fatal(file, "cannot be read: " + m);
    }

    /**
     * {@code read} from compressed data that ended early: what came before the cut stands, and the
     * report says that the rest of the file is missing.
     */
    static LoadResult cutShort(LoadResult read) {
        boolean fatal = read.report().fatal();
        return adding(read, fatal ? Severity.ERROR : Severity.WARNING, "the compressed file ends early (cut short?): "
                + (fatal ? "nothing before the cut could be read"
                : "the lines before the cut are loaded; the line it cut and the rest of the file are missing"));
    }

    /** {@code read} with one more problem about the whole file, at no place in it. */
    static LoadResult adding(LoadResult read, Severity severity, String message) {
        LoadReport r = read.report();
        List<Problem> problems = new java.util.ArrayList<>(r.problems());
        problems.add(new Problem(r.file(), 0, 0, "", severity, message, null));
        return new LoadResult(read.dataset(), new LoadReport(r.file(), r.read(), r.loaded(), r.rejected(),
                r.excluded(), problems, r.fatal()));
    }

    /** The file is refused whole, with no place in it. */
    static LoadResult fatal(String file, String message) {
        return fatal(file, null, message);
    }

    /** The file is refused whole at {@code at} (null: no place). */
    /** The whole file refused at {@code line} and {@code column} (0 when not known), with nothing loaded. */
    static LoadResult fatal(String file, int line, int column, String message) {
        Problem p = new Problem(file, Math.max(0, line), Math.max(0, column), "", Severity.ERROR, message, null);
        return new LoadResult(Dataset.empty(), new LoadReport(file, 0, 0, 0, List.of(p), true));
    }

    static LoadResult fatal(String file, JsonLocation at, String message) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        Problem p = new Problem(file, line, column, "", Severity.ERROR, message, null);
        return new LoadResult(Dataset.empty(), new LoadReport(file, 0, 0, 0, List.of(p), true));
    }

    /** A file read to its end: the dataset, and every problem met, sorted by line and column. */
    static LoadResult of(Problems problems, Dataset d, int read, int rejected) {
        List<Problem> sorted = new java.util.ArrayList<>(problems.list());
        sorted.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new LoadResult(d, new LoadReport(problems.file(), read, d.events().size(), rejected, sorted, false));
    }

    /** Jackson's words for broken JSON, made into ours. */
    static String syntaxMessage(String raw) {
        String m = raw == null ? "unreadable" : raw.lines().findFirst().orElse(raw);
        if (m.contains("Invalid UTF-8")) {
            return "the file is not valid UTF-8 (" + m.replaceFirst("^Invalid UTF-8 ", "") + "); save it as UTF-8";
        }
        return "malformed JSON: " + inOurWords(m);
    }

    private static final java.util.regex.Pattern OPENED_AT = java.util.regex.Pattern.compile(
            "\\s*\\(start marker at \\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
    private static final java.util.regex.Pattern CHAR = java.util.regex.Pattern.compile(
            "\\('(.{1,2})' \\(code \\d+\\)\\)");

    /** Jackson's parser messages without its source descriptions and character codes, in plain words. */
    static String inOurWords(String m) {
        java.util.regex.Matcher open = OPENED_AT.matcher(m);
        String at = open.find() ? " opened at line " + open.group(1) + ", column " + open.group(2) : "";
        String t = OPENED_AT.matcher(m).replaceAll("").replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
        if (t.startsWith("Unexpected end-of-input")) {
            String what = t.contains("close marker for Array") ? "the list" + at + " is closed"
                    : t.contains("close marker for Object") ? "the object" + at + " is closed"
                    : t.contains("closing quote") || t.contains("in field name") ? "a text in quotes is closed"
                    : "the JSON is complete";
            return "the file ends before " + what + " (cut short?)";
        }
        t = CHAR.matcher(t).replaceAll("'$1'").replaceFirst("^Unexpected character", "unexpected character")
                .replaceFirst("^Unrecognized token", "unrecognized word");
        return t.replace("was expecting comma to separate Object entries", "expected a comma between two fields")
                .replace("was expecting comma to separate Array entries", "expected a comma between two values")
                .replace("was expecting double-quote to start field name", "expected a field name in double quotes")
                .replace("was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "expected a text in quotes, a number, a list, an object, true, false or null")
                .replace("was expecting a colon to separate field name and value",
                        "expected a colon between a field name and its value");
    }

    /** Which of the reader's limits (nesting, text, number, name, file size) the file passed. */
    static String constraintMessage(String raw) {
        String m = raw == null ? "" : raw;
        if (m.contains("nesting depth")) {
            return "the file nests objects or lists deeper than " + EventFileReader.MAX_NESTING + " levels; refused";
        }
        if (m.contains("String value length")) {
            return "a text value is longer than " + EventFileReader.MAX_STRING_CHARS + " characters; refused";
        }
        if (m.contains("Number value length")) {
            return "a number is longer than " + EventFileReader.MAX_NUMBER_CHARS + " digits; refused";
        }
        if (m.contains("Document length") || m.contains("document length")) {
            return "the file is larger than the limit; refused";
        }
        if (m.contains("Name length")) {
            return "a field name is too long; refused";
        }
        return "the file exceeds a reading limit: " + m;
    }
}
