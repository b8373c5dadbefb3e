package io.annalist.map.view;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a text is in a font, as the map's note, legend and scale bar measure it. FX thread. */
final class MapText {
    private final Text probe = new Text();

    double width(String s, Font f) {
        probe.setFont(f);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
