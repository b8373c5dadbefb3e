package io.annalist.map;

/**
 * The one place where world and pixels meet on the map, as {@link io.annalist.timeline.TimeScale}
 * is for time: the centre of the view in world units ({@link Mercator}), the zoom as pixels per
 * world unit, and the viewport's size. The world repeats east and west, so a view may cross
 * the antimeridian; it zooms out at most until the whole world fits the viewport both ways
 * (in a viewport wider than tall the world is then shown more than once east to west, as web
 * maps do, each place in the copy nearest the middle) and never scrolls past the top or
 * bottom edge. Immutable: zooming or panning gives a new
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

    /** Width of the view in world units (above 1 where the world repeats across a wide, low view). */
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

    /** The widest zoom: the whole world, one unit square, fits both ways. */
    private double minPixelsPerUnit() {
        return Math.min(width, height);
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
     * The least extent of the part of the world a fit to events shows, along the longer side of
     * the map: one place, or a few close together, are shown with their country and its
     * neighbours' borders (round Pyongyang: both Koreas, the Chinese and Russian borders and
     * Japan's west coast), not a bare coast.
     */
    public static final double LEAST_FIT_KM = 1500;

    /**
     * The view that shows {@code box} whole with a margin, no less than {@code leastKm} along its
     * longer side (a single place is shown with its surroundings).
     */
    public static MapScale fit(GeoBox box, double width, double height, double leastKm) {
        return fit(box, width, height, leastKm, 0, 0, Math.min(width, height) * 0.065);
    }

    /** The least height, in pixels, a fit leaves its events between the note above and the scale bar and legend below. */
    static final double LEAST_CLEAR = 60;

    /**
     * The view that shows {@code box} whole in the part of the viewport left clear of
     * {@code insetTop} pixels at the top and {@code insetBottom} at the bottom (where a note,
     * the scale bar and the legend are drawn; in a map so low that they would leave less than
     * {@link #LEAST_CLEAR} pixels, partly under them), every corner of the box at least {@code margin}
     * pixels inside that part (less where the part is small: a fifth of its width or height at
     * most), the longer side of that part no less than {@code leastKm} across. A box as wide as
     * the world is shown at the widest zoom, where every place is in view once.
     */
    public static MapScale fit(GeoBox box, double width, double height, double leastKm, double insetTop,
                               double insetBottom, double margin) {
        return fit(box, width, height, leastKm, insetTop, insetBottom, margin, 0);
    }

    /**
     * As {@link #fit(GeoBox, double, double, double, double, double, double)}, with {@code reach}
     * pixels more round the box: how far what is drawn for its events (a mark's ring, a count's
     * circle) reaches beyond their points; on a small map both shrink together, as the margin
     * alone does.
     */
    public static MapScale fit(GeoBox box, double width, double height, double leastKm, double insetTop,
                               double insetBottom, double margin, double reach) {
        // A low strip of map (below the timeline in a small window): the note, the scale bar and the legend
        // would leave the events a few pixels, so they are kept clear only as far as leaves the events room.
        double room = Math.min(LEAST_CLEAR, height * 0.6);
        double insets = insetTop + insetBottom;
        if (height - insets < room && insets > 0) {
            double cut = Math.max(0, height - room) / insets;
            insetTop *= cut;
            insetBottom *= cut;
        }
        double clearH = Math.max(1, height - insetTop - insetBottom);
        double m = Math.max(0, Math.min(margin + Math.max(0, reach), Math.min(width, clearH) / 5));
        double roomW = Math.max(1, width - 2 * m);
        double roomH = Math.max(1, clearH - 2 * m);
        double x0 = Mercator.x(box.west());
        double x1 = Mercator.x(box.east());
        if (x1 < x0) {
            x1 += 1;
        }
        double y0 = Mercator.y(box.north());
        double y1 = Mercator.y(box.south());
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        // The room's longer side no shorter than leastKm (one place: its country and its neighbours), the other
        // side as the pane's aspect gives.
        double least = leastKm / Mercator.kmPerUnit(Mercator.lat(cy));
        double ppu = Math.min(Math.max(roomW, roomH) / least, Math.min(roomW / Math.max(1e-12, x1 - x0),
                roomH / Math.max(1e-12, y1 - y0)));
        // The box's middle goes to the middle of the clear part, which is off the viewport's middle by the insets.
        double roomMiddle = insetTop + m + roomH / 2;
        return new MapScale(cx, cy + (height / 2 - roomMiddle) / ppu, ppu, width, height).clamped();
    }

    /** Kilometres per pixel along the parallel through the view's centre. */
    public double kmPerPixel() {
        return Mercator.kmPerUnit(latAt(height / 2)) / pixelsPerUnit;
    }
}
