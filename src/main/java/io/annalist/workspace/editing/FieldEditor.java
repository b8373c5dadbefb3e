package io.annalist.workspace.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.annalist.editing.EventDraft;
import io.annalist.io.EventJson;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;

/**
 * The control of one field of the form, and how its value goes into a draft and comes back
 * out: text as typed; a count as {@code 12000}, {@code 10000–12000} or {@code 12–30, best 17};
 * a number, or "unknown" / "n/a"; a choice among the format's names or "not said"; actors
 * through an {@link EntryPicker}. What cannot be read is put in the draft as typed, so that the
 * reader's check names the problem in its own words. FX thread.
 */
final class FieldEditor {
    private static final String NOT_SAID = "";
    private static final Pattern RANGE = Pattern.compile(
            "(-?\\d+)\\s*(?:[-–—]|to)\\s*(-?\\d+)(?:\\s*,?\\s*best\\s*(-?\\d+))?");

    private final FieldSpec spec;
    private final Node node;
    private final TextInputControl text;
    private final ComboBox<String> choice;
    private final EntryPicker actors;

    FieldEditor(FieldSpec spec, EntryPicker.Catalog catalog, Runnable changed) {
        this.spec = spec;
        String id = "form-" + spec.field().replace('.', '-');
        switch (spec.type()) {
            case ACTOR, ACTORS -> {
                actors = new EntryPicker(catalog, spec.type() == FieldSpec.Type.ACTORS, changed);
                text = null;
                choice = null;
                node = actors;
            }
            case CHOICE, YES_NO -> {
                choice = optional(id, spec.type() == FieldSpec.Type.YES_NO ? List.of("true", "false")
                        : spec.choices(), "not said", s -> s.equals("true") ? "yes" : s.equals("false") ? "no" : s);
                choice.valueProperty().addListener((o, a, b) -> changed.run());
                text = null;
                actors = null;
                node = choice;
            }
            default -> {
                if (spec.type() == FieldSpec.Type.LONG_TEXT) {
                    TextArea area = new TextArea();
                    area.setWrapText(true);
                    area.setPrefRowCount(2);
                    text = area;
                } else {
                    text = new TextField();
                }
                if (spec.prompt() != null) {
                    text.setPromptText(spec.prompt());
                }
                text.textProperty().addListener((o, a, b) -> changed.run());
                choice = null;
                actors = null;
                node = text;
            }
        }
        node.setId(id);
    }

    /**
     * A choice among the format's names with "not said" (the field left out) first; {@code words}
     * says a name in the analyst's words.
     */
    static ComboBox<String> optional(String id, List<String> names, String notSaid,
                                     java.util.function.UnaryOperator<String> words) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.getItems().add(NOT_SAID);
        c.getItems().addAll(names);
        c.setValue(NOT_SAID);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? notSaid : words.apply(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        return c;
    }

    /** The name chosen, or null for "not said". */
    static String chosen(ComboBox<String> c) {
        return c.getValue() == null || c.getValue().isEmpty() ? null : c.getValue();
    }

    FieldSpec spec() {
        return spec;
    }

    Node node() {
        return node;
    }

    EntryPicker picker() {
        return actors;
    }

    /** Fills the control with the draft's value of the field. */
    void read(EventDraft d) {
        String json = d.get(spec.field());
        JsonNode v = json == null ? null : EventJson.parse(json);
        switch (spec.type()) {
            case ACTOR -> actors.setIds(v == null || v.isNull() ? List.of() : List.of(v.asText()));
            case ACTORS -> {
                List<String> ids = new ArrayList<>();
                if (v != null && v.isArray()) {
                    v.forEach(x -> ids.add(x.asText()));
                }
                actors.setIds(ids);
            }
            case CHOICE, YES_NO -> choice.setValue(v == null || v.isNull() ? NOT_SAID : v.asText());
            case COUNT -> text.setText(v == null ? "" : count(v));
            default -> text.setText(v == null ? "" : v.asText());
        }
    }

    /** The draft with this field as the control holds it; an empty control removes the field. */
    EventDraft write(EventDraft d) {
        String f = spec.field();
        return switch (spec.type()) {
            case ACTOR -> d.withId(f, actors.ids().isEmpty() ? null : actors.ids().get(0));
            case ACTORS -> d.withList(f, actors.ids());
            case CHOICE -> d.withName(f, chosen(choice));
            case YES_NO -> d.withBoolean(f, chosen(choice) == null ? null : Boolean.valueOf(chosen(choice)));
            case COUNT -> count(d, f, text.getText());
            case NUMBER -> number(d, f, text.getText(), false);
            case WHOLE_NUMBER -> number(d, f, text.getText(), true);
            default -> d.withText(f, text.getText());
        };
    }

    /** A count as the analyst writes it: {@code 10,000–12,000}, {@code 12-30 best 17}, {@code 3000}, "unknown". */
    static EventDraft count(EventDraft d, String field, String typed) {
        String t = typed == null ? "" : typed.strip().replaceAll("(?<=\\d)[,  ](?=\\d{3})", "");
        if (t.isEmpty()) {
            return d.without(field);
        }
        if (t.matches("-?\\d{1,18}")) {
            long n = Long.parseLong(t);
            return d.withCount(field, n, n, null);
        }
        Matcher m = RANGE.matcher(t);
        if (m.matches()) {
            try {
                Long best = m.group(3) == null ? null : Long.valueOf(m.group(3));
                return d.withCount(field, Long.valueOf(m.group(1)), Long.valueOf(m.group(2)), best);
            } catch (NumberFormatException e) {
                // Too long a number: the reader says so below.
            }
        }
        return d.withText(field, t);
    }

    private static EventDraft number(EventDraft d, String field, String typed, boolean whole) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            return d.without(field);
        }
        try {
            return whole ? d.withNumber(field, Long.valueOf(t)) : d.withNumber(field, Double.valueOf(t.replace(',', '.')));
        } catch (NumberFormatException e) {
            // "unknown", "n/a", or a mistake the reader names.
            return d.withText(field, t);
        }
    }

    /** A count as the form shows it: "12000", "10000–12000", "12–30, best 17". */
    static String count(JsonNode v) {
        if (v.isObject()) {
            String s = v.path("min").asText() + "–" + v.path("max").asText();
            return v.has("best") ? s + ", best " + v.path("best").asText() : s;
        }
        return v.asText();
    }
}
