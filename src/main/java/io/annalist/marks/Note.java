package io.annalist.marks;

import java.time.Instant;
import java.util.Objects;

/**
 * A note an analyst wrote on an event: free text, who wrote it (the user name of the computer
 * by default) and when, and when it was last changed. The text is kept and shown exactly as
 * written, never read as markup. Each note has an id of its own, so that two people editing
 * the same workspace can add, change and remove notes without losing one another's (see
 * {@link WorkspaceMerge}). Immutable.
 *
 * @param id      unique within a workspace, made by {@link #write}
 * @param edited  when the text was last changed, or null if never
 */
public record Note(String id, String text, String author, Instant written, Instant edited) {
    /** The longest note kept, in characters: a page or two of text is a note; more is a document. */
    public static final int MAX_LENGTH = 100_000;

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(written, "written");
        author = author == null ? "" : author;
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a note holds at most " + MAX_LENGTH + " characters, not "
                    + text.length());
        }
    }

    /** A new note with a fresh id. */
    public static Note write(String text, String author, Instant at) {
        return new Note(Ids.fresh("n-"), text, author, at, null);
    }

    /** The same note with another text, changed at {@code at}. */
    public Note withText(String newText, Instant at) {
        return new Note(id, newText, author, written, at);
    }

    /** When it was last written or changed. */
    public Instant lastChanged() {
        return edited == null ? written : edited;
    }

    /** The user name of this computer's account: who a new note is by unless the analyst says otherwise. */
    public static String defaultAuthor() {
        String name = System.getProperty("user.name");
        return name == null || name.isBlank() ? "unknown" : name;
    }
}
