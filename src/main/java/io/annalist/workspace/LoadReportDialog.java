package io.annalist.workspace;

import java.util.stream.Collectors;

import io.annalist.model.LoadReport;
import io.annalist.model.Problem;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;

/**
 * Shows a load report: the counts, then one problem a line as {@code FILE:LINE:COL: error: ...},
 * in a read-only text area so it can be selected and copied; a long problem wraps to the
 * dialog's width (each begins with its file and line), so none needs scrolling sideways.
 */
final class LoadReportDialog extends Dialog<Void> {

    LoadReportDialog(Window owner, LoadReport report) {
        initOwner(owner);
        setTitle("Load report — " + report.file());
        setResizable(true);
        Label summary = new Label(report.fatal() ? report.file() + " could not be loaded; nothing was changed."
                : report.summary());
        summary.setWrapText(true);
        TextArea text = new TextArea(report.problems().stream().map(Problem::format)
                .collect(Collectors.joining("\n")));
        text.setId("loadReportText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(820, 360);
        BorderPane content = new BorderPane(text);
        content.setTop(summary);
        BorderPane.setMargin(summary, new javafx.geometry.Insets(0, 0, 8, 0));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }
}
