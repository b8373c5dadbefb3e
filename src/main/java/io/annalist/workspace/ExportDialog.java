package io.annalist.workspace;

import io.annalist.export.BriefPages;
import io.annalist.export.ExportFormat;
import io.annalist.timeline.TimelineView;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * File → Export snapshot (Ctrl+E): the format (a PNG image, a PDF brief on pages, an SVG
 * drawing), the picture (the timeline, the map, or — in a PNG — both on one image), what to
 * show (the visible window or the whole filtered range), the size (as on screen, or width ×
 * height) and scale for high-DPI — or, for a PDF, the paper — what to include, and the theme;
 * options that do not apply to the format or the picture are hidden. Returns the choices; the
 * window does the export. File → Print… asks the same, for the PDF's pages: the
 * paper and its orientation, what to show and include, with no format to choose.
 */
final class ExportDialog extends Dialog<ExportDialog.Choice> {
    /** What the picture is of. */
    enum Picture {
        TIMELINE, MAP,
        /** The timeline with the map of the same events under it, on one PNG. */
        BOTH
    }

    /** What the analyst chose. {@code width}/{@code height} are null for "as on screen". */
    record Choice(boolean wholeRange, Integer width, Integer height, int scale, String title, boolean showTitle,
                  boolean caption, boolean legend, boolean axis, boolean headers, boolean footer, boolean dark,
                  boolean fitHeight, java.util.Set<String> onlyLanes, boolean compress, ExportFormat format,
                  BriefPages.Format paper, Picture picture, boolean starNotes) {
        /** Without the starred events numbered and listed. */
        Choice(boolean wholeRange, Integer width, Integer height, int scale, String title, boolean showTitle,
               boolean caption, boolean legend, boolean axis, boolean headers, boolean footer, boolean dark,
               boolean fitHeight, java.util.Set<String> onlyLanes, boolean compress, ExportFormat format,
               BriefPages.Format paper, Picture picture) {
            this(wholeRange, width, height, scale, title, showTitle, caption, legend, axis, headers, footer, dark,
                    fitHeight, onlyLanes, compress, format, paper, picture, false);
        }

        /** The timeline alone, in {@code format}. */
        Choice(boolean wholeRange, Integer width, Integer height, int scale, String title, boolean showTitle,
               boolean caption, boolean legend, boolean axis, boolean headers, boolean footer, boolean dark,
               boolean fitHeight, java.util.Set<String> onlyLanes, boolean compress, ExportFormat format,
               BriefPages.Format paper) {
            this(wholeRange, width, height, scale, title, showTitle, caption, legend, axis, headers, footer, dark,
                    fitHeight, onlyLanes, compress, format, paper, Picture.TIMELINE);
        }

        /** A PNG. */
        Choice(boolean wholeRange, Integer width, Integer height, int scale, String title, boolean showTitle,
               boolean caption, boolean legend, boolean axis, boolean headers, boolean footer, boolean dark,
               boolean fitHeight, java.util.Set<String> onlyLanes, boolean compress) {
            this(wholeRange, width, height, scale, title, showTitle, caption, legend, axis, headers, footer, dark,
                    fitHeight, onlyLanes, compress, ExportFormat.PNG, new BriefPages.Format(BriefPages.Paper.A4, false));
        }

        /** As on screen, every lane, the height fitted to them. */
        Choice(boolean wholeRange, Integer width, Integer height, int scale, String title, boolean showTitle,
               boolean caption, boolean legend, boolean axis, boolean headers, boolean footer, boolean dark) {
            this(wholeRange, width, height, scale, title, showTitle, caption, legend, axis, headers, footer, dark,
                    false, java.util.Set.of(), true);
        }
    }

    /** The key of the PDF's orientation as chosen for a PDF or a print. */
    private static final String LANDSCAPE = "pageLandscape";
    /** The dialog's width in pixels: its rows, with the header wrapped to them. */
    static final double DIALOG_WIDTH = 640;

    /** Where the dialog remembers its settings between uses and runs. */
    private static java.util.prefs.Preferences memory() {
        return java.util.prefs.Preferences.userRoot().node(System.getProperty("annalist.prefs.node", "io/annalist"))
                .node("export");
    }

    ExportDialog(Window owner, TimelineView timeline, String title, boolean dark) {
        this(owner, timeline, null, false, title, dark, false);
    }

    /** File → Print…: the PDF's choices only, and a Print… button. */
    ExportDialog(Window owner, TimelineView timeline, String title, boolean dark, boolean forPrint) {
        this(owner, timeline, null, false, title, dark, forPrint);
    }

    /**
     * @param map      the map's size on screen, for "As on screen" when the map is the picture;
     *                 null when the window shows no map (an exported map then has a size of its own)
     * @param mapWhole the map on screen shows the whole filtered range: a map alone then starts at that
     * @param forPrint File → Print…: the PDF's choices only, and a Print… button
     */
    ExportDialog(Window owner, TimelineView timeline, javafx.geometry.Dimension2D map, boolean mapWhole, String title,
                 boolean dark, boolean forPrint) {
        initOwner(owner);
        setTitle(forPrint ? "Print" : "Export snapshot");
        setHeaderText(forPrint ? "The brief on paper: the pages a PDF export holds, on the paper chosen here."
                : "The timeline or the map for a brief, drawn like the screen without its controls: a PNG"
                + " image, a PDF on pages whose text can be searched, or an SVG to edit.");
        ComboBox<String> format = new ComboBox<>();
        format.getItems().addAll("PNG image", "PDF brief (pages)", "SVG drawing");
        format.setId("exportFormat");
        ComboBox<String> paper = new ComboBox<>();
        paper.getItems().addAll("A4", "Letter");
        paper.setId("exportPaper");
        CheckBox landscape = new CheckBox("Landscape");
        landscape.setId("exportLandscape");
        ToggleGroup what = new ToggleGroup();
        RadioButton visible = new RadioButton("The visible window");
        RadioButton whole = new RadioButton("The whole filtered range");
        visible.setToggleGroup(what);
        whole.setToggleGroup(what);
        visible.setSelected(true);
        whole.setId("exportWhole");
        ToggleGroup size = new ToggleGroup();
        RadioButton onScreen = new RadioButton(onScreen(timeline.getWidth(), timeline.getHeight()));
        onScreen.setId("exportOnScreen");
        RadioButton custom = new RadioButton("Width × height:");
        onScreen.setToggleGroup(size);
        custom.setToggleGroup(size);
        onScreen.setSelected(true);
        Spinner<Integer> width = new Spinner<>(200, 32_000, 1600, 100);
        Spinner<Integer> height = new Spinner<>(120, 32_000, 900, 100);
        width.setEditable(true);
        height.setEditable(true);
        width.setPrefWidth(100);
        height.setPrefWidth(100);
        width.disableProperty().bind(onScreen.selectedProperty());
        height.disableProperty().bind(onScreen.selectedProperty());
        ComboBox<String> scale = new ComboBox<>();
        scale.getItems().addAll("1×", "2× (high-DPI)", "3×");
        scale.getSelectionModel().select(0);
        TextField titleField = new TextField(title);
        titleField.setPrefColumnCount(32);
        HBox.setHgrow(titleField, javafx.scene.layout.Priority.ALWAYS);
        CheckBox showTitle = new CheckBox("Title");
        CheckBox caption = new CheckBox("Caption of the active filters");
        CheckBox legend = new CheckBox("Legend");
        CheckBox axis = new CheckBox("Axis");
        CheckBox headers = new CheckBox("Lane names");
        CheckBox footer = new CheckBox("Footer: sources and export time");
        CheckBox starNotes = new CheckBox("Starred events numbered, their titles listed under the picture");
        starNotes.setId("exportStarNotes");
        starNotes.setTooltip(new Tooltip("Each starred event's title carries a number (★1, ★2, …) and the footer"
                + " lists them by number, with how many starred events are left out (annalist export --starred)"));
        for (CheckBox c : new CheckBox[]{showTitle, caption, legend, axis, headers, footer}) {
            c.setSelected(true);
        }
        titleField.disableProperty().bind(showTitle.selectedProperty().not());
        ToggleGroup theme = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        RadioButton darkButton = new RadioButton("Dark");
        light.setToggleGroup(theme);
        darkButton.setToggleGroup(theme);
        (dark ? darkButton : light).setSelected(true);

        CheckBox fit = new CheckBox("Height: grow to show every lane whole");
        fit.setId("exportFitHeight");
        fit.setSelected(true);
        CheckBox compress = new CheckBox("Compress quiet periods");
        compress.setSelected(timeline.isCompressQuietPeriods());
        ToggleGroup lanesGroup = new ToggleGroup();
        RadioButton allLanes = new RadioButton("All lanes");
        RadioButton visibleLanes = new RadioButton("The lanes on screen");
        RadioButton chosenLanes = new RadioButton("These:");
        for (RadioButton b : new RadioButton[]{allLanes, visibleLanes, chosenLanes}) {
            b.setToggleGroup(lanesGroup);
        }
        allLanes.setSelected(true);
        javafx.scene.control.ListView<CheckBox> laneList = new javafx.scene.control.ListView<>();
        laneList.setPrefHeight(120);
        for (io.annalist.timeline.Lanes.Lane lane : timeline.getLanes().lanes()) {
            CheckBox c = new CheckBox(lane.label());
            c.setUserData(lane.key());
            c.setSelected(true);
            laneList.getItems().add(c);
        }
        laneList.disableProperty().bind(chosenLanes.selectedProperty().not());
        java.util.List<String> onScreenLanes = timeline.lanesOnScreen();

        // The settings of the last export come back.
        java.util.prefs.Preferences m = memory();
        whole.setSelected(m.getBoolean("whole", false));
        custom.setSelected(m.getBoolean("custom", false));
        width.getValueFactory().setValue(m.getInt("width", 1600));
        height.getValueFactory().setValue(m.getInt("height", 900));
        fit.setSelected(m.getBoolean("fit", true));
        scale.getSelectionModel().select(Math.max(0, Math.min(2, m.getInt("scale", 1) - 1)));
        compress.setSelected(m.getBoolean("compress", timeline.isCompressQuietPeriods()));
        starNotes.setSelected(m.getBoolean("starred", false));
        starNotes.disableProperty().bind(footer.selectedProperty().not());
        CheckBox[] includes = {showTitle, caption, legend, axis, headers, footer};
        String[] keys = {"title", "caption", "legend", "axis", "headers", "footer"};
        for (int i = 0; i < includes.length; i++) {
            includes[i].setSelected(m.getBoolean(keys[i], true));
        }
        switch (m.get("lanes", "all")) {
            case "visible" -> visibleLanes.setSelected(true);
            case "chosen" -> chosenLanes.setSelected(true);
            default -> allLanes.setSelected(true);
        }

        format.getSelectionModel().select(forPrint ? 1 : Math.max(0, Math.min(2, m.getInt("format", 0))));
        ToggleGroup pictureGroup = new ToggleGroup();
        RadioButton timelinePicture = new RadioButton("Timeline");
        timelinePicture.setId("exportPictureTimeline");
        RadioButton mapPicture = new RadioButton("Map");
        mapPicture.setId("exportPictureMap");
        mapPicture.setTooltip(new Tooltip("Where the events happened, with the same title, caption of the filters,"
                + " legend and sources as the timeline's (annalist export --map)"));
        RadioButton bothPicture = new RadioButton("Timeline and map, on one image");
        bothPicture.setId("exportPictureBoth");
        bothPicture.setTooltip(new Tooltip("The timeline, and under it the map of the same events, on one PNG"
                + " (annalist export --map both)"));
        for (RadioButton b : new RadioButton[]{timelinePicture, mapPicture, bothPicture}) {
            b.setToggleGroup(pictureGroup);
        }
        // "map" was a yes/no for both on one image before the map alone could be chosen here.
        Picture remembered = Picture.valueOf(m.get("picture", m.getBoolean("map", false) ? "BOTH" : "TIMELINE"));
        (remembered == Picture.MAP ? mapPicture : remembered == Picture.BOTH ? bothPicture : timelinePicture)
                .setSelected(true);
        // A map's height is taken as given: it has no lanes to grow with.
        height.disableProperty().unbind();
        height.disableProperty().bind(onScreen.selectedProperty().or(fit.selectedProperty()
                .and(mapPicture.selectedProperty().not())));
        // The paper of the last PDF or print, landscape as annalist export's unless portrait was chosen. (Before, every
        // export kept the Landscape box as it stood under the key "landscape", and the box of a PNG was never seen.)
        paper.getSelectionModel().select(m.getBoolean("letter", false) ? 1 : 0);
        landscape.setSelected(m.getBoolean(LANDSCAPE, true));

        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.setPadding(new Insets(10));
        Label formatLabel = new Label("Format");
        show(!forPrint, formatLabel, format);
        Label pictureLabel = new Label("Picture");
        HBox pictureRow = new HBox(12, timelinePicture, mapPicture, bothPicture);
        show(!forPrint, pictureLabel, pictureRow);
        Label paperLabel = new Label("Paper");
        HBox paperRow = new HBox(12, paper, landscape);
        HBox showRow = new HBox(12, visible, whole);
        showRow.setId("exportShowRow");
        Label sizeLabel = new Label("Size");
        HBox sizeRow = new HBox(12, onScreen, custom, width, new Label("×"), height);
        Label scaleLabel = new Label("Scale");
        // Pixels and their scale are the PNG's; a PDF's pages set its size; an SVG has a size but no pixels.
        Label lanesLabel = new Label("Lanes");
        HBox lanesRow = new HBox(12, allLanes, visibleLanes, chosenLanes);
        lanesRow.setId("exportLanesRow");
        // Each row: its label (or none) and what it holds. Hidden nodes still take their row and its gap in a grid,
        // so the rows shown are numbered again each time: those below a hidden one do not stand apart.
        java.util.List<javafx.scene.Node[]> rows = java.util.List.of(
                new javafx.scene.Node[]{formatLabel, format},
                new javafx.scene.Node[]{pictureLabel, pictureRow},
                new javafx.scene.Node[]{paperLabel, paperRow},
                new javafx.scene.Node[]{new Label("Show"), showRow},
                new javafx.scene.Node[]{sizeLabel, sizeRow},
                new javafx.scene.Node[]{null, fit},
                new javafx.scene.Node[]{scaleLabel, scale},
                new javafx.scene.Node[]{lanesLabel, lanesRow},
                new javafx.scene.Node[]{null, laneList},
                new javafx.scene.Node[]{null, compress},
                new javafx.scene.Node[]{new Label("Include"), new HBox(8, showTitle, titleField)},
                new javafx.scene.Node[]{null, new HBox(12, caption, legend, axis, headers)},
                new javafx.scene.Node[]{null, footer},
                new javafx.scene.Node[]{null, starNotes},
                new javafx.scene.Node[]{new Label("Theme"), new HBox(12, light, darkButton)});
        // The map has no lanes, axis or stars, and its size is the map's on screen.
        Runnable shown = () -> {
            int f = format.getSelectionModel().getSelectedIndex();
            if (f != 0 && bothPicture.isSelected()) {
                timelinePicture.setSelected(true);
            }
            show(f == 0 && !forPrint, bothPicture);
            boolean mapOnly = mapPicture.isSelected() && !forPrint;
            show(f == 1, paperLabel, paperRow);
            show(f != 1, sizeLabel, sizeRow);
            show(f != 1 && !mapOnly, fit);
            show(f == 0, scaleLabel, scale);
            show(!mapOnly, lanesLabel, lanesRow, laneList, compress, axis, headers, starNotes);
            onScreen.setText(mapOnly && map != null ? onScreen(map.getWidth(), map.getHeight())
                    : mapOnly ? "As on screen" : onScreen(timeline.getWidth(), timeline.getHeight()));
            placeRows(g, rows);
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        format.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> shown.run());
        pictureGroup.selectedToggleProperty().addListener((o, a, b) -> shown.run());
        // A map alone shows at first what the map on screen shows: its "Whole range", or the timeline's window.
        Runnable mapRange = () -> {
            if (mapPicture.isSelected() && map != null) {
                (mapWhole ? whole : visible).setSelected(true);
            }
        };
        pictureGroup.selectedToggleProperty().addListener((o, a, b) -> mapRange.run());
        mapRange.run();
        shown.run();
        setOnShown(e -> shown.run());
        getDialogPane().setContent(g);
        // As wide as its rows need, the header wrapped to that, and never wider than the screen.
        double screen = javafx.stage.Screen.getPrimary().getVisualBounds().getWidth();
        getDialogPane().setPrefWidth(Math.min(DIALOG_WIDTH, screen - 24));
        getDialogPane().setMaxWidth(screen - 24);
        ButtonType export = new ButtonType(forPrint ? "Print…" : "Export…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        setResultConverter(b -> {
            if (b != export) {
                return null;
            }
            m.putBoolean("whole", whole.isSelected());
            m.putBoolean("custom", custom.isSelected());
            m.putInt("width", width.getValue());
            m.putInt("height", height.getValue());
            m.putBoolean("fit", fit.isSelected());
            m.putInt("scale", scale.getSelectionModel().getSelectedIndex() + 1);
            m.putBoolean("compress", compress.isSelected());
            m.putBoolean("starred", starNotes.isSelected());
            if (!forPrint) {
                m.putInt("format", format.getSelectionModel().getSelectedIndex());
                m.put("picture", picture(timelinePicture, mapPicture).name());
            }
            if (forPrint || format.getSelectionModel().getSelectedIndex() == 1) {
                // Only a choice the analyst saw is remembered: a PNG or an SVG shows no paper.
                m.putBoolean("letter", paper.getSelectionModel().getSelectedIndex() == 1);
                m.putBoolean(LANDSCAPE, landscape.isSelected());
            }
            for (int i = 0; i < includes.length; i++) {
                m.putBoolean(keys[i], includes[i].isSelected());
            }
            m.put("lanes", visibleLanes.isSelected() ? "visible" : chosenLanes.isSelected() ? "chosen" : "all");
            java.util.Set<String> only = new java.util.LinkedHashSet<>();
            if (visibleLanes.isSelected()) {
                only.addAll(onScreenLanes);
            } else if (chosenLanes.isSelected()) {
                laneList.getItems().stream().filter(CheckBox::isSelected).forEach(c -> only.add((String) c.getUserData()));
            }
            return new Choice(whole.isSelected(), custom.isSelected() ? width.getValue() : null,
                    custom.isSelected() && (!fit.isSelected() || mapPicture.isSelected()) ? height.getValue() : null,
                    scale.getSelectionModel().getSelectedIndex() + 1, titleField.getText(), showTitle.isSelected(),
                    caption.isSelected(), legend.isSelected(), axis.isSelected(), headers.isSelected(),
                    footer.isSelected(), darkButton.isSelected(), fit.isSelected() || !custom.isSelected(), only,
                    compress.isSelected(), ExportFormat.values()[format.getSelectionModel().getSelectedIndex()],
                    new BriefPages.Format(paper.getSelectionModel().getSelectedIndex() == 1 ? BriefPages.Paper.LETTER
                            : BriefPages.Paper.A4, landscape.isSelected()),
                    forPrint ? Picture.TIMELINE : picture(timelinePicture, mapPicture),
                    starNotes.isSelected() && footer.isSelected());
        });
    }

    private static Picture picture(RadioButton timeline, RadioButton map) {
        return timeline.isSelected() ? Picture.TIMELINE : map.isSelected() ? Picture.MAP : Picture.BOTH;
    }

    private static String onScreen(double width, double height) {
        return String.format("As on screen (%.0f × %.0f)", width, height);
    }

    /**
     * Numbers the rows of the grid so that those shown follow one another: a hidden row keeps its nodes
     * (unmanaged, with the number of the next row shown), and leaves no gap of its own.
     */
    private static void placeRows(GridPane g, java.util.List<javafx.scene.Node[]> rows) {
        if (g.getChildren().isEmpty()) {
            for (javafx.scene.Node[] r : rows) {
                if (r[0] != null) {
                    g.add(r[0], 0, 0);
                }
                g.add(r[1], 1, 0);
            }
        }
        int row = 0;
        for (javafx.scene.Node[] r : rows) {
            for (javafx.scene.Node n : r) {
                if (n != null) {
                    GridPane.setRowIndex(n, row);
                }
            }
            if (r[1].isVisible()) {
                row++;
            }
        }
    }

    private static void show(boolean on, javafx.scene.Node... nodes) {
        for (javafx.scene.Node n : nodes) {
            n.setVisible(on);
            n.setManaged(on);
        }
    }
}
