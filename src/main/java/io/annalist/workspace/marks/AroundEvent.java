package io.annalist.workspace.marks;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.annalist.model.Event;
import io.annalist.timeline.TimeWindow;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * "Around this event": shows the time from a day, a week, a month — or as long as the analyst
 * says — before the event to as long after it, keeping the filter and selecting the event. It
 * is a step Back undoes, and a view that can be saved like any other. FX thread.
 */
public final class AroundEvent {
    /** How far either side, as a count of a calendar unit. */
    public record Reach(int count, Unit unit) {
        /** "3 days", "1 week", "2 months", "1 year". */
        public String words() {
            String u = unit.name().toLowerCase(Locale.ROOT);
            return count + " " + (count == 1 ? u : u + "s");
        }
    }

    public enum Unit { HOUR, DAY, WEEK, MONTH, YEAR }

    private static final Pattern TYPED = Pattern.compile(
            "\\s*(\\d{1,4})\\s*(h|hours?|d|days?|w|weeks?|m|months?|y|years?)\\s*", Pattern.CASE_INSENSITIVE);

    private AroundEvent() {
    }

    /** The window from {@code reach} before {@code e} starts to {@code reach} after it ends (UTC calendar). */
    public static TimeWindow window(Event e, Reach reach) {
        ZonedDateTime start = Instant.ofEpochMilli(e.when().start()).atZone(ZoneOffset.UTC);
        ZonedDateTime end = Instant.ofEpochMilli(e.when().end()).atZone(ZoneOffset.UTC);
        int n = reach.count();
        return switch (reach.unit()) {
            case HOUR -> new TimeWindow(start.minusHours(n).toInstant().toEpochMilli(),
                    end.plusHours(n).toInstant().toEpochMilli());
            case DAY -> new TimeWindow(start.minusDays(n).toInstant().toEpochMilli(),
                    end.plusDays(n).toInstant().toEpochMilli());
            case WEEK -> new TimeWindow(start.minusWeeks(n).toInstant().toEpochMilli(),
                    end.plusWeeks(n).toInstant().toEpochMilli());
            case MONTH -> new TimeWindow(start.minusMonths(n).toInstant().toEpochMilli(),
                    end.plusMonths(n).toInstant().toEpochMilli());
            case YEAR -> new TimeWindow(start.minusYears(n).toInstant().toEpochMilli(),
                    end.plusYears(n).toInstant().toEpochMilli());
        };
    }

    /** What the analyst typed ("3 days", "2w", "6 months"), or empty when it is not a reach. */
    public static Optional<Reach> parse(String typed) {
        Matcher m = TYPED.matcher(typed == null ? "" : typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        if (n < 1) {
            return Optional.empty();
        }
        Unit u = switch (Character.toLowerCase(m.group(2).charAt(0))) {
            case 'h' -> Unit.HOUR;
            case 'd' -> Unit.DAY;
            case 'w' -> Unit.WEEK;
            case 'm' -> Unit.MONTH;
            default -> Unit.YEAR;
        };
        return Optional.of(new Reach(n, u));
    }

    /**
     * Shows the time around {@code e}: one step of the history; the filter stays; {@code e} is
     * selected. When no other event the filter lets through is in that time, {@code tell} says so.
     */
    public static void show(ShownView shown, Event e, Reach reach, Consumer<String> tell) {
        TimeWindow w = window(e, reach);
        shown.showAround(w, e.id());
        if (!anotherIn(shown.shownEvents(), e, w)) {
            tell.accept("No other event " + (shown.getFilter().isEmpty() ? "" : "the filters let through ")
                    + "falls within ± " + reach.words() + " of \u201c" + e.displayTitle() + "\u201d — try a longer time"
                    + (shown.getFilter().isEmpty() ? "." : ", or clear filters."));
        }
    }

    /** True when an event of {@code shown} other than {@code e} overlaps {@code w}. */
    static boolean anotherIn(List<Event> shown, Event e, TimeWindow w) {
        for (Event x : shown) {
            if (x != e && !x.id().equals(e.id()) && x.when().start() <= w.end() && x.when().end() >= w.start()) {
                return true;
            }
        }
        return false;
    }

    /** The menu "Around this event" for the event {@code which} gives when the menu is used. */
    public static Menu menu(ShownView shown, Supplier<Event> which, Supplier<Window> owner, Consumer<String> tell) {
        Menu menu = new Menu("Around this event");
        menu.setId("aroundMenu");
        String[][] fixed = {{"around-day", "± 1 day"}, {"around-week", "± 1 week"}, {"around-month", "± 1 month"}};
        Reach[] reaches = {new Reach(1, Unit.DAY), new Reach(1, Unit.WEEK), new Reach(1, Unit.MONTH)};
        for (int i = 0; i < fixed.length; i++) {
            Reach r = reaches[i];
            MenuItem item = new MenuItem(fixed[i][1]);
            item.setId(fixed[i][0]);
            item.setOnAction(x -> {
                Event e = which.get();
                if (e != null) {
                    show(shown, e, r, tell);
                }
            });
            menu.getItems().add(item);
        }
        MenuItem custom = new MenuItem("± as long as you say…");
        custom.setId("around-custom");
        custom.setOnAction(x -> {
            Event e = which.get();
            if (e != null) {
                ask(owner.get()).ifPresent(r -> show(shown, e, r, tell));
            }
        });
        menu.getItems().add(custom);
        menu.setOnShowing(x -> menu.getItems().forEach(i -> i.setDisable(which.get() == null)));
        return menu;
    }

    /** Asks how long either side; asks again, saying why, until it is a reach or the analyst cancels. */
    static Optional<Reach> ask(Window owner) {
        String hint = "How long before and after the event? For example 3 days, 2 weeks, 6 months, 1 year.";
        String last = "10 days";
        while (true) {
            TextInputDialog d = new TextInputDialog(last);
            d.initOwner(owner);
            d.setTitle("Around this event");
            d.setHeaderText(hint);
            d.getEditor().setId("aroundReach");
            Optional<String> typed = d.showAndWait();
            if (typed.isEmpty()) {
                return Optional.empty();
            }
            Optional<Reach> r = parse(typed.get());
            if (r.isPresent()) {
                return r;
            }
            last = typed.get();
            hint = "\"" + typed.get().strip() + "\" is not a length of time. Type a number and a unit: 3 days, 2 weeks,"
                    + " 6 months, 1 year (hours too: 12 hours).";
        }
    }
}
