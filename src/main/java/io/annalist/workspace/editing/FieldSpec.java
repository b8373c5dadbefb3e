package io.annalist.workspace.editing;

import java.util.ArrayList;
import java.util.List;

import io.annalist.model.ClashType;
import io.annalist.model.EventKind;
import io.annalist.model.MissileClass;
import io.annalist.model.Outcome;

/**
 * One field of a kind's details as the form shows it: the field as our format names it
 * ({@code troop_deployment.troops}), its label, what it holds and, for a choice, the format's
 * names for it. Each kind's list follows its detail view, in the same order and words.
 */
record FieldSpec(String field, String label, Type type, List<String> choices, String prompt) {
    /** What a field holds, and so which control edits it. */
    enum Type {
        TEXT, LONG_TEXT, ACTOR, ACTORS, COUNT, NUMBER, WHOLE_NUMBER, CHOICE, YES_NO
    }

    FieldSpec {
        choices = List.copyOf(choices);
    }

    static FieldSpec of(EventKind kind, String name, String label, Type type, String prompt) {
        return new FieldSpec(kind.jsonName() + "." + name, label, type, List.of(), prompt);
    }

    static FieldSpec choice(EventKind kind, String name, String label, List<String> choices) {
        return new FieldSpec(kind.jsonName() + "." + name, label, Type.CHOICE, choices, null);
    }

    /** The fields of {@code kind}'s details, as its detail view shows them; none for {@code other}. */
    static List<FieldSpec> of(EventKind kind) {
        List<FieldSpec> f = new ArrayList<>();
        switch (kind) {
            case VISIT -> {
                f.add(of(kind, "visitors", "Visitors", Type.ACTORS, null));
                f.add(of(kind, "hosts", "Hosts", Type.ACTORS, null));
                f.add(of(kind, "place", "Place visited", Type.TEXT, "an arms exhibition, a port…"));
                f.add(of(kind, "purpose", "Purpose", Type.TEXT, "as the source gives it, or \"undisclosed\""));
                f.add(of(kind, "delegation", "Delegation", Type.TEXT, null));
                f.add(of(kind, "outcome", "Outcome", Type.LONG_TEXT, null));
            }
            case TROOP_DEPLOYMENT -> {
                f.add(of(kind, "from", "From", Type.ACTOR, null));
                f.add(of(kind, "to", "To", Type.ACTOR, null));
                f.add(of(kind, "troops", "Troops", Type.COUNT, "12000, or a range 10000–12000"));
                f.add(of(kind, "reported_by", "Reported by", Type.ACTORS, null));
                f.add(of(kind, "theatre", "Theatre", Type.TEXT, null));
                f.add(of(kind, "unit", "Unit", Type.TEXT, null));
            }
            case MISSILE_TEST -> {
                f.add(of(kind, "missile", "Missile", Type.TEXT, "Hwasong-15"));
                f.add(choice(kind, "class", "Class", names(MissileClass.values())));
                f.add(of(kind, "launch_site", "Launch site", Type.TEXT, null));
                f.add(of(kind, "landing_area", "Landing area", Type.TEXT, null));
                f.add(of(kind, "apogee_km", "Apogee (km)", Type.NUMBER, "a number, \"unknown\" or \"n/a\""));
                f.add(of(kind, "range_km", "Range (km)", Type.NUMBER, "a number, \"unknown\" or \"n/a\""));
                f.add(of(kind, "bearing_deg", "Bearing (°)", Type.NUMBER, "0 to 360"));
                f.add(of(kind, "salvo_position", "Salvo position", Type.WHOLE_NUMBER, "1 (of the salvo's size)"));
                f.add(of(kind, "salvo_size", "Salvo size", Type.WHOLE_NUMBER, null));
                f.add(of(kind, "maneuver", "Maneuver", Type.TEXT, null));
                f.add(choice(kind, "outcome", "Outcome", names(Outcome.values())));
                f.add(of(kind, "claims", "Claims", Type.LONG_TEXT, "the launching state's own words"));
                f.add(of(kind, "test_of_year", "Test of the year", Type.WHOLE_NUMBER, "the n-th, as reported"));
            }
            case MILITARY_EXERCISE -> {
                f.add(of(kind, "name", "Name", Type.TEXT, null));
                f.add(of(kind, "participants", "Participants", Type.ACTORS, null));
                f.add(of(kind, "scale", "Scale", Type.TEXT, null));
            }
            case MEETING -> {
                f.add(of(kind, "participants", "Participants", Type.ACTORS, null));
                f.add(of(kind, "topic", "Topic", Type.TEXT, null));
                f.add(of(kind, "outcome", "Outcome", Type.LONG_TEXT, null));
            }
            case AGREEMENT -> {
                f.add(of(kind, "name", "Name", Type.TEXT, null));
                f.add(of(kind, "parties", "Parties", Type.ACTORS, null));
                f.add(of(kind, "terms", "Terms", Type.LONG_TEXT, null));
            }
            case STATEMENT -> {
                f.add(of(kind, "speaker", "Speaker", Type.ACTOR, null));
                f.add(of(kind, "addressees", "Addressees", Type.ACTORS, null));
                f.add(of(kind, "quote", "Quote", Type.LONG_TEXT, "the words as quoted; a paraphrase goes in the summary"));
            }
            case CLASH -> {
                f.add(of(kind, "side_a", "Side A", Type.ACTORS, null));
                f.add(of(kind, "side_b", "Side B", Type.ACTORS, null));
                f.add(choice(kind, "type", "Type", names(ClashType.values())));
                f.add(of(kind, "fatalities", "Fatalities", Type.COUNT, "12, or 12–30, best 17"));
                f.add(of(kind, "civilian_targeting", "Civilians targeted", Type.YES_NO, null));
            }
            case OTHER -> {
                // No details: the common fields say it all.
            }
        }
        return f;
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v instanceof MissileClass m ? m.jsonName() : v instanceof Outcome o ? o.jsonName()
                    : ((ClashType) v).jsonName());
        }
        return out;
    }
}
