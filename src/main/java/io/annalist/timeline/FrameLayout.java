package io.annalist.timeline;

/**
 * Where each part of a frame goes: the lane headers on the left, the time area beside them;
 * from the top, the two-row axis, the density strip, the lanes, the legend and the overview
 * bar. Sizes follow the font so a larger font from CSS gives a larger layout.
 */
public record FrameLayout(double width, double height, double headerWidth, double rowHeight, double axisTop,
                          double axisHeight, double densityTop, double densityHeight, double lanesTop,
                          double lanesBottom, double legendTop, double legendHeight, double overviewTop,
                          double overviewHeight, double rightPad) {

    public static FrameLayout of(double width, double height, double fontSize, boolean headers, boolean legend,
                                 boolean overview) {
        return of(width, height, fontSize, headers, legend, overview, true);
    }

    public static FrameLayout of(double width, double height, double fontSize, boolean headers, boolean legend,
                                 boolean overview, boolean axis) {
        return of(width, height, fontSize, headers, legend, overview, axis, 1);
    }

    /** As above, with a legend wrapped onto {@code legendRows} rows, so none of it is cut. */
    public static FrameLayout of(double width, double height, double fontSize, boolean headers, boolean legend,
                                 boolean overview, boolean axis, int legendRows) {
        double row = Math.round(fontSize * 1.7 + 2);
        double axisRow = Math.round(fontSize * 1.5);
        double header = headers ? Math.round(Math.min(width * 0.22, fontSize * 14)) : 0;
        double axisH = axis ? axisRow * 2 : 0;
        double densityH = axis ? 8 : 0;
        double overviewH = overview ? Math.round(fontSize * 2) : 0;
        double legendH = legend ? Math.round(fontSize * 1.9) + Math.max(0, legendRows - 1)
                * Chrome.legendRowHeight(fontSize) : 0;
        double overviewTop = height - overviewH;
        double legendTop = overviewTop - legendH;
        double lanesTop = axisH + densityH;
        return new FrameLayout(width, height, header, row, 0, axisH, axisH, densityH, lanesTop,
                Math.max(lanesTop, legendTop), legendTop, legendH, overviewTop, overviewH, 0);
    }

    /** The same layout with lane headers {@code w} wide. */
    public FrameLayout withHeaderWidth(double w) {
        return new FrameLayout(width, height, w, rowHeight, axisTop, axisHeight, densityTop, densityHeight, lanesTop,
                lanesBottom, legendTop, legendHeight, overviewTop, overviewHeight, rightPad);
    }

    /**
     * The same layout with {@code pad} pixels kept right of the time shown: an export's last marks
     * are drawn whole there instead of cut by the picture's edge.
     */
    public FrameLayout withRightPad(double pad) {
        return new FrameLayout(width, height, headerWidth, rowHeight, axisTop, axisHeight, densityTop, densityHeight,
                lanesTop, lanesBottom, legendTop, legendHeight, overviewTop, overviewHeight, pad);
    }

    public double timeX0() {
        return headerWidth;
    }

    public double timeWidth() {
        return Math.max(1, width - headerWidth - rightPad);
    }

    public double lanesHeight() {
        return lanesBottom - lanesTop;
    }
}
