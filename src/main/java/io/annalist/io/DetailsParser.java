package io.annalist.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.annalist.model.Agreement;
import io.annalist.model.Clash;
import io.annalist.model.ClashType;
import io.annalist.model.Estimate;
import io.annalist.model.EventDetails;
import io.annalist.model.EventKind;
import io.annalist.model.Meeting;
import io.annalist.model.MilitaryExercise;
import io.annalist.model.MissileClass;
import io.annalist.model.MissileTest;
import io.annalist.model.Outcome;
import io.annalist.model.Statement;
import io.annalist.model.TroopDeployment;
import io.annalist.model.Visit;

/**
 * Reads the block of details of one kind ({@code "visit": {...}}). The fields of all kinds
 * are read into one set of locals, then the kind's record is built from the ones it uses;
 * a field that belongs to no field of the kind is kept and reported as unknown.
 */
final class DetailsParser {
    /** A block read, where it started, and the actors it names. */
    record Block(EventDetails details, JsonLocation at, List<PendingEvent.Ref> refs) {
    }

    static final Map<EventKind, Set<String>> FIELDS = Map.of(
            EventKind.VISIT, Set.of("visitors", "hosts", "place", "purpose", "delegation", "outcome"),
            EventKind.TROOP_DEPLOYMENT, Set.of("from", "to", "troops", "reported_by", "theatre", "unit"),
            EventKind.MISSILE_TEST, Set.of("missile", "class", "salvo_position", "salvo_size", "launch_site",
                    "landing_area", "apogee_km", "range_km", "bearing_deg", "maneuver", "outcome", "claims",
                    "test_of_year"),
            EventKind.MILITARY_EXERCISE, Set.of("participants", "name", "scale"),
            EventKind.MEETING, Set.of("participants", "topic", "outcome"),
            EventKind.AGREEMENT, Set.of("parties", "name", "terms"),
            EventKind.STATEMENT, Set.of("speaker", "addressees", "quote"),
            EventKind.CLASH, Set.of("side_a", "side_b", "type", "fatalities", "civilian_targeting"));

    private static final Seen.Names ALL_FIELDS = new Seen.Names(FIELDS.values().stream().flatMap(Set::stream)
            .distinct().sorted().toArray(String[]::new));
    private static final Seen.Names ESTIMATE_FIELDS = new Seen.Names("min", "max", "best");

    private final Fields f;
    /** One set of slots, cleared for each block: a reader is used by one thread at a time. */
    private final Values values = new Values();

    DetailsParser(Fields fields) {
        this.f = fields;
    }

    Block read(EventKind kind, String eventPath, String field, java.util.function.Supplier<Map<String, String>> extra)
            throws IOException {
        JsonParser p = f.parser();
        JsonLocation at = f.here();
        if (!f.expectObject(eventPath, field)) {
            return null;
        }
        String path = eventPath + "." + field;
        Set<String> known = FIELDS.get(kind);
        Seen seen = new Seen(ALL_FIELDS);
        List<PendingEvent.Ref> refs = new ArrayList<>();
        Values v = values;
        v.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (f.duplicate(seen, path, name)) {
                continue;
            }
            if (!known.contains(name)) {
                f.keepUnknown(extra.get(), eventPath, field + "." + name);
                continue;
            }
            switch (name) {
                case "visitors", "hosts", "participants", "parties", "reported_by", "addressees", "side_a",
                        "side_b" -> {
                    JsonLocation valueAt = f.here();
                    List<String> ids = f.tokens(path, name);
                    v.lists.put(name, ids);
                    ids.forEach(id -> refs.add(new PendingEvent.Ref(id, false, valueAt, path, name)));
                }
                case "from", "to", "speaker" -> {
                    JsonLocation valueAt = f.here();
                    String id = f.token(path, name);
                    v.texts.put(name, id);
                    if (id != null) {
                        refs.add(new PendingEvent.Ref(id, false, valueAt, path, name));
                    }
                }
                case "troops" -> v.troops = readEstimate(path, name);
                case "fatalities" -> v.fatalities = readEstimate(path, name);
                case "type" -> {
                    String t = f.text(path, name);
                    if (t != null) {
                        v.clashType = ClashType.fromJson(t);
                        if (v.clashType == null) {
                            f.problems().error(f.here(), path, name, "unknown clash type \"" + t
                                    + "\"; expected battle, air_strike, shelling or other");
                        }
                    }
                }
                case "civilian_targeting" -> v.civilians = p.currentToken() == JsonToken.VALUE_NULL ? null
                        : f.bool(path, name);
                case "apogee_km", "range_km" -> v.numbers.put(name, f.number(path, name, false));
                case "bearing_deg" -> {
                    Double b = f.number(path, name, false);
                    if (b != null && b >= 360) {
                        f.problems().error(f.here(), path, name, "bearing " + b + " is not below 360 degrees");
                        b = null;
                    }
                    v.numbers.put(name, b);
                }
                case "salvo_position", "salvo_size", "test_of_year" -> v.ints.put(name, f.smallCount(path, name));
                case "class" -> {
                    String c = f.text(path, name);
                    if (c != null) {
                        v.missileClass = MissileClass.fromJson(c);
                        if (v.missileClass == null) {
                            f.problems().error(f.here(), path, name, "unknown missile class \"" + c
                                    + "\"; expected SRBM, MRBM, IRBM, ICBM, SLBM, SLV, HGV, cruise or unknown");
                        }
                    }
                }
                case "outcome" -> {
                    String o = f.text(path, name);
                    v.texts.put(name, o);
                    if (kind == EventKind.MISSILE_TEST && o != null) {
                        v.outcome = Outcome.fromJson(o);
                        if (v.outcome == null) {
                            f.problems().error(f.here(), path, name, "unknown outcome \"" + o
                                    + "\"; expected success, failure or unknown");
                        }
                    }
                }
                default -> v.texts.put(name, f.phrase(path, name));
            }
        }
        Integer pos = v.ints.get("salvo_position");
        Integer size = v.ints.get("salvo_size");
        if (pos != null && size != null && pos > size) {
            f.problems().error(at, path, "salvo_position", "salvo position " + pos + " is beyond the salvo's size "
                    + size);
        }
        return new Block(build(kind, v), at, refs);
    }

    private static EventDetails build(EventKind kind, Values v) {
        return switch (kind) {
            case VISIT -> new Visit(v.list("visitors"), v.list("hosts"), v.texts.get("place"),
                    v.texts.get("purpose"), v.texts.get("delegation"), v.texts.get("outcome"));
            case TROOP_DEPLOYMENT -> new TroopDeployment(v.texts.get("from"), v.texts.get("to"), v.troops,
                    v.list("reported_by"), v.texts.get("theatre"), v.texts.get("unit"));
            case MISSILE_TEST -> new MissileTest(v.texts.get("missile"), v.missileClass, v.ints.get("salvo_position"),
                    v.ints.get("salvo_size"), v.texts.get("launch_site"), v.texts.get("landing_area"),
                    v.numbers.get("apogee_km"), v.numbers.get("range_km"), v.numbers.get("bearing_deg"),
                    v.texts.get("maneuver"), v.outcome, v.texts.get("claims"), v.ints.get("test_of_year"));
            case MILITARY_EXERCISE -> new MilitaryExercise(v.list("participants"), v.texts.get("name"),
                    v.texts.get("scale"));
            case MEETING -> new Meeting(v.list("participants"), v.texts.get("topic"), v.texts.get("outcome"));
            case AGREEMENT -> new Agreement(v.list("parties"), v.texts.get("name"), v.texts.get("terms"));
            case STATEMENT -> new Statement(v.texts.get("speaker"), v.list("addressees"), v.texts.get("quote"));
            case CLASH -> new Clash(v.list("side_a"), v.list("side_b"), v.clashType, v.fatalities, v.civilians);
            case OTHER -> throw new IllegalArgumentException("other has no details");
        };
    }

    /** A number of people: {@code 12000}, or {@code {"min": 10000, "max": 12000}} with an optional {@code "best"} inside. */
    private Estimate readEstimate(String path, String field) throws IOException {
        JsonParser p = f.parser();
        JsonLocation at = f.here();
        if (p.currentToken() != JsonToken.START_OBJECT) {
            Long n = f.count(path, field);
            return n == null ? null : Estimate.exactly(n);
        }
        String epath = path + "." + field;
        Long min = null;
        Long max = null;
        Long best = null;
        Seen seen = new Seen(ESTIMATE_FIELDS);
        int errorsBefore = f.problems().errorCount();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (f.duplicate(seen, epath, name)) {
                continue;
            }
            switch (name) {
                case "min" -> min = f.count(epath, name);
                case "max" -> max = f.count(epath, name);
                case "best" -> best = f.count(epath, name);
                default -> {
                    f.problems().error(f.here(), epath, name, "an estimate has only \"min\", \"max\" and \"best\", not \""
                            + name + "\"");
                    p.skipChildren();
                }
            }
        }
        if (f.problems().errorCount() > errorsBefore) {
            return null;
        }
        if (min == null || max == null) {
            f.problems().error(at, path, field, "an estimate needs both \"min\" and \"max\"");
            return null;
        }
        if (min > max) {
            f.problems().error(at, path, field, field + " \"min\" (" + min + ") is greater than \"max\" (" + max + ")");
            return null;
        }
        if (best != null && (best < min || best > max)) {
            f.problems().error(at, path, field, field + " \"best\" (" + best + ") is outside \"min\" to \"max\" ("
                    + min + "–" + max + ")");
            return null;
        }
        return new Estimate(min, max, best);
    }

    /**
     * The fields of a block as read, before the kind's record is built: one slot per field
     * name, so a block costs one small array rather than maps.
     */
    private static final class Values {
        private static final Map<String, Integer> SLOT = new java.util.HashMap<>();

        static {
            String[] names = FIELDS.values().stream().flatMap(Set::stream).distinct().sorted().toArray(String[]::new);
            for (int i = 0; i < names.length; i++) {
                SLOT.put(names[i], i);
            }
        }

        private final Object[] slots = new Object[SLOT.size()];
        final Slots<String> texts = new Slots<>();
        final Slots<List<String>> lists = new Slots<>();
        final Slots<Double> numbers = new Slots<>();
        final Slots<Integer> ints = new Slots<>();
        Estimate troops;
        Estimate fatalities;
        ClashType clashType;
        Boolean civilians;
        MissileClass missileClass;
        Outcome outcome;

        void clear() {
            java.util.Arrays.fill(slots, null);
            troops = null;
            fatalities = null;
            clashType = null;
            civilians = null;
            missileClass = null;
            outcome = null;
        }

        /** A typed view of the slots; each field name has one type. */
        final class Slots<T> {
            @SuppressWarnings("unchecked")
            T get(String name) {
                return (T) slots[SLOT.get(name)];
            }

            void put(String name, T value) {
                slots[SLOT.get(name)] = value;
            }
        }

        List<String> list(String name) {
            List<String> l = lists.get(name);
            return l == null ? List.of() : l;
        }
    }
}
