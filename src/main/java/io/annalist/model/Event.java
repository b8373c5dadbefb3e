package io.annalist.model;

import java.util.List;
import java.util.Map;

/**
 * One event: what happened, when (as precisely as known), where, who took part, and the
 * sources that report it. {@code details} holds the facts of its kind, or null when the
 * file gives none. {@code extra} keeps fields the format does not know, as raw JSON text,
 * so nothing in a file is lost. {@code line} is where the event starts in its file (0 if
 * unknown), so every event can be traced back to the text it came from. {@code citations}
 * name the sources of single values (a day from other reporting than the event's main
 * source, a corrected launch time with the value it replaced).
 */
public record Event(String id, EventKind kind, String title, When when, Place where, List<String> actors,
                    String summary, List<String> sources, Confidence confidence, List<String> tags,
                    EventDetails details, Map<String, String> extra, int line, List<Citation> citations) {

    /** The tag that marks figures their source calls preliminary. */
    public static final String PRELIMINARY = "preliminary";

    public Event {
        actors = List.copyOf(actors);
        sources = List.copyOf(sources);
        tags = List.copyOf(tags);
        // Fields an importer packed for a million events are immutable already; copying would undo the packing.
        extra = extra instanceof TextFields ? extra : Map.copyOf(extra);
        citations = List.copyOf(citations);
    }

    /** An event whose values cite no sources of their own. */
    public Event(String id, EventKind kind, String title, When when, Place where, List<String> actors,
                 String summary, List<String> sources, Confidence confidence, List<String> tags,
                 EventDetails details, Map<String, String> extra, int line) {
        this(id, kind, title, when, where, actors, summary, sources, confidence, tags, details, extra, line, List.of());
    }

    /** The same event, read at another line of its file. */
    public Event atLine(int newLine) {
        return newLine == line ? this : new Event(id, kind, title, when, where, actors, summary, sources, confidence,
                tags, details, extra, newLine, citations);
    }

    /** The citations of one value ("when"), in file order; empty when the value cites none of its own. */
    public List<Citation> citationsOf(String field) {
        return citations.stream().filter(c -> c.field().equals(field)).toList();
    }

    /** True when a value of this event corrects what a source gave. */
    public boolean isCorrected() {
        return citations.stream().anyMatch(Citation::isCorrection);
    }

    /** True when the source calls the event's figures preliminary (tag {@value #PRELIMINARY}). */
    public boolean isPreliminary() {
        return tags.contains(PRELIMINARY);
    }

    /** The title, or the id when the file gave no title. */
    public String displayTitle() {
        return title != null && !title.isBlank() ? title : id;
    }
}
