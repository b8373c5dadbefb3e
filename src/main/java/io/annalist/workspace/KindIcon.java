package io.annalist.workspace;

import io.annalist.model.EventKind;
import io.annalist.timeline.MarkerShape;
import io.annalist.timeline.Palette;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/** A kind's mark, in its colour and shape, as a small icon for lists and headings. */
final class KindIcon {
    private KindIcon() {
    }

    static Canvas of(EventKind kind, Palette palette) {
        Canvas c = new Canvas(14, 14);
        GraphicsContext gc = c.getGraphicsContext2D();
        gc.setFill(palette.kind(kind));
        gc.setStroke(palette.kind(kind).darker());
        gc.setLineWidth(1.5);
        MarkerShape.of(kind).draw(gc, 7, 7, 5, false);
        return c;
    }
}
