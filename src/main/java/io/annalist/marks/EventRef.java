package io.annalist.marks;

import io.annalist.model.Event;

/**
 * An event as a mark last saw it: its title and its date in words. A mark keeps this so that,
 * when its event is no longer in the data, it can still say what it was about ("a note on
 * 'Shoigu visits Pyongyang', 13 September 2024, which is not in this file").
 */
public record EventRef(String title, String date) {
    public EventRef {
        title = title == null ? "" : title;
        date = date == null ? "" : date;
    }

    public static EventRef of(Event e) {
        return new EventRef(e.displayTitle(), e.when().label());
    }

    /** "'Title', date", or the id when nothing else is known. */
    public String describe(String eventId) {
        if (title.isEmpty() && date.isEmpty()) {
            return eventId;
        }
        return "'" + (title.isEmpty() ? eventId : title) + "'" + (date.isEmpty() ? "" : ", " + date);
    }
}
