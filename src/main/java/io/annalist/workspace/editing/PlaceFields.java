package io.annalist.workspace.editing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.annalist.editing.EventDraft;
import io.annalist.io.EventJson;
import io.annalist.model.PlacePrecision;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Where the event happened: a place name, a country code, coordinates, and how precisely the
 * source places it. All optional; coordinates that are not numbers go to the reader as typed,
 * which names the mistake. FX thread.
 */
final class PlaceFields extends VBox {
    private final TextField place = new TextField();
    private final TextField country = new TextField();
    private final TextField lat = new TextField();
    private final TextField lon = new TextField();
    private final ComboBox<String> precision = FieldEditor.optional("form-where-precision",
            java.util.Arrays.stream(PlacePrecision.values()).map(PlacePrecision::jsonName).toList(),
            "precision not said", s -> s);

    PlaceFields(Runnable changed) {
        setId("form-where");
        setSpacing(4);
        place.setId("form-where-place");
        place.setPromptText("place name: Pyongyang, Kursk region");
        country.setId("form-where-country");
        country.setPromptText("KP");
        country.setPrefColumnCount(3);
        lat.setId("form-where-lat");
        lat.setPromptText("latitude");
        lat.setPrefColumnCount(7);
        lon.setId("form-where-lon");
        lon.setPromptText("longitude");
        lon.setPrefColumnCount(7);
        precision.setMaxWidth(Double.MAX_VALUE);
        country.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lat.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lon.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox name = new javafx.scene.layout.HBox(6, place, country);
        javafx.scene.layout.HBox.setHgrow(place, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox at = new javafx.scene.layout.HBox(6, lat, lon, precision);
        javafx.scene.layout.HBox.setHgrow(precision, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(name, at);
        place.textProperty().addListener((o, a, b) -> changed.run());
        country.textProperty().addListener((o, a, b) -> changed.run());
        lat.textProperty().addListener((o, a, b) -> changed.run());
        lon.textProperty().addListener((o, a, b) -> changed.run());
        precision.valueProperty().addListener((o, a, b) -> changed.run());
    }

    void read(EventDraft d) {
        String json = d.get("where");
        JsonNode w = json == null ? null : EventJson.parse(json);
        if (w != null && w.isTextual()) {
            place.setText(w.asText());
            return;
        }
        place.setText(w == null ? "" : w.path("place").asText(""));
        country.setText(w == null ? "" : w.path("country").asText(""));
        lat.setText(w == null || !w.has("lat") ? "" : w.path("lat").asText());
        lon.setText(w == null || !w.has("lon") ? "" : w.path("lon").asText());
        precision.setValue(w == null ? "" : w.path("precision").asText(""));
    }

    EventDraft write(EventDraft d) {
        Double la = number(lat.getText());
        Double lo = number(lon.getText());
        String p = FieldEditor.chosen(precision);
        if (la != null || lat.getText().isBlank()) {
            if (lo != null || lon.getText().isBlank()) {
                return d.withPlace(place.getText(), country.getText(), la, lo,
                        p == null ? null : PlacePrecision.fromJson(p));
            }
        }
        // A coordinate that is not a number: the reader says what is wrong with it, in its words.
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("place", place.getText().strip());
        o.put("country", country.getText().strip());
        o.put("lat", lat.getText().strip());
        o.put("lon", lon.getText().strip());
        return d.with("where", EventJson.compact(o));
    }

    private static Double number(String s) {
        try {
            return s == null || s.isBlank() ? null : Double.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
