package io.annalist.workspace.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.annalist.model.Citation;
import io.annalist.model.Event;
import io.annalist.model.Source;
import javafx.scene.layout.FlowPane;

/**
 * The provenance marks of an event in the details: "corrected" when a value replaces what a
 * source gave, "preliminary" when the source calls its figures so, and the sources of single
 * values, each with the value it corrects.
 */
final class ValueSources {
    private ValueSources() {
    }

    /** The marks beside the kind badge, or null when the event has none. */
    static FlowPane marks(Event e) {
        FlowPane p = new FlowPane(6, 0);
        if (e.isCorrected()) {
            var l = DetailBuilder.badge("corrected", "badge-corrected");
            l.setId("detailCorrected");
            p.getChildren().add(l);
        }
        if (e.isPreliminary()) {
            var l = DetailBuilder.badge("preliminary", "badge-preliminary");
            l.setId("detailPreliminary");
            p.getChildren().add(l);
        }
        return p.getChildren().isEmpty() ? null : p;
    }

    /** A "Sources of values" section: one row a cited value. */
    static void fill(DetailBuilder b, Event e, DetailContext ctx) {
        if (e.citations().isEmpty()) {
            return;
        }
        b.heading("Sources of values");
        for (Citation c : e.citations()) {
            List<String> names = new ArrayList<>();
            for (String id : c.sources()) {
                Source s = ctx.sources().get(id);
                names.add(s == null ? id : s.publisher() != null ? s.publisher() : s.title());
            }
            StringBuilder text = new StringBuilder();
            if (c.isCorrection()) {
                text.append("corrected from ").append(c.was()).append(": ");
            }
            text.append(String.join("; ", names));
            if (c.note() != null) {
                text.append(". ").append(c.note());
            }
            b.field(label(c.field()), text.toString());
        }
    }

    /** The names the details give these values, so a cited value reads as it does above it. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("when", "When"), Map.entry("where", "Where"), Map.entry("summary", "Summary"),
            Map.entry("confidence", "Confidence"), Map.entry("title", "Title"),
            Map.entry("visit.hosts", "Hosts"), Map.entry("visit.visitors", "Visitors"),
            Map.entry("missile_test.claims", "Claimed"), Map.entry("missile_test.bearing_deg", "Bearing"),
            Map.entry("missile_test.apogee_km", "Apogee"), Map.entry("missile_test.range_km", "Range"),
            Map.entry("missile_test.maneuver", "Manoeuvre"), Map.entry("missile_test.class", "Class"),
            Map.entry("missile_test.test_of_year", "Test of the year"), Map.entry("statement.quote", "Words"),
            Map.entry("statement.addressees", "Addressed to"), Map.entry("troop_deployment.from", "From"),
            Map.entry("troop_deployment.to", "To"));

    /** "missile_test.landing_area" → "Landing area": the label of the row that shows the value. */
    static String label(String field) {
        String known = LABELS.get(field);
        if (known != null) {
            return known;
        }
        String last = field.substring(field.lastIndexOf('.') + 1).replace('_', ' ').strip();
        return last.isEmpty() ? field : last.substring(0, 1).toUpperCase(Locale.ROOT) + last.substring(1);
    }
}
