package io.annalist.model;

import java.util.List;
import java.util.Map;

/**
 * One event: what happened, when (as precisely as known), where, who took part, and the
 * sources that report it. {@code details} holds the facts of its kind, or null when the
 * file gives none. {@code extra} keeps fields the format does not know, as raw JSON text,
 * so nothing in a file is lost. {@code line} is where the event starts in its file (0 if
 * unknown), so every event can be traced back to the text it came from.
 */
public record Event(String id, EventKind kind, String title, When when, Place where, List<String> actors,
                    String summary, List<String> sources, Confidence confidence, List<String> tags,
                    EventDetails details, Map<String, String> extra, int line) {

    public Event {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        extra = Map.copyOf(extra);
    }

    /** The same event, read at another line of its file. */
    public Event atLine(int newLine) {
        return newLine == line ? this : new Event(id, kind, title, when, where, actors, summary, sources, confidence,
                tags, details, extra, newLine);
    }

    /** The title, or the id when the file gave no title. */
    public String displayTitle() {
        return title != null && !title.isBlank() ? title : id;
    }
}
