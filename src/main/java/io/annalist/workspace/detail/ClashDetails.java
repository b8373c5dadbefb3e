package io.annalist.workspace.detail;

import io.annalist.model.Clash;
import io.annalist.model.Event;
import io.annalist.model.Place;
import javafx.scene.layout.VBox;

/**
 * The detail view of an armed clash: the two sides, what sort of clash, the fatalities as the
 * source gives them (a range with its best estimate, drawn as a bar like troop numbers),
 * whether civilians were targeted, and the source's own classification. Also says how
 * precisely any event's place is known, so a country's centre is never read as the spot.
 */
final class ClashDetails {
    private ClashDetails() {
    }

    static void fill(DetailBuilder b, Event e, Clash c, DetailContext ctx) {
        b.heading("Clash");
        String sides = (c.sideA().isEmpty() ? "unknown" : KindDetails.names(c.sideA(), ctx)) + "  ×  "
                + (c.sideB().isEmpty() ? "unknown" : KindDetails.names(c.sideB(), ctx));
        b.fieldNode("Sides", b.value(sides, "detail-emphasis"));
        b.field("Type", c.type() == null ? null : c.type().label());
        if (c.fatalities() == null) {
            b.field("Fatalities", null);
        } else {
            long scale = ctx.related().fatalityScale();
            VBox row = new VBox(4, new TroopBar(c.fatalities(), 180, scale), b.value(c.fatalities().describe()
                    + (c.fatalities().isExact() ? "" : " (a range, as reported)"), "detail-emphasis"),
                    b.value(TroopBar.scaleCaption(Math.max(scale, c.fatalities().max()), "dead"), "detail-muted"));
            row.setId("fatalityRange");
            b.fieldNode("Fatalities", row);
        }
        b.field("Civilians targeted", c.civilianTargeting() == null ? "not stated by the source"
                : c.civilianTargeting() ? "yes" : "no");
        b.optional("Source's words", e.tags().isEmpty() ? null : String.join(", ", e.tags()));
    }

    /** The place with how precisely it is known: "Donetsk, Ukraine (somewhere in the province ...)". */
    static String where(Place p) {
        String d = p.describe();
        if (p.precision() == null) {
            return d;
        }
        return (d.isEmpty() ? "" : d + " — ") + p.precision().describe();
    }
}
