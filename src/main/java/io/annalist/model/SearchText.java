package io.annalist.model;

import java.util.List;
import java.util.function.Predicate;

/**
 * The texts of an event that a text filter looks in, apart from the names of its actors
 * (those belong to the actors): one list, used by the filter and by the {@link TextIndex}.
 */
final class SearchText {
    private SearchText() {
    }

    /** True as soon as {@code test} is true for one of the event's texts (some may be null). */
    static boolean any(Event e, Predicate<String> test) {
        if (test.test(e.title()) || test.test(e.summary()) || test.test(e.id())) {
            return true;
        }
        if (e.where() != null && (test.test(e.where().name()) || test.test(e.where().country()))) {
            return true;
        }
        List<String> tags = e.tags();
        for (int i = 0; i < tags.size(); i++) {
            if (test.test(tags.get(i))) {
                return true;
            }
        }
        EventDetails d = e.details();
        if (d instanceof Statement s) {
            return test.test(s.quote());
        }
        if (d instanceof MissileTest m) {
            return test.test(m.missile()) || test.test(m.claims()) || test.test(m.launchSite())
                    || test.test(m.landingArea());
        }
        if (d instanceof Visit v) {
            return test.test(v.place()) || test.test(v.purpose()) || test.test(v.outcome());
        }
        if (d instanceof Agreement a) {
            return test.test(a.name()) || test.test(a.terms());
        }
        if (d instanceof MilitaryExercise x) {
            return test.test(x.name());
        }
        if (d instanceof TroopDeployment t) {
            return test.test(t.theatre()) || test.test(t.unit());
        }
        return d instanceof Meeting m && (test.test(m.topic()) || test.test(m.outcome()));
    }
}
