package io.annalist.workspace.marks;

import java.util.List;

import io.annalist.model.Event;
import io.annalist.model.EventFilter;
import io.annalist.timeline.TimeWindow;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the marks' parts need of the view on screen: the filter (Mine writes its marks facet),
 * the events it lets through (marking everything in the filter), and a move to the time around
 * an event. The window's shown stands behind it. FX thread.
 */
public interface ShownView {
    ReadOnlyObjectProperty<EventFilter> filterProperty();

    EventFilter getFilter();

    void setFilter(EventFilter f);

    /** The events the filter lets through, in time order. */
    List<Event> shownEvents();

    /** Shows {@code window} as one step Back undoes, the filter kept, and selects the event {@code eventId}. */
    void showAround(TimeWindow window, String eventId);
}
