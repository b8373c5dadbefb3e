package io.annalist.io;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Typed reads for files read whole or not at all (the workspace file): the first value of
 * the wrong type, unknown field or field given twice stops the reading with a {@link Bad}
 * that says where and why. The parser is on the value's first token before a call.
 */
final class StrictJson {
    private StrictJson() {
    }

    /** A problem found while reading: where, and why. */
    static final class Bad extends Exception {
        private static final long serialVersionUID = 1L;
        final transient JsonLocation at;
        final String path;

        Bad(JsonLocation at, String path, String message) {
            super(message);
            this.at = at;
            this.path = path;
        }
    }

    /** Reads one element of a list, found at {@code path}. */
    @FunctionalInterface
    interface Item {
        void read(String path) throws IOException, Bad;
    }

    /** Reads the value of one field of an object, the parser on it; false when the field is not one it knows. */
    @FunctionalInterface
    interface Field {
        boolean read(String name, String path) throws IOException, Bad;
    }

    /**
     * Reads an object field by field: each field once, each one {@code field} knows.
     *
     * @return where the object starts, for problems about the whole of it
     */
    static JsonLocation object(JsonParser p, String path, String what, Field field) throws IOException, Bad {
        expect(p, JsonToken.START_OBJECT, path, what);
        JsonLocation start = p.currentTokenLocation();
        Set<String> seen = new java.util.HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            once(seen, name, at, path);
            if (!field.read(name, path + "." + name)) {
                throw unknown(at, path, name);
            }
        }
        return start;
    }

    /** Takes one text of a list; the parser is on it, so a {@link Bad} made from the parser points at it. */
    @FunctionalInterface
    interface TextItem {
        void take(String text, String path) throws Bad;
    }

    /** Each text of a list of texts, in turn. */
    static void eachText(JsonParser p, String path, TextItem item) throws IOException, Bad {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new Bad(p.currentTokenLocation(), path, "\"" + last(path) + "\" should be a list of texts");
        }
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            String t = text(p, path + "[" + i + "]");
            if (t == null) {
                throw new Bad(p.currentTokenLocation(), path, "\"" + last(path) + "\" should hold texts, not null");
            }
            item.take(t, path + "[" + i + "]");
        }
    }

    static void list(JsonParser p, String path, Item item) throws IOException, Bad {
        expect(p, JsonToken.START_ARRAY, path, "a list");
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            item.read(path + "[" + i + "]");
        }
    }

    static void expect(JsonParser p, JsonToken token, String path, String what) throws Bad {
        if (p.currentToken() != token) {
            throw new Bad(p.currentTokenLocation(), path, (path.endsWith("]") ? "each of \"" : "\"") + last(path)
                    + "\" should be " + what);
        }
    }

    static void once(Set<String> seen, String field, JsonLocation at, String path) throws Bad {
        if (!seen.add(field)) {
            throw new Bad(at, path + "." + field, "field \"" + field + "\" appears twice");
        }
    }

    static Bad unknown(JsonLocation at, String path, String field) {
        return new Bad(at, path + "." + field, "unknown field \"" + field + "\"");
    }

    static String text(JsonParser p, String path) throws Bad {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new Bad(p.currentTokenLocation(), path, "\"" + last(path) + "\" should be text");
        }
        try {
            return p.getText();
        } catch (IOException e) {
            throw new Bad(p.currentTokenLocation(), path, e.getMessage());
        }
    }

    static List<String> texts(JsonParser p, String path) throws IOException, Bad {
        List<String> out = new ArrayList<>();
        eachText(p, path, (t, at) -> out.add(t));
        return out;
    }

    static boolean bool(JsonParser p, String path) throws Bad {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
            throw new Bad(p.currentTokenLocation(), path, "\"" + last(path) + "\" should be true or false");
        }
        return t == JsonToken.VALUE_TRUE;
    }

    static Instant instant(JsonParser p, String path) throws Bad {
        String t = text(p, path);
        if (t == null) {
            throw new Bad(p.currentTokenLocation(), path, "\"" + last(path) + "\" should be a time");
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new Bad(p.currentTokenLocation(), path, "\"" + t + "\" is not a time in UTC such as"
                    + " 2025-03-01T10:15:00Z");
        }
    }

    static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    }
}
