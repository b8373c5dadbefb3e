package io.annalist.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An event's extra fields as an importer brings them: a few named texts, kept compactly for
 * a million events — the names are one array shared by every event of the file, the values
 * are the cell texts as read. Seen as a map its values are JSON strings, like every event's
 * {@code extra} ({@code "5"} reads {@code "\"5\""}). Immutable; empty values are left out.
 */
public final class TextFields extends AbstractMap<String, String> {
    private final String[] names;
    private final String[] values;
    private final int size;

    /**
     * Fields named {@code names[i]} with the value {@code values[i]}; an empty or null value
     * leaves the field out. The arrays are kept, not copied: the caller must not change them.
     */
    public TextFields(String[] names, String[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("as many names as values");
        }
        this.names = names;
        this.values = values;
        int n = 0;
        for (String v : values) {
            if (v != null && !v.isEmpty()) {
                n++;
            }
        }
        size = n;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key) && values[i] != null && !values[i].isEmpty()) {
                return json(values[i]);
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    /** {@code text} as a JSON string, quoted and escaped. */
    public static String json(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i = next(0);

                    private int next(int from) {
                        int k = from;
                        while (k < names.length && (values[k] == null || values[k].isEmpty())) {
                            k++;
                        }
                        return k;
                    }

                    @Override
                    public boolean hasNext() {
                        return i < names.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (i >= names.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> e = new SimpleImmutableEntry<>(names[i], json(values[i]));
                        i = next(i + 1);
                        return e;
                    }
                };
            }
        };
    }
}
