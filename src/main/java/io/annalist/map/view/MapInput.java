package io.annalist.map.view;

import java.util.ArrayList;
import java.util.List;

import io.annalist.map.Clusters;
import io.annalist.map.MapNotes;
import io.annalist.map.MapScale;
import io.annalist.map.PlaceFilter;
import io.annalist.map.Placement;
import io.annalist.map.PlacedEvents;
import io.annalist.model.Event;
import io.annalist.model.MissileTest;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * What the mouse, the wheel, the touchpad and the keyboard do to a map: wheel to zoom at the
 * pointer, drag to pan, Shift+drag for a box and Alt+drag for a lasso (the Place filter), click
 * to select, click a count to zoom into it. Every move of the view goes through {@link MapScale}.
 */
final class MapInput {
    private enum Drag { NONE, PAN, BOX, LASSO }

    private final MapView view;
    private final MapSkin skin;
    private Drag drag = Drag.NONE;
    private double pressX;
    private double pressY;
    private MapScale pressScale;
    private boolean moved;
    private final List<double[]> lasso = new ArrayList<>();
    private int cycleCell = -1;
    private int cycleNext;

    MapInput(MapView view, MapSkin skin) {
        this.view = view;
        this.skin = skin;
    }

    void mouse(MouseEvent e) {
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            pressed(e);
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            dragged(e);
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            released(e);
        } else if (e.getEventType() == MouseEvent.MOUSE_CLICKED) {
            clicked(e);
        } else if (e.getEventType() == MouseEvent.MOUSE_MOVED) {
            hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY());
        } else if (e.getEventType() == MouseEvent.MOUSE_EXITED) {
            leave();
        }
    }

    /** The pointer left the map, or the window lost the focus (a dialog opened over it): nothing is hovered. */
    void leave() {
        view.hoveredEventProperty().set(null);
        skin.tooltip().hide();
    }

    private void pressed(MouseEvent e) {
        view.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || view.getScale() == null) {
            return;
        }
        pressX = e.getX();
        pressY = e.getY();
        pressScale = view.getScale();
        moved = false;
        MapView.DragMode mode = view.dragModeProperty().get();
        if (e.isShiftDown() || mode == MapView.DragMode.BOX) {
            drag = Drag.BOX;
        } else if (e.isAltDown() || mode == MapView.DragMode.LASSO) {
            drag = Drag.LASSO;
            lasso.clear();
            lasso.add(new double[]{pressX, pressY});
        } else {
            drag = Drag.PAN;
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!moved && Math.hypot(dx, dy) < 4) {
            return;
        }
        moved = true;
        skin.tooltip().hide();
        switch (drag) {
            case PAN -> {
                view.scaleProperty().set(pressScale.panBy(-dx, -dy));
                skin.canvas().setCursor(Cursor.CLOSED_HAND);
            }
            case BOX -> {
                skin.regionMark().getPoints().setAll(pressX, pressY, e.getX(), pressY, e.getX(), e.getY(), pressX,
                        e.getY());
                skin.regionMark().setVisible(true);
            }
            case LASSO -> {
                double[] last = lasso.get(lasso.size() - 1);
                if (Math.hypot(e.getX() - last[0], e.getY() - last[1]) >= 3) {
                    lasso.add(new double[]{e.getX(), e.getY()});
                    skin.regionMark().getPoints().addAll(e.getX(), e.getY());
                    if (skin.regionMark().getPoints().size() == 2) {
                        skin.regionMark().getPoints().addAll(0, List.of(pressX, pressY));
                    }
                    skin.regionMark().setVisible(true);
                }
            }
            default -> {
            }
        }
    }

    private void released(MouseEvent e) {
        skin.regionMark().setVisible(false);
        skin.regionMark().getPoints().clear();
        if (moved && drag == Drag.BOX && Math.abs(e.getX() - pressX) >= 5 && Math.abs(e.getY() - pressY) >= 5) {
            double lon1 = lonAt(pressX);
            double shift = 360 * Math.floor((lon1 + 180) / 360);
            view.setPlaceFilter(PlaceFilter.box(pressScale.latAt(pressY), lon1 - shift, pressScale.latAt(e.getY()),
                    lonAt(e.getX()) - shift));
        } else if (moved && drag == Drag.LASSO && lasso.size() >= 3) {
            double[] lats = new double[lasso.size()];
            double[] lons = new double[lasso.size()];
            double shift = 360 * Math.floor((lonAt(lasso.get(0)[0]) + 180) / 360);
            for (int i = 0; i < lats.length; i++) {
                lats[i] = pressScale.latAt(lasso.get(i)[1]);
                lons[i] = lonAt(lasso.get(i)[0]) - shift;
            }
            view.setPlaceFilter(PlaceFilter.lasso(lats, lons));
        }
        skin.canvas().setCursor(Cursor.DEFAULT);
        drag = Drag.NONE;
    }

    /** Longitude under screen x, not wrapped: a region drawn across 180° keeps going past it. */
    private double lonAt(double sx) {
        return pressScale.worldX(sx) * 360 - 180;
    }

    private void clicked(MouseEvent e) {
        MapFrame f = skin.frame();
        if (moved || e.getButton() != MouseButton.PRIMARY || f == null) {
            return;
        }
        MapFrame.Hit hit = f.hitAt(e.getX(), e.getY());
        if (hit == null) {
            if (e.getClickCount() == 2) {
                view.scaleProperty().set(view.getScale().zoomAt(e.getX(), e.getY(), 2));
            }
            return;
        }
        PlacedEvents placed = view.getPlaced();
        if (hit.position() >= 0) {
            view.setSelectedEvent(placed.get(hit.position()));
            return;
        }
        Clusters c = f.clusters();
        int cell = c.groupCell(hit.group());
        if (view.getScale().pixelsPerUnit() < MapScale.MAX_PIXELS_PER_UNIT && !sharesOnePlace(c, hit.group())) {
            view.scaleProperty().set(view.getScale().zoomAt(hit.x(), hit.y(), 4));
            return;
        }
        // Events at one place: zooming would not split them, so each click selects the next.
        int[] members = placed.members(c, cell);
        if (members.length > 0) {
            cycleNext = cell == cycleCell ? (cycleNext + 1) % members.length : 0;
            cycleCell = cell;
            view.setSelectedEvent(placed.get(members[cycleNext]));
        }
    }

    private boolean sharesOnePlace(Clusters c, int group) {
        PlacedEvents placed = view.getPlaced();
        int[] members = placed.members(c, c.groupCell(group));
        for (int m : members) {
            if (placed.x(m) != placed.x(members[0]) || placed.y(m) != placed.y(members[0])) {
                return false;
            }
        }
        return true;
    }

    void scroll(ScrollEvent e) {
        MapScale s = view.getScale();
        if (s == null) {
            return;
        }
        if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            view.scaleProperty().set(s.panBy(-e.getDeltaX(), 0));
        } else if (e.getDeltaY() != 0) {
            view.scaleProperty().set(s.zoomAt(e.getX(), e.getY(), Math.pow(2, e.getDeltaY() / 160.0)));
        }
        e.consume();
    }

    void zoom(ZoomEvent e) {
        MapScale s = view.getScale();
        if (s != null && e.getZoomFactor() > 0) {
            view.scaleProperty().set(s.zoomAt(e.getX(), e.getY(), e.getZoomFactor()));
        }
        e.consume();
    }

    void key(KeyEvent e) {
        MapScale s = view.getScale();
        if (s == null) {
            return;
        }
        double cx = s.width() / 2;
        double cy = s.height() / 2;
        KeyCode k = e.getCode();
        boolean handled = true;
        if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) {
            view.scaleProperty().set(s.zoomAt(cx, cy, 2));
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT || k == KeyCode.UNDERSCORE) {
            view.scaleProperty().set(s.zoomAt(cx, cy, 0.5));
        } else if (k == KeyCode.HOME) {
            view.fitToEvents();
        } else if (k == KeyCode.ESCAPE) {
            view.setSelectedEvent(null);
        } else if (k == KeyCode.LEFT || k == KeyCode.RIGHT) {
            view.scaleProperty().set(s.panBy((k == KeyCode.RIGHT ? 1 : -1) * s.width() * 0.1, 0));
        } else if (k == KeyCode.UP || k == KeyCode.DOWN) {
            view.scaleProperty().set(s.panBy(0, (k == KeyCode.DOWN ? 1 : -1) * s.height() * 0.1));
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private void hover(double x, double y, double screenX, double screenY) {
        MapFrame f = skin.frame();
        if (f == null) {
            return;
        }
        MapFrame.Hit hit = f.hitAt(x, y);
        PlacedEvents placed = view.getPlaced();
        Event e = hit != null && hit.position() >= 0 ? placed.get(hit.position()) : null;
        if (view.hoveredEventProperty().get() != e) {
            view.hoveredEventProperty().set(e);
        }
        String tip = null;
        if (e != null) {
            tip = describe(e, hit.landing());
        } else if (hit != null) {
            tip = describeGroup(f.clusters(), hit.group());
        }
        skin.canvas().setCursor(hit == null ? Cursor.DEFAULT : Cursor.HAND);
        skin.pointerTip().say(view, tip, screenX, screenY);
    }

    /** Title, date as precisely as known, kind, and how surely the map knows the place. */
    String describe(Event e, boolean landing) {
        String date = e.when().describe();
        if (e.when().display() != null && !e.when().display().isBlank() && !e.when().display().equals(date)) {
            date = e.when().display() + " (" + date + ")";
        }
        String where = e.where() == null ? "" : e.where().describe();
        String place = Placement.of(e, view.baseMapProperty().get()).describe();
        String text = e.displayTitle() + "\n" + date + "\n" + e.kind().label() + (where.isEmpty() ? "" : " · " + where)
                + "\nOn the map: " + place;
        if (landing && e.details() instanceof MissileTest m) {
            text += "\nLanding point " + MapPainter.COMPUTED + " (" + MissileTest.km(m.rangeKm()) + ", bearing "
                    + Math.round(m.bearingDeg()) + "°), not a reported position";
        }
        return text;
    }

    private String describeGroup(Clusters c, int g) {
        PlacedEvents placed = view.getPlaced();
        int[] members = placed.members(c, c.groupCell(g));
        StringBuilder b = new StringBuilder(MapNotes.count(c.groupCount(g), "event here", "events here"));
        if (c.wholeRange()) {
            b.append(String.format(" (%,d in the timeline's window)", c.groupInWindow(g)));
        }
        for (int i = 0; i < Math.min(6, members.length); i++) {
            Event e = placed.get(members[i]);
            b.append("\n").append(e.when().describe()).append(" · ").append(e.displayTitle());
        }
        if (members.length > 6) {
            b.append(String.format("%n… and %,d more", members.length - 6));
        }
        b.append(sharesOnePlace(c, g) ? "\nAll at one place: click to step through them" : "\nClick to zoom in");
        return b.toString();
    }
}
