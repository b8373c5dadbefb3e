package io.annalist.workspace.detail;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.annalist.model.Actor;
import io.annalist.model.Event;
import io.annalist.model.Source;

/**
 * What a detail view needs beyond its event: the dataset's actors and sources, every event
 * (for earlier visits and running totals), the text to highlight, and what to do when the
 * analyst follows a link.
 *
 * @param allEvents every loaded event in time order, filtered or not
 * @param highlight the filter's text, highlighted wherever it occurs ("" for none)
 */
public record DetailContext(Map<String, Actor> actors, Map<String, Source> sources, List<Event> allEvents,
                            String highlight, Consumer<Event> select, Consumer<String> filterByActor,
                            Consumer<String> openLink) {

    public String actorName(String id) {
        Actor a = actors.get(id);
        return a == null ? id : a.name();
    }
}
