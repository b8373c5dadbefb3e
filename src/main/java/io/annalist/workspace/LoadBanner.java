package io.annalist.workspace;

import java.util.function.Consumer;

import io.annalist.model.LoadReport;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A banner over the panes when the data on screen is missing events: "3 events not loaded —
 * see why". It stays until the analyst dismisses it or other data replaces this data; a load
 * that fails leaves it up, for the data it speaks of is still on screen. FX thread.
 */
final class LoadBanner extends HBox {
    private final Label text = new Label();
    private LoadReport report;

    /** @param showReport opens a load report for the analyst to read */
    LoadBanner(Consumer<LoadReport> showReport) {
        super(8);
        setId("loadBanner");
        getStyleClass().add("load-banner");
        setAlignment(Pos.CENTER_LEFT);
        text.setId("loadBannerText");
        Hyperlink why = new Hyperlink("see why");
        why.setId("loadBannerWhy");
        why.setTooltip(new Tooltip("The load report: each event left out, with its line, column and reason"));
        why.setOnAction(e -> {
            if (report != null) {
                showReport.accept(report);
            }
        });
        Button dismiss = new Button("×");
        dismiss.setId("loadBannerDismiss");
        dismiss.getStyleClass().add("dismiss");
        dismiss.setTooltip(new Tooltip("Dismiss; File → Load report… still shows it"));
        dismiss.setOnAction(e -> hideBanner());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        getChildren().addAll(text, why, space, dismiss);
        hideBanner();
    }

    /** Speaks of the data now on screen, read with {@code r}: shown when events were left out of it. */
    void dataShown(LoadReport r) {
        report = r;
        int missing = r == null ? 0 : r.rejected();
        if (missing == 0) {
            hideBanner();
            return;
        }
        text.setText(String.format("%,d event%s not loaded —", missing, missing == 1 ? "" : "s"));
        setVisible(true);
        setManaged(true);
    }

    private void hideBanner() {
        setVisible(false);
        setManaged(false);
    }
}
