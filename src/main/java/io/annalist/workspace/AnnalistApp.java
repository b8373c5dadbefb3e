package io.annalist.workspace;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application: one main window on the file given, or on what was open at the end
 * of the last run (the bundled default dataset the first time).
 */
public final class AnnalistApp extends Application {
    private static volatile String initialFile;

    /** Starts the toolkit and opens the window; {@code file} may be null for the bundled data. */
    public static void launchWith(String file) {
        initialFile = file;
        Application.launch(AnnalistApp.class);
    }

    /** An error nobody caught: one line per cause, no stack trace, and the window goes on. */
    static void report(Thread t, Throwable e) {
        StringBuilder b = new StringBuilder("annalist: unexpected error in " + t.getName());
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            b.append("\n  ").append(c);
            if (c.getStackTrace().length > 0) {
                b.append(" (at ").append(c.getStackTrace()[0]).append(')');
            }
        }
        System.err.println(b);
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler(AnnalistApp::report);
        // Before the window exists: its fields lay out text as they are made.
        io.annalist.export.BundledFonts.load();
        MainWindow window = new MainWindow(stage, new AppPreferences(), url -> {
            if (io.annalist.io.Links.isWebLink(url)) {
                getHostServices().showDocument(url);
            }
        });
        window.show();
        if (Boolean.getBoolean("annalist.exitAfterFirstFrame")) {
            // For the start-up benchmark: report the first frame that shows events, then quit.
            window.timeline().framesPaintedProperty().addListener((obs, o, n) -> {
                if (window.timeline().getLanes().all().size() > 0) {
                    long ms = System.currentTimeMillis()
                            - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first frame after " + ms + " ms");
                    System.exit(0);
                }
            });
            window.open(new DataLocation.Bundled(BundledData.DEFAULT));
            return;
        }
        String file = initialFile;
        if (file == null) {
            window.openLastOrDefault();
        } else {
            window.openNamed(Path.of(file));
        }
    }
}
