package io.annalist.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How a JSON file is laid out — line ends, the indent of one level, the space around a colon,
 * lists one item a line or on one line — as far as its first pages show, so that values
 * written into it look like their neighbours.
 */
final class JsonStyle {
    private static final Pattern COLON = Pattern.compile("\"([ \\t]*:[ \\t]*)\\S");
    private static final Pattern ARRAY = Pattern.compile("\\[([ \\t]*\\r?\\n?)[ \\t]*([^\\]\\s])");
    private static final Pattern INDENT = Pattern.compile("\\n([ \\t]+)\\S");

    final String newline;
    final String unit;
    final String colon;
    final String comma;
    final boolean expandArrays;
    final String arrayPad;

    JsonStyle(String newline, String unit, String colon, String comma, boolean expandArrays, String arrayPad) {
        this.newline = newline;
        this.unit = unit;
        this.colon = colon;
        this.comma = comma;
        this.expandArrays = expandArrays;
        this.arrayPad = arrayPad;
    }

    /** The style of a file that starts with {@code head}. */
    static JsonStyle detect(String head) {
        String newline = head.contains("\r\n") ? "\r\n" : "\n";
        Matcher indent = INDENT.matcher(head);
        String unit = indent.find() ? indent.group(1) : "  ";
        Matcher colon = COLON.matcher(head);
        String c = colon.find() ? colon.group(1) : ": ";
        int expanded = 0;
        int inline = 0;
        int padded = 0;
        Matcher a = ARRAY.matcher(head);
        while (a.find() && expanded + inline < 500) {
            if (a.group(1).contains("\n")) {
                expanded++;
            } else {
                inline++;
                padded += a.group(1).isEmpty() ? 0 : 1;
            }
        }
        String comma = head.contains(", ") || !head.contains(",\"") ? ", " : ",";
        return new JsonStyle(newline, unit, c, comma, expanded > inline, padded * 2 > inline ? " " : "");
    }

    /**
     * {@code value} as this file writes it at a place indented by {@code indent}: on several
     * lines when {@code multiline}, else on one.
     */
    String render(JsonNode value, String indent, boolean multiline) {
        StringBuilder b = new StringBuilder();
        render(b, value, indent, multiline);
        return b.toString();
    }

    private void render(StringBuilder b, JsonNode v, String indent, boolean multiline) {
        if (v.isObject() && !v.isEmpty()) {
            b.append('{');
            String inner = indent + unit;
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); first = false) {
                Map.Entry<String, JsonNode> m = it.next();
                b.append(first ? "" : multiline ? "," : comma);
                if (multiline) {
                    b.append(newline).append(inner);
                }
                b.append(name(m.getKey())).append(colon);
                render(b, m.getValue(), inner, multiline);
            }
            if (multiline) {
                b.append(newline).append(indent);
            }
            b.append('}');
        } else if (v.isArray() && !v.isEmpty()) {
            boolean expand = multiline && (expandArrays || containsContainer(v));
            String inner = indent + unit;
            b.append('[').append(expand ? "" : arrayPad);
            for (int i = 0; i < v.size(); i++) {
                b.append(i == 0 ? "" : expand ? "," : comma);
                if (expand) {
                    b.append(newline).append(inner);
                }
                render(b, v.get(i), inner, expand);
            }
            b.append(expand ? newline + indent : arrayPad).append(']');
        } else {
            b.append(scalar(v));
        }
    }

    private static boolean containsContainer(JsonNode array) {
        for (JsonNode x : array) {
            if (x.isContainerNode() && !x.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String scalar(JsonNode v) {
        try {
            return EventJson.MAPPER.writeValueAsString(v);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "a quoted name" as JSON. */
    static String name(String field) {
        return scalar(com.fasterxml.jackson.databind.node.TextNode.valueOf(field));
    }
}
