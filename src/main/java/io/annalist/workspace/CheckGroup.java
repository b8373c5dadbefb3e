package io.annalist.workspace;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.annalist.model.FacetCounts;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;

/**
 * A column of check boxes, one per value of an enum (kinds, confidence levels), each with an
 * optional icon and a count. Nothing checked means no restriction.
 */
final class CheckGroup<E extends Enum<E>> extends VBox {
    private final Map<E, CheckBox> boxes;
    private final Function<E, String> label;
    private boolean syncing;
    private Runnable onChange = () -> { };

    CheckGroup(Class<E> type, String idPrefix, Function<E, String> label, Function<E, Node> icon) {
        super(3);
        this.label = label;
        boxes = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            CheckBox box = new CheckBox(label.apply(value));
            box.setId(idPrefix + value.name().toLowerCase(java.util.Locale.ROOT));
            if (icon != null) {
                box.setGraphic(icon.apply(value));
            }
            box.selectedProperty().addListener((obs, o, n) -> {
                if (!syncing) {
                    onChange.run();
                }
            });
            boxes.put(value, box);
            getChildren().add(box);
        }
    }

    void setOnChange(Runnable r) {
        onChange = r;
    }

    Set<E> checked(Class<E> type) {
        Set<E> out = EnumSet.noneOf(type);
        boxes.forEach((k, b) -> {
            if (b.isSelected()) {
                out.add(k);
            }
        });
        return out;
    }

    void setChecked(Set<E> values) {
        syncing = true;
        try {
            boxes.forEach((k, b) -> b.setSelected(values.contains(k)));
        } finally {
            syncing = false;
        }
    }

    /**
     * Shows each value's count of the events shown and of all ("Missile test 2 / 339", or
     * "Missile test 339" when nothing is filtered); values with no events shown are greyed but
     * still checkable.
     */
    void setCounts(Map<E, Integer> shown, Map<E, Integer> total, boolean filtered) {
        boxes.forEach((k, b) -> {
            int n = shown.getOrDefault(k, 0);
            b.setText(label.apply(k) + "  " + FacetCounts.shownOf(n, total.getOrDefault(k, 0), filtered));
            b.setOpacity(n == 0 ? 0.55 : 1);
        });
    }
}
