package io.annalist.workspace.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.annalist.model.Agreement;
import io.annalist.model.DateText;
import io.annalist.model.Event;
import io.annalist.model.EventDetails;
import io.annalist.model.Meeting;
import io.annalist.model.MilitaryExercise;
import io.annalist.model.MissileTest;
import io.annalist.model.Outcome;
import io.annalist.model.Precision;
import io.annalist.model.RelatedEvents;
import io.annalist.model.Statement;
import io.annalist.model.TroopDeployment;
import io.annalist.model.Visit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The part of the detail pane that differs by kind: who visited whom and why; how many troops
 * went where, by whose estimate, and the running total; which missile, from where, how far,
 * and what the launching state claimed; and the fields of the other kinds.
 */
final class KindDetails {
    private KindDetails() {
    }

    static void fill(DetailBuilder b, Event e, DetailContext ctx) {
        EventDetails d = e.details();
        if (d instanceof Visit v) {
            visit(b, e, v, ctx);
        } else if (d instanceof TroopDeployment t) {
            troops(b, e, t, ctx);
        } else if (d instanceof MissileTest m) {
            missile(b, e, m);
        } else if (d instanceof MilitaryExercise x) {
            b.heading("Exercise");
            b.field("Name", x.name());
            b.field("Participants", names(x.participants(), ctx));
            b.field("Scale", x.scale());
        } else if (d instanceof Meeting m) {
            b.heading("Meeting");
            b.field("Participants", names(m.participants(), ctx));
            b.field("Topic", m.topic());
            b.field("Outcome", m.outcome());
        } else if (d instanceof Agreement a) {
            b.heading("Agreement");
            b.field("Name", a.name());
            b.field("Parties", names(a.parties(), ctx));
            b.field("Terms", a.terms());
        } else if (d instanceof io.annalist.model.Clash c) {
            ClashDetails.fill(b, e, c, ctx);
        } else if (d instanceof Statement s) {
            b.heading("Statement");
            b.field("Speaker", s.speaker() == null ? null : ctx.actorName(s.speaker()));
            b.field("Addressed to", names(s.addressees(), ctx));
            b.fieldNode("Words", b.value(s.quote() == null ? "not quoted by the source; see the summary"
                    : "“" + s.quote() + "”", s.quote() == null ? "detail-unknown" : "detail-quote"));
        }
    }

    static String names(List<String> ids, DetailContext ctx) {
        return ids.isEmpty() ? null : ids.stream().map(ctx::actorName).collect(Collectors.joining(", "));
    }

    private static void visit(DetailBuilder b, Event e, Visit v, DetailContext ctx) {
        b.heading("Visit");
        String who = (v.visitors().isEmpty() ? "unknown" : names(v.visitors(), ctx)) + "  →  "
                + (v.hosts().isEmpty() ? "unknown" : names(v.hosts(), ctx));
        b.fieldNode("Who", b.value(who, "detail-emphasis"));
        String where = v.place() != null ? v.place() + (e.where() != null && e.where().name() != null
                ? ", " + e.where().describe() : "") : e.where() == null ? null : e.where().describe();
        b.field("Where", where);
        if (v.purposeUndisclosed()) {
            b.fieldNode("Purpose", DetailBuilder.badge("undisclosed", "badge-undisclosed"));
        } else {
            b.field("Purpose", v.purpose());
        }
        b.field("Delegation", v.delegation());
        b.field("Outcome", v.outcome());
        List<Hyperlink> earlier = new ArrayList<>();
        for (Event other : ctx.related().earlierVisits(e)) {
            earlier.add(DetailBuilder.link(other.when().describe() + ": " + other.displayTitle(),
                    "Show this visit", () -> ctx.select().accept(other)));
        }
        if (!earlier.isEmpty()) {
            b.fieldNode("Earlier visits", DetailBuilder.column(earlier));
        }
    }

    private static void troops(DetailBuilder b, Event e, TroopDeployment t, DetailContext ctx) {
        b.heading("Troop deployment");
        String route = (t.from() == null ? "unknown" : ctx.actorName(t.from())) + "  →  "
                + (t.to() == null ? "unknown" : ctx.actorName(t.to()));
        b.fieldNode("From → to", b.value(route, "detail-emphasis"));
        if (t.troops() == null) {
            b.field("Troops", null);
        } else {
            long scale = ctx.related().troopScale();
            VBox row = new VBox(4, new TroopBar(t.troops(), 180, scale), b.value(t.troops().describe() + " troops"
                    + (t.troops().isExact() ? "" : " (a range, as reported)"), "detail-emphasis"),
                    b.value(TroopBar.scaleCaption(Math.max(scale, t.troops().max()), "troops"), "detail-muted"));
            row.setId("troopRange");
            b.fieldNode("Troops", row);
        }
        b.field("Reported by", names(t.reportedBy(), ctx));
        b.field("Theatre", t.theatre());
        b.optional("Unit", t.unit());
        RelatedEvents.RunningTotal total = ctx.related().runningTotal(e);
        if (total != null && total.counted() > 1) {
            b.field("Running total", total.troops().describe() + " troops over " + total.counted()
                    + " deployments from " + ctx.actorName(t.from()) + " to " + ctx.actorName(t.to()) + " up to this one"
                    + (total.unknown() > 0 ? "; " + total.unknown() + " more of unknown size" : ""));
        }
    }

    /**
     * The launch time as precisely as it is known. A span is not a launch time even when its ends
     * are minutes: a day known only in Korean time is the span 15:00–14:59 UTC, and its first
     * minute is not when the missile flew.
     */
    static String launched(io.annalist.model.When w) {
        Precision p = w.startPrecision();
        if (p != Precision.MINUTE && p != Precision.SECOND && p != Precision.HOUR) {
            return "time of day unknown";
        }
        if (!w.isSpan()) {
            return DateText.human(w.start(), p);
        }
        return w.end() - w.start() < 12 * 3_600_000L
                ? "between " + DateText.human(w.start(), p) + " and " + DateText.human(w.end() - 1, w.endPrecision())
                : "time of day unknown";
    }

    private static void missile(DetailBuilder b, Event e, MissileTest m) {
        b.heading("Missile test");
        String cls = m.missileClass() == null ? "class unknown" : m.missileClass().jsonName();
        b.fieldNode("Missile", b.value((m.missile() == null ? "unknown" : m.missile()) + " · " + cls, "detail-emphasis"));
        Outcome o = m.outcome() == null ? Outcome.UNKNOWN : m.outcome();
        Label badge = DetailBuilder.badge(o.jsonName(), "badge-" + o.jsonName());
        badge.setId("outcomeBadge");
        b.fieldNode("Outcome", badge);
        b.field("Launched", launched(e.when()));
        b.field("Launch site", m.launchSite());
        if (e.where() != null && e.where().hasCoordinates()) {
            b.field("Coordinates", String.format("%.4f, %.4f", e.where().lat(), e.where().lon()));
        }
        b.field("Landing area", m.landingArea());
        b.field("Apogee", MissileTest.km(m.apogeeKm()));
        b.field("Range", MissileTest.km(m.rangeKm()));
        b.optional("Bearing", m.bearingDeg() == null ? null : Math.round(m.bearingDeg()) + "°");
        b.optional("Manoeuvre", m.maneuver());
        b.optional("Salvo", m.salvo());
        b.optional("Test of the year", m.testOfYear() == null ? null : ordinal(m.testOfYear()) + " weapons test of "
                + DateText.human(e.when().start(), Precision.YEAR));
        if (m.claims() != null) {
            b.fieldNode("Claimed", b.value("“" + m.claims() + "”", "detail-quote"));
        }
    }

    static String ordinal(int n) {
        String[] words = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth"};
        if (n >= 0 && n < words.length) {
            return words[n];
        }
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
