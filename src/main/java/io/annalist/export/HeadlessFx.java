package io.annalist.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import javafx.application.Platform;

/**
 * Starts JavaFX with no display (Monocle's headless platform, software rendering) so the
 * command line can draw snapshots on a server or in CI. Does nothing when JavaFX is already
 * running (in the window, or in tests).
 */
public final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1920x1200-32"));
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit is up already; use it.
        }
        Platform.setImplicitExit(false);
        BundledFonts.load();
        started = true;
    }

    /** Runs {@code work} on the FX thread and waits for it; exceptions come back as they were thrown. */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }
}
