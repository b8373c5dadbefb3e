package io.annalist.workspace;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: one main window on the file given, or on the bundled default dataset. */
public final class AnnalistApp extends Application {
    private static volatile String initialFile;

    /** Starts the toolkit and opens the window; {@code file} may be null for the bundled data. */
    public static void launchWith(String file) {
        initialFile = file;
        Application.launch(AnnalistApp.class);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage);
        window.show();
        String file = initialFile;
        window.open(file == null ? new DataLocation.Bundled(BundledData.DEFAULT)
                : new DataLocation.OnDisk(Path.of(file)));
    }
}
