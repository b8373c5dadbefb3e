package io.annalist.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Changes fields of one event in the text of its file, touching nothing else: a value
 * replaced where it stands, a field removed with its comma, a new field put after the field
 * that precedes it in the format's order, each written in the file's style. Fields the format
 * does not know stay where they are, and so do those inside a replaced object ({@code where},
 * {@code when}) that the event's unknown fields name.
 */
final class JsonSplice {
    /** The format's order of an event's fields; a kind's details stand where {@code "details"} is. */
    private static final List<String> ORDER = List.of("id", "kind", "title", "when", "where", "actors", "summary",
            "sources", "confidence", "tags", "details", "citations", "analyst", "extra");

    private record Member(String name, int nameStart, int valueStart, int valueEnd) {
    }

    private record Obj(int open, int close, List<Member> members) {
        Member get(String name) {
            for (Member m : members) {
                if (m.name.equals(name)) {
                    return m;
                }
            }
            return null;
        }
    }

    private final JsonStyle style;
    private final Set<String> unknown;
    private String text;

    /**
     * @param text    the event object as the file has it
     * @param unknown the event's fields the format does not know, as the reader names them ({@code "where.elevation"})
     */
    JsonSplice(String text, JsonStyle style, Set<String> unknown) {
        this.text = text;
        this.style = style;
        this.unknown = unknown;
    }

    String text() {
        return text;
    }

    /** Sets {@code field} ({@code "title"}, {@code "troop_deployment.troops"}) to {@code value}, or removes it when null. */
    void set(String field, JsonNode value) {
        int dot = field.indexOf('.');
        if (dot > 0 && EventJson.isBlock(field.substring(0, dot))) {
            String block = field.substring(0, dot);
            String sub = field.substring(dot + 1);
            Obj event = object(0);
            Member b = event.get(block);
            if (b == null || text.charAt(b.valueStart) != '{') {
                if (value != null) {
                    ObjectNode o = EventJson.MAPPER.createObjectNode();
                    o.set(sub, value);
                    put(event, block, o);
                }
                return;
            }
            Obj details = object(b.valueStart);
            if (value == null && details.get(sub) != null && details.members.size() == 1) {
                remove(event, event.get(block));
            } else if (value == null) {
                remove(details, details.get(sub));
            } else {
                put(details, sub, value);
            }
        } else if (value == null) {
            Obj event = object(0);
            remove(event, event.get(field));
        } else {
            put(object(0), field, keepUnknown(field, value));
        }
    }

    /** A new object value keeps the members of the old one that the format does not know. */
    private JsonNode keepUnknown(String field, JsonNode value) {
        Member m = object(0).get(field);
        if (m == null || !value.isObject() || text.charAt(m.valueStart) != '{') {
            return value;
        }
        JsonNode old = EventJson.parse(text.substring(m.valueStart, m.valueEnd));
        ObjectNode out = ((ObjectNode) value).deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = old.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (unknown.contains(field + "." + e.getKey()) && !out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private void put(Obj obj, String name, JsonNode value) {
        Member m = obj.get(name);
        boolean multiline = opensLine(text.substring(obj.open, obj.close + 1));
        if (m != null) {
            String old = text.substring(m.valueStart, m.valueEnd);
            boolean several = multiline && (!value.isContainerNode() || old.contains("\n") || !isContainer(old));
            replace(m.valueStart, m.valueEnd, style.render(value, indentAt(m.nameStart), several));
            return;
        }
        String indent = obj.members.isEmpty() ? indentAt(obj.open) + style.unit : indentAt(obj.members.get(0).nameStart);
        String member = JsonStyle.name(name) + style.colon + style.render(value, indent, multiline);
        String gap = multiline ? style.newline + indent : style.comma.equals(",") ? "" : " ";
        if (obj.members.isEmpty()) {
            replace(obj.open + 1, obj.close, multiline ? style.newline + indent + member + style.newline
                    + indentAt(obj.open) : member);
            return;
        }
        Member after = null;
        if (obj.open == 0) {
            int rank = rank(name);
            for (Member x : obj.members) {
                if (rank(x.name) <= rank) {
                    after = x;
                }
            }
        } else {
            after = obj.members.get(obj.members.size() - 1);
        }
        if (after == null) {
            int at = obj.members.get(0).nameStart;
            replace(at, at, member + "," + gap);
        } else {
            replace(after.valueEnd, after.valueEnd, "," + gap + member);
        }
    }

    private void remove(Obj obj, Member m) {
        if (m == null) {
            return;
        }
        int i = obj.members.indexOf(m);
        if (i > 0) {
            replace(obj.members.get(i - 1).valueEnd, m.valueEnd, "");
        } else if (obj.members.size() > 1) {
            replace(m.nameStart, obj.members.get(1).nameStart, "");
        } else {
            replace(obj.open + 1, obj.close, "");
        }
    }

    /** True when an object's text breaks its line after its opening brace: one field a line. */
    static boolean opensLine(String object) {
        for (int i = 1; i < object.length(); i++) {
            char c = object.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static int rank(String name) {
        int i = ORDER.indexOf(EventJson.isBlock(name) ? "details" : name);
        return i < 0 ? ORDER.size() : i;
    }

    private static boolean isContainer(String json) {
        return json.startsWith("{") || json.startsWith("[");
    }

    /** The whitespace before {@code at} on its line, or "" when the line has more before it. */
    private String indentAt(int at) {
        int start = text.lastIndexOf('\n', at - 1) + 1;
        String before = text.substring(start, at);
        return before.isBlank() ? before : "";
    }

    private void replace(int from, int to, String with) {
        text = text.substring(0, from) + with + text.substring(to);
    }

    /** The members of the object that starts at {@code open}, with where each name and value stand. */
    private Obj object(int open) {
        try (JsonParser p = EventJson.MAPPER.getFactory().createParser(text.substring(open))) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("no object at " + open);
            }
            List<Member> members = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int nameStart = (int) p.currentTokenLocation().getCharOffset() + open;
                JsonToken t = p.nextToken();
                int valueStart = (int) p.currentTokenLocation().getCharOffset() + open;
                int valueEnd;
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    p.skipChildren();
                    valueEnd = (int) p.currentTokenLocation().getCharOffset() + open + 1;
                } else {
                    p.finishToken();
                    valueEnd = (int) p.currentLocation().getCharOffset() + open;
                }
                members.add(new Member(name, nameStart, valueStart, valueEnd));
            }
            int close = (int) p.currentTokenLocation().getCharOffset() + open;
            return new Obj(open, close, members);
        } catch (IOException e) {
            throw new UncheckedIOException("an event of the file could not be read again", e);
        }
    }
}
