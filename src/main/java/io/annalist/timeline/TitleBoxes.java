package io.annalist.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The boxes the titles of a frame take, found by position: what a line drawn across the lanes
 * must stop short of, so that it never strikes a title through.
 */
final class TitleBoxes {
    /** Each box as {x0, x1, y0, y1}, by x0. */
    private final double[][] boxes;
    private final double[] starts;
    private final double widest;

    TitleBoxes(List<LanePlan> plans, double rowHeight) {
        List<double[]> all = new ArrayList<>();
        double w = 0;
        for (LanePlan plan : plans) {
            for (LanePlan.Mark m : plan.marks) {
                LaneStacking.Label label = m.label();
                if (label.shown()) {
                    double y = plan.top + m.labelDy();
                    all.add(new double[]{label.x() - 1, label.x() + label.width() + 1, y - rowHeight / 2 + 2,
                            y + rowHeight / 2 - 2});
                    w = Math.max(w, label.width() + 2);
                }
            }
        }
        boxes = all.toArray(new double[0][]);
        Arrays.sort(boxes, Comparator.comparingDouble(b -> b[0]));
        starts = new double[boxes.length];
        for (int i = 0; i < boxes.length; i++) {
            starts[i] = boxes[i][0];
        }
        widest = w;
    }

    /** The vertical extents {y0, y1} of the titles a vertical line at {@code x} from {@code y0} to {@code y1} crosses, top first. */
    List<double[]> crossing(double x, double y0, double y1) {
        int hi = Arrays.binarySearch(starts, x);
        hi = hi < 0 ? -hi - 1 : hi + 1;
        while (hi < starts.length && starts[hi] <= x) {
            hi++;
        }
        List<double[]> out = new ArrayList<>();
        for (int i = hi - 1; i >= 0 && starts[i] >= x - widest; i--) {
            double[] b = boxes[i];
            if (b[1] >= x && b[3] > y0 && b[2] < y1) {
                out.add(new double[]{b[2], b[3]});
            }
        }
        out.sort(Comparator.comparingDouble(g -> g[0]));
        return out;
    }
}
