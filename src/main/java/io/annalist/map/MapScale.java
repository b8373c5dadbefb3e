package io.annalist.map;

/**
 * The one place where world and pixels meet on the map, as {@link io.annalist.timeline.TimeScale}
 * is for time: the centre of the view in world units ({@link Mercator}), the zoom as pixels per
 * world unit, and the viewport's size. The world repeats east and west, so a view may cross
 * the antimeridian; it is never narrower than the viewport (one copy of each place at most)
 * and never scrolls past the top or bottom edge. Immutable: zooming or panning gives a new
 * scale. Pure arithmetic, no UI.
 */
public record MapScale(double centreX, double centreY, double pixelsPerUnit, double width, double height) {
    /** The closest zoom: about 10 m per pixel at the equator. */
    public static final double MAX_PIXELS_PER_UNIT = 4_000_000;

    public MapScale {
        if (!(width > 0) || !(height > 0) || !(pixelsPerUnit > 0)) {
            throw new IllegalArgumentException("a map scale needs a positive size and zoom");
        }
    }

    /** The whole world, as wide as it fits. */
    public static MapScale world(double width, double height) {
        return new MapScale(0.5, 0.5, Math.max(width, height), width, height).clamped();
    }

    /** Screen x of world x: the copy of the world nearest the view's centre. */
    public double screenX(double wx) {
        double dx = wx - centreX;
        dx -= Math.floor(dx + 0.5);
        return width / 2 + dx * pixelsPerUnit;
    }

    public double screenY(double wy) {
        return height / 2 + (wy - centreY) * pixelsPerUnit;
    }

    /** World x under screen x, not wrapped (it may be below 0 or above 1 when the view crosses the seam). */
    public double worldX(double sx) {
        return centreX + (sx - width / 2) / pixelsPerUnit;
    }

    public double worldY(double sy) {
        return centreY + (sy - height / 2) / pixelsPerUnit;
    }

    public double lonAt(double sx) {
        return Mercator.lon(worldX(sx));
    }

    public double latAt(double sy) {
        return Mercator.lat(worldY(sy));
    }

    public double screenX(double lat, double lon) {
        return screenX(Mercator.x(lon));
    }

    /** World x of the view's left edge (may be negative: the view then shows the east of the world's last copy). */
    public double left() {
        return worldX(0);
    }

    public double top() {
        return worldY(0);
    }

    /** Width of the view in world units (at most 1). */
    public double spanX() {
        return width / pixelsPerUnit;
    }

    public double spanY() {
        return height / pixelsPerUnit;
    }

    /** Zooms by {@code factor} (above 1 zooms in) keeping the place under (sx, sy) where it is. */
    public MapScale zoomAt(double sx, double sy, double factor) {
        double wx = worldX(sx);
        double wy = worldY(sy);
        double ppu = Math.max(minPixelsPerUnit(), Math.min(MAX_PIXELS_PER_UNIT, pixelsPerUnit * factor));
        return new MapScale(wx - (sx - width / 2) / ppu, wy - (sy - height / 2) / ppu, ppu, width, height).clamped();
    }

    /** Moves the view by (dx, dy) pixels: positive dx shows places further east. */
    public MapScale panBy(double dx, double dy) {
        return new MapScale(centreX + dx / pixelsPerUnit, centreY + dy / pixelsPerUnit, pixelsPerUnit, width, height)
                .clamped();
    }

    /** The same centre and zoom over a new viewport. */
    public MapScale withSize(double w, double h) {
        return new MapScale(centreX, centreY, pixelsPerUnit, w, h).clamped();
    }

    /** The same view at another centre. */
    public MapScale centredOn(double wx, double wy) {
        return new MapScale(wx, wy, pixelsPerUnit, width, height).clamped();
    }

    private double minPixelsPerUnit() {
        return width;
    }

    /** Within the zoom limits, the centre's x in [0, 1), and the world's top and bottom edges never inside the view. */
    public MapScale clamped() {
        double ppu = Math.max(minPixelsPerUnit(), Math.min(MAX_PIXELS_PER_UNIT, pixelsPerUnit));
        double cx = centreX - Math.floor(centreX);
        double halfH = height / 2 / ppu;
        double cy = halfH >= 0.5 ? 0.5 : Math.max(halfH, Math.min(1 - halfH, centreY));
        return new MapScale(cx, cy, ppu, width, height);
    }

    /**
     * The view that shows {@code box} whole with a margin, no closer than {@code minSpanKm}
     * across (a single place is shown with its surroundings).
     */
    public static MapScale fit(GeoBox box, double width, double height, double minSpanKm) {
        return fit(box, width, height, minSpanKm, 0, 0);
    }

    /**
     * As {@link #fit(GeoBox, double, double, double)}, keeping the box clear of {@code insetTop}
     * and {@code insetBottom} pixels at the top and bottom (where a note and the legend are drawn).
     */
    public static MapScale fit(GeoBox box, double width, double height, double minSpanKm, double insetTop,
                               double insetBottom) {
        double room = Math.max(1, height - insetTop - insetBottom);
        MapScale inner = fitInside(box, width, room, minSpanKm);
        double shift = (insetBottom - insetTop) / 2 / inner.pixelsPerUnit;
        return new MapScale(inner.centreX, inner.centreY + shift, inner.pixelsPerUnit, width, height).clamped();
    }

    private static MapScale fitInside(GeoBox box, double width, double height, double minSpanKm) {
        double x0 = Mercator.x(box.west());
        double x1 = Mercator.x(box.east());
        if (x1 < x0) {
            x1 += 1;
        }
        double y0 = Mercator.y(box.north());
        double y1 = Mercator.y(box.south());
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        double minSpan = minSpanKm / Mercator.kmPerUnit(Mercator.lat(cy));
        double dx = Math.max(minSpan, (x1 - x0) * 1.15);
        double dy = Math.max(minSpan * height / width, (y1 - y0) * 1.15);
        double ppu = Math.min(width / dx, height / dy);
        return new MapScale(cx, cy, ppu, width, height).clamped();
    }

    /** Kilometres per pixel along the parallel through the view's centre. */
    public double kmPerPixel() {
        return Mercator.kmPerUnit(latAt(height / 2)) / pixelsPerUnit;
    }
}
