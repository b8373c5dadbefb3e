package io.annalist.cli;

import java.util.List;
import java.util.Map;

import io.annalist.export.HeadlessFx;
import io.annalist.timeline.LaneMode;
import io.annalist.timeline.Lanes;
import io.annalist.timeline.TimelineView;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;

/** Zoom step: from a wheel event on the timeline to a finished, rasterised frame, in a real (headless) window. */
final class ZoomBench {
    private ZoomBench() {
    }

    static double[] run(List<io.annalist.model.Event> events, Map<String, String> names) throws Exception {
        TimelineView view = HeadlessFx.call(() -> {
            TimelineView v = new TimelineView();
            v.setLanes(Lanes.build(events, LaneMode.ACTOR, names));
            Stage stage = new Stage();
            stage.setScene(new Scene(v, 1600, 900));
            stage.show();
            v.layout();
            v.fitAll();
            v.layout();
            return v;
        });
        Canvas canvas = (Canvas) view.lookup("#timelineCanvas");
        int steps = 30;
        double[] t = new double[steps];
        for (int k = -5; k < steps; k++) {
            int i = k;
            double ms = HeadlessFx.call(() -> {
                double delta = (i % 10 < 5) ? 40 : -40;
                long s = System.nanoTime();
                javafx.event.Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, 800, 400, 800, 400, false, false, false,
                        false, false, false, 0, delta, 0, delta, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
                view.layout();
                canvas.snapshot(null, null);
                return (System.nanoTime() - s) / 1e6;
            });
            if (k >= 0) {
                t[k] = ms;
            }
        }
        HeadlessFx.call(() -> {
            view.getScene().getWindow().hide();
            return null;
        });
        return t;
    }
}
