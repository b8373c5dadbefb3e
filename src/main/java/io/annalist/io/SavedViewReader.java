package io.annalist.io;

import static io.annalist.io.StrictJson.bool;
import static io.annalist.io.StrictJson.eachText;
import static io.annalist.io.StrictJson.object;
import static io.annalist.io.StrictJson.instant;
import static io.annalist.io.StrictJson.text;
import static io.annalist.io.StrictJson.texts;

import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import io.annalist.io.StrictJson.Bad;
import io.annalist.map.PlaceFilter;
import io.annalist.marks.SavedView;
import io.annalist.model.Confidence;
import io.annalist.model.EventFilter;
import io.annalist.model.EventKind;
import io.annalist.model.MarkFacet;

/** Reads the saved views of a workspace file: name, window, filter, lanes and selection (docs/FORMAT.md). */
final class SavedViewReader {
    private SavedViewReader() {
    }

    static SavedView view(JsonParser p, String path) throws IOException, Bad {
        var v = new Object() {
            String id;
            String name;
            Instant[] window;
            EventFilter filter = EventFilter.NONE;
            String lanes = "actor";
            List<String> collapsed = List.of();
            boolean quiet;
            String selected;
        };
        JsonLocation start = object(p, path, "an object", (field, here) -> {
            switch (field) {
                case "id" -> v.id = text(p, here);
                case "name" -> v.name = text(p, here);
                case "window" -> v.window = window(p, here);
                case "filter" -> v.filter = filter(p, here);
                case "lanes" -> v.lanes = text(p, here);
                case "collapsed_lanes" -> v.collapsed = texts(p, here);
                case "quiet_compressed" -> v.quiet = bool(p, here);
                case "selected" -> v.selected = text(p, here);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (v.id == null || v.name == null || v.window == null) {
            throw new Bad(start, path, "a view needs an \"id\", a \"name\" and a \"window\"");
        }
        try {
            return new SavedView(v.id, v.name, v.window[0].toEpochMilli(), v.window[1].toEpochMilli(), v.filter,
                    v.lanes, new HashSet<>(v.collapsed), v.quiet, v.selected);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new Bad(start, path, e.getMessage());
        }
    }

    private static Instant[] window(JsonParser p, String path) throws IOException, Bad {
        Instant[] w = new Instant[2];
        JsonLocation start = object(p, path, "an object with \"start\" and \"end\"", (field, here) -> {
            switch (field) {
                case "start" -> w[0] = instant(p, here);
                case "end" -> w[1] = instant(p, here);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (w[0] == null || w[1] == null || !w[1].isAfter(w[0])) {
            throw new Bad(start, path, "a window needs a \"start\" and an \"end\" after it");
        }
        return w;
    }

    /** The filter of a saved view, in the same words as the window's filters. */
    static EventFilter filter(JsonParser p, String path) throws IOException, Bad {
        var f = new Object() {
            Set<String> actors = Set.of();
            boolean all;
            boolean affiliated;
            final Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            final Set<Confidence> confidences = EnumSet.noneOf(Confidence.class);
            Long from;
            Long to;
            String text = "";
            MarkFacet marks = MarkFacet.NONE;
            PlaceFilter place;
        };
        object(p, path, "an object", (field, here) -> {
            switch (field) {
                case "actors" -> f.actors = new HashSet<>(texts(p, here));
                case "actors_match" -> {
                    String m = text(p, here);
                    if (!"any".equals(m) && !"all".equals(m)) {
                        throw new Bad(p.currentTokenLocation(), here, "\"actors_match\" is \"any\" or \"all\"");
                    }
                    f.all = "all".equals(m);
                }
                case "include_affiliated" -> f.affiliated = bool(p, here);
                case "kinds" -> eachText(p, here, (k, where) -> f.kinds.add(known(EventKind.fromJson(k), p, where,
                        "unknown kind \"" + k + "\"")));
                case "confidence" -> eachText(p, here, (c, where) -> f.confidences.add(known(Confidence.fromJson(c), p,
                        where, "unknown confidence \"" + c + "\"")));
                case "from" -> f.from = instant(p, here).toEpochMilli();
                case "to" -> f.to = instant(p, here).toEpochMilli();
                case "text" -> f.text = text(p, here);
                case "starred" -> f.marks = f.marks.withStarred(bool(p, here));
                case "tags" -> f.marks = f.marks.withTags(new HashSet<>(texts(p, here)));
                case "with_notes" -> f.marks = f.marks.withNotes(bool(p, here));
                case "place" -> f.place = known(PlaceFilter.decode(text(p, here)), p, here,
                        "a place is \"box\" or \"lasso\" and latitude,longitude pairs");
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new EventFilter(f.actors, f.all, f.affiliated, f.kinds, f.from, f.to, f.text, f.confidences, f.marks,
                f.place);
    }

    private static <T> T known(T value, JsonParser p, String path, String message) throws Bad {
        if (value == null) {
            throw new Bad(p.currentTokenLocation(), path, message);
        }
        return value;
    }
}
