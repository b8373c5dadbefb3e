package io.annalist.workspace.detail;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The details' header: Previous and Next at the left; the event's own buttons (the star, ±,
 * Edit, Copy) at the right. No button is ever cut to "…": each is as wide as its text, and when
 * the pane is too narrow for the words, Previous and Next become ◀ and ▶ (their tooltips say
 * what they do) and the gaps close up; widened again, they get their words back. FX thread.
 */
final class DetailHeader extends HBox {
    private static final double GAP = 6;
    private static final double NARROW_GAP = 3;

    private final Button previous;
    private final Button next;
    private boolean compact;
    /** The width the header needs with its words, measured while it had them. */
    private double wordsWidth;

    DetailHeader(Button previous, Button next, Button copy) {
        super(GAP);
        this.previous = previous;
        this.next = next;
        setId("detailHeader");
        getStyleClass().add("detail-header");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(previous, next, spring, copy);
        getChildren().forEach(DetailHeader::keepWhole);
        words(true);
    }

    /** Adds {@code n} before Copy (the last), as wide as its text. */
    void add(Node n) {
        keepWhole(n);
        getChildren().add(getChildren().size() - 1, n);
        // Measured again with the words at the next layout.
        words(true);
    }

    /** True while Previous and Next show only their arrows. */
    boolean isCompact() {
        return compact;
    }

    private static void keepWhole(Node n) {
        if (n instanceof Region r) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    private void words(boolean on) {
        compact = !on;
        previous.setText(on ? "◀ Previous" : "◀");
        next.setText(on ? "Next ▶" : "▶");
        setSpacing(on ? GAP : NARROW_GAP);
        setPadding(new Insets(on ? GAP : NARROW_GAP));
        if (on) {
            getStyleClass().remove("compact");
        } else if (!getStyleClass().contains("compact")) {
            getStyleClass().add("compact");
        }
    }

    /** As narrow as the pane lets it be: the header fits itself to the width it is given (see layoutChildren). */
    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        // Decided here, where the width is known; the texts change once each way (the width needed
        // with words is remembered), so a layout never flips back and forth.
        double room = getWidth();
        if (!compact) {
            wordsWidth = prefWidth(-1);
            if (room < wordsWidth) {
                words(false);
            }
        } else if (room >= wordsWidth) {
            words(true);
        }
        super.layoutChildren();
    }
}
