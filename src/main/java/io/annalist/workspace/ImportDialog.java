package io.annalist.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import io.annalist.io.DateOrder;
import io.annalist.io.Format;
import io.annalist.io.Formats;
import io.annalist.io.ImportOptions;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * The choices a file needs before it is read, asked right after File → Open, a file dropped
 * on the window or a recent file chosen, and only when they apply: which data file of a zip archive holding several; the order of day, month and
 * year when a CSV file (ACLED, UCDP and ICEWS included) begins with dates whose order matters (03/04/2020,
 * which reads two ways, or 25/12/2020, which reads only day first); for GDELT, only root events
 * and at least N sources. A file that needs none opens at once. FX thread.
 */
final class ImportDialog {
    private ImportDialog() {
    }

    /**
     * Opens {@code file} the one way every road into the window takes (File → Open, a drop, a
     * recent file): the choices it needs asked first, then loaded with them; nothing when the
     * analyst cancels.
     */
    static void open(Window owner, Loader loader, Path file) {
        ask(owner, file).ifPresent(options -> loader.open(new DataLocation.OnDisk(file, options), false));
    }

    /** The options to read {@code file} with, or empty when the analyst cancelled. */
    static Optional<ImportOptions> ask(Window owner, Path file) {
        ImportOptions options = ImportOptions.NONE;
        List<String> entries = Formats.choices(file);
        if (!entries.isEmpty()) {
            ChoiceDialog<String> pick = new ChoiceDialog<>(entries.get(0), entries);
            pick.initOwner(owner);
            pick.setTitle("Open " + file.getFileName());
            pick.setHeaderText("The archive holds " + entries.size() + " data files. Which one?");
            pick.setContentText("Data file:");
            Optional<String> chosen = pick.showAndWait();
            if (chosen.isEmpty()) {
                return Optional.empty();
            }
            options = options.withEntry(chosen.get());
        }
        Format format = Formats.detect(file, options);
        if ((format == Format.CSV || format == Format.ACLED || format == Format.UCDP || format == Format.ICEWS)
                && Formats.dateOrderMatters(file, options)) {
            return askDates(owner, file, options);
        }
        if (format == Format.GDELT) {
            return askGdelt(owner, file, options);
        }
        return Optional.of(options);
    }

    private static Dialog<ButtonType> dialog(Window owner, Path file, String header) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Open " + file.getFileName());
        d.setHeaderText(header);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        return d;
    }

    private static Optional<ImportOptions> askDates(Window owner, Path file, ImportOptions options) {
        ComboBox<String> order = new ComboBox<>();
        order.setId("dateOrder");
        order.getItems().addAll("Only dates that read one way (report the others)", "Day first: 03/04/2020 is 3 April",
                "Month first: 03/04/2020 is 4 March", "Year first: 2020/04/03");
        order.getSelectionModel().select(0);
        order.setTooltip(new Tooltip("Dates written 03/04/2020 can be 3 April or 4 March; Annalist does not guess."));
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setPadding(new Insets(10));
        g.addRow(0, new Label("Numeric dates:"), order);
        Dialog<ButtonType> d = dialog(owner, file, "How are dates like 03/04/2020 written in this file?");
        d.getDialogPane().setContent(g);
        Optional<ButtonType> r = d.showAndWait();
        if (r.isEmpty() || r.get() != ButtonType.OK) {
            return Optional.empty();
        }
        int i = order.getSelectionModel().getSelectedIndex();
        DateOrder o = i <= 0 ? null : DateOrder.values()[i - 1];
        return Optional.of(options.withDateOrder(o));
    }

    private static Optional<ImportOptions> askGdelt(Window owner, Path file, ImportOptions options) {
        CheckBox root = new CheckBox("Only root events (the main event of each article's paragraph)");
        root.setId("rootOnly");
        Spinner<Integer> sources = new Spinner<>(0, 1000, 0);
        sources.setId("minSources");
        sources.setEditable(true);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        g.add(root, 0, 0, 2, 1);
        g.addRow(1, new Label("At least this many sources:"), sources);
        g.add(new Label("Rows left out are counted in the load report. Leave both as they are to read everything."),
                0, 2, 2, 1);
        Dialog<ButtonType> d = dialog(owner, file, "A GDELT event file: read all of it, or only some events?");
        d.getDialogPane().setContent(g);
        Optional<ButtonType> r = d.showAndWait();
        if (r.isEmpty() || r.get() != ButtonType.OK) {
            return Optional.empty();
        }
        return Optional.of(options.withRootEventsOnly(root.isSelected()).withMinSources(sources.getValue()));
    }
}
