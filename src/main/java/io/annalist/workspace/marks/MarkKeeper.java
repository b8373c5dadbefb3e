package io.annalist.workspace.marks;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import io.annalist.marks.AttachedMarks;
import io.annalist.marks.Mark;
import io.annalist.marks.SavedView;
import io.annalist.marks.Workspace;
import io.annalist.model.Event;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The analyst's marks and saved views as the window's parts for them read and change them —
 * the star, the tags and notes, Mine, Views. The window keeps them (its {@code MarkKeeper}, which
 * also reads and saves the workspace file); these parts know only this. FX thread.
 */
public interface MarkKeeper {
    /** The marks set against the events on screen. */
    ReadOnlyObjectProperty<AttachedMarks> attachedProperty();

    AttachedMarks attached();

    /** The workspace as it stands now (marks and views). */
    ReadOnlyObjectProperty<Workspace> workspaceProperty();

    Workspace workspace();

    /** The workspace file the marks are saved to, or null when nothing is open. */
    ReadOnlyObjectProperty<Path> fileProperty();

    /** The mark on {@code e}, or an empty one. */
    Mark markOf(Event e);

    boolean isStarred(Event e);

    /** Stars or unstars every one of {@code events}. */
    void star(Collection<Event> events, boolean on);

    /** Stars {@code e} if it is not, else unstars it. */
    void toggleStar(Event e);

    /** Puts the tag typed on every one of {@code events}; refused with the reason (IllegalArgumentException). */
    void tag(Collection<Event> events, String typed);

    void untag(Collection<Event> events, String tag);

    /** Adds a note by this computer's user, written now; refused with the reason when empty or too long. */
    void note(Collection<Event> events, String text);

    void editNote(Event e, String noteId, String text);

    void deleteNote(Event e, String noteId);

    /** The analyst's tags in use, for completion and the Mine filter. */
    List<String> tagsInUse();

    /** One line per mark whose event is not in this file. */
    List<String> orphanLines();

    /** Saves the view on screen as {@code name} (made unique); returns the view saved. */
    SavedView saveView(String name);

    /** The view {@code v} now shows what is on screen. */
    void updateView(SavedView v);

    void renameView(SavedView v, String name);

    void deleteView(SavedView v);

    /** Moves {@code v} by {@code by} places in the list (−1 up, +1 down). */
    void moveView(SavedView v, int by);

    /** Shows the saved view {@code v}: a step Back undoes. */
    void restore(SavedView v);
}
