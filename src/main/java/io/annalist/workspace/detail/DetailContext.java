package io.annalist.workspace.detail;

import java.util.Map;
import java.util.function.Consumer;

import io.annalist.model.Actor;
import io.annalist.model.Event;
import io.annalist.model.RelatedEvents;
import io.annalist.model.Source;

/**
 * What a detail view needs beyond its event: the dataset's actors and sources, what other
 * events of the file say of it (earlier visits, running totals, the troop scale), the text to
 * highlight, and what to do when the analyst follows a link.
 *
 * @param related   the queries over every loaded event, filtered or not
 * @param highlight the filter's text, highlighted wherever it occurs ("" for none)
 */
public record DetailContext(Map<String, Actor> actors, Map<String, Source> sources, RelatedEvents related,
                            String highlight, Consumer<Event> select, Consumer<String> filterByActor,
                            Consumer<String> openLink) {

    public String actorName(String id) {
        Actor a = actors.get(id);
        return a == null ? id : a.name();
    }
}
