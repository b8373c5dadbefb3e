package io.annalist.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.annalist.model.DateFormatException;
import io.annalist.model.PartialDate;

/**
 * Typed reads of the value under a streaming parser, each reporting a wrong type with the
 * value's line and column instead of throwing. The parser must be on the value's first
 * token; after a call it is on the value's last token. Repeated strings (ids, kinds,
 * places) are interned per file, which keeps a large file's model small.
 */
final class Fields {
    private final JsonParser p;
    private final Problems problems;
    private final ObjectMapper mapper;
    private final Dedup pool = new Dedup(16);
    private final Dedup shared = new Dedup(17);

    Fields(JsonParser p, Problems problems, ObjectMapper mapper) {
        this.p = p;
        this.problems = problems;
        this.mapper = mapper;
    }

    JsonParser parser() {
        return p;
    }

    Problems problems() {
        return problems;
    }

    JsonLocation here() {
        return p.currentTokenLocation();
    }

    /** One shared instance per distinct value. */
    String intern(String s) {
        return pool.share(s);
    }

    /** One shared instance per distinct immutable value (dates, places, lists of ids): a large file repeats them. */
    <T> T share(T value) {
        return shared.share(value);
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }

    /** Reports that the value is of the wrong type and skips it. */
    void wrongType(String path, String field, String expected) throws IOException {
        problems.error(here(), path, field, "\"" + field + "\" should be " + expected + ", not "
                + describe(p.currentToken()));
        p.skipChildren();
    }

    /** Text, or null for null. */
    String text(String path, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(path, field, "text");
        }
        return null;
    }

    /**
     * Text that often repeats across events when short (titles, topics, purposes, missile
     * names): shared when at most 80 characters; longer text is rarely repeated.
     */
    String phrase(String path, String field) throws IOException {
        String t = text(path, field);
        return t != null && t.length() <= 80 ? intern(t) : t;
    }

    /** Text that repeats across events (ids, places): interned. */
    String token(String path, String field) throws IOException {
        return intern(text(path, field));
    }

    /** A list of texts; a single text is taken as a list of one. */
    List<String> tokens(String path, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return share(List.of(intern(p.getText())));
        }
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            wrongType(path, field, "a list of texts");
            return List.of();
        }
        // One or two ids are the common case: build those lists without a growable array.
        String first = null;
        String second = null;
        List<String> more = null;
        int n = 0;
        for (int pos = 0; p.nextToken() != JsonToken.END_ARRAY; pos++) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                problems.error(here(), path, field + "[" + pos + "]", "items of \"" + field
                        + "\" should be text, not " + describe(p.currentToken()));
                p.skipChildren();
                continue;
            }
            String v = intern(p.getText());
            if (n == 0) {
                first = v;
            } else if (n == 1) {
                second = v;
            } else {
                if (more == null) {
                    more = new ArrayList<>();
                    more.add(first);
                    more.add(second);
                }
                more.add(v);
            }
            n++;
        }
        List<String> out = more != null ? List.copyOf(more) : n == 0 ? List.of() : n == 1 ? List.of(first)
                : List.of(first, second);
        return share(out);
    }

    /**
     * A number; null for null or the text "unknown"; {@link Double#NaN} for the text "n/a"
     * (not applicable: no apogee for a missile that blew up on the pad). Infinite or
     * negative numbers are errors.
     */
    Double number(String path, String field, boolean allowNegative) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double v = p.getDoubleValue();
            if (!Double.isFinite(v)) {
                problems.error(here(), path, field, "\"" + field + "\" is " + p.getText() + ", which is out of range");
                return null;
            }
            if (!allowNegative && v < 0) {
                problems.error(here(), path, field, "\"" + field + "\" cannot be negative (" + p.getText() + ")");
                return null;
            }
            return v;
        }
        if (t == JsonToken.VALUE_STRING && "unknown".equalsIgnoreCase(p.getText().strip())) {
            return null;
        }
        if (t == JsonToken.VALUE_STRING && "n/a".equalsIgnoreCase(p.getText().strip())) {
            return Double.NaN;
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(path, field, "a number, \"unknown\" or \"n/a\"");
        }
        return null;
    }

    /** A non-negative whole number, or null for null, absence or "unknown". */
    Long count(String path, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT) {
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                problems.error(here(), path, field, "\"" + field + "\" is " + p.getText() + ", which is out of range");
                return null;
            }
            long v = p.getLongValue();
            if (v < 0) {
                problems.error(here(), path, field, "\"" + field + "\" cannot be negative (" + v + ")");
                return null;
            }
            return v;
        }
        if (t == JsonToken.VALUE_STRING && "unknown".equalsIgnoreCase(p.getText().strip())) {
            return null;
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(path, field, "a whole number or \"unknown\"");
        }
        return null;
    }

    Integer smallCount(String path, String field) throws IOException {
        Long v = count(path, field);
        if (v != null && v > Integer.MAX_VALUE) {
            problems.error(here(), path, field, "\"" + field + "\" is too large (" + v + ")");
            return null;
        }
        return v == null ? null : v.intValue();
    }

    boolean bool(String path, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t != JsonToken.VALUE_NULL) {
            wrongType(path, field, "true or false");
        }
        return false;
    }

    /** A partial ISO date, or null (with an error) when it is no date. */
    PartialDate date(String path, String field) throws IOException {
        String s = text(path, field);
        if (s == null) {
            return null;
        }
        try {
            PartialDate d = PartialDate.parse(s);
            if (!d.zoneGiven()) {
                problems.warn(here(), path, field, PartialDate.noZoneWarning(s));
            }
            return d;
        } catch (DateFormatException e) {
            problems.error(here(), path, field, e.getMessage());
            return null;
        }
    }

    /** Checks the parser is on an object's start; reports and skips otherwise. */
    boolean expectObject(String path, String field) throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT) {
            return true;
        }
        if (p.currentToken() != JsonToken.VALUE_NULL) {
            wrongType(path, field, "an object");
        }
        return false;
    }

    /** The value under the parser as raw JSON text. */
    String raw() throws IOException {
        return mapper.writeValueAsString(p.readValueAsTree());
    }

    /** Keeps a field the format does not know as raw JSON text, with a warning. */
    void keepUnknown(Map<String, String> extra, String path, String field) throws IOException {
        if (extra == null) {
            throw new IllegalStateException("no map to keep unknown fields in");
        }
        JsonLocation at = here();
        String raw = mapper.writeValueAsString(p.readValueAsTree());
        extra.put(field, raw);
        problems.warn(at, path, field, "unknown field \"" + field + "\" kept and shown under Other fields in the details");
    }

    /** Reports a field given a second time in one object, and skips it. */
    boolean duplicate(Seen seen, String path, String field) throws IOException {
        if (seen.first(field)) {
            return false;
        }
        problems.error(here(), path, field, "field \"" + field + "\" appears twice");
        p.skipChildren();
        return true;
    }
}
